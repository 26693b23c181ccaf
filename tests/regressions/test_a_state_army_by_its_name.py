"""A State's army asked or named as an activity's agent is the State (heldout28 02 op 10 review, heldout3 04 op 4
"Calls on the Rwanda Defence Forces" -> state:RWA): "Demands the immediate cessation of support provided by DRC
military forces to certain armed groups" (heldout33 S/RES/2808 (2025) op 15) asked no one ("military forces" was no
word after a State's name: countries.yaml after_name), and "calls upon the Government of the DRC and the UPDF"
(op 21) only the DRC (Uganda Peoples' Defence Forces, the UPDF, now Uganda's by name: countries.yaml). Not taken:
the forces a verb's addressee is to train, who are not asked."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The Security Council,\n\nRecalling its resolution 2773 (2025),\n\n1. "

CASES = [
    (
        "Demands the immediate cessation of support provided by DRC military forces to certain armed groups such as "
        "the FDLR;",
        [("demands", ("state:COD",))],
    ),
    (
        "Calls upon the Government of the DRC and the UPDF to facilitate in line with previous agreements, full, and "
        "unhindered access for MONUSCO to areas where Operation Shujaa is active;",
        [("calls-upon", ("state:COD", "state:UGA"))],
    ),
    (
        "Calls upon Uganda Peoples’ Defence Forces to facilitate access;",
        [("calls-upon", ("state:UGA",))],
    ),
    # (not taken: forces the addressee is to mentor)
    (
        "Requests AMISOM to provide combat readiness mentoring for Somali military forces;",
        [("requests", ("AMISOM",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_state_army_by_its_name(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
