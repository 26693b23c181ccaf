"""The States of a named region or subregion are regional partners, as "the States of the region" are
(issue 12, the golds: S/RES/2088 (2013) op 8 "calls on countries in the Central African subregion, and
regional and subregional organizations"; corpus-full: "countries of the Sahelo-Saharan subregion",
"States of the Great Lakes region", "Governments of the region"), not all States.
"States in the region", "countries in the region", "States in the Great Lakes region": regional partners
too, as five readings of the golds have it (heldout3 S/RES/1509 (2003) op 13, heldout6 S/RES/1478 (2003) ops
4 and 9, S/RES/2136 (2014) op 24, heldout S/RES/2088 (2013) op 8) against one (gold S/RES/2303 (2016) op 9:
States, now read otherwise). "Member States in the region" stay Member States (gold S/RES/2303 op 17), and
the region's States named as some of the States before them ("Member States, including countries in the
region", heldout4 S/RES/2743 (2024) op 25; "all States, in particular States of the region") add no one.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Expresses strong concern, and calls on countries in the Central African subregion, and regional and "
        "subregional organizations to consider appropriate measures;",
        [("calls-upon", {"RegionalPartners", "InternationalOrganizations"})],
    ),
    (
        "Urges the countries of the Sahelo-Saharan subregion to strengthen their cooperation;",
        [("urges", {"RegionalPartners"})],
    ),
    ("Calls upon the States of the Great Lakes region to cooperate;", [("calls-upon", {"RegionalPartners"})]),
    ("Encourages the Governments of the region to continue their dialogue;", [("encourages", {"RegionalPartners"})]),
    ("Calls on all States to comply with the embargo;", [("calls-upon", {"States"})]),
    (
        "Calls upon all States in the region, particularly the Government of Liberia, to participate actively;",
        [("calls-upon", {"RegionalPartners", "state:LBR"})],
    ),
    (
        "Reiterates its demand that all States in the region cease military support;",
        [("demands", {"RegionalPartners"})],
    ),
    (
        "Reiterates its call to the DRC and States in the Great Lakes region to require their customs authorities to act;",
        [("calls-upon", {"state:COD", "RegionalPartners"})],
    ),
    (
        "Calls upon the countries in the region to cooperate with President Barrow;",
        [("calls-upon", {"RegionalPartners"})],
    ),
    ("Calls on Member States in the region, to allow the free movement;", [("calls-upon", {"MemberStates"})]),
    ("Urges member states in the region to expedite contributions;", [("urges", {"MemberStates"})]),
    (
        "Encourages Member States, including countries in the region, to provide support;",
        [("encourages", {"MemberStates"})],
    ),
    (
        "Requests Member States, particularly neighbouring States, to support the United Nations;",
        [("requests", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_addressee_states_of_a_region(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
