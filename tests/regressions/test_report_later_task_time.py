"""A task of the reporter coordinated after the report, with a deadline of its own, gave the report that deadline
(report_own_task.timing read the whole scope): "to report on that progress to the Security Council by a date six months
following the date of adoption of this resolution and, in view of the extent of that progress, to recommend to the
Security Council no later than 15 August 2008 any further reductions" (S/RES/1777 (2007) op 5, heldout31 10) was due
2008-08-15, the recommendations' date; "to continue to submit and present reports to the Council on the Team's
activities every 180 days and to develop, by 15 March 2024, ... a roadmap" (S/RES/2697 (2023) op 6) due 2024-03-15,
the roadmap's. The later task (LATER_TASK: "and to" a verb no report verb) ends the report's time, unless a report is
named after it ("and to present the recommendations ... and to increase efficiency ... in a same comprehensive written
report to be submitted within 90 days", S/RES/2327 (2016) op 32: that report's time)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "Requests the Secretary-General to monitor progress on the core benchmarks, to report on that progress to the"
        " Security Council by a date six months following the date of adoption of this resolution and, in view of the"
        " extent of that progress, to recommend to the Security Council no later than 15 August 2008 any further"
        " reductions in the military component;",
        "2007-09-20",
        [("2008-03-20", "P6M", None)],
    ),
    (
        "Requests the Special Adviser to continue to submit and present reports to the Council on the Team's activities"
        " every 180 days and to develop, by 15 March 2024, in consultation with the Government of Iraq, a roadmap for"
        " the completion of the Team's mandate;",
        "2023-09-15",
        [(None, None, "P180D")],
    ),
    # a report named after the later task: its time is the report's
    (
        "Requests the Secretary-General to report to the Council on implementation of the mandate, and to present the"
        " recommendations on the steps to adapt the Mission to the situation on the ground and to increase efficiency"
        " in a comprehensive written report to be submitted within 90 days of the date of adoption of this resolution;",
        "2016-12-16",
        [(None, None, None), ("2017-03-16", "P90D", None)],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_report_later_task_time(text, date, expected):
    r = resolution("1. " + text, date=date, organ="SC")
    assert reports(r, "due", "within", "every") == expected
