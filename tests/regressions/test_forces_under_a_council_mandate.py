"""Forces acting under a Security Council mandate that are no United Nations operation are international security
forces: "calls upon troop-contributing countries and international forces acting under the mandate of the Security
Council to take the necessary measures" (heldout29 A/HRC/RES/54/31 op 12, 57/35 op 12), "urges all non-United Nations
forces authorized under a Security Council mandate to take adequate measures" (A/RES/75/321 op 13, 76/303 op 13,
77/333 op 13, S/RES/2272 (2016) op 7); the forces had been no one, or the Council alone.
"""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 54/1,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        HRC,
        "Calls upon troop-contributing countries and international forces acting under the mandate of the Security "
        "Council to take the necessary measures to prevent such acts;",
        [("calls-upon", {"TroopPoliceContributors", "InternationalSecurityForces"})],
    ),
    (
        SC,
        "Urges all non-United Nations forces authorized under a Security Council mandate to take adequate measures to "
        "prevent and combat impunity for sexual exploitation and abuse by their personnel;",
        [("urges", {"InternationalSecurityForces"})],
    ),
]


@pytest.mark.parametrize("opener,text,expected", CASES)
def test_forces_under_a_council_mandate(opener, text, expected):
    r = snippet(opener + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
