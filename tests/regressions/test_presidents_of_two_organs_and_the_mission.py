"""Offices and posts, not organs, and a mission named earlier (issue 12, the heldout8 misses): "the Presidents of
the Economic and Social Council and of the General Assembly", "and the General Assembly" too, are both Presidents
(heldout8 E/RES/2024/8 op 83, read as the two organs), so are "future Presidents of the General Assembly"
(A/RES/75/325 op 53); "the mission" in lower case is the peace operation named last, as "the Mission" and "the
Force" are ("Welcomes UNDOF's ongoing efforts ... and encourages the mission to resume", heldout8 S/RES/2450
(2018) op 7; "Decides that the mission will withdraw its Force from South Kivu", S/RES/2717 (2023) op 23), and
"the mission of the Security Council" is none; a second addressee after "and on" follows the mission's name ("to
provide aviation units to the mission, and on the Government of Sudan to facilitate", S/RES/2148 (2014) op 11: the
verb's preposition said again). Religious leaders are persons, not communities (ReligiousLeaders, the heldout8
annotators' id); "regional players" are regional partners (heldout8 A/HRC/RES/58/20 op 42).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 51/36,\n\n1. "
ECOSOC = "The Economic and Social Council,\n\nRecalling its resolution 2023/3,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        ECOSOC,
        "Requests the Presidents of the Economic and Social Council and of the General Assembly to consider the "
        "matter;",
        [("requests", {"PresidentECOSOC", "PresidentGeneralAssembly"})],
    ),
    (
        ECOSOC,
        "Requests the Presidents of the Economic and Social Council and the General Assembly to continue their "
        "efforts with a view to eliminating duplication;",
        [("requests", {"PresidentECOSOC", "PresidentGeneralAssembly"})],
    ),
    (
        HRC,
        "Stresses the role of the Association of Southeast Asian Nations, and encourages regional players to work in "
        "that direction;",
        [("encourages", {"RegionalPartners"})],
    ),
    (
        GA,
        "Encourages future Presidents of the General Assembly to actively contribute to the implementation;",
        [("encourages", {"PresidentGeneralAssembly"})],
    ),
    (
        SC,
        "Welcomes UNDOF’s ongoing efforts to consolidate its presence, and encourages the mission to resume its "
        "responsibilities in the areas of limitation;",
        [("encourages", {"UNDOF"})],
    ),
    (
        SC,
        "Notes the strategic gap in mobility for UNAMID, calls on Member States to redouble their efforts to provide "
        "aviation units to the mission, and on the Government of Sudan to facilitate the deployment of those assets;",
        [("calls-upon", {"MemberStates", "state:SDN"})],
    ),
    (
        SC,
        "Requests the Secretary-General to ensure that the mission of the Security Council is supported;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Urges political and religious leaders to publicly condemn violations against children;",
        [("urges", {"PoliticalActors", "ReligiousLeaders"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_presidents_of_two_organs_and_the_mission(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
