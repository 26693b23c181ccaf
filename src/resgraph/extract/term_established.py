"""What "to establish" sets up: "Decides to establish a United Nations Integrated Transition Assistance
Mission in Sudan (UNITAMS)" -> UNITAMS; "a political mission in Colombia, the United Nations
Verification Mission in Colombia (the Verification Mission)" -> UNVMC, the body named in apposition
(S/RES/2366 (2017) op 1); "to establish an Investigative Team, headed by ..." -> "Investigative Team"
as written, for a body the vocabulary lacks.

Split from terms.py, which finds the terms and what else they are of.
"""

from __future__ import annotations

import re

ACRONYM = re.compile(r"\(([A-Z][A-Z-]{2,}[A-Z])\)")


def established(text: str, e: int, z: int, found: list[tuple[str, int, int]]) -> tuple[str | None, str]:
    """What the "establish" ending at text[e] sets up in text[:z]: an actor (of `found`, the bodies
    named as (id, start, end)) or an acronym named right after, the body named in apposition, or
    the name as written; (None, "") when none follows."""
    near = [x for x in found if e <= x[1] <= e + 20]
    if near:
        return near[0][0], text[near[0][1] : near[0][2]]
    acro = ACRONYM.search(text, e, z)
    if acro and acro.start() - e < 160:
        return acro.group(1), acro.group(0)
    obj = ESTABLISHED_NAME.match(text[e:z])
    if not obj:
        return None, ""
    # "a political mission in Colombia, the United Nations Verification Mission in Colombia": the body named after
    app = APPOSITION.match(text, e + obj.end("name"), z)
    named = [x for x in found if x[1] == app.end()] if app else []
    return (named[0][0], text[named[0][1] : named[0][2]]) if named else (obj.group("name").strip(), obj.group("name"))


# the name after "establish", up to its time or task; "for the <noun>" goes on ("preparations for the midterm review")
ESTABLISHED_NAME = re.compile(
    r"\s*(?:an?|the)\s+(?P<name>[^,;]+?)"
    r"(?=\s+(?:for(?!\s+the\s+(?!duration\b|period\b|purposes?\b|time\b)[a-z])|to(?!\s+the\b)|under|with|in\s+order|as|which|that)\b|[,;(]|$)"
)


APPOSITION = re.compile(r",\s+(?:the\s+)?(?=[A-Z])")
