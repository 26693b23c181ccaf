"""Third held-out gold (S/RES/2629 (2022) op 6): "to report to the Security Council ... every 30
days up until 31 July 2022" gave due 2022-07-31. The date that ends a recurrence ("until", "up
until", "through" after a cycle) is not a due date: `due` is the first (or only) deadline of a
report, and the gold (tests/mandate_gold/heldout3, op 6: every P30D, no due) reads the report as a
recurrence alone. A deadline with no cycle, and a first deadline before a cycle, stay due dates."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "6. Requests the Secretary-General to report to the Security Council on the implementation of this "
        "resolution every 30 days up until 31 July 2022;",
        [(6, None, "P30D")],
    ),
    (
        "7. Requests the Secretary-General to brief the Council monthly until 31 December 2022;",
        [(7, None, "P1M")],
    ),
    (  # a first report by a date, then a cycle: the date is due
        "8. Requests the Secretary-General to report by 15 September 2022 and every 90 days thereafter;",
        [(8, "2022-09-15", "P90D")],
    ),
    (  # no cycle: a deadline
        "9. Requests the Secretary-General to submit a report no later than 30 November 2022;",
        [(9, "2022-11-30", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_recurrence_end(text, expected):
    r = resolution(text, date="2022-01-27", preamble="Recalling its resolution 1325 (2000),")
    assert reports(r, "op", "due", "every") == expected
