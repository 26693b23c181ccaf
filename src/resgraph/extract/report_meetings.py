"""The cycle of a recurring meeting a report is given at: "invites them to report on this progress, during the annual
open debate of the Security Council" (S/RES/2493 (2019) op 8), "to provide an update ... during the annual Security
Council Open Debates on Women, Peace and Security" (2242 (2015) op 2): the meeting's adjective's cycle (P1Y), as "at
the annual sessions" is in cycles.yaml's phrases. The meeting nouns are data (cycles.yaml `meetings`), the adjectives
those of its `adjectives` table. Split from report_times, which reads the first cycle said in a scope among these and
its phrases."""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph import wordsearch
from resgraph.vocab import Vocabulary, load

# a report verb's infinitive ("to report", "and report", "to regularly monitor and report", "to provide an update";
# the verbs are data: ontology/vocab/reports.yaml `report_verbs`)
REPORTED = re.compile(
    rf"\b(?:to|and)\s+(?:[a-z]+ly\s+)?(?:{wordsearch.phrases(load().reports['report_verbs'])})\b", re.I
)


@lru_cache(maxsize=4)
def _meetings(v: Vocabulary) -> re.Pattern | None:
    """cycles.yaml's recurring meeting, "at" or "during" it: the article or owner right before its adjective (no
    ordinal nor "next": "at the twenty-fifth annual session", "at its next annual meeting" are one meeting), up to five
    words (none "session", cycles.yaml) before its noun; the adjective in group adj."""
    nouns, adjectives = v.cycles.get("meetings"), v.cycles.get("adjectives")
    if not nouns or not adjectives:
        return None
    adj = "|".join(re.escape(str(a)) for a in sorted(adjectives, key=lambda a: -len(str(a))))
    return re.compile(
        rf"(?<![\w-])(?:at|during)\s+(?:the|its|their|each)\s+(?P<adj>{adj})\s+"
        rf"(?:(?!sessions?\b)[\w-]+\s+){{0,5}}?(?:{'|'.join(nouns)})(?!\w)",
        re.I,
    )


def said(scope: str, adjectives: dict[str, str], v: Vocabulary) -> list[tuple[int, str]]:
    """(where, cycle) of each recurring meeting of a report's scope the report is given at: a report verb's
    infinitive at most 160 characters before it, after the last semicolon. Not where none is: "bearing in mind ... the
    views expressed by Member States, in particular during the annual debate on Children and Armed Conflict"
    (S/RES/1612 (2005) op 3) says when the views were said, not when the report comes."""
    rx = _meetings(v)
    found = []
    for m in rx.finditer(scope) if rx else ():
        lead = max(0, m.start() - 160, scope.rfind(";", 0, m.start()) + 1)
        if REPORTED.search(scope, lead, m.start()) and (d := adjectives.get(m.group("adj").lower())):
            found.append((m.start(), d))
    return found
