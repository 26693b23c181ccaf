"""heldout50 14: "Decides to authorize the transfer, on a temporary basis and pursuant to paragraphs 4 and 6 of
Security Council resolution 1609 (2005), of three armed helicopters with crews from UNMIL to UNOCI for a period of
four weeks" (S/RES/1967 (2011) op 4) was a term of UNMIL, the first mission named, where the gold reads UNOCI, the
mission the helicopters reinforce (as "to deploy ... to ATMIS" is ATMIS's, term_established.DEPLOYED). A deployment,
redeployment or transfer authorized as a noun, no one named as authorized, is of the mission it goes to. Near misses:
an authorization of the Secretary-General to redeploy is his (heldout31 12 op 6, heldout19 14 op 3), a mission
authorized to redeploy is the one authorized, and a deployment to no mission stays with the mission named."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2011-01-19",
        "4. Decides to authorize the transfer, on a temporary basis and pursuant to paragraphs 4 and 6 of Security "
        "Council resolution 1609 (2005), of three armed helicopters with crews from UNMIL to UNOCI for a period of four "
        "weeks, as recommended by the Secretary-General in his letter dated 7 January 2011 (S/2011/5) and requests the "
        "Secretary-General to keep it informed of efforts made in this regard;",
        [(4, "authorizes", "UNOCI", None, "P4W")],
    ),
    (
        "2011-01-19",
        "4. Decides to authorize the temporary redeployment of three infantry companies from UNMIL to UNOCI until 30 "
        "June 2011;",
        [(4, "authorizes", "UNOCI", "2011-06-30", None)],
    ),
    # near misses: who is authorized is named
    (
        "2010-12-20",
        "6. Decides to authorize the Secretary-General, further to resolution 1951 (2010), to extend by up to four "
        "additional weeks the temporary redeployment from UNMIL to UNOCI of a maximum of three infantry companies and "
        "one aviation unit;",
        [(6, "authorizes", "SecretaryGeneral", None, "P4W")],
    ),
    (
        "2011-01-19",
        "4. Authorizes UNMIL to temporarily redeploy three infantry companies to UNOCI until 30 June 2011;",
        [(4, "authorizes", "UNMIL", "2011-06-30", None)],
    ),
    (
        "2011-01-19",
        "4. Decides to authorize the deployment of additional personnel from UNMIL, to support the elections, until "
        "30 June 2011;",
        [(4, "authorizes", "UNMIL", "2011-06-30", None)],
    ),
    # near misses (stop 67 review MUST): the noun only counts as the authorization's own object, right after
    # "authorize(s)"; a mission authorized to carry out a redeployment stays the one authorized, and "the transfer of
    # authority to MINUSCA" names no deployment
    (
        "2011-01-19",
        "4. Authorizes UNMIL to carry out the temporary redeployment of three infantry companies to UNOCI until 30 June "
        "2011;",
        [(4, "authorizes", "UNMIL", "2011-06-30", None)],
    ),
    (
        "2014-01-28",
        "4. Authorizes EUFOR to take all necessary measures, for a period of six months, including the transfer of "
        "authority to MINUSCA;",
        [(4, "authorizes", "EuropeanUnion", None, "P6M")],
    ),
]


@pytest.mark.parametrize("adopted,text,expected", CASES)
def test_a_transfer_is_of_the_mission_it_goes_to(adopted, text, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected
