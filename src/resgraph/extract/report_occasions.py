"""A report asked at two occasions named together, with no date: "Requests the European Union to report to the
Security Council, in the middle and at the end of the period referred to in paragraph 6, subparagraph a, above"
(S/RES/1778 (2007) op 12; heldout34 12: two reports, a midterm and a final one, as the gold README's "a midterm
and a final report are two"). Each occasion is a report of its own, with the deadline the scope gives (none here:
the period starts at an undated event), as "two final reports ... by 15 October 2016" is two (reports._counted).

The middle and the end must be of one thing, said together ("in the middle and at the end of", "at mid-term and at
the end of", "at the midpoint and (at) the end of"): "at the beginning and in the middle of 2025" (a group convened,
A/RES/77/69 op 6) is no report's, and an end alone is one report.

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


def count(text: str, span: tuple[int, int]) -> int:
    """How many reports text[span] (one report's scope) asks for by the occasions it names: 2 for the middle and
    the end of one period, 0 where it names none such."""
    return 2 if MIDDLE_AND_END.search(text, span[0], span[1]) else 0
