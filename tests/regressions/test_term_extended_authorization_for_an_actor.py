"""An extended authorization that names its actor after "for" is a term of that actor: "Decides to extend until 31
December 2006 the authorization contained in resolutions 1669 and 1692 for the Secretary-General to redeploy
temporarily ... from ONUB to MONUC" (S/RES/1711 (2006) op 3) gave of=ONUB, where the troops come from (fixe55 audit,
fault 3); the golds read such an authorization as of the Secretary-General authorized (heldout34 16 op 1, heldout31 12
op 6, heldout6 07 op 1) and an extended one as of the actors authorized (heldout11 15 op 30, FrenchForces). Not taken:
a mandate extended before the authorization ("the mandate of ONUB"), an authorization "for the deployment of" a
mission (no actor after "for"), and one in named paragraphs, the paragraphs' (as heldout15 15 op 8, heldout13 02 op
2; S/RES/1692 (2006) op 2)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "3. Decides to extend until 31 December 2006 the authorization contained in resolutions 1669 and 1692 for the "
        "Secretary-General to redeploy temporarily a maximum of one infantry battalion, a military hospital and 50 "
        "military observers from ONUB to MONUC, in accordance with resolution 1669;",
        "2006-09-29",
        [(3, "extends", "SecretaryGeneral", "2006-12-31")],
    ),
    (
        "4. Decides to renew until 31 March 2007 the authorization for the Interim Emergency Multinational Force to "
        "provide assistance to MONUC;",
        "2006-09-29",
        [(4, "extends", "InterimEmergencyMultinationalForce", "2007-03-31")],
    ),
    # near misses: the named paragraph's, the mandate's mission, an authorization of a deployment
    (
        "2. Decides to extend until 30 September 2006 the authorization contained in paragraph 1 of resolution 1669 "
        "for the Secretary-General to redeploy temporarily a maximum of one infantry battalion, a military hospital "
        "and 50 military observers from ONUB to MONUC, in accordance with resolution 1669;",
        "2006-06-30",
        [(2, "extends", "S/RES/1669(2006)#1", "2006-09-30")],
    ),
    (
        "1. Decides to extend the mandate of ONUB until 31 December 2006;",
        "2006-06-30",
        [(1, "extends", "ONUB", "2006-12-31")],
    ),
    (
        "5. Decides to extend until 31 December 2006 the authorization for the deployment of MONUC's additional "
        "military personnel, from ONUB to MONUC;",
        "2006-09-29",
        [(5, "extends", "MONUC", "2006-12-31")],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_term_extended_authorization_for_an_actor(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until") == expected
