"""A report asked at a list of times counted back from one event was read as one report: "further requests UNMISS, in
coordination with the Secretary-General, to provide reporting on the security situation, which will include protection
of civilians and force protection evaluations, 90-, 60- and 30-days before any election" (S/RES/2729 (2024) op 23,
heldout43 02: three reports, no due, the elections undated). Each time of the list, joined by "and", is now a report
of its own (report_occasions.listed_times, through reports._counted), as are the lengths that make the kinds of the
report nouns ("30-, 60- and 90-day reports"). Not taken: one time ("30 days before"), times left open ("30 or 60
days before"), a list of lengths of no report ("their 5-, 10-, 15- and 20-year reviews"), an event's times after the
report's words but not counted back from it ("elections to be held 30 and 60 days after the adoption")."""

import pytest

from tests.snippets import reports, resolution

UNMISS = ("UNMISS", "SecurityCouncil")
SG = ("SecretaryGeneral", "SecurityCouncil")
CASES = [
    (
        "23. Due to increased risks of violence ahead of elections, further requests UNMISS, in coordination with the "
        "Secretary-General, to provide reporting on the security situation, which will include protection of civilians "
        "and force protection evaluations, 90-, 60- and 30-days before any election, including threat of intercommunal "
        "violence on the security situation, addressing any shortcomings as necessary;",
        [UNMISS, UNMISS, UNMISS],
    ),
    ("1. Requests the Secretary-General to report to the Council 60 days and 30 days before the elections;", [SG, SG]),
    (
        "1. Requests the Secretary-General to submit 30-, 60- and 90-day reports to the Council on the drawdown;",
        [SG] * 3,
    ),
    # one time: one report
    ("1. Requests the Secretary-General to report to the Council 30 days before the elections;", [SG]),
    # a time left open: one report
    ("1. Requests the Secretary-General to report to the Council 30 or 60 days before the elections;", [SG]),
    # lengths of something else: one report
    (
        "1. Requests the Secretary-General to submit a report to the Council on the 5-, 10-, 15- and 20-year reviews "
        "of the Programme of Action;",
        [SG],
    ),
    # review Y1: a window ("between ... and ...") or one length in two units is one time: one report
    (
        "1. Requests the Secretary-General to report to the Council between 60 days and 30 days before the elections;",
        [SG],
    ),
    ("1. Requests the Secretary-General to report to the Council one month and two weeks before the elections;", [SG]),
    # review Y1: times counted forward from the event: one report
    ("1. Requests the Secretary-General to report to the Council 30-, 60- and 90-days after the elections;", [SG]),
    (
        "1. Requests the Secretary-General to submit a report to the Council on the 30-, 60- and 90-day reviews of "
        "the Programme of Action;",
        [SG],
    ),
    # review Y1: a list timing another thing, a verb between the report's words and it: one report
    (
        "1. Requests the Secretary-General to report to the Council on the timeline of elections, with polls to open "
        "60 days and 30 days before the end of the transition;",
        [SG],
    ),
    # review Y1: two report nouns joined before one list: one each
    (
        "1. Requests the Secretary-General to submit a report and an assessment to the Council 60-, 30- and 10-days "
        "before the elections;",
        [SG, SG],
    ),
    # an event's times, not counted back from it: one report
    (
        "1. Requests the Secretary-General to report to the Council on the elections to be held 30 and 60 days after "
        "the adoption of this resolution;",
        [SG],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reports_at_a_list_of_times(text, expected):
    r = resolution(text, date="2024-04-29", organ="SC")
    assert reports(r, "by", "to") == expected  # how many, not when (the times count back from undated events)


def test_a_dated_list_is_not_counted():
    """review Y1: where the event is dated, the list's times would each need a date of their own; counted as one, not
    as two reports due the same day."""
    text = (
        "1. Decides to extend the mandate of UNMISS until 30 April 2025;\n\n2. Requests the Secretary-General to report "
        "to the Council 60 days and 30 days before the end of the mandate;"
    )
    assert reports(resolution(text, date="2024-04-29", organ="SC"), "by", "due") == [("SecretaryGeneral", "2025-03-31")]
