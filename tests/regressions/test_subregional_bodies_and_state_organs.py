"""Groups the vocabulary lacked in heldout17's misses, each recurring in the Assembly's yearly texts: "Calls upon Member
States and subregional bodies to take immediate concerted action" (A/RES/78/59 op 21 and the Central Africa twins:
InternationalOrganizations, as "regional and subregional bodies" already was; "United Nations agencies and regional
bodies", A/HRC/RES/56/1 op 42), "Encourages cooperation among State organs, international organizations and civil
society" (A/RES/80/36 op 6 and the small-arms twins: NationalAuthorities, the authorities of States in general in a
thematic text, tests/mandate_gold/README.md "What counts")."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "

CASES = [
    (  # A/RES/78/59 op 21
        "Calls upon Member States and subregional bodies to take immediate concerted action to counter the phenomenon "
        "of poaching;",
        [("calls-upon", {"MemberStates", "InternationalOrganizations"})],
    ),
    (  # A/RES/80/36 op 6
        "Encourages cooperation among State organs, international organizations and civil society in support of "
        "programmes and projects aimed at combating the illicit traffic in small arms;",
        [("encourages", {"NationalAuthorities", "InternationalOrganizations", "CivilSociety"})],
    ),
    (  # A/HRC/RES/56/1 op 42
        "Calls upon United Nations agencies and regional bodies to support the efforts;",
        [("calls-upon", {"UNSystemEntities", "InternationalOrganizations"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_subregional_bodies_and_state_organs(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
