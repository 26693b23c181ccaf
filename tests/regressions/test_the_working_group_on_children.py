""" "The Working Group" after the Council's Working Group on Children and Armed Conflict was named is that Working
Group, not an intergovernmental expert group: "welcomes the sustained activity of its Working Group on Children and
Armed Conflict, and invites the Working Group to make full use of tools within its mandate" (heldout29 S/RES/2601
(2021) op 20, S/RES/2225 (2015) op 8, 2427 (2018) op 6); with no working group named, "the Working Group" stays an
expert group.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Stresses the importance of regular and timely consideration of violations, in this regard welcomes the "
        "sustained activity of its Working Group on Children and Armed Conflict, and invites the Working Group to make "
        "full use of tools within its mandate;",
        [("invites", {"SCWorkingGroupCAAC"})],
    ),
    (
        "Welcomes the sustained activity of its Working Group on Children and Armed Conflict, and requests enhanced "
        "communication between the Working Group and relevant Security Council Sanctions Committees;",
        [("requests", {"SCWorkingGroupCAAC", "SanctionsCommittee", "SecurityCouncil"})],
    ),
    ("Invites the Working Group to make full use of tools within its mandate;", [("invites", {"ExpertGroup"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_working_group_on_children(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
