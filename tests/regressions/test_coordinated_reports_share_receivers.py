"""Two reports in one object with their receivers and deadline said once at its end: "to provide a briefing
on the implementation of the system-wide protection strategy and a progress report on the Integrated
Strategic Framework to the Security Council and troop- and police-contributing countries by 16 February 2010"
(S/RES/1906 (2009) op 40) gave the briefing to the Council alone with no due: both go to both receivers by
that date (one item per receiver, as "reporting ... to the Security Council and troop-contributing
countries"). A report with its own receiver or time keeps it."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "40. Requests the Secretary-General to provide a briefing on the implementation of the system-wide "
        "protection strategy and a progress report on the Integrated Strategic Framework to the Security Council "
        "and troop- and police-contributing countries by 16 February 2010;",
        [
            ("SecurityCouncil", "2010-02-16", "oral"),
            ("TroopPoliceContributors", "2010-02-16", "oral"),
            ("SecurityCouncil", "2010-02-16", "written"),
            ("TroopPoliceContributors", "2010-02-16", "written"),
        ],
    ),
    (
        "7. Requests the Secretary-General to provide a briefing to the Council within 30 days and a report on the "
        "implementation of this resolution by 16 February 2010;",
        [("SecurityCouncil", "2010-01-22", "oral"), ("SecurityCouncil", "2010-02-16", "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_coordinated_reports_share_receivers(text, expected):
    r = resolution(text, date="2009-12-23")
    assert reports(r, "to", "due", "form") == expected
