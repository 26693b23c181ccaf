"""Addressees named but not found (issue 12, class "group" of corpus-full's mandates naming no actor):

- a State's forces named alone are the State named last, as "the armed forces of <State>" are: "Reiterates
  its demand to the armed forces to submit themselves fully to civilian control" (S/RES/2092 op 5, 2103 op
  5), "Urges all members of the Armed Forces, including its leaders" (S/RES/1876 op 8), Guinea-Bissau;
- "the National Transitional Government" is Liberia's, named without the State (S/RES/1579 op 3);
- "troop contributors" (S/RES/1536 op 12, 1828 op 4) are the troop- and police-contributing countries;
- "the School" after the United Nations International School (the gold of A/RES/77/319 op 3: UNIS).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions on the situation in Guinea-Bissau,\n\n"
GA = "The General Assembly,\n\nRecalling its resolutions,\n\n"

CASES = [
    (
        SC,
        "1. Calls upon the Government of Guinea-Bissau to hold elections;\n\n2. Reiterates its demand to the "
        "armed forces to submit themselves fully to civilian control;",
        [("calls-upon", {"state:GNB"}), ("demands", {"state:GNB"})],
    ),
    (
        SC,
        "1. Urges all members of the Armed Forces, including its leaders, to abide by civilian rule;",
        [("urges", {"state:GNB"})],
    ),
    (
        SC,
        "1. Urges all members of the National Transitional Government to commit themselves to this end;",
        [("urges", {"state:LBR"})],
    ),
    (
        SC,
        "1. Calls upon troop contributors to provide the necessary resources;",
        [("calls-upon", {"TroopPoliceContributors"})],
    ),
    (
        GA,
        "1. Congratulates the United Nations International School on its seventy-fifth anniversary;\n\n"
        "2. Urges the School to continue to strengthen its educational programme;",
        [("urges", {"UNIS"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_armed_forces_troop_contributors_and_the_school(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
