"""A report whose time is said before its verb, after the "and" that joins it to the report asked before it: "to
submit to the Security Council regular reports every six months on the implementation of this resolution, and within 9
months submit the Secretary-General's assessment of the Mission" (S/RES/2404 (2018) op 28). The scope of a report
(reports.py) began at its words, so the delay fell in the scope of the report before it, which took it (the regular
reports were read due within P9M, every P6M, the assessment with no time, and so no report). A time phrase binds to
the report whose clause holds it: here the clause that "and" opens. The scope now begins at the time (a delay,
"within 9 months", "40 days after the adoption", or a deadline, "by 1 June 2020", "no later than 30 June 2020") said
right after that "and", when a verb follows it that is the report word itself ("and within 9 months to report to the
Council") or a delivery verb with no other report word between it and the report's, whatever the commas ("and within 9
months submit a report", "and within 9 months, to present to the Council, at its next meeting, a report"); a time
said after the verb ("and to submit an assessment within 9 months") was read so already, and a time with no "and"
before it ("to report within 9 months") is the clause's own. A bare verb after "and" and a time asks a report
(report_triggers.VERB_BEFORE: "and within 9 months report to the Council"). The scope of the report before it ends
there: at the next report's start so moved, or, where no report is read after it, at the time of a delivery or report
verb (what is delivered opens another request, "the Secretary-General's assessment"; "and within 9 months to inform
the Council of the progress" asks none): not the report before's, unless what is delivered points back to it ("and
by 30 June 2018 submit the first such report", its first due).

Called by report_triggers.triggers for each report word after the first of a clause, and by reports._items. Raises
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from resgraph.extract import deadlines as dates
from resgraph.extract import report_delays, report_receiver_first, report_times
from resgraph.vocab import load
from resgraph.wordsearch import phrases, unnamed

# the time: report_delays' delays and report_times' deadlines ("and, within 9 months, submit" too); also what
# report_triggers.VERB_BEFORE reads before a bare verb: "and within 9 months report to the Council" asks a report
# (the spaces before "and" read from the first of a run only, (?<!\s); a comma among spaces as (?:\s*,)?\s+, not
# \s*,?\s+: a search from each space of a long run, a hostile paragraph, stays linear: tests/test_linear_report_years.py)
AND_TIME = (
    r"(?i:(?:,|(?<!\s))\s+and(?:\s*,)?\s+(?:also\s+|further\s+)?(?P<time>"
    + "|".join(unnamed(p.pattern) for p in (report_delays.WITHIN, report_delays.AFTER, report_times.DEADLINE))
    + "|"
    + unnamed(report_times.YEAR_END.pattern)
    # "and as of 1 January 2022 report to the Council": the start of the reporting opens a bare verb as a deadline
    # does, but gives no due date (report_times.DEADLINE has no "as of" since it is no due)
    + r"|as\s+of\s+"
    + unnamed(dates.DATE)
    + r")(?:\s*,)?\s+(?:to\s+)?(?:also\s+|further\s+)?)"
)
# (the verbs are data: ontology/vocab/reports.yaml `handed_to_first`, the delivery verbs, and `report_verbs`)
_HANDED = phrases(load().reports["handed_to_first"])
_VERBS = phrases(load().reports["report_verbs"])
# the verb is the report word itself: "and within 9 months to report to the Council"
TIME_VERB = re.compile(AND_TIME + rf"(?P<verb>{_VERBS})$", re.I)
# a delivery verb, then up to the report word no other report word or delivery verb (report_delays.REPORT_WORD) and no
# semicolon, whatever the commas: "and within 9 months to present to the Council, at its next meeting, a report"
TIME_FIRST = re.compile(
    AND_TIME + rf"(?P<verb>{_HANDED})\b(?:(?!{report_delays.REPORT_WORD.pattern})[^;])*$",
    re.I,
)
# any delivery or report verb: where the scope of the report before ends
TIME_NEXT = re.compile(AND_TIME + rf"(?P<verb>{_HANDED}|{_VERBS})\b", re.I)
# what is delivered points back to the report before: "to submit a report every six months, and by 30 June 2018 submit
# the first such report" (that report's first due, not another request's)
POINTS_BACK = re.compile(
    r"\s+(?:(?:the\s+)?first\s+(?:such\s+|of\s+(?:these|those|the|such)\s+)?|such\s+|th(?:at|is|ese|ose)\s+|"
    r"the\s+(?:said|same)\s+)(?:[\w-]+\s+)?(?:reports?|briefings?|updates?)\b",
    re.I,
)


def scope_start(text: str, lo: int, s: int, e: int, noun: bool) -> int:
    """Where the scope of the report word text[s:e] begins, lo the end of the report word before it in the clause: at
    the time said right after the "and" that opens its clause, before its verb, where that verb is the word itself
    (TIME_VERB) or a delivery verb with no report word between it and the word (TIME_FIRST, commas and all), else (for
    a noun) at the delivery verb its receiver follows (report_receiver_first), else at s."""
    begin = report_receiver_first.scope_start(text, lo, s) if noun else s
    m = TIME_VERB.search(text, lo, e)
    if not (m and m.start("verb") == s):
        m = TIME_FIRST.search(text, lo, s)
    return min(begin, m.start("time")) if m else begin


def begin(text: str, items: Sequence[Any], s: int, e: int, noun: bool) -> int:
    """Where the scope of the report word text[s:e] begins, items the report words read before it in the clause
    (report_triggers.Item: .trigger their (start, end)): scope_start after the last, s for the first."""
    return scope_start(text, items[-1].trigger[1], s, e, noun) if items else s


def cut(text: str, ends: list[int], scopes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """scopes (a, b), each ended by the next report's start (scope_start moved it to its time already) or, after its
    report word (ending at ends[i]), where an "and" opens a clause with a time said before a delivery or report verb
    (TIME_NEXT), though no report is read there: "regular reports every six months ..., and within 9 months submit the
    Secretary-General's assessment" (not the regular reports' time), "and within 9 months to inform the Council of the
    progress". The verb may begin the next report's scope (b), its time before b: "and within 9 months, to present to
    the Council, at its next meeting, a report". Not where what is delivered points back to the report (POINTS_BACK):
    "and by 30 June 2018 submit the first such report"."""
    out = []
    for e, (a, b) in zip(ends, scopes, strict=True):
        m = TIME_NEXT.search(text, e, min(len(text), b + 20))  # (the verb, at most 12 letters, may start at b)
        cut_at = m.start() if m and m.start() < b and not POINTS_BACK.match(text, m.end("verb")) else b
        out.append((a, cut_at))
    return out
