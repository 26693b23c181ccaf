"""A delay said in the clause of one of several deadlines was read onto every report the deadlines split the scope
into: "on an annual basis, the first no later than 31 March 2012, with the final report occurring three months after
the transfer of any remaining funds ... by 31 December 2016" (S/RES/1958 (2010) op 8) gave the first report "within
P3M" too. The delay now goes to the deadlines said with it alone, where some but not all are (report_delay_clause): after
it in its clause, else opening the comma clause after it, else before it in its clause; a delay said with none, or
several delays counted from the adoption ("within six months and eleven months"), read as before."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "8. Requests the Secretary-General to report and provide analysis to the Council on the usage and expenditure "
        "of the escrow account referenced in paragraphs 4 and 5 on an annual basis, the first no later than 31 March "
        "2012, with the final report occurring three months after the transfer of any remaining funds retained for the "
        "purposes of paragraphs 4 and 5 to the Government of Iraq by 31 December 2016, unless otherwise authorized by "
        "the Security Council;",
        "2010-12-15",
        [("2012-03-31", None), ("2016-12-31", "P3M")],
    ),
    # the delay's clause holds no deadline: it runs over the comma clause after it that opens with one
    (
        "8. Requests the Secretary-General to submit the first report within 60 days of the elections, no later than "
        "31 March 2011, and the final report by 31 December 2011;",
        "2010-12-15",
        [("2011-03-31", "P60D"), ("2011-12-31", None)],
    ),
    # ... or after ", and" (review X61: both took it)
    (
        "8. Requests the Secretary-General to submit the first report within 60 days of the elections, and no later "
        "than 31 March 2011, and the final report by 31 December 2011;",
        "2010-12-15",
        [("2011-03-31", "P60D"), ("2011-12-31", None)],
    ),
    # the "and" joins two times of one report; an "and" with no report word after it opens no other's clause (review
    # X61: both took it)
    (
        "8. Requests the Secretary-General to submit the first report no later than 31 March 2011 and within 60 days of "
        "the elections, and the final report by 31 December 2011;",
        "2010-12-15",
        [("2011-03-31", "P60D"), ("2011-12-31", None)],
    ),
    # the deadline the comma clause after the delay opens with is its cap, before a deadline said before it (review
    # X61: both took it, and the 30 June report alone once the "and" opens no clause)
    (
        "8. Requests the Secretary-General to report to the Council by 30 June 2011 and within 30 days of the end of "
        "the transition period, and no later than 31 December 2011;",
        "2010-12-15",
        [("2011-06-30", None), ("2011-12-31", "P30D")],
    ),
    # near miss: an "and" with a report word after it opens the next report's clause
    (
        "8. Requests the Secretary-General to submit the first report no later than 31 March 2011, and the final report "
        "within 60 days of the elections and by 31 December 2011;",
        "2010-12-15",
        [("2011-03-31", None), ("2011-12-31", "P60D")],
    ),
    # near miss: the delay in no deadline's clause stays on each
    (
        "8. Requests the Secretary-General to report to the Council within 30 days of the completion of the "
        "referendum, and by 1 June 2011 and 1 December 2011 on the implementation of this resolution;",
        "2010-12-15",
        [("2011-06-01", "P30D"), ("2011-12-01", "P30D")],
    ),
    # near miss: two delays counted from the adoption, each its own
    (
        "2. Requests the Secretary-General to report to the Council within six months and eleven months of the "
        "adoption of this resolution on its implementation;",
        "2023-05-30",
        [("2023-11-30", "P6M"), ("2024-04-30", "P11M")],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_a_delay_said_in_one_deadlines_clause(text, date, expected):
    r = resolution(text, date=date, organ="SC")
    assert [(due, within) for (op, due, within) in reports(r, "op", "due", "within")] == expected
