"""corpus-full (S/RES/1863 (2009) op 11, S/RES/2156 (2014) op 24, S/RES/2540 (2020) op 16, A/RES/74/24
op 1): a deadline written without a year ("report no later than January 30", "in two written
reports, no later than July 30 and September 30 respectively", "the first written report due by 15
November", "by 30 April annually") gave no due date. The rule (deadlines.on_or_after): the year is
that of the first such day on or after the adoption date, since a deadline is never set before the
text that sets it; a day already past in the year of adoption falls in the next year."""

import pytest

from resgraph.extract import deadlines as dates
from resgraph.extract import report_times
from resgraph.vocab import load
from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/1863 (2009), adopted 16 January 2009
        "2009-01-16",
        "11. Requests the Secretary-General to report no later than January 30 on the precise equipment;",
        [(11, "2009-01-30")],
    ),
    (  # S/RES/2156 (2014), adopted 29 May 2014: one report per date
        "2014-05-29",
        "24. Requests the Secretary-General to inform the Council of progress in two written reports, "
        "no later than July 30 and September 30 respectively;",
        [(24, "2014-07-30"), (24, "2014-09-30")],
    ),
    (  # the year boundary: adopted in December, a January deadline is the next year's
        "2024-12-20",
        "3. Requests the Secretary-General to submit a report by 15 January;",
        [(3, "2025-01-15")],
    ),
    (  # the adoption day itself is on or after it
        "2024-03-15",
        "4. Requests the Secretary-General to submit a report by 15 March;",
        [(4, "2024-03-15")],
    ),
    (  # a date with its year is read as before
        "2024-03-15",
        "5. Requests the Secretary-General to submit a report by 15 March 2026;",
        [(5, "2026-03-15")],
    ),
]


@pytest.mark.parametrize("adopted,text,expected", CASES)
def test_deadline_without_a_year(adopted, text, expected):
    r = resolution(text, date=adopted, preamble="Recalling its resolution 1325 (2000),")
    assert reports(r, "op", "due") == expected


@pytest.mark.parametrize(
    "adopted,phrase,due",
    [
        ("2023-12-31", "by 1 January", "2024-01-01"),
        ("2023-03-01", "by 29 February", "2024-02-29"),  # no 29 February in 2023: the next that has one
        ("2023-06-30", "no later than June 30", "2023-06-30"),
        ("2023-07-01", "no later than June 30", "2024-06-30"),
        (None, "by 15 March", None),  # no adoption date: no year
    ],
)
def test_year_of_a_day_and_month(adopted, phrase, due):
    f = report_times.timing(f"to report {phrase};", "report", adopted, load())
    assert f["due"] == due


def test_a_day_with_its_year_is_no_day_alone():
    assert not report_times.YEARLESS.search("by 15 March 2026")
    assert not report_times.YEARLESS.search("by March 15, 2026")
    assert dates.DAY_MONTH
