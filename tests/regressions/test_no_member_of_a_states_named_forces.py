"""A State's forces by their capitalised name after "of" are the State, as "the Malian Armed Forces" were: "Demands
that no member of the Malian Defence and Security Forces shall undermine ... the efforts of the international community"
(heldout35 S/RES/2100 (2013) op 6, the gold's state:MLI) read the forces as a place ("of the") and took the international
community of the activity after the verb. addressees.GOVERNMENT now holds "Forces" as it held "forces". Not taken: a
State after "of" that is a place ("the people of Mali")."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The Security Council,\n\nRecalling its resolution 2085 (2012),\n\n1. "

CASES = [
    (
        "Demands that no member of the Malian Defence and Security Forces shall undermine and obstruct the "
        "implementation of the transitional road map or the efforts of the international community to foster "
        "political and security progress in Mali;",
        [("demands", ("state:MLI",))],
    ),
    (
        "Demands that no member of the Malian Armed Forces shall undermine the implementation of the road map;",
        [("demands", ("state:MLI",))],
    ),
    # (not taken: a State after "of" as a place)
    (
        "Calls upon the international community to support the people of Mali;",
        [("calls-upon", ("InternationalCommunity",))],
    ),
    # (not taken: a State's forces named in the object of the activity are no addressee; review53-B 6)
    (
        "Calls upon Member States to support the training of the Malian Defence and Security Forces;",
        [("calls-upon", ("MemberStates",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_no_member_of_a_states_named_forces(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
