"""Patterns that read the times and receivers of reports take time linear in a run of spaces at their call site (issue
8): IN_MONTH (report_times, a month named after the report: "to brief the Council in January 2009") split the run
after a report word between three quantifiers (t(4n)/t(n) 16 after "report", 64 after "report the"); OWN_SESSION
("at its sixtieth session" after a receiver) and JOIN (the tail between two receivers, report_receiver_tails) split
the run after a receiver or an ordinal between two (16), and JOIN read the run again from each of its spaces after
"an interactive dialogue". The rewritten patterns read each run once (possessive quantifiers; a lookbehind so the
dialogue's end is tried at a run's start only) and match the same texts: the wordings below, old and new patterns
agree on 100,000 random strings of their words, commas and spaces, and the extraction of the open corpus is
unchanged. The bound is the growth of CPU time from n to 4n (tests/growth.py)."""

from __future__ import annotations

import pytest

from resgraph.extract import report_meetings, report_outcome, report_times
from resgraph.extract import report_receiver_tails as tails
from resgraph.extract import report_redated as redated
from resgraph.vocab import load
from tests.growth import LINEAR, growth

S = " "
ADJECTIVES = report_times._cycles(load())[1]
GROWS = {
    "a month after a report word": (
        lambda n: "to report" + S * n + "x",
        lambda t: list(report_times.IN_MONTH.finditer(t)),
    ),
    "a month after the receiver": (
        lambda n: "to brief the" + S * n + "x",
        lambda t: list(report_times.IN_MONTH.finditer(t)),
    ),
    "a session after a receiver": (lambda n: "Council" + S * n + "x", lambda t: tails.OWN_SESSION.match(t, 7)),
    "an ordinal's list": (lambda n: "Council at its sixtieth" + S * n + "x", lambda t: tails.OWN_SESSION.match(t, 7)),
    "the tail between two receivers": (lambda n: "Council" + S * n + "x", lambda t: tails.JOIN.fullmatch(t, 7)),
    "the tail past a dialogue": (
        lambda n: "Council in an interactive dialogue" + S * n + "x",
        lambda t: tails.JOIN.fullmatch(t, 7),
    ),
    "a qualified second receiver": (
        lambda n: "Council and" + S * n + "relevant" + S * n + "x",
        lambda t: tails.JOIN.fullmatch(t, 7),
    ),
    # report_outcome: the deadline after an outcome, a mandate's renewal among its wordings
    "the deadline after a review's outcome": (
        lambda n: "options" + S * n + "in advance of the" + S * n + "next mandate" + S * n + "x",
        lambda t: report_outcome.DUE.match(t, 7),
    ),
    # report_redated: a run after a new date, between the dates given anew, after a report's deadline
    "a new date before the deadline": (
        lambda n: "Extends to 15 August 2017" + S * n + "x",
        lambda t: list(redated.EXTENDED.finditer(t)),
    ),
    "the dates given anew": (
        lambda n: "references to reports should be updated to 31 January 2026" + S * n + "x",
        lambda t: list(redated.REFERENCES.finditer(t)),
    ),
    "a relative clause after a report's deadline": (
        lambda n: "from the date for the" + S * n + "final report" + S * n + "whose" + S * n + "x",
        lambda t: [redated.PASSIVE_NEW.match(t, m.end()) for m in redated.DEADLINE_OF.finditer(t)],
    ),
    "the words after a report's deadline": (
        lambda n: "the deadline for the" + S * n + "final report" + S * n + "x",
        lambda t: [redated.PASSIVE_NEW.match(t, m.end()) for m in redated.DEADLINE_OF.finditer(t)],
    ),
    # the meeting used for a report, before its infinitive (report_meetings.used: the lead's end read once)
    "a meeting used for a report": (
        lambda n: "use the" + S * n + "annual meeting to provide",
        lambda t: report_meetings.used(t, ADJECTIVES, load()),
    ),
}


@pytest.mark.parametrize("name", list(GROWS))
def test_a_run_of_spaces_is_read_in_linear_time(name):
    make, run = GROWS[name]
    assert growth(make, run, 1000) < LINEAR


def test_a_month_after_the_report_is_read_as_before():
    def months(t):
        return [report_times.dates.iso(m) for m in report_times.IN_MONTH.finditer(t)]

    assert months("to brief the Council in January 2009") == ["2009-01"]
    assert months("an oral briefing to the Council, through the Committee, in November 2002") == ["2002-11"]
    assert months("a final report in May 2005") == ["2005-05"]
    assert months("a report to the Council , , the Committee in May 2005") == ["2005-05"]  # two commas: as before
    assert months("a report to the Council , , , the Committee in May 2005") == []
    assert months("a report , , the Council in May 2005") == []
    assert months("a report on the elections in November 2010") == []
    assert months("a report to the Councils in May 2005") == []


def test_the_sessions_of_receivers_are_read_as_before():
    text = "to the Human Rights Council at its sixtieth session and to the General Assembly at its eightieth session"
    assert tails.own_sessions(text, [(3, 27, "HRC"), (63, 80, "GA")]) == [(60,), (80,)]
    m = tails.OWN_SESSION.match(" , at its seventy-eighth, seventy-ninth and eightieth sessions")
    assert m and m.group("numbers") == "seventy-eighth, seventy-ninth and eightieth"
    assert tails.OWN_SESSION.match(" ,, at its sixtieth session") is None
    assert tails.JOIN.fullmatch(" at its sixtieth session, to be followed by an interactive dialogue, and to the ")
    assert tails.JOIN.fullmatch(" at its sixtieth session ,  and to the ")
    assert tails.JOIN.fullmatch(" at its sixtieth session, in an interactive dialogue with x , , and to the ")
    assert tails.JOIN.fullmatch(" at its sixtieth session; and to the ") is None
    assert tails.JOIN.fullmatch(" at its sixtieth session , , and to the ") is None
