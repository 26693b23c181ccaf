"""A report's cycle that starts on a day and month with no year gave no due: "every four months commencing 1 January"
(S/RES/1964 (2010) op 20, adopted 22 December 2010; heldout34 17: due 2011-01-01, every P4M). The start now falls
as a yearless deadline does, the first such day on or after the adoption, where that is within one cycle of it
(report_cycle_start); the same words adopted on 28 January 2010 (S/RES/1910 (2010) op 20) would put the start
eleven months on, past the cycle: a start already past, the cycle alone as before. A dated start is read as before
("every 90 days starting from 1 June 2018", S/RES/2410 (2018) op 4).

Review of stop 52 (findings 7, 8): a yearless start on the adoption day is a cycle later, as the dated one; a start
said far from the cycle, of another event in the scope ("the voter registration period starting 15 March"), is no
due."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "20. Requests the Secretary-General to report on all aspects of this resolution every four months commencing "
        "1 January and expresses its intention to review the situation;",
        "2010-12-22",
        [("2011-01-01", "P4M")],
    ),
    # the start more than one cycle after the adoption: a start already past, no due
    (
        "20. Requests the Secretary-General to report on all aspects of this resolution every four months commencing "
        "1 January and expresses its intention to review the situation;",
        "2010-01-28",
        [(None, "P4M")],
    ),
    # a dated start: unchanged
    (
        "4. Requests the Secretary-General to report to the Council on the implementation of this resolution, in "
        "reports every 90 days starting from 1 June 2018;",
        "2018-03-15",
        [("2018-06-01", "P90D")],
    ),
    # a start on the adoption day, yearless or dated: the first report a cycle later
    (
        "1. Requests the Secretary-General to report on all aspects of this resolution every four months commencing "
        "22 December;",
        "2010-12-22",
        [("2011-04-22", "P4M")],
    ),
    (
        "1. Requests the Secretary-General to report on all aspects of this resolution every four months commencing "
        "22 December 2010;",
        "2010-12-22",
        [("2011-04-22", "P4M")],
    ),
    # another event's start in the cycle's scope: no due
    (
        "1. Requests the Secretary-General to report every three months on the implementation of the electoral plan, "
        "including the voter registration period starting 15 March;",
        "2010-12-22",
        [(None, "P3M")],
    ),
    # the cycle's start said after a comma: read
    (
        "1. Requests the Secretary-General to report annually, beginning on 1 March;",
        "2010-12-22",
        [("2011-03-01", "P1Y")],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_a_cycle_starting_on_a_day_with_no_year(text, date, expected):
    r = resolution(text, date=date, organ="SC")
    assert [(due, every) for (op, due, every) in reports(r, "op", "due", "every")] == expected
