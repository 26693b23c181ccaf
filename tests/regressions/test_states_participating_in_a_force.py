"""Held-out gold, S/RES/1464 (2003) op 9: "authorizes Member States participating in the ECOWAS forces
... together with the French forces supporting them to take the necessary steps" asked ECOWAS too: the
force the States take part in qualifies them, as "States members of the Committee" does (corpus-full:
"the Member States participating in ISAF", "in the MSS mission": 23 mandates)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Authorizes Member States participating in the ECOWAS forces in accordance with Chapter VIII together with "
        "the French forces supporting them to take the necessary steps;",
        [("authorizes", {"MemberStates", "FrenchForces"})],
    ),
    (
        "Authorizes the Member States participating in the International Security Assistance Force to take all "
        "necessary measures to fulfil its mandate;",
        [("authorizes", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_states_participating_in_a_force(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
