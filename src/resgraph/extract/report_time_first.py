"""A report whose time is said before its verb, after the "and" that joins it to the report asked before it: "to
submit to the Security Council regular reports every six months on the implementation of this resolution, and within 9
months submit the Secretary-General's assessment of the Mission" (S/RES/2404 (2018) op 28). The scope of a report
(reports.py) began at its words, so the delay fell in the scope of the report before it, which took it (the regular
reports were read due within P9M, every P6M, the assessment with no time, and so no report). A time phrase binds to
the report whose clause holds it: here the clause that "and" opens. The scope now begins at the time (a delay,
"within 9 months", "40 days after the adoption", or a deadline, "by 1 June 2020", "no later than 30 June 2020") said
right after that "and", when a verb follows it that is the report word itself ("and within 9 months to report to the
Council") or a delivery verb with no other report word between it and the report's ("and within 9 months submit a
report"); a time said after the verb ("and to submit an assessment within 9 months") was read so already, and a time
with no "and" before it ("to report within 9 months") is the clause's own. The scope of the report before it ends
there: at the next report's start so moved, or, where no report is read after it, at a delivery verb's time (what is
delivered opens another request, "the Secretary-General's assessment"); a report verb no report is read for ("and
within 9 months report to the Council", a bare verb after the first report) leaves the time to the report before it.

Called by report_triggers.triggers for each report word after the first of a clause, and by reports._items. Raises
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from resgraph.extract import report_delays, report_receiver_first, report_times
from resgraph.vocab import load
from resgraph.wordsearch import phrases, unnamed

# the time: report_delays' delays and report_times' deadlines ("and, within 9 months, submit" too)
_TIME = (
    r",?\s+and\s*,?\s+(?:also\s+|further\s+)?(?P<time>"
    + "|".join(unnamed(p.pattern) for p in (report_delays.WITHIN, report_delays.AFTER, report_times.DEADLINE))
    + "|"
    + unnamed(report_times.YEAR_END.pattern)
    + r")\s*,?\s+(?:to\s+)?(?:also\s+|further\s+)?"
)
# (the verbs are data: ontology/vocab/reports.yaml `handed_to_first`, the delivery verbs, and `report_verbs`)
_HANDED = phrases(load().reports["handed_to_first"])
TIME_FIRST = re.compile(_TIME + rf"(?P<verb>{_HANDED}|{phrases(load().reports['report_verbs'])})\b[^;,]*$", re.I)
TIME_HANDED = re.compile(_TIME + rf"(?:{_HANDED})\b", re.I)


def scope_start(text: str, lo: int, s: int, e: int, noun: bool) -> int:
    """Where the scope of the report word text[s:e] begins, lo the end of the report word before it in the clause: at
    the time said right after the "and" that opens its clause, before its verb (TIME_FIRST, searched up to the word's
    end: the verb is the word itself, or a delivery verb with no report word (report_delays.REPORT_WORD) between it
    and the word), else (for a noun) at the delivery verb its receiver follows (report_receiver_first), else at s."""
    begin = report_receiver_first.scope_start(text, lo, s) if noun else s
    m = TIME_FIRST.search(text, lo, e)
    if m and (
        m.end("verb") == e or m.end("verb") <= s and not report_delays.REPORT_WORD.search(text, m.end("verb"), s)
    ):
        return min(begin, m.start("time"))
    return begin


def begin(text: str, items: Sequence[Any], s: int, e: int, noun: bool) -> int:
    """Where the scope of the report word text[s:e] begins, items the report words read before it in the clause
    (report_triggers.Item: .trigger their (start, end)): scope_start after the last, s for the first."""
    return scope_start(text, items[-1].trigger[1], s, e, noun) if items else s


def cut(text: str, ends: list[int], scopes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """scopes (a, b), each ended by the next report's start (scope_start moved it to its time already) or, after its
    report word (ending at ends[i]), where an "and" opens a clause with a time said before a delivery verb
    (TIME_HANDED): "regular reports every six months ..., and within 9 months submit the Secretary-General's
    assessment" (not the regular reports' time, though no report is read there). A report verb no report is read for
    ends nothing: the time stays the report's before it."""
    out = []
    for e, (a, b) in zip(ends, scopes, strict=True):
        m = TIME_HANDED.search(text, e, b)
        out.append((a, m.start() if m else b))
    return out
