"""Groups the vocabulary lacked or misread in heldout18's misses, each a yearly wording: "Encourages States and regional
economic integration organizations that have not yet done so to consider ratifying" (A/RES/76/71 ops 30, 95, 242 and
the fisheries and investment texts of every session: InternationalOrganizations, the European Union and its like having
no id of their own), "coordination among ... BINUH, UNODC, and other regional frameworks" (S/RES/2752 (2024) op 4,
heldout14's S/RES/2794 (2025) op 6: InternationalOrganizations), "Commends inter-mission cooperation between UNOCI and
... (MINUSMA), and encourages both United Nations missions to continue" (S/RES/2162 (2014) op 37, S/RES/2284 (2016) op
29: the two missions named last, not PeaceOperations)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2000 (2011),\n\n1. "

CASES = [
    (  # A/RES/76/71 op 95
        GA
        + "Welcomes the recent ratifications of and accessions to the Agreement on Port State Measures, and encourages "
        "States and regional economic integration organizations that have not yet done so to consider ratifying that "
        "Agreement;",
        [("encourages", {"States", "InternationalOrganizations"})],
    ),
    (  # A/RES/79/243 op 3
        GA + "Urges all States and competent regional economic integration organizations to sign and ratify the "
        "Convention as soon as possible;",
        [("urges", {"States", "InternationalOrganizations"})],
    ),
    (  # S/RES/2752 (2024) op 4
        SC
        + "Encourages greater coordination among BINUH, UNODC, and other regional frameworks, on the implementation of "
        "the sanctions, including arms embargo provisions;",
        [("encourages", {"BINUH", "UNODC", "InternationalOrganizations"})],
    ),
    (  # S/RES/2162 (2014) op 37
        SC + "Commends inter-mission cooperation between UNOCI and the United Nations Multidimensional Integrated "
        "Stabilization Mission in Mali (MINUSMA), and encourages both United Nations missions to continue in this "
        "direction as authorized by paragraph 14 of its resolution 2100 (2013);",
        [("encourages", {"MINUSMA", "UNOCI"})],
    ),
    (  # guard: "United Nations missions" with no pair word stays the group
        SC + "Requests the Secretary-General to ensure that United Nations missions in the region cooperate;",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_integration_organizations_and_mission_pairs(text, expected):
    assert mandates(snippet(text + "\n"), "verb", "addressees", as_sets=True) == expected
