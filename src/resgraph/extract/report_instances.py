"""Report nouns named after a report verb of the same clause, which may be the verb's reports rather than new ones:
"to report to the Council on ... in two written reports, no later than ..." (the reports the verb asks for, its item
moved to them), "to report ..., with an oral update within 2 months ..., with a written report within 4 months"
(instances of the verb: two reports, not three), and reports named with a time of their own, which are asked for,
not referred to nor the means of another (", with a written report no later than 15 October 2021", "in combined
written reports provided on 1 May 2025").

Split from report_triggers.py, which decides report word by report word which ones ask for a new report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from resgraph.extract import report_words
from resgraph.extract.dates import MONTH_NAMES
from resgraph.extract.deadlines import COUNT, DATE, UNIT

if TYPE_CHECKING:
    from resgraph.extract.report_triggers import Item

# "in two written reports, no later than 1 May 2015 and 15 June 2015" (not "the two reports", which refers to them)
NUMBER_LEADS, IN_BEFORE = ("two", "three", "four"), re.compile(r"\b(?:in|through)\s+$")
DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|his|her|its|their|both|all)\s+$", re.I)
# "to continue to inform it of progress ..., and in combined written reports provided on 1 May 2025 and 15 October
# 2025" (S/RES/2760 (2024) op 35, 2802 (2025) op 34), ", with combined written reports provided on 1 May 2023 and 15
# October 2023" (2660 (2022) op 5, heldout28 03; 2708 (2023) op 5): reports named with their own dates are asked for,
# not referred to as "in the reports" is, nor the means "together with reports" names (after a comma only; nor after
# an article: ", with the first report no later than 1 April 2010" is the first of the cycle asked before it)
# ", with" or ", and with" before the reports it names
_COMMA_WITH = r",\s+(?:and\s+)?with\s+"
COMMA_WITH_PLAIN = re.compile(_COMMA_WITH + r"(?:(?!(?:the|a|an|its|his|her|their)\s)[\w-]+\s+){0,2}$")
IN_PLAIN = re.compile(r"\bin\s+(?:[\w-]+\s+){0,2}$|" + COMMA_WITH_PLAIN.pattern)
IN_DATED = re.compile(
    r"\s+(?:(?:to\s+be\s+)?(?:provided|submitted|presented)\s+)?(?:on|by|no\s+later\s+than|not\s+later\s+than)\s+"
    + DATE
)


def instance_of_verb(
    text: str, items: list[Item], dated: list[int], at: tuple[int, int, int, int], lead: str | None
) -> None:
    """Where the report noun at (the clause's start, its start and end, the clause's end; lead: the word that leads
    it, "" for none, None for a verb) is listed ", with a ... report" with its own time, or ", with written reports
    provided on <date>", note it in dated (the starts of those listed) and drop the report verb that the reports so
    listed are the instances of ("to report to the Security Council on ..., with an oral update within 2 months ...,
    with a written report within 4 months", S/RES/2359 (2017) op 7: two reports, not three; "to report to the Council
    on progress ..., with written reports provided on 1 May 2023 and 15 October 2023": two, not three)."""
    start, s, e, end = at
    before = text[max(start, s - 60) : s]
    if not (
        (lead in ("a", "an") and dated_with(text, before, e, end))
        or (lead == "" and COMMA_WITH_PLAIN.search(before) and IN_DATED.match(text, e))
    ):
        return
    dated.append(s)
    verbs = [i for i, it in enumerate(items) if it.kind == "verb"]
    if verbs and all(it.trigger[0] in dated for it in items[verbs[-1] + 1 :]):
        items.pop(verbs[-1])


# ", with a written report no later than 15 October 2021" (S/RES/2575 (2021) op 8), ", with an oral update within 2
# months ..., with a written report within 4 months" (S/RES/2359 (2017) op 7): after a comma, a report with its own
# deadline or delay is one the clause asks for, not the means "together with a report" names
COMMA_WITH = re.compile(_COMMA_WITH + "$", re.I)
# a time after "by", "within", ...: a figure, a number word (deadlines.COUNT: "eighteen", "twenty-four"), "a" ("within
# a month") or a month ("by June")
_WHEN = rf"(?:\d|(?:{COUNT}|a|{'|'.join(MONTH_NAMES)})\b)"
OWN_TIME = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:(?:(?:no|not)\s+later\s+than|by|within|before)\s+(?:the\s+end\s+of\s+)?"
    + _WHEN
    # a delay counted from an event: "a final report three months after the transfer", "eighteen months after"
    + rf"|(?:{COUNT})\s+{UNIT}\s+(?:after|following|from)\b)",
    re.I,
)


def dated_with(text: str, before: str, e: int, end: int) -> bool:
    """Whether a report after ", with a" (before: the text before it, ending its article; e: its end) has a deadline
    or delay of its own: one asked for, not the means of another."""
    return bool(
        COMMA_WITH.search(before) and (OWN_TIME.match(text, e, end) or report_words.TIMED_AFTER.match(text, e, end))
    )


# " and with a" report, no comma, with a time of its own: "to report on implementation of this resolution no later
# than 30 March 2017 and with a final report three months after the transfer of any remaining funds" (S/RES/2335 (2016)
# op 4, heldout32 19: two reports, the final one within P3M of the transfer): a second report the clause asks for, the
# verb's report kept (it has its own time before), not an instance of it as after ", with a" (instance_of_verb)
AND_WITH = re.compile(r"\s+and\s+with\s+$", re.I)


def and_with(text: str, before: str, e: int, end: int) -> bool:
    """Whether a report after " and with a" (before: the text before it, ending its article; e: its end) has a
    deadline or delay of its own: one asked for, not the means of another."""
    return bool(AND_WITH.search(before) and OWN_TIME.match(text, e, end))


# "to submit a report within six months, with a briefing to the Committee established pursuant to its resolution 2048
# (2012)" (S/RES/2343 (2017) op 22, heldout12 18; 2404 (2018) op 28, 2458 (2019) op 33): after a comma, a report to a
# receiver of its own is one the clause asks for too (report_pairs.given_with gives it the time of the one it is with)
RECEIVER_NEXT = re.compile(r"\s+to\s+the\s+[A-Z]")


def received_with(text: str, before: str, e: int, end: int) -> bool:
    """Whether a report after ", with a" (before: the text before it, ending its article; e: its end) goes to a
    receiver of its own named right after it: one asked for, not the means of another."""
    return bool(COMMA_WITH.search(before) and RECEIVER_NEXT.match(text, e, end))


def numbered(items: list[Item], text: str, at: tuple[int, int, int], before: str, kind: str, words: str) -> bool:
    """Whether a number of reports ("two reports", at: (where to look back from, its start, end))
    is no new item: "the two reports" refers to reports; "report to the Council on ... in two written
    reports, no later than ..." are the reports the verb before asks for (the verb's item takes them)."""
    back, s, e = at
    if DETERMINER_BEFORE.search(text, back, s):
        return True
    if items and items[-1].words.lower() in ("report", "brief", "update") and IN_BEFORE.search(before):
        items[-1] = replace(items[-1], trigger=(s, e), kind=kind, words=words)
        return True
    return False
