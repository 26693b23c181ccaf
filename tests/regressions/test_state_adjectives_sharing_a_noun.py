"""Two State adjectives sharing one noun name both States: "Ugandan and Rwandan forces" (S/RES/1304
(2000) op 3, 1341 op 2, 1355 op 3), "the Sudanese and South Sudanese authorities" (S/RES/2760 (2024) ops
6-30), "Chadian or Sudanese forces". Only the second adjective, next to the noun, was read: the first
State was lost. A name that is no State's adjective before "and" stays out ("Georgian and Abkhaz sides"
are the parties, not Georgia)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Demands that Ugandan and Rwandan forces as well as forces of the Congolese armed opposition and other "
        "armed groups immediately and completely withdraw from Kisangani;",
        [("demands", {"state:UGA", "state:RWA", "PartiesToConflict"})],
    ),
    (
        "Encourages the Sudanese and South Sudanese authorities to continue to facilitate the deployment of UNMAS;",
        [("encourages", {"state:SDN", "state:SSD"})],
    ),
    ("Demands that Chadian or Sudanese forces withdraw;", [("demands", {"state:TCD", "state:SDN"})]),
    ("Urges the Ivorian and Liberian authorities to cooperate;", [("urges", {"state:CIV", "state:LBR"})]),
    ("Urges the Ugandan people and the Rwandan Government to cooperate;", [("urges", {"state:RWA"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_state_adjectives_sharing_a_noun(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
