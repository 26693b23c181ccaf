"""A report due when a term the same text sets ends, in the wordings report_times.MANDATE_END does not read: the end
of a period a paragraph sets ("to submit an assessment report ... by the end of the next period of implementation of
resolution 986 (1995) beginning on 30 May 2002", S/RES/1409 (2002) op 8, heldout13 10, the 180 days its op 1 sets; "to
report to the Security Council prior to the termination of the period defined in paragraph 10", 1472 (2003) op 11;
"prior to the end of the 180-day period", report_again.PERIOD_END), a time ahead of a mandate's end ("well in advance
of the expiry of the mandate", "ahead of the end of UNMHA's mandate") or at it ("upon termination of the Panel's
mandate") and the renewal of a mandate ("two weeks before the renewal of the mandate", "in advance of the mandate
renewal"), which comes when the mandate ends.

The date is the end of the term the document sets, so long before it where an amount comes first ("at least two
weeks before"); the pipeline puts it in (deadlines.MANDATE_END_MARK), or none where no term of the text is dated. A
renewal said before the report's own words is another task's time: "will conduct comprehensive reviews ..., both
after five years and prior to the renewal of its mandate, ... and will submit to the Security Council a report upon
the conclusion of each of those reviews" (S/RES/2663 (2022) op 3, heldout6 01: no due). Raises nothing.
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates
from resgraph.extract.report_again import PERIOD_END
from resgraph.vocab import load
from resgraph.wordsearch import phrases

_END = r"(?:end|expiry|expiration|termination|conclusion)"
_AHEAD = r"(?:before|prior\s+to|ahead\s+of|(?:well\s+)?in\s+advance\s+of)"
# a body's mandate: "the mandate", "its current mandate", "UNMHA's mandate", "the Panel's mandate"
_MANDATE = (
    r"(?:the|its|(?-i:[A-Z]{3,}[a-zA-Z]*)[’']s|the\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Group|Panel|Team|Mission|Mechanism)[’']s)"
    r"\s+(?:present\s+|current\s+|initial\s+)?mandate"
)
TERM_END = re.compile(
    # the end of a period a paragraph sets, named by what it is or where it is set
    rf"\b(?:by|at|{_AHEAD})\s+the\s+{_END}\s+of\s+the\s+(?:(?:next|new|current|present|initial|same)\s+)?period\s+"
    r"(?:of\s+(?:implementation|operation)\b|"
    rf"(?:{phrases(load().reports['cited_as']['period_end'])})\s+in\s+paragraph\b)"  # (data: reports.yaml `cited_as`)
    # ahead of a mandate's end
    rf"|\b(?:ahead\s+of|(?:well\s+)?in\s+advance\s+of)\s+the\s+{_END}\s+of\s+{_MANDATE}(?:\s+period)?\b"
    # at a mandate's end: "submit to the Council its final report upon termination of the Panel's mandate" (S/RES/1984
    # (2011) op 2 and the Iran and DPRK panels' renewals)
    rf"|\b(?:upon|on)\s+(?:the\s+)?{_END}\s+of\s+{_MANDATE}(?:\s+period)?\b",
    re.I,
)
# the renewal of a mandate, read after the report's words only
RENEWAL = re.compile(
    rf"\b{_AHEAD}\s+(?:the\s+(?:Security\s+)?Council[’']s\s+(?:consideration|review)\s+of\s+)?"
    rf"(?:the\s+renewal\s+of\s+{_MANDATE}|(?:the|its|(?-i:[A-Z]{{3,}}[a-zA-Z]*)[’']s)\s+(?:next\s+)?mandate\s+renewal)\b",
    re.I,
)
# so long ahead of it: "at least two weeks before the renewal of the mandate"
AMOUNT_BEFORE = re.compile(dates.AMOUNT + r"\s+$", re.I)


def search(scope: str, words: str) -> re.Match | None:
    """Where a report's scope says it is due when a term of the text ends (see the module's docstring), in the
    wordings report_times.MANDATE_END does not read; words: the words that name the report ("a report"), after
    which a renewal must come; None where it says no such thing."""
    found = PERIOD_END.search(scope) or TERM_END.search(scope)
    if found:
        return found
    at = scope.lower().find(words.lower()) if words else -1
    return RENEWAL.search(scope, max(at, 0)) if at >= 0 else None


def ahead(scope: str, end: re.Match) -> str | None:
    """How long before the term's end a report is due (ISO 8601), where an amount comes right before the words read
    at `end` ("two weeks before the renewal of the mandate": P2W); None where none does."""
    m = AMOUNT_BEFORE.search(scope, max(0, end.start() - 40), end.start())
    return dates.amount(m) if m else None
