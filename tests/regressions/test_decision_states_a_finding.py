"""A decision that states what is, no duty, is the deciding organ's (issue 12, the heldout4 gold: S/RES/1441
(2002) op 1; the first gold: S/RES/2621 (2022) op 1). The gold's README: a decision's addressee is the
deciding organ unless the paragraph names who shall act.

- "Decides that Iraq has been and remains in material breach of its obligations": the Council finds,
  Iraq is asked nothing (it was state:IRQ); "Decides that the Commission has fulfilled its mandate"
  (S/RES/2621 (2022), S/RES/1732 (2006): "the Working Group has fulfilled its mandate"), "that the
  Government of Liberia has not complied" (S/RES/1408 (2002)).
- A duty or a grant still names who acts: "that all States shall", "that MINUSMA is authorized", "that
  the Panel is to", "that the Government has the primary responsibility to".
- A time clause's subject is not the clause's: "Decides that when a Member State has information ...,
  that Member State may request" (S/RES/2397 (2017) op 10) asks the Member State.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Decides that Iraq has been and remains in material breach of its obligations under relevant resolutions;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "Decides that the Working Group has fulfilled its mandate as contained in document S/2005/841;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "Decides that the Government of Liberia has not complied with the demands of resolution 1343 (2001);",
        [("decides", {"SecurityCouncil"})],
    ),
    ("Decides that all States shall prevent the direct or indirect supply of arms;", [("decides", {"States"})]),
    ("Decides that MINUSMA is authorized to use all necessary means;", [("decides", {"MINUSMA"})]),
    (
        "Decides that the Secretary-General is to appoint a Special Envoy;",
        [("decides", {"SecretaryGeneral"})],
    ),
    (
        "Decides that the Government of Mali has the primary responsibility to protect civilians;",
        [("decides", {"state:MLI"})],
    ),
    (
        "Decides that when a Member State has information to suspect that the DPRK is attempting to supply "
        "illicit cargo, that Member State may request additional information;",
        [("decides", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decision_states_a_finding(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
