"""Review of stop 47, finding 4: report_not_its_cycle.held knew neither "at least" nor "meet", so the "once a month"
phrases (711cc2d) gave a meeting's cycle to the report ("on the meetings of the Committee, which shall meet at least
once a month": P1M). "at least" is now the once-phrases' own (cycles.yaml) and HELD reads "meet(s)"/"meeting"; the
report's own "at least once a month" (S/RES/1363 (2001) op 5) keeps its P1M."""

import pytest

from tests.snippets import reports, resolution

SG = "1. Requests the Secretary-General to report to the Council on the "
CASES = [
    (SG + "meetings of the Committee, which shall meet at least once a month;", [None]),
    (SG + "work of the Committee, which shall meet once a week during the crisis;", [None]),
    (SG + "consultations, to be held at least once a month, with troop-contributing countries;", [None]),
    (SG + "consultations, to be held once a month, with troop-contributing countries;", [None]),
    # positive: the report's own cycle
    ("1. Requests the Secretary-General to report at least once every month to the Committee;", ["P1M"]),
    (SG + "situation at least once a month;", ["P1M"]),
    (SG + "situation at least once a year;", ["P1Y"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_meeting_held_at_least_once_a_month(text, expected):
    r = resolution(text, date="2020-01-01", organ="SC")
    assert reports(r, "every") == expected
