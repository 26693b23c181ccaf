"""A State's institutions and agencies named by their kind, not as "the Government" or "the authorities": "Urges all
Ivorian State institutions, including the Defence and Security Forces of Côte d'Ivoire (FDSCI), to yield"
(S/RES/1975 (2011) op 4), "Encourages the Government and other State institutions of Timor-Leste" (heldout12
S/RES/1677 (2006) op 3: state:TLS), "urges the competent agencies to carry out explosive device demining campaigns in
the north-east of the country" (A/HRC/RES/54/31 op 4, A/HRC/RES/57/35 op 4). "State institutions" is a State's word
before or after its name (countries.yaml before_name, after_name, as "institutions" was); "competent agencies" are
NationalAuthorities, the State's in a text about one (subject_authorities), as "the competent authorities" are. Guards:
"through their competent agencies" is the owner's means, not one more addressee (heldout15 E/RES/2023/26 op 29), and
State institutions as an object ("to protect State institutions") ask no one."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. "

CASES = [
    (  # S/RES/1975 (2011) op 4
        SC
        + "Urges all Ivorian State institutions, including the Defence and Security Forces of Côte d’Ivoire (FDSCI), "
        "to yield to the authority vested by the Ivorian people in President Alassane Dramane Ouattara;",
        [("urges", {"state:CIV"})],
    ),
    (  # heldout12 S/RES/1677 (2006) op 3
        SC + "Encourages the Government and other State institutions of Timor-Leste, with the assistance from UNOTIL "
        "within its current mandate, to address the causes of the crisis;",
        [("encourages", {"state:TLS"})],
    ),
    (
        SC + "Urges the State institutions of Côte d’Ivoire to yield;",
        [("urges", {"state:CIV"})],
    ),
    (  # A text about no one State: the agencies of States in general
        GA + "Urges the competent agencies to carry out explosive device demining campaigns;",
        [("urges", {"NationalAuthorities"})],
    ),
    (  # guard: heldout15 E/RES/2023/26 op 29
        GA + "Encourages the efforts of Member States, including through their competent agencies, to engage, where "
        "appropriate, with relevant actors;",
        [("encourages", {"MemberStates"})],
    ),
    (  # guard: an object, not an addressee
        SC + "Calls upon the Government of Haiti to protect State institutions and to reform the police;",
        [("calls-upon", {"state:HTI"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_state_institutions_and_agencies(text, expected):
    r = snippet(text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
