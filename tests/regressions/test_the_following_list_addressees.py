"""A verb whose window names no one before "the following:" (an aside between) opens a list, whose items name the
addressees, as "Invites:" does: "Also encourages, for the purpose of facilitating future-oriented dialogues in order to
advance nuclear disarmament, the following:" and "(a) Nuclear-weapon States to clearly set out ...", "(b) All States to
conduct dialogue ..." (A/RES/74/63 op 4 and its twins 75/71, 76/54: States, the golds' reading of nuclear-weapon States,
heldout5 21 op 4; read as asking no one)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Also encourages, for the purpose of facilitating future-oriented dialogues in order to advance nuclear "
        "disarmament, the following:\n(a) Nuclear-weapon States to clearly set out their nuclear policies;\n(b) All "
        "States to conduct dialogue regarding the possible impacts of developments in science and technology;\n",
        [("encourages", {"States"})],
    ),
    (
        "Encourages the following:\n(a) The Forum and its Bureau to continue their work;\n",
        [("encourages", {"UNFF", "UNFFBureau"})],
    ),
    (
        "Invites:\n(a) Member States to consider contributing;\n",
        [("invites", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_following_list_addressees(text, expected):
    assert mandates(snippet(GA + text + "\n"), "verb", "addressees", as_sets=True) == expected
