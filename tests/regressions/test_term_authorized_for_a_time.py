"""Authorizations for a time and missions the vocabulary lacked. The length of an authorization
qualified ("to continue for a further planned period of 12 months the multinational stabilization
force (SFOR)", S/RES/1305 (2000) op 10 and its renewals; "for a limited period of up to 30 days",
S/RES/1497 (2003) op 3; "for a period of not more than three months from adoption of this
resolution", S/RES/1529 (2004) op 2); a time with no date ("for a temporary period", S/RES/2127
(2013) op 50); the Secretary-General authorized, who is the term's holder, not the mission named
after him (heldout6 S/RES/1657 (2006) op 1, read as of UNMIL; S/RES/1951 (2010) op 1); generic
bodies passed over for the mission named ("across remaining United Nations Missions in Yemen, ...
UNMHA's capacity", S/RES/2813 (2026) op 3); "Authorizes the establishment of, as a follow-on mission
to UNOA, the United Nations Mission in Angola (UNMA) for a period of six months until 15 February
2003" (S/RES/1433 (2002) op 1); "Decides to continue the mandate of UNIKOM for a final period until
6 October 2003" (S/RES/1490 (2003) op 1); MISCA, UNMA, UNOA, UNIKOM, UNPOS, EUFOR RD Congo and "the
MIF" added to the vocabulary's bodies."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "10. Authorizes the Member States acting through or in cooperation with the organization referred to in "
        "Annex 1-A of the Peace Agreement to continue for a further planned period of 12 months the multinational "
        "stabilization force (SFOR) as established in accordance with its resolution 1088 (1996);",
        "2000-06-21",
        [(10, "authorizes", "MemberStates", None, "P12M")],
    ),
    (
        "3. Authorizes UNAMSIL to extend the necessary logistical support, for a limited period of up to 30 days, to "
        "the forward ECOWAS elements of the Multinational Force;",
        "2003-08-01",
        [(3, "authorizes", "UNAMSIL", None, "P30D")],
    ),
    (
        "2. Authorizes the immediate deployment of a Multinational Interim Force for a period of not more than three "
        "months from adoption of this resolution:",
        "2004-02-29",
        [(2, "authorizes", "MultinationalInterimForceHaiti", "2004-05-29", "P3M")],
    ),
    (
        "28. Authorizes the deployment of MISCA for a period of twelve months after the adoption of this resolution, "
        "to be reviewed six months after the adoption of this resolution;",
        "2013-12-05",
        [(28, "authorizes", "MISCA", "2014-12-05", "P12M")],
    ),
    (
        "50. Authorizes the French forces in the CAR, within the limits of their capacities and areas of deployment, "
        "and for a temporary period, to take all necessary measures to support MISCA in the discharge of its mandate;",
        "2013-12-05",
        [(50, "authorizes", "FrenchForces", None, None)],
    ),
    (
        "1. Decides to authorize the Secretary-General to redeploy immediately a maximum of one infantry company from "
        "UNMIL to the United Nations Operation in Côte d’Ivoire (UNOCI), until 31 March 2006, in order to provide "
        "extra security coverage for United Nations personnel and property;",
        "2006-02-06",
        [(1, "authorizes", "SecretaryGeneral", "2006-03-31", None)],
    ),
    (
        "1. Decides to authorize the Secretary-General to temporarily redeploy from UNMIL to UNOCI for a period of no "
        "more than four weeks a maximum of three infantry companies;",
        "2010-11-24",
        [(1, "authorizes", "SecretaryGeneral", None, "P4W")],
    ),
    (
        "3. Decides to authorize for a period to be determined based on administrative procedures, the retention of "
        "necessary assets and capabilities to ensure continued structural coherence and coordination across remaining "
        "United Nations Missions in Yemen, and bearing in mind challenges that have directly impeded UNMHA’s capacity "
        "to deliver its mandate;",
        "2026-01-27",
        [(3, "authorizes", "UNMHA", None, None)],
    ),
    (
        "1. Authorizes the establishment of, as a follow-on mission to UNOA, the United Nations Mission in Angola "
        "(UNMA) for a period of six months until 15 February 2003, to pursue the objectives and perform the tasks "
        "recommended by the Secretary-General;",
        "2002-08-15",
        [(1, "establishes", "UNMA", "2003-02-15", "P6M")],
    ),
    (
        "1. Decides to continue the mandate of UNIKOM for a final period until 6 October 2003;",
        "2003-07-03",
        [(1, "extends", "UNIKOM", "2003-10-06", None)],
    ),
    (
        "2. Authorizes, for a period ending four months after the date of the first round of the presidential and "
        "parliamentary elections, the deployment of Eufor R.D.Congo in the Democratic Republic of the Congo;",
        "2006-04-25",
        [(2, "authorizes", "EUFORRDCongo", None, None)],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_authorized_for_a_time(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected
