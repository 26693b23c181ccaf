"""Coordinated modifiers and heads (issue 12, the heldout8 misses "lists cut or one member lost"): "United
Nations and humanitarian organizations" names the United Nations' organizations too, the Organization's name a
modifier as a lower-case word is (heldout8 E/RES/2024/8 op 25, E/RES/2021/17 op 22 and its yearly twins);
"other relevant institutions and organizations" names other relevant organizations, though "other relevant
institutions" is no name (heldout8 E/RES/2024/8 op 4); "international human rights bodies and mechanisms"
(A/HRC/RES/54/28 op 19). "States and organizations" have no modifier to share, but the organizations are
international ones (the heldout3 gold's "countries and organizations that have made pledges", E/RES/2022/17 op 7;
test_addressee_list_heads_and_tails).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Urges United Nations and humanitarian organizations to further advance efficiencies in delivering assistance;",
        [("urges", {"HumanitarianActors", "UNSystemEntities"})],
    ),
    (
        "Encourages the international community, the relevant entities of the United Nations system and other "
        "relevant institutions and organizations to support national authorities;",
        [("encourages", {"InternationalCommunity", "UNSystemEntities", "InternationalOrganizations"})],
    ),
    (
        "Urges Member States and international agencies and organizations to provide support;",
        [("urges", {"MemberStates", "InternationalOrganizations"})],
    ),
    ("Urges States and organizations to act;", [("urges", {"States", "InternationalOrganizations"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_coordinated_heads_and_the_organization(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
