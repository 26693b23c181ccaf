"""Mandate terms for a length with "and a half" (the brief of stop 67, item 2): "for a period of one year and a half"
was read as P1Y, the half dropped after the unit, and "for a period of two and a half years" gave no period at all
(term_times.PERIOD read the count and then wanted the unit). The half is read where deadlines reads it for a report's
delay and cycle (deadlines.HALF after the unit, HALF_BEFORE between the count and the unit, amount): a number of years
and a half in months; half a month or a week is no whole length, so "eighteen months and a half" gives no period
rather than a wrong P18M. The end counted from the adoption follows the length. Near misses: a plain length, a
half-day meeting, and a half that is no part of the length ("and a half-yearly review")."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2010-06-30",
        "1. Decides to extend the mandate of UNDOF for a period of one year and a half;",
        [(1, "extends", "UNDOF", None, "P18M")],
    ),
    (
        "2010-06-30",
        "1. Decides to extend the mandate of UNDOF for a period of two and a half years from the date of adoption of "
        "this resolution;",
        [(1, "extends", "UNDOF", "2012-12-30", "P30M")],
    ),
    (
        "2010-06-30",
        "1. Decides to extend the mandate of UNDOF for a further period of two years and a half, until 31 December "
        "2012;",
        [(1, "extends", "UNDOF", "2012-12-31", "P30M")],
    ),
    (
        "2010-06-30",
        "1. Decides to extend the mandate of UNDOF for a period of eighteen months and a half;",
        [(1, "extends", "UNDOF", None, None)],
    ),
    # the article as the count of one year (stop 67 review SHOULD): "a year and a half", "a year"
    (
        "2010-06-30",
        "1. Decides to extend the mandate of UNDOF for a period of a year and a half;",
        [(1, "extends", "UNDOF", None, "P18M")],
    ),
    (
        "2010-06-30",
        "1. Decides to extend the mandate of UNDOF for a year and a half, until 31 December 2011;",
        [(1, "extends", "UNDOF", "2011-12-31", "P18M")],
    ),
    (
        "2010-06-30",
        "1. Decides to extend the mandate of UNDOF for a period of a year from the date of adoption of this resolution;",
        [(1, "extends", "UNDOF", "2011-06-30", "P1Y")],
    ),
    # near misses: no half in the length
    (
        "2010-06-30",
        "1. Decides to extend the mandate of UNDOF for a period of six months and a yearly review of its tasks;",
        [(1, "extends", "UNDOF", None, "P6M")],
    ),
    (
        "2010-06-30",
        "1. Decides to extend the mandate of UNDOF for a period of one year from the date of adoption of this "
        "resolution;",
        [(1, "extends", "UNDOF", "2011-06-30", "P1Y")],
    ),
    (
        "2010-06-30",
        "1. Decides to extend the mandate of UNDOF for a period of six months and a half-day meeting to be held;",
        [(1, "extends", "UNDOF", None, "P6M")],
    ),
    (
        "2010-06-30",
        "1. Decides to extend the mandate of UNDOF for a period of one year and a half-yearly review of its tasks;",
        [(1, "extends", "UNDOF", None, "P1Y")],
    ),
]


@pytest.mark.parametrize("adopted,text,expected", CASES)
def test_a_half_is_part_of_the_length(adopted, text, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected
