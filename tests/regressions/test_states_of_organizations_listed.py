"""The States of organizations listed after one "States of" (issue 12, heldout47 18).

"encourages the States of the Economic Community of West African States (ECOWAS), the Economic Community of Central
African States (ECCAS) and the Gulf of Guinea Commission (GGC) to develop a comprehensive strategy", "Encourages States
of ECOWAS, ECCAS and the GGC ... to counter piracy", "Further calls upon States of ECOWAS, ECCAS and GGC, in conjunction
with flag States ..., to cooperate" (S/RES/2018 (2011) ops 2, 3, 5): the gold reads the member States of each
(ECOWASMemberStates, and the new ids ECCASMemberStates, GGCMemberStates); the first organization after "of" was read as
a qualifier of "States", every other one as itself. The Friends of UNMEE (S/RES/1466 (2003) op 12, heldout47 04's new
id FriendsOfUNMEE) were read as the Mission.

Near misses: the organizations named for themselves, or assisted; the list ending at an organization with no
member-States id (the African Union asked as itself); the member States of ECCAS singled out among all Member States
(heldout28 17 S/RES/2399 (2018) op 8: MemberStates alone); "ECOWAS member States, ECCAS and ..." (the name first:
no shared head) and "the ECCAS secretariat" (a name before its noun) ending no list as the organization's States.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "2. Welcomes the intention to convene a summit, and encourages the States of the Economic Community of West "
        "African States (ECOWAS), the Economic Community of Central African States (ECCAS) and the Gulf of Guinea "
        "Commission (GGC) to develop a comprehensive strategy;",
        [("encourages", {"ECOWASMemberStates", "ECCASMemberStates", "GGCMemberStates"})],
    ),
    (
        "3. Encourages States of ECOWAS, ECCAS and the GGC, through concerted action, to counter piracy;",
        [("encourages", {"ECOWASMemberStates", "ECCASMemberStates", "GGCMemberStates"})],
    ),
    (
        "5. Further calls upon States of ECOWAS, ECCAS and GGC, in conjunction with flag States, to cooperate in the "
        "prosecution of alleged perpetrators;",
        [("calls-upon", {"ECOWASMemberStates", "ECCASMemberStates", "GGCMemberStates"})],
    ),
    (  # an alias naming the first organization's States opens the list too
        "7. Encourages member States of ECOWAS, ECCAS and the GGC to cooperate;",
        [("encourages", {"ECOWASMemberStates", "ECCASMemberStates", "GGCMemberStates"})],
    ),
    ("8. Calls upon Member States of ECCAS to cooperate;", [("calls-upon", {"ECCASMemberStates"})]),
    (
        "12. Encourages the witnesses of the Algiers Agreements and the Friends of UNMEE to support the process;",
        [("encourages", {"AlgiersAgreementsWitnesses", "FriendsOfUNMEE"})],
    ),
    # near misses: the organizations themselves, asked or assisted
    (
        "10. Encourages ECOWAS, ECCAS and the GGC to cooperate;",
        [("encourages", {"ECOWAS", "ECCAS", "InternationalOrganizations"})],
    ),
    (
        "6. Encourages the international community to assist the States concerned in the region, ECOWAS, ECCAS, GGC "
        "and other relevant organizations;",
        [("encourages", {"InternationalCommunity"})],
    ),
    # the list ends at an organization with no member-States id
    (
        "9. Encourages the States of ECOWAS and the African Union to cooperate;",
        [("encourages", {"ECOWASMemberStates", "AfricanUnion"})],
    ),
    (  # singled out among all Member States: some of them
        "11. Encourages all Member States, in particular neighbouring States and Member States of the Economic Community "
        "of the Central African States (ECCAS) and of the Central African Economic and Monetary Community (CEMAC) to "
        "utilize the advance notification and exemption procedures;",
        [("encourages", {"MemberStates"})],
    ),
    ("13. Encourages the Mission to support the process;", [("encourages", {"UNMEE"})]),
    # the organization's name first shares no head with the next name: no list (review 65)
    (
        "7. Encourages ECOWAS member States, ECCAS and the African Union to cooperate;",
        [("encourages", {"ECOWASMemberStates", "ECCAS", "AfricanUnion"})],
    ),
    # a name followed by the noun it qualifies ends the list: the secretariat is asked, not ECCAS's States (review 65)
    (
        "7. Encourages the member States of ECOWAS, and the ECCAS secretariat, to cooperate;",
        [("encourages", {"ECOWASMemberStates", "ECCAS"})],
    ),
    (
        "7. Encourages the States of ECOWAS and the ECCAS Commission to cooperate;",
        [("encourages", {"ECOWASMemberStates", "ECCAS"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_states_of_organizations_listed(text, expected):
    r = resolution(
        text,
        date="2011-10-31",
        organ="SC",
        preamble="Recalling the mandate of the United Nations Mission in Ethiopia and Eritrea,",
    )
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
