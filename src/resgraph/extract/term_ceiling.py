"""An authorized strength the Council keeps for a time: "Decides to maintain the authorized troop ceiling of 3,250
until 15 November 2025" (S/RES/2760 (2024) op 4, 2802 (2025) op 5; "UNISFA's authorized troop ceiling of 4,791
until 15 October 2018", S/RES/2386 (2017) op 3, 2412 (2018) op 2, 2438 (2018) op 2) is a term of the mission's
authorization, as the golds read it (heldout16 03 op 4: T authorizes of=UNISFA, as heldout10 09 op 1 "authorizes
the continuation until that date of up to 19,815 military personnel" and heldout15 07 op 6). Kept with no time
("Decides to maintain the current authorized strength of UNMIL's police component at 1,795 personnel", S/RES/2116
(2013) op 5) it is no term: terms.py gives an authorization none without a time. A ceiling reduced or raised is not
kept ("Decides to reduce the authorized troop ceiling to 4,500 until 15 November 2018", S/RES/2416): not read here.

Split from terms.py, which finds the terms; nothing here raises.
"""

from __future__ import annotations

import re

# "maintain" or "keep", then the strength: "the (current) authorized troop ceiling", "UNISFA's authorized troop
# ceiling", "the authorized strength of UNMIL's police component" (bounded runs, no quantifier follows another)
PATTERN = (
    r"\b(?:maintain|keep)(?=\s+(?:the\s+)?(?:current\s+|existing\s+)?(?:[A-Z][\w-]{1,20}(?:’s|'s)\s+)?"
    r"authori[sz]ed\s+(?:(?:troop|police|military|personnel|uniformed)\s+){0,2}(?:ceilings?|strength|levels?)\b)"
)
CEILING = re.compile(PATTERN, re.I)
# the mission named as the strength's owner: "UNISFA's authorized troop ceiling", "the authorized strength of
# UNMIL's police component", "of UNOCI"
OWNER = re.compile(r"\b(?P<name>[A-Z][\w-]{1,20})(?:’s|'s)\s|\bof\s+(?P<of>[A-Z]{3,}[\w-]{0,20})\b")
STRENGTH_END = re.compile(
    r"\b(?:ceilings?|strength|levels?)\b(?:\s+of\s+(?:the\s+)?[A-Z]{3,}[\w-]{0,20}(?:’s|'s)?)?", re.I
)


def of(text: str, e: int, z: int, found, body: str | None) -> tuple[str | None, str]:
    """The mission whose strength is kept by the words ending at text[e] (clause end z): the body of `found`
    (actors as (id, start, end)) named as the strength's owner, else the mission the document is about (`body`:
    "the authorized troop ceiling" names none), else the first body the clause names; (None, "") when none."""
    end = STRENGTH_END.search(text, e, z)
    stop = end.end() if end else e
    owner = OWNER.search(text, e, stop)
    if owner:
        at = owner.start("name") if owner.group("name") else owner.start("of")
        named = next((x for x in found if x[1] <= at < x[2]), None)
        if named:
            return named[0], text[named[1] : named[2]]
    if body:
        return body, ""
    return (found[0][0], text[found[0][1] : found[0][2]]) if found else (None, "")
