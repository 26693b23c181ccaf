"""Report words in a name were read as reports due: a title ("to contribute to the World Drug Report",
"a short, concise Global Forest Goals Report" in E/RES/2024/15 op 17, held-out gold), "by organizing
short briefing meetings" (op 4), "to prepare an update to the technical guidance ..., and to submit the
updated technical guidance, in a comprehensive report, to the Human Rights Council" (A/HRC/RES/54/16
op 25: one report, not two). An update of a report, a report named "Special Report" with its
article, and updates given to a body stay reports."""

import pytest

from tests.snippets import reports, snippet

PRE = {
    "GA": "The General Assembly,\n\nRecalling its resolution 78/20,\n\n1. ",
    "ECOSOC": "The Economic and Social Council,\n\nRecalling its resolution 2021/26,\n\n1. ",
    "SC": "The Security Council,\n\nRecalling its resolution 2472 (2019),\n\n1. ",
    "HRC": "The Human Rights Council,\n\nRecalling its resolution 51/36,\n\n1. ",
}

CASES = [
    (
        "GA",
        "Requests the Secretary-General to contribute to the World Drug Report in consultation with Member States;",
        [],
    ),
    (
        "GA",
        "Requests the United Nations Office on Drugs and Crime to contribute to the next Global Report on Trafficking in "
        "Persons;",
        [],
    ),
    (
        "ECOSOC",
        "Invites the Collaborative Partnership on Forests to enhance interaction with members of the Forum on its "
        "activities by organizing short briefing meetings;",
        [],
    ),
    (
        "HRC",
        "Requests the Office of the High Commissioner to prepare an update to the technical guidance on the application "
        "of a human rights-based approach, and to submit the updated technical guidance, in a comprehensive report, to "
        "the Human Rights Council at its sixtieth session;",
        [("OHCHR", "HumanRightsCouncil", 60, "written")],
    ),
    (
        "SC",
        "Requests the Secretary-General and the Chairperson of the African Union Commission to provide the Security "
        "Council with a Special Report no later than 30 September 2019;",
        # one each since the goldfix of stop 28 (test_one_report_per_reporter)
        [
            ("SecretaryGeneral", "SecurityCouncil", None, "written"),
            ("AfricanUnion", "SecurityCouncil", None, "written"),
        ],
    ),
    (
        "SC",
        "Encourages the leaders of the two communities to provide written updates to the Good Offices Mission of the "
        "Secretary-General on the actions they have taken;",
        # the mission is the Secretary-General's: he receives them (the first gold, S/RES/2506 (2020) op 17)
        [("PartiesToConflict", "SecretaryGeneral", None, "written")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_named_not_asked(organ, text, expected):
    r = snippet(PRE[organ] + text + "\n")
    assert reports(r, "by", "to", "session", "form") == expected


def test_an_update_of_a_report_is_one():
    r = snippet(
        PRE["GA"] + "Requests the Secretary-General to provide an update to the report submitted to the General "
        "Assembly on the environmental effects;\n"
    )
    assert reports(r, "by", "to") == [("SecretaryGeneral", "GeneralAssembly")]
