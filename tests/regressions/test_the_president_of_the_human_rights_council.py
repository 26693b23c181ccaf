"""The President of the Human Rights Council is an actor of its own (survey of GA/HRC/ECOSOC, seed 20261213).

"Requests the President of the Human Rights Council to appoint ..." (A/HRC/RES/56/12 op 5, 54/12 ops 16
and 23, 57/15 op 25; "invites the President ..." 57/4 op 2, 59/16 op 14) gave the Council itself, and the
General Assembly's "Requests the President of the General Assembly and the President of the Human Rights
Council to continue to convene annual commemorative meetings" (A/RES/74/137 op 29 and its yearly
successors) the Council beside the Assembly's President; "encourages the President to continue" after it
(A/HRC/RES/54/24 op 13) named no one. As PresidentECOSOC and PresidentGeneralAssembly, the President is
PresidentHRC (actors.yaml), also as "the President of the Council" in the Council's own texts."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "HRC",
        "5. Requests the President of the Human Rights Council to appoint, as early as possible, from candidates "
        "nominated by regional groups, the Chair-Rapporteur;",
        [("requests", {"PresidentHRC"})],
    ),
    (
        "HRC",
        "13. Welcomes the steps taken by the President of the Human Rights Council, and encourages the President to "
        "continue, in consultation with the States concerned, to use his or her good offices;",
        [("encourages", {"PresidentHRC"})],
    ),
    (
        "HRC",
        "2. Invites the President of the Council to consider the theme for the annual high-level panel discussion;",
        [("invites", {"PresidentHRC"})],
    ),
    (
        "GA",
        "29. Requests the President of the General Assembly and the President of the Human Rights Council to "
        "continue to convene annual commemorative meetings of the Assembly and the Council;",
        [("requests", {"PresidentGeneralAssembly", "PresidentHRC"})],
    ),
    # the Council itself where no President is named
    ("HRC", "3. Decides to remain seized of the matter;", [("decides", {"HumanRightsCouncil"})]),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_the_president_of_the_human_rights_council(organ, text, expected):
    r = resolution(text, date="2024-10-10", organ=organ, preamble="Recalling its resolution 5/1,")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
