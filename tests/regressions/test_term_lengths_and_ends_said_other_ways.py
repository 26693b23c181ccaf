"""Lengths and ends of terms said in other words: "for a final two-month period" (S/RES/2813 (2026) op 1), "for a
final 19-month period" (S/RES/2732 (2024) op 1), "for the final period of 12 months" (S/2023/639 op 1), "for a final period of six months, and that the Mission shall close by 15
October 2017" (S/RES/2350 (2017) op 1, heldout43 18: until the closing date, not "requests ... to complete by" a
withdrawal); an
authorization of the Secretary-General "to extend by up to four additional weeks" or "to extend up to three months"
a redeployment (S/RES/1962 (2010) op 6, 1967 op 3, 1968 op 1: no term was read without them); "until the start of
the final withdrawal of its military personnel on 15 October 2010" (S/RES/1923 (2010) op 9). An authorization given
before, in a relative clause ("the intended European Union operation which has been authorized for a one-year
period", S/RES/1778 (2007) op 10), sets no term."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Takes note of the Secretary-General’s letter (S/2025/766) dated 25 November 2025 and decides to extend "
        "UNMHA’s mandate for a final two-month period until 31 March 2026, during which time the Mission will conduct "
        "the drawdown;",
        "2026-01-27",
        [(1, "extends", "UNMHA", "2026-03-31", "P2M")],
    ),
    (
        "1. Takes note of the Government of Iraq’s letter dated 8 May 2024 and decides to extend UNAMI’s mandate for a "
        "final 19-month period until 31 December 2025 after which UNAMI will cease all work;",
        "2024-05-31",
        [(1, "extends", "UNAMI", "2025-12-31", "P19M")],
    ),
    # the closing the same decision dates ends the final period (S/RES/2350 (2017) op 1, heldout43 18)
    (
        "1. Decides to extend MINUSTAH’s mandate, as contained in its resolutions 2313 (2016), 2243 (2015) and 1542 "
        "(2004), for a final period of six months, and that the Mission shall close by 15 October 2017;",
        "2017-04-13",
        [(1, "extends", "MINUSTAH", "2017-10-15", "P6M")],
    ),
    # a withdrawal someone is asked to complete by a date is no end of the period: the length alone
    (
        "1. Decides to extend the mandate of UNMIL for a final period of six months, and requests the "
        "Secretary-General to complete by 30 April 2018 the withdrawal of all uniformed and civilian UNMIL components;",
        "2017-12-22",
        [(1, "extends", "UNMIL", None, "P6M")],
    ),
    # the body itself closes ("it", "the Mission", its own acronym), not a part of it named in lower case, and on a date
    # that ends the length, not months away from it (review Y3 of the closing rule)
    (
        "1. Decides to extend the mandate of UNIOGBIS for a final period of ten months, and that UNIOGBIS shall cease "
        "all operations by 31 December 2020;",
        "2020-02-28",
        [(1, "extends", "UNIOGBIS", "2020-12-31", "P10M")],
    ),
    (
        "1. Decides to extend the mandate of UNMIL for a final period of six months, and that the regional liaison "
        "office shall close by 30 June 2019;",
        "2018-06-29",
        [(1, "extends", "UNMIL", None, "P6M")],
    ),
    (
        "1. Decides to extend the mandate of UNIOGBIS for a final period of twelve months, and that the task force "
        "shall close by 31 December 2021;",
        "2020-02-28",
        [(1, "extends", "UNIOGBIS", None, "P12M")],
    ),
    (
        "1. Decides to extend the mandate of UNIOGBIS for a final period of twelve months, and that UNIOGBIS shall "
        "cease all operations by 31 December 2021;",
        "2020-02-28",
        [(1, "extends", "UNIOGBIS", None, "P12M")],
    ),
    (
        "3. Decides to extend the mandate of UNAMI for a further six-month period from the date of adoption of this "
        "resolution;",
        "2010-01-01",
        [(3, "extends", "UNAMI", "2010-07-01", "P6M")],
    ),
    (
        "1. Decides to renew, for the final period of 12 months, until 31 August 2024, the measures as set out in "
        "paragraphs 1 to 7 of resolution 2374 (2017);",
        "2023-08-30",
        [(1, "extends", "S/RES/2374(2017)#1,2,3,4,5,6,7", "2024-08-31", "P12M")],
    ),
    (
        "1. Decides to authorize the Secretary-General, further to paragraphs 3 and 4 of resolution 1967 (2011) and "
        "resolution 1951 (2010), to extend up to three months the temporary redeployment from UNMIL to UNOCI of three "
        "infantry companies;",
        "2011-03-30",
        [(1, "authorizes", "SecretaryGeneral", None, "P3M")],
    ),
    (
        "6. Decides to authorize the Secretary-General, further to resolution 1951 (2010), to extend by up to four "
        "additional weeks the temporary redeployment from UNMIL to UNOCI of a maximum of three infantry companies;",
        "2010-12-20",
        [(6, "authorizes", "SecretaryGeneral", None, "P4W")],
    ),
    (
        "9. Decides further that, until the start of the final withdrawal of its military personnel on 15 October "
        "2010, MINURCAT shall be authorized to fulfil the following functions within its capabilities and its area of "
        "operation in eastern Chad, in liaison with the Government of Chad:",
        "2010-05-25",
        [(9, "authorizes", "MINURCAT", "2010-10-15", None)],
    ),
    (
        "10. Requests the Secretary-General to report to it six months from the date indicated in paragraph 6 on the "
        "arrangements for following up the intended European Union operation which has been authorized for a one-year "
        "period;",
        "2007-09-25",
        [],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_term(text, date, expected):
    r = resolution(text, date=date)
    assert terms(r, "op", "action", "of", "until", "period") == expected
