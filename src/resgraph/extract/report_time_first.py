"""A report whose time is said before its verb, after the "and" that joins it to the report asked before it: "to
submit to the Security Council regular reports every six months on the implementation of this resolution, and within 9
months submit the Secretary-General's assessment of the Mission" (S/RES/2404 (2018) op 28). The scope of a report
(reports.py) began at its words, so the delay fell in the scope of the report before it, which took it (the regular
reports were read due within P9M, every P6M, the assessment with no time, and so no report). A time phrase binds to
the report whose clause holds it: here the clause that "and" opens. The scope now begins at the time (a delay,
"within 9 months", or a deadline, "by 1 June 2020", "no later than 30 June 2020") said right after that "and", when a
delivery verb follows it and no report word stands between; a time said after the verb ("and to submit an assessment
within 9 months") was read so already, and a time with no "and" before it ("to report within 9 months") is the
clause's own. The scope of the report before it ends there too (cut), whether or not a report is read after it.

Called by report_triggers.triggers for each report word after the first of a clause, and by reports._items. Raises
nothing.
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates
from resgraph.extract import report_receiver_first
from resgraph.vocab import load
from resgraph.wordsearch import phrases, unnamed

# (the delivery verbs are data: ontology/vocab/reports.yaml `handed_to_first`, with the report verbs)
_TIME_THEN_VERB = (
    r",?\s+and\s+(?:also\s+|further\s+)?(?P<time>(?:within|in)\s+(?:a\s+period\s+of\s+)?"
    + unnamed(dates.A_AMOUNT)
    + r"(?:\s+(?:of|after|from|following)\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?adoption(?:\s+of\s+this\s+resolution)?)?"
    r"|(?:by|no\s+later\s+than|not\s+later\s+than)\s+"
    + dates.DATE_PLAIN
    + r")\s*,?\s+(?:to\s+)?(?:also\s+|further\s+)?"
    rf"(?:{phrases(load().reports['handed_to_first'])}|report|brief)\b"
)
TIME_FIRST = re.compile(_TIME_THEN_VERB + r"(?:(?!\b(?:reports?|briefings?|updates?|reporting)\b)[^;,])*$", re.I)
TIME_NEXT = re.compile(_TIME_THEN_VERB, re.I)


def scope_start(text: str, lo: int, s: int, noun: bool) -> int:
    """Where the scope of the report word starting at text[s] begins, lo the end of the report word before it in the
    clause: at the time said right after the "and" that opens its clause, before its delivery verb (TIME_FIRST), else
    (for a noun) at the delivery verb its receiver follows (report_receiver_first), else at s."""
    begin = report_receiver_first.scope_start(text, lo, s) if noun else s
    m = TIME_FIRST.search(text, lo, s)
    return min(begin, m.start("time")) if m else begin


def cut(text: str, ends: list[int], scopes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """scopes (a, b), each ended where, after its report word (ending at ends[i]), an "and" opens a clause with a time
    said before its delivery verb (TIME_NEXT): that time is the next request's ("regular reports every six months ...,
    and within 9 months submit the Secretary-General's assessment": not the regular reports'), whether or not a report
    is read there."""
    out = []
    for e, (a, b) in zip(ends, scopes, strict=True):
        m = TIME_NEXT.search(text, e, b)
        out.append((a, m.start() if m else b))
    return out
