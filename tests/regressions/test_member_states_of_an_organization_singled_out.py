"""The member States of an organization singled out among all Member States are some of them (addressees, stop 49).

"Encourages all Member States, in particular neighbouring States and Member States of the Economic Community of the
Central African States (ECCAS) and of the Central African Economic and Monetary Community (CEMAC) to utilize the advance
notification and exemption procedures" (S/RES/2399 (2018) op 8, S/RES/2339 (2017) op 21) asked MemberStates and ECCAS:
the full name was read as some of the States, but its short name in brackets after it as the organization. The golds
read MemberStates alone (heldout28 17 op 8, heldout31 17 op 21). "in particular ... Member States of" an organization
after States is now some of them, its short name with it; an organization named for itself is still asked."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "8. Encourages all Member States, in particular neighbouring States and Member States of the Economic "
        "Community of the Central African States (ECCAS) and of the Central African Economic and Monetary Community "
        "(CEMAC) to utilize the advance notification and exemption procedures;",
        [("encourages", {"MemberStates"})],
    ),
    (  # as before: the organization itself asked
        "9. Encourages all Member States, the African Union and the Economic Community of Central African States "
        "(ECCAS) to provide support;",
        [("encourages", {"MemberStates", "AfricanUnion", "ECCAS"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_member_states_of_an_organization_singled_out(text, expected):
    r = resolution(text, date="2018-01-30", organ="SC")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
