"""Review of stop 47, finding 2: "under" in report_part_of.PART_OF_REPORTS (349cab9) read a "reporting" that modifies a
noun ("under the relevant reporting guidelines", "under the mandated reporting arrangements") as reports the task is
placed in, and dropped reports with a time of their own. A "reporting" before a noun of reports.yaml part_of.modified
names no reports; "under the annual report on technical cooperation" (A/HRC/RES/54/28 op 14) still gives none."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "1. Calls upon all States to report to the Committee within 90 days on the steps they have taken, under the "
        "relevant reporting guidelines adopted by the Committee;",
        [("States", "SanctionsCommittee", "2020-03-31", None)],
    ),
    (
        "1. Calls upon all States to report to the Committee under the relevant reporting guidelines within 90 days;",
        [("States", "SanctionsCommittee", "2020-03-31", None)],
    ),
    (
        "1. Requests the Secretary-General to report to the Council under the mandated reporting arrangements every "
        "six months;",
        [("SecretaryGeneral", "SecurityCouncil", None, "P6M")],
    ),
    (
        "1. Requests the Secretary-General to report to the Council on the work of the Office under the regular "
        "reporting cycle, by 30 June 2020;",
        [("SecretaryGeneral", "SecurityCouncil", "2020-06-30", None)],
    ),
    # negative: a report placed in reports asked for elsewhere
    ("1. Requests the Secretary-General to update the Council under the annual report on the situation;", []),
    (
        "1. Requests the Secretary-General to report to the Council on the situation, under his regular reporting;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reporting_guidelines_under(text, expected):
    r = resolution(text, date="2020-01-01", organ="SC")
    assert reports(r, "by", "to", "due", "every") == expected
