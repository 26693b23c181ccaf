"""Found in heldout29 (S/RES/1363 (2001) op 5, 08): "requests also the Sanctions Enforcement Support Team to report at
least once a month to the Monitoring Group" read no cycle: cycles.yaml knew "once a year" only. "once a month", "once a
week", "once a quarter" now read as "monthly", "weekly", "quarterly" do (P1M, P1W, P3M)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Requests the Secretary-General to report at least once a month to the Security Council on the situation;",
        ["P1M"],
    ),
    ("5. Requests the Secretary-General to brief the Council once a week on the situation;", ["P1W"]),
    ("5. Requests the Secretary-General to report to the Council once per quarter on the situation;", ["P3M"]),
    ("5. Requests the Secretary-General to report to the Council once a year on the situation;", ["P1Y"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_once_a_month(text, expected):
    r = resolution(text, date="2001-07-30", organ="SC")
    assert reports(r, "every") == expected
