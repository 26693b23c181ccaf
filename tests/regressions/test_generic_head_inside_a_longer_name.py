"""A generic alias matched inside a longer name (the third held-out, A/HRC/RES/54/25 op 7, S/RES/2341
(2017) op 12): "Requests the Intergovernmental Working Group on the Effective Implementation of the
Durban Declaration" and "Encourages the CTITF Working Group on the Protection of Critical
Infrastructure" asked the special procedures ("Working Group on"). A name's head (an alias ending in
a preposition) after a capitalised word that goes on a longer name is no alias of its own: the
longest name wins, and an unknown longer name is not its generic head; after an organ's name it is
that organ's body ("the Security Council Committee established pursuant to resolution 1267"). An
activity the window opens with asks none of the bodies it is in ("encourages CTED’s continued active
participation ... including within the CTITF": not the CTITF, but CTED, its owner and agent,
test_activity_owner_is_its_agent.py)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1325 (2000),\n\n1. "

CASES = [
    (
        "Requests the Intergovernmental Working Group on the Effective Implementation of the Durban Declaration and "
        "Programme of Action to continue its work;",
        [("requests", ("DurbanIGWG",))],
    ),
    (
        "Requests the Ad Hoc Working Group on Small Arms Marking to continue;",
        [("requests", ())],
    ),
    ("Requests the Open-ended Working Group on Ageing to continue its work;", [("requests", ())]),
    (
        "Encourages the CTITF Working Group on the Protection of Critical Infrastructure including Vulnerable Targets "
        "to continue to facilitate;",
        [("encourages", ("UNOCT",))],
    ),
    ("Requests the Working Group on Arbitrary Detention to report;", [("requests", ("SpecialProcedures",))]),
    (
        "Requests the Security Council Committee established pursuant to resolution 1373 (2001) concerning "
        "counter-terrorism and the international community to support those measures;",
        [("requests", ("SanctionsCommittee", "InternationalCommunity"))],
    ),
    (
        "Requests the Security Council Working Group on Children in Armed Conflict to report;",
        [("requests", ("SCWorkingGroupCAAC",))],
    ),
    (
        "Welcomes and encourages CTED’s continued active participation in and support of all relevant activities "
        "under the United Nations Global Counter-Terrorism Strategy, including within the CTITF and its Working Groups;",
        [("encourages", ("CTED",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_generic_head_inside_a_longer_name(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
