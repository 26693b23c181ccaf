"""Renewals the extension pattern did not know: a mission named by its acronym alone right before its
time ("Decides to extend UNAMA for an additional period of 12 months from the date of adoption of
this resolution", S/RES/1471 (2003), 1536 (2004)); a monitoring team that "shall also support the
Committee for a period of twenty-four months from the date of expiration of the current mandate in
December 2017" (S/RES/2255 (2015) op 51, first gold 17; 1988, 2082, 2160: as "shall continue to
support"); paragraphs named in words ("the decisions in paragraphs two and three of Security
Council resolution 2165 (2014)", S/RES/2191 (2014) op 2, 2258); measures of the text's own
paragraphs "established for twelve months" (S/RES/1298 (2000) op 16, 1333 op 23, 1521 op 18)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides to extend UNAMA for an additional period of 12 months from the date of adoption of this resolution;",
        "2003-03-28",
        None,
        [(1, "extends", "UNAMA", "2004-03-28", "P12M")],
    ),
    (
        "51. Decides, in order to assist the Committee in fulfilling its mandate, that the 1267/1989 Monitoring Team, "
        "established pursuant to paragraph 7 of resolution 1526 (2004), shall also support the Committee for a period "
        "of twenty-four months from the date of expiration of the current mandate in December 2017, with the mandate "
        "set forth in the annex to this resolution;",
        "2015-12-17",
        None,
        [(51, "extends", "MonitoringTeam1526", "2019-12", "P24M")],
    ),
    (
        "2. Decides to renew the decisions in paragraphs two and three of Security Council resolution 2165 (2014) for "
        "a period of twelve months, that is, until 10 January 2016;",
        "2014-12-17",
        None,
        [(2, "extends", "S/RES/2165(2014)#2,3", "2016-01-10", "P12M")],
    ),
    (
        "16. Decides that the measures imposed by paragraph 6 above are established for twelve months and that, at the "
        "end of this period, the Council will decide whether the Governments of Eritrea and Ethiopia have complied;",
        "2000-05-17",
        "S/RES/1298 (2000)",
        [(16, "establishes", "S/RES/1298(2000)#6", "2001-05-17", "P12M")],
    ),
    (  # an acronym with no time after it is no object of an extension
        "4. Requests the Secretary-General to extend UNAMA's support to the elections;",
        "2003-03-28",
        None,
        [],
    ),
]


@pytest.mark.parametrize("text,date,symbol,expected", CASES)
def test_term(text, date, symbol, expected):
    r = resolution(text, date=date, symbol=symbol)
    assert terms(r, "op", "action", "of", "until", "period") == expected
