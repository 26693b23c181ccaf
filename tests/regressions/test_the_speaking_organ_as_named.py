"""The organ that speaks counts as named before its text (corpus-full, issue 12).

E/RES/2021/2 op 20 "Requests the President of the Council to continue to maintain close contact"
named no actor: "the Council" had no Council named before it in an ECOSOC resolution. The
speaker now counts as named first, so "the Council" is that Council unless another was named
since; but the Council does not ask itself (S/RES/1285 (2000) op 6, "the multinational
stabilization force authorized by the Council"), and "him" with no person named since is the
last one asked, not a body named since (S/RES/1674 (2006) op 25: "the Council" is no "him")."""

import pytest

from tests.snippets import mandates, snippet

EC = "The Economic and Social Council,\n\nRecalling its resolution 2012/14,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "
PREVLAKA = "The Security Council,\n\nRecalling its resolutions on the Prevlaka peninsula,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    # the President of the Economic and Social Council is an actor of its own (the heldout5 gold: PresidentECOSOC)
    (
        EC,
        "Requests the President of the Council to continue to maintain close contact;",
        [("requests", {"PresidentECOSOC"})],
    ),
    (SC, "Requests the President of the Council to brief;", [("requests", {"SecurityCouncil"})]),
    (  # (in the Prevlaka texts the observers are UNMOP: test_mission_named_by_its_observers.py)
        PREVLAKA,
        "Requests the United Nations military observers and the multinational stabilization force authorized by the "
        "Council in resolution 1088 (1996) to cooperate fully with each other;",
        [("requests", {"UNMOP", "SFOR"})],  # the force is SFOR (test_multinational_stabilization_force.py), no Council
    ),
    (
        SC,
        "Reiterates its invitation to the Secretary-General to continue to refer to the Council relevant information, "
        "requests him to continue to include observations;",
        [("invites", {"SecretaryGeneral"}), ("requests", {"SecretaryGeneral"})],
    ),
    # another Council named since is the one meant
    (
        GA,
        "Welcomes the work of the Human Rights Council, and invites the Council to continue;",
        [("invites", {"HumanRightsCouncil"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_speaking_organ(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
