"""heldout13 S/RES/2806 (2025) op 44 (and S/RES/2776 (2025) op 42): "Decides that, prior to delivering any weapons,
ammunition and military equipment to FMS, ..., the supplying Member State of the items shall notify the GFRS" gave
the Council: after the aside that opens the "that" clause, the subject was read only where its name came first
("the" at most before it). Modifiers before the name ("the supplying") and a modal verb after the subject ("shall
notify") make it the subject too."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "44. Decides that, prior to delivering any weapons, ammunition and military equipment to FMS, or to licenced "
        "private security companies operating in Somalia, for the purpose of supporting the FMS, the supplying Member "
        "State of the items shall notify the GFRS to allow for appropriate review and consideration;",
        [(44, "decides", ("MemberStates",))],
    ),
    (
        "3. Decides that, in order to facilitate the smooth holding of elections, UNAMSIL shall undertake "
        "election-related tasks;",
        [(3, "decides", ("UNAMSIL",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_subject_after_aside(text, expected):
    r = resolution(text, date="2025-12-12")
    assert mandates(r, "op", "verb", "addressees") == expected
