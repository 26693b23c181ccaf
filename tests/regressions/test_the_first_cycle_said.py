"""Review of stop 47, finding 5: report_times._every took the cycle phrase first in cycles.yaml, not first in the text,
so "once a month" listed above "once a year" (711cc2d) changed which of two cycles won ("brief the Council at least
once a year on the situation, and once a month on the humanitarian situation": P1M). The first cycle said after the
verb is the report's; the list's order breaks a tie at one place."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "1. Requests the Secretary-General to brief the Council at least once a year on the situation, and once a "
        "month on the humanitarian situation;",
        ["P1Y"],
    ),
    (
        "1. Requests the Secretary-General to brief the Council once a month on the situation, and once a year on "
        "the humanitarian situation;",
        ["P1M"],
    ),
    # one place, two wordings: the longer first ("twice yearly", not "yearly")
    ("1. Requests the Secretary-General to report to the Council twice yearly on the situation;", ["P6M"]),
    ("1. Requests the Secretary-General to report to the Council at least twice a year on the situation;", ["P6M"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_first_cycle_said(text, expected):
    r = resolution(text, date="2020-01-01", organ="SC")
    assert reports(r, "every") == expected
