"""One authorization renewed for two forces named side by side is a term of each, as the mandates of two
bodies renewed in one clause are ("renew the mandates of UNOCI and of the French forces which support it",
heldout12 S/RES/1865 (2009) op 15, heldout15 S/RES/1765 (2007) op 1, heldout23 S/RES/1726 (2006) op 1):
"Decides to renew until 4 April 2004 the authorization given to the French forces and ECOWAS forces through its
resolution 1527 (2004)" (S/RES/1528 (2004) op 15, heldout26 09: FrenchForces and ECOWAS) gave the French forces
alone. The Member States of one force authorized "together with" another stay one term (heldout21 S/RES/1498
(2003) op 1, heldout S/RES/1464 (2003) op 9)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "15. Decides to renew until 4 April 2004 the authorization given to the French forces and ECOWAS forces "
        "through its resolution 1527 (2004);",
        "2004-02-27",
        [(15, "extends", "FrenchForces", "2004-04-04"), (15, "extends", "ECOWAS", "2004-04-04")],
    ),
    (
        "1. Decides to renew for a period of six months the authorization given to Member States participating in "
        "ECOWAS forces together with French Forces supporting them;",
        "2003-08-04",
        [(1, "extends", "MemberStates", None)],
    ),
    (
        "30. Decides to extend until 31 January 2010 the authorization it provided to the French forces in order to "
        "support UNOCI, within the limits of their deployment and their capabilities;",
        "2009-07-30",
        [(30, "extends", "FrenchForces", "2010-01-31")],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_one_authorization_of_two_forces(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until") == expected
