"""A report the addressee is asked to give "with" ("to present it with an oral update", "to provide
the Security Council with an update") was read as something another report comes with ("a report
with an assessment") and dropped: "Requests the High Commissioner to prepare a comprehensive report
... and to submit it to the Council ... at its fifty-seventh session, and to present it with an oral
update at its fifty-fifth session" (A/HRC/RES/54/34 op 44, held-out gold) gave one report, oral, at the
fifty-seventh session, for a written one at the 57th and an oral update at the 55th."""

import pytest

from tests.snippets import reports, snippet

PRE = {
    "HRC": "The Human Rights Council,\n\nRecalling its resolution 51/36,\n\n1. ",
    "SC": "The Security Council,\n\nRecalling its resolution 2472 (2019),\n\n1. ",
    "GA": "The General Assembly,\n\nRecalling its resolution 78/20,\n\n1. ",
}

CASES = [
    (
        "HRC",
        "Requests the High Commissioner to prepare a comprehensive report on the situation of human rights in the "
        "Democratic Republic of the Congo and to submit it to the Council, in the framework of an enhanced interactive "
        "dialogue, at its fifty-seventh session, and to present it with an oral update at its fifty-fifth session;",
        [
            ("HighCommissionerHumanRights", "HumanRightsCouncil", 57, None, "written"),
            ("HighCommissionerHumanRights", "HumanRightsCouncil", 55, None, "oral"),
        ],
    ),
    (
        "SC",
        "Requests the Secretary-General to provide the Security Council with an update, no later than 31 July 2020, on "
        "any further developments;",
        [("SecretaryGeneral", "SecurityCouncil", None, "2020-07-31", None)],
    ),
    # "with" after the report it comes with: still one report
    (
        "GA",
        "Requests the Secretary-General to submit a report with an assessment of the situation to the General Assembly "
        "at its eightieth session;",
        [("SecretaryGeneral", "GeneralAssembly", 80, None, "written")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_presented_with(organ, text, expected):
    r = snippet(PRE[organ] + text + "\n")
    assert reports(r, "by", "to", "session", "due", "form") == expected
