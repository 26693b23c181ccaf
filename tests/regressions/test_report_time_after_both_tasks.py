"""A time said after a report and a task coordinated after it ("and to <verb>") was cut off from the report
(report_own_task._later_task ended the report's scope at any later task, ede08e1): "Requests the Secretary-General to
report to the Security Council on the implementation of this resolution and to make recommendations on the future
configuration of the Mission, by 31 March 2016" had no due, "... to brief the Council on progress and to identify
remaining gaps every three months" no cycle (review 49, finding 2). The time is said once for both tasks; the later
task's time is its own only where the report has a time of its own before it (S/RES/1777 (2007) op 5, 2697 (2023)
op 6, the last rows)."""

import pytest

from tests.snippets import reports, resolution

R = "Requests the Secretary-General to "
CASES = [
    (
        R + "report to the Security Council on the implementation of this resolution and to make recommendations on the"
        " future configuration of the Mission, by 31 March 2016;",
        [("2016-03-31", None, None)],
    ),
    (
        R + "submit a report on the situation in Mali and to outline options for the drawdown of the Mission, within 90"
        " days of the adoption of this resolution;",
        [("2015-08-30", "P90D", None)],
    ),
    (
        R + "report to the Council and to propose benchmarks for the transition no later than 30 September 2015;",
        [("2015-09-30", None, None)],
    ),
    (R + "brief the Council on progress and to identify remaining gaps every three months;", [(None, None, "P3M")]),
    (
        R + "report on the implementation of the mandate and to indicate the steps taken, every 90 days;",
        [(None, None, "P90D")],
    ),
    (
        R + "report to the Council on the situation and to monitor closely the elections, by 31 December 2015;",
        [("2015-12-31", None, None)],
    ),
    # the report's own time before the later task: the later task's time is its own (the wordings ede08e1 mended)
    (
        "Requests the Special Adviser to continue to submit and present reports to the Council on the Team's activities"
        " every 180 days and to develop, by 15 March 2024, in consultation with the Government of Iraq, a roadmap;",
        [(None, None, "P180D")],
    ),
    (
        R
        + "report on that progress to the Security Council by a date six months following the date of adoption of this"
        " resolution and, in view of the extent of that progress, to recommend to the Security Council no later than 15"
        " August 2015 any further reductions in the military component;",
        [("2015-12-01", "P6M", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_time_after_both_tasks(text, expected):
    r = resolution("1. " + text, date="2015-06-01", organ="SC")
    assert reports(r, "due", "within", "every") == expected
