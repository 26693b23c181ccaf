"""A demonstrative group inside a list of addressees stands for the actors named with its noun before the
verb: "Urges States and international, regional and subregional organizations to inform the Committee ...;
calls upon States and such organizations ... to provide" asked States alone (S/RES/1810 (2008) op 5, 1977
(2011) op 14, heldout8 S/RES/2325 (2016) op 19, "States as well as such organizations"). With no actor named
with that noun before, nothing is added (not the body named last)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Urges States and international, regional and subregional organizations to inform the Committee by 25 June "
        "2008 of areas in which they are able to provide assistance; calls upon States and such organizations, if "
        "they have not done so previously, to provide the 1540 Committee with a point of contact;",
        [("urges", {"States", "InternationalOrganizations"}), ("calls-upon", {"States", "InternationalOrganizations"})],
    ),
    (
        "Urges States as well as relevant international, regional and subregional organizations to inform the 1540 "
        "Committee, as appropriate, of areas in which they are able to provide assistance, and calls upon States as "
        "well as such organizations, if they have not done so previously, to provide the Committee with information;",
        [("urges", {"States", "InternationalOrganizations"}), ("calls-upon", {"States", "InternationalOrganizations"})],
    ),
    ("Calls upon States and such organizations to act;", [("calls-upon", {"States"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_demonstrative_group_in_a_list(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
