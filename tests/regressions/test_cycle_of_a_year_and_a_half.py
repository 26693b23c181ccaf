"""A cycle "and a half" was read as its whole units: "to report to the Council every year and a half" gave every P1Y
(stop 66 review SHOULD on 3d30ae33, the delay's "and a half" being read since then). deadlines.EVERY_N now takes
deadlines.HALF after the unit, and report_times reads the cycle through deadlines.amount: "every year and a half" P18M,
"every two years and a half" P30M; half of another unit is no whole cycle: none (as for a delay). Near misses: "every
year", "every six months", "every 18 months" and a "half-yearly" after the unit read as before."""

import pytest

from tests.snippets import reports, resolution

OPEN = "16. Requests the Secretary-General to report to the Council "
TAIL = " on the implementation of this resolution;"
SG = ("SecretaryGeneral", "SecurityCouncil")
CASES = [
    ("every year and a half", [(*SG, "P18M")]),
    ("every two years and a half", [(*SG, "P30M")]),
    ("every month and a half", [(*SG, None)]),
    # near misses
    ("every year", [(*SG, "P1Y")]),
    ("every six months", [(*SG, "P6M")]),
    ("every 18 months", [(*SG, "P18M")]),
    # (the half-yearly update a second report, as before)
    ("every year and a half-yearly update thereafter", [(*SG, "P1Y"), (*SG, "P6M")]),
]


@pytest.mark.parametrize("when,expected", CASES)
def test_cycle_of_a_year_and_a_half(when, expected):
    r = resolution(OPEN + when + TAIL, date="2021-06-29")
    assert reports(r, "by", "to", "every") == expected
