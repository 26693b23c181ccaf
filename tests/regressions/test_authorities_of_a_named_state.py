"""The authorities of a State (or States) named right after them are that State: "encourages national disaster management
agencies in Somalia to scale up capacity" (the Somalia texts of 2015-2018, heldout22 S/RES/2232 (2015) op 31 and 2297
(2016) op 40: state:SOM), as "the Somali authorities" and the authorities of the one country a text is about are
(README "What counts", ruling of stop 30); "Urges the relevant authorities of both Sudan and South Sudan" (heldout16
S/RES/2760 (2024) op 17, heldout10 S/RES/2205 op 11) are the two States. NationalAuthorities was read beside them: the
State after "in" was a place. Authorities of no State named ("in the Sahel region") keep their reading.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "1. Underlines the importance of proper accounting in international humanitarian support, and encourages "
        "national disaster management agencies in Somalia to scale up capacity with support from the United Nations "
        "to take a stronger leadership role in coordination of humanitarian response;",
        [("encourages", {"state:SOM"})],
    ),
    ("1. Calls upon the relevant authorities of the Sudan to investigate;", [("calls-upon", {"state:SDN"})]),
    (
        "1. Urges the relevant authorities of both Sudan and South Sudan to take all necessary steps to ensure that "
        "Abyei is effectively demilitarized;",
        [("urges", {"state:SDN", "state:SSD"})],
    ),
    ("1. Calls upon the national authorities in the Sahel region to act;", [("calls-upon", {"NationalAuthorities"})]),
    ("1. Urges the competent national authorities to act;", [("urges", {"NationalAuthorities"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_authorities_of_a_named_state(text, expected):
    r = resolution(text, date="2016-07-07")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
