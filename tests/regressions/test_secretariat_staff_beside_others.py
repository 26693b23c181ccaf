"""The Secretariat's staff asked beside another group: "further urges all civilian mission components and Secretariat
staff supporting peacekeeping operations to meet performance standards" (S/RES/2436 (2018) op 3, and heldout8
S/RES/2447 (2018) op 3 in the same words, whose gold reads PeaceOperations and Secretariat) gave PeaceOperations alone:
the bare "Secretariat" with no article nor "United Nations" before it was no alias. "Secretariat staff" is now one of
the Secretariat's (actors.yaml); the staff as someone's object asks no one ("a training session ... for Secretariat
staff", no directive verb over it).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2378 (2017),\n\n1. "

CASES = [
    (
        "Urges all troop- and police-contributing countries to meet UN performance standards for personnel, training, "
        "and equipping, further urges all civilian mission components and Secretariat staff supporting peacekeeping "
        "operations to meet performance standards and comply with staff regulations;",
        [("urges", {"TroopPoliceContributors"}), ("urges", {"PeaceOperations", "Secretariat"})],
    ),
    # the staff as the object of a thanks, an invitation to the Secretary-General after it: the Secretary-General alone
    (
        "Thanks the President of the General Assembly for organizing a training session on accessibility for "
        "Secretariat staff and delegates of Member States, and invites the Secretary-General to continue such efforts;",
        [("invites", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_secretariat_staff_beside_others(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
