"""Addressees the vocabulary named wrongly or not at all (issue 12, the heldout4 gold):
"all illegal armed combatants" are parties to the conflict (S/RES/1980 (2011) op 4); "the UN
Secretariat" is the Secretariat, not the system's entities (S/RES/2743 (2024) op 25); "the United Nations
Mission in Colombia established by resolution 2261 (2016)" is that mission, before the Verification
Mission (S/RES/2366 (2017) op 7); "the Sanctions Committee" is a committee of the Council, and "the
Committee" after it that committee (S/RES/1980 (2011) op 12); "all those involved in planning for
disarmament" are stakeholders (A/RES/74/302 op 22), not "relevant United Nations agencies, including
those involved in" (A/HRC/RES/57/11 op 32 of the first gold).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    ("Urges all illegal armed combatants to lay down their arms immediately;", [("urges", {"PartiesToConflict"})]),
    ("Requests the UN Secretariat to assist Member States;", [("requests", {"Secretariat"})]),
    (
        "Further requests the United Nations Mission in Colombia established by resolution 2261 (2016) to begin "
        "provisional work;",
        [("requests", {"UNMissionColombia"})],
    ),
    (
        "Requests all States concerned to cooperate fully with the Sanctions Committee, and authorizes the Committee "
        "to request whatever further information it may consider necessary;",
        [("requests", {"States"}), ("authorizes", {"SanctionsCommittee"})],
    ),
    (
        "Encourages all those involved in planning for disarmament, demobilization and reintegration to consider "
        "the needs of youth;",
        [("encourages", {"Stakeholders"})],
    ),
    (
        "Strongly encourages relevant United Nations agencies, including those involved in supporting "
        "counter-terrorism efforts, to assist;",
        [("encourages", {"UNSystemEntities"})],
    ),
    (
        "Requests the United Nations Verification Mission in Colombia to verify the implementation;",
        [("requests", {"UNVMC"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_addressee_names_the_vocabulary_lacked(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
