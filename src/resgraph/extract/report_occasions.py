"""A report asked at two occasions named together, with no date: "Requests the European Union to report to the
Security Council, in the middle and at the end of the period referred to in paragraph 6, subparagraph a, above"
(S/RES/1778 (2007) op 12; heldout34 12: two reports, a midterm and a final one, as the gold README's "a midterm
and a final report are two"). Each occasion is a report of its own, with the deadline the scope gives (none here:
the period starts at an undated event), as "two final reports ... by 15 October 2016" is two (reports._counted).

The middle and the end must be of one thing, said together ("in the middle and at the end of", "at mid-term and at
the end of", "at the midpoint and (at) the end of"): "at the beginning and in the middle of 2025" (a group convened,
A/RES/77/69 op 6) is no report's, and an end alone is one report.

They must be the report's own occasions, said right after its words or its receiver ("to report to the Security
Council, in the middle and at the end of"; "two reports, in the middle and ..."): "to report to the Council on the
elections to be held in the middle and at the end of 2011" and "with the assistance of a group of experts to be
convened in the middle and at the end of 2025, to prepare a report" time an event, one report each (review of stop
52, finding 1). Where the clause already names the two reports ("a midterm report and a final report, in the middle
and at the end of the mandate period"), the occasions are theirs, not one more (finding 2).

Split from reports.py, which counts the reports a scope asks for.
"""

from __future__ import annotations

import re

# the middle, then the end, of one period (a middle said alone, "a midterm report", is the report noun's word)
MIDDLE_AND_END = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:middle|mid-?point|mid-?term|half-?way\s+point)\s+and\s+(?:(?:at|by)\s+)?"
    r"the\s+end\s+of\b",
    re.I,
)
# what may stand between the report's words and its occasions: a receiver ("to the Security Council", "to the General
# Assembly and the Security Council", "to it", "the Council" after "brief") and commas
GAP = re.compile(
    r"[\s,]*(?:(?:(?:to|before)\s+)?(?:it|them|the\s+[A-Z][\w'-]*(?:\s+(?:(?:and|of)\s+the\s+)?[A-Z][\w'-]*)*)[\s,]*)?"
)
# a report named just before, joined by "and" ("a midterm report and a final report"): the two occasions' two reports
JOINED = re.compile(r"\s*,?\s*and\s+(?:(?:a|an|the)\s+)?")


def count(text: str, span: tuple[int, int], words: tuple[int, int], before: int | None = None) -> int:
    """How many reports text[span] (one report's scope, its words at text[words]) asks for by the occasions it names:
    2 for the middle and the end of one period said right after its words or receiver, 1 where the report named
    before it (ending at `before`) is joined to it by "and", 0 where it names none such."""
    m = MIDDLE_AND_END.search(text, span[0], span[1])
    if not m or m.start() < words[1] or not GAP.fullmatch(text, words[1], m.start()):
        return 0
    return 1 if before is not None and JOINED.fullmatch(text, before, words[0]) else 2
