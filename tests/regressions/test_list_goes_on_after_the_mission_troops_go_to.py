"""A list of addressees went on past the mission troops are contributed to: "Urges the United Nations, the countries
contributing troops to the United Nations Multidimensional Integrated Stabilization Mission in the Central African
Republic and international forces acting under the mandate of the Security Council to take the necessary measures"
(A/HRC/RES/54/31 op 12, A/HRC/RES/57/35 op 12) ended its window at "to the United Nations Multidimensional ...", as a
receiver after "to" ends one ("reporting by UNIFIL to the Security Council"), and lost the international forces, which
heldout29 29 op 12 asks. The mission only qualifies the countries: it ends no window and is not asked; named again in
the list, it is."""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 50/1,\n\n1. "

CASES = [
    (
        "Urges the United Nations, the countries contributing troops to the United Nations Multidimensional "
        "Integrated Stabilization Mission in the Central African Republic and international forces acting under the "
        "mandate of the Security Council to take the necessary measures to ensure full respect for the zero-tolerance "
        "policy;",
        [("urges", {"UNSystemEntities", "TroopPoliceContributors", "InternationalSecurityForces"})],
    ),
    (
        "Encourages countries contributing troops to MINUSCA to take the necessary measures;",
        [("encourages", {"TroopPoliceContributors"})],
    ),
    (
        "Encourages countries contributing troops to MINUSCA and MINUSCA to take the necessary measures;",
        [("encourages", {"TroopPoliceContributors", "MINUSCA"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_list_goes_on_after_the_mission_troops_go_to(text, expected):
    r = snippet(HRC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
