"""The Organization for Security and Co-operation in Europe is also spelled "Cooperation", without the hyphen (65
files of corpus-full; heldout11 A/HRC/RES/59/12 op 23 "regional organizations, such as the African Union, the
Organization of American States, the Organization for Security and Cooperation in Europe and the Council of
Europe"): the spelling is an alias of OSCE (actors.yaml, data), so a list naming it keeps it.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Encourages the Organization for Security and Cooperation in Europe to continue its support;",
        [("encourages", {"OSCE"})],
    ),
    (
        "Invites the African Union, the Organization for Security and Cooperation in Europe and the Council of Europe "
        "to strengthen their activities;",
        [("invites", {"AfricanUnion", "OSCE", "CouncilOfEurope"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_osce_cooperation_without_hyphen(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
