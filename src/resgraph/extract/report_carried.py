"""The cycle of a report given inside another that recurs: "to provide updates on the status of transitions ... in
his comprehensive annual briefing mandated by the Security Council under its resolution 2378 (2017)" (S/RES/2594
(2021) op 14, heldout8 02: every P1Y), "to incorporate reporting on this resolution within his biennial report"
(2807 (2025) op 7: P2Y): the reporter's own recurring report ("to report ... as part of his annual reporting to the
Economic and Social Council", A/RES/76/4 op 19, is none at all, heldout29 24: report_part_of.PART_OF_FAR_VERB, which
reads past the resolution symbol after the verb "to report"). The adjective is one of cycles.yaml's report adjectives
(report_times._cycles); "in his next annual report" is one report, no cycle; another series the reporting is also
given in is none of its cycle ("to monitor and report on violations ... including in the annual reports on children
and armed conflict", 2743 (2024) op 11, heldout4 20: no cycle). This module owns an owner's recurring report, briefing
or debate ("his", "its": "during its annual open debate"); report_meetings owns a meeting after an article ("at the
annual open debate", cycles.yaml `meetings`). Both read "at its annual debate" (one cycle, the same; report_times
takes the first said); CARRIER keeps its own nouns, as report words ("reports", "updates", "reviews") are none of
cycles.yaml's meetings.
"""

from __future__ import annotations

import re
from functools import lru_cache

CARRIER = (
    r"\b(?:in|within|through|during|at|as\s+part\s+of)\s+(?:his|her|its|their)\s+"
    r"(?!next\b)(?:[\w-]+\s+){{0,2}}?(?P<adj>{adjs})\s+(?:[\w-]+\s+)?"
    r"(?:reports?|briefings?|reporting|updates?|(?:open\s+)?debates?|reviews?)\b"
)


@lru_cache(maxsize=4)
def _pattern(adjectives: tuple[str, ...]) -> re.Pattern:
    return re.compile(CARRIER.format(adjs="|".join(re.escape(a) for a in adjectives)), re.I)


def carried(scope: str, adjectives: dict[str, str]) -> str | None:
    """The cycle (ISO 8601 duration) of the recurring report a report's scope puts it in, from the report
    adjectives of cycles.yaml ({"annual": "P1Y", ...}); None where it names no such report."""
    if not adjectives:
        return None
    m = _pattern(tuple(sorted(adjectives, key=len, reverse=True))).search(scope)
    return adjectives[m.group("adj").lower()] if m else None
