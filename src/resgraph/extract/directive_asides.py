"""Directive verbs after "and" and an aside of purpose or topic: "..., in consultation with affected States, and in
order to strengthen the coordination of humanitarian action encourages international humanitarian organizations and
relevant actors to continue to work with national and local authorities" (the yearly ECOSOC text on humanitarian
assistance, op 6: E/RES/2021/17, 2022/10, 2023/16, 2024/8), "..., and with regard to the Repertoire calls upon the
Secretary-General to continue to follow the practice" (the yearly Assembly text on the Charter Committee, A/RES/74/190
op 18 and six later texts). A fixed linking phrase (verbs.yaml `links`: "and in this regard calls upon") is read
where the verbs are; these asides are open phrases, so they are read here, up to the first comma, semicolon or colon.

Split from directives.py, which calls `aside_hits` beside its own patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.vocab import Vocabulary

# the words that open an aside of purpose or topic between "and" and the organ's verb
OPENERS = r"(?:in\s+order|so\s+as)\s+to|with\s+(?:regard|respect|a\s+view)\s+to"
# a verb inside a clause of its own in the aside is that clause's ("in order to ensure that the Committee encourages")
CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.I)
# at most this many characters of aside: "in order to strengthen the coordination of humanitarian action" is 62
LONGEST = 160


@lru_cache(maxsize=4)
def _pattern(v: Vocabulary) -> tuple[re.Pattern[str], dict[str, str]]:
    """(the pattern of "and" + aside + a directive verb in the third person, {its form in lower case, one space
    between words: verb}). A form that is also a noun of the verbs ("requests", "demands") is left out: "and in
    order to meet the demands of its current activities", "to facilitate consideration of resource requests". Longest
    first, then in text order (any hash seed). (A noun of several words, "calls upon" in "Reiterates its calls upon the
    parties", is never read in an aside: "and with regard to the Repertoire calls upon the Secretary-General", A/RES/74/190
    op 18, calls upon him.)"""
    nouns = {n for d in v.verbs.values() for n in d.get("nouns") or () if " " not in n}
    by_form = {
        f: k
        for k, d in v.verbs.items()
        for f in d.get("forms") or ()
        if (f.endswith("s") or " " in f) and f not in nouns
    }
    alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(by_form, key=lambda w: (-len(w), w)))
    # the aside starts and ends at a non-space ((?<!\s): the shortest aside ends so anyway): one run of spaces
    # before the verb is read by one quantifier, not split between the aside and "\s+" at each of LONGEST lengths
    # ("a(?<!\w.)nd" is "\band": each alternative starts with a character, which re looks for without trying the
    # pattern at every position of a paragraph)
    rx = re.compile(
        rf"(?:,|a(?<!\w.)nd)\s+(?:,\s*)?(?P<aside>(?:{OPENERS})\s+(?!\s)[^,;:]{{0,{LONGEST}}}?(?<!\s))\s+(?P<verb>{alt})\b"
    )
    return rx, by_form


def aside_hits(text: str, v: Vocabulary) -> list[tuple[int, int, str, bool]]:
    """(start, end, verb id, False) of the directive verbs of text that follow "and" and an aside of purpose or topic
    (a verb, never a noun: directives.find's hits), in order."""
    rx, by_form = _pattern(v)
    out = []
    for m in rx.finditer(text):
        if CLAUSE_WORD.search(m.group("aside")):
            continue
        verb = by_form.get(" ".join(m.group("verb").lower().split()))
        if verb:
            out.append((m.start("verb"), m.end("verb"), verb, False))
    return out
