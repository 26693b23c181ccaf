"""Held-out gold: terms whose end was said another way had none. "Decides to extend the mandate of
UNOMIG for a new period terminating on 31 July 2000" (S/RES/1287 (2000) op 11; 16 UNOMIG and UNMIBH
renewals of corpus-full); "for a further period of twelve months, starting from the date of the
adoption of this resolution" (S/RES/2123 (2013) op 10, every EUFOR ALTHEA and Libya vessel
authorization); "until the end of MINUSMA’s mandate as authorized in this resolution" (S/RES/2423
(2018) op 53, French forces: no term at all, an authorization for no time) is the end of the
mandate the same text sets; "until the expiry of MONUC’s current mandate on 15 February 2007"
(S/RES/1736 (2006)) the date given."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "11. Decides to extend the mandate of UNOMIG for a new period terminating on 31 July 2000, subject to a review "
        "by the Council of the mandate of UNOMIG;",
        "2000-01-31",
        [(11, "extends", "UNOMIG", "2000-07-31", None)],
    ),
    (
        "10. Authorizes the Member States acting through or in cooperation with the EU to establish for a further "
        "period of twelve months, starting from the date of the adoption of this resolution, a multinational "
        "stabilization force (EUFOR ALTHEA) as a legal successor to SFOR;",
        "2013-11-12",
        [(10, "authorizes", "MemberStates", "2014-11-12", "P12M")],
    ),
    (
        "24. Decides to extend the mandate of MINUSMA until 30 June 2019;\n\n53. Authorizes French forces, within the "
        "limits of their capacities and areas of deployment, to use all necessary means until the end of MINUSMA’s "
        "mandate as authorized in this resolution, to intervene in support of elements of MINUSMA;",
        "2018-06-28",
        [(24, "extends", "MINUSMA", "2019-06-30", None), (53, "authorizes", "FrenchForces", "2019-06-30", None)],
    ),
    (
        "1. Authorizes, from 1 January 2007 until the expiry of MONUC’s current mandate on 15 February 2007, an "
        "increase in the military strength of MONUC of up to 916 military personnel;",
        "2006-12-22",
        [(1, "authorizes", "MONUC", "2007-02-15", None)],
    ),
    (  # the end of the current mandate said before the authorization is not its end
        "23. Decides that the mission will limit the implementation of its mandate to the provinces of North Kivu and "
        "Ituri from May 2024 until the end of the current mandate, authorises MONUSCO to maintain a sufficient "
        "residual civilian presence in South Kivu;",
        "2023-12-19",
        [],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_the_end_of_a_term(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected
