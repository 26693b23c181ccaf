"""The States of a named region or subregion are regional partners, as "the States of the region" are
(issue 12, the golds: S/RES/2088 (2013) op 8 "calls on countries in the Central African subregion, and
regional and subregional organizations"; corpus-full: "countries of the Sahelo-Saharan subregion",
"States of the Great Lakes region", "Governments of the region"), not all States.
"States in the region" is left as it was: the golds read it both ways (S/RES/2303 (2016) op 9 States,
S/RES/1509 (2003) op 13 regional partners).
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
]


@pytest.mark.parametrize("text,expected", CASES)
def test_addressee_states_of_a_region(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
