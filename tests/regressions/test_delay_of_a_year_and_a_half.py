"""A delay "and a half" was read as its whole units: "to report to the Council within the next year and a half" gave
within P1Y and a due date a year on (stop 65 review of "within the next year", S/RES/2365 (2017) op 16's reading;
"within a year and a half" did so before it). deadlines.AMOUNT and A_AMOUNT now take "and a half" after the unit, and
deadlines.amount reads a number of years and a half in months ("a year and a half" -> P18M, due 18 months after the
adoption); half of another unit is no whole number of days or weeks: none (a choice: "a month and a half" could be
P1M15D, but a month has no fixed number of days, and no report in the corpus says it). Near misses: "within the next year" and
"within 18 months" read as before; "two and a half years" (the half before the unit) stays unread."""

import pytest

from tests.snippets import reports, resolution

OPEN = "16. Requests the Secretary-General to report to the Council "
TAIL = " on the implementation of this resolution;"
SG = ("SecretaryGeneral", "SecurityCouncil")
CASES = [
    ("within the next year and a half", [(*SG, "2018-12-29", "P18M")]),
    ("within a year and a half", [(*SG, "2018-12-29", "P18M")]),
    ("within one year and a half", [(*SG, "2018-12-29", "P18M")]),
    ("within two years and a half", [(*SG, "2019-12-29", "P30M")]),
    # half a month: no whole delay
    ("within a month and a half", [(*SG, None, None)]),
    # near misses
    ("within the next year", [(*SG, "2018-06-29", "P1Y")]),
    ("within 18 months", [(*SG, "2018-12-29", "P18M")]),
    ("within 90 days and 180 days from its adoption", [(*SG, "2017-09-27", "P90D"), (*SG, "2017-12-26", "P180D")]),
    ("within two and a half years", [(*SG, None, None)]),
    # "and a half-year ...", "and a half-yearly ...": another thing after the delay, not its half (HALF stops before a
    # hyphen; stop 66 review of 3d30ae33)
    ("within 30 days and a half-year review thereafter", [(*SG, "2017-07-29", "P30D")]),
    ("within 90 days and a half-yearly review thereafter", [(*SG, "2017-09-27", "P90D")]),
]


@pytest.mark.parametrize("when,expected", CASES)
def test_delay_of_a_year_and_a_half(when, expected):
    r = resolution(OPEN + when + TAIL, date="2017-06-29")
    assert reports(r, "by", "to", "due", "within") == expected
