""" "Member and observer States" are Member States and States (heldout9 A/HRC/RES/56/14 op 1: "Invites Member and
observer States, civil society organizations and all relevant stakeholders"): "observer States" is an alias of
States, and the capitalised "Member" a modifier sharing its head, as "United Nations" is ("United Nations and
humanitarian organizations"); before, the window gave States alone."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "1. Invites Member and observer States, civil society organizations and all relevant stakeholders to "
        "continue to actively contribute to the efforts of the Government of Colombia;",
        [("invites", {"MemberStates", "States", "CivilSociety", "Stakeholders"})],
    ),
    (
        "1. Invites all Member and Observer States to observe the International Day;",
        [("invites", {"MemberStates", "States"})],
    ),
    ("1. Invites Member States and observer States to contribute;", [("invites", {"MemberStates", "States"})]),
    ("1. Invites Member States to contribute;", [("invites", {"MemberStates"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_member_and_observer_states(text, expected):
    r = resolution(text, date="2024-07-11", organ="HRC")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
