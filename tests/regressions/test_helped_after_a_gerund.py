"""Those a gerund of help opening the window acts on are helped, not asked: "Recommends assisting developing countries
in attaining long-term debt sustainability" (A/RES/79/197 op 26, 78/137 op 26, 80/123 op 30, 77/153 op 21) named
DevelopingCountries, where "to assist developing countries" names no addressee (heldout23 21 op 62, heldout12 30
op 8); an adjective in "-ing" before a name is no such gerund.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. "

CASES = [
    (
        "Recommends assisting developing countries in attaining long-term debt sustainability through coordinated "
        "policies aimed at fostering debt financing, debt relief, debt restructuring and sound debt management;",
        [("recommends", set())],
    ),
    ("Encourages supporting the developing countries in their efforts;", [("encourages", set())]),
    ("Encourages developing countries to build capacity;", [("encourages", {"DevelopingCountries"})]),
    ("Urges remaining troop-contributing countries to deploy;", [("urges", {"TroopPoliceContributors"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_helped_after_a_gerund(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
