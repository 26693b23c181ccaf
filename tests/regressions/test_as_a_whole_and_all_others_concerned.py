"""A list of addressees that goes on after "as a whole", with "all others concerned" in it: "Urges all countries,
organizations of the United Nations system as a whole and all others concerned, reaffirming their commitment to the
principles of the Charter ..., to ensure the diversity of sources" (heldout26 A/RES/74/92 op 0 and the Assembly's
yearly information texts: the gold's States, UNSystemEntities and Stakeholders). windows.CLAUSE_END ended the window
at "as" (as it does before a clause, "as appropriate" aside) and actors.yaml read "all others concerned" as no one, so
the stakeholders were missed; "as a whole" now ends nothing and Stakeholders reads the phrase."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. "

CASES = [
    (  # A/RES/74/92 op 0
        "Urges all countries, organizations of the United Nations system as a whole and all others concerned, "
        "reaffirming their commitment to the principles of the Charter of the United Nations, to ensure the diversity "
        "of sources and their free access to information;",
        [("urges", {"States", "UNSystemEntities", "Stakeholders"})],
    ),
    (
        "Encourages Member States and the international community as a whole to support the Plan of Action;",
        [("encourages", {"MemberStates", "InternationalCommunity"})],
    ),
    (  # guard: "as a whole" at the end of the window
        "Calls upon the United Nations system as a whole to support the Plan of Action;",
        [("calls-upon", {"UNSystemEntities"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_as_a_whole_and_all_others_concerned(text, expected):
    assert mandates(snippet(GA + text + "\n"), "verb", "addressees", as_sets=True) == expected
