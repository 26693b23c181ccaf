"""Third held-out gold (S/RES/2766 (2024) op 6): "urges prompt reporting by the Secretary-General to
the Security Council and troop-contributing countries" gave one report, to the Council: a second
receiver joined by "and" with no "to" of its own was not read as one. The conventions
(tests/mandate_gold/README.md, "What counts": one item per distinct report, a report to a
committee and the same report to the Council are two) give one report to each receiver. A qualifier before the second receiver ("to the Security Council
and relevant Member States", S/RES/2436 (2018) op 11, heldout45 19) kept it from being joined: one report."""

import pytest

from tests.snippets import reports, resolution

SC = "The Security Council"
GA = "The General Assembly"
CASES = [
    (
        SC,
        "6. Calls on all parties to cooperate fully with UNDOF, and urges prompt reporting by the Secretary-General "
        "to the Security Council and troop-contributing countries of any actions that impede UNDOF’s ability to "
        "fulfil its mandate;",
        [(6, "SecretaryGeneral", "SecurityCouncil"), (6, "SecretaryGeneral", "TroopPoliceContributors")],
    ),
    (  # "and to": as before
        GA,
        "2. Requests the Secretary-General to report to the Advisory Committee on Administrative and Budgetary "
        "Questions and to the General Assembly at its seventy-sixth session;",
        [(2, "SecretaryGeneral", "ACABQ"), (2, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        GA,
        "4. Decides that the Permanent Forum on People of African Descent shall submit an annual report to the "
        "Human Rights Council and the General Assembly on its activities;",
        [(4, "PermanentForumPAD", "HumanRightsCouncil"), (4, "PermanentForumPAD", "GeneralAssembly")],
    ),
    (  # the second receiver past a qualifier (S/RES/2436 (2018) op 11, heldout45 19)
        SC,
        "11. Requests the Secretary-General to provide detailed reporting on the findings and implementation plans of "
        "Special Investigations to the Security Council and relevant Member States, as appropriate, to include "
        "recommendations to address all factors contributing to any identified failures;",
        [(11, "SecretaryGeneral", "SecurityCouncil"), (11, "SecretaryGeneral", "MemberStates")],
    ),
    (  # Member States named in the report's topic, not joined to its receiver: one report
        SC,
        "12. Requests the Secretary-General to report to the Security Council on the cooperation between the "
        "mission and relevant Member States;",
        [(12, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # one receiver: one report
        SC,
        "7. Requests the Secretary-General to report to the Council and to keep it informed of developments;",
        [(7, "SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_one_report_to_each_receiver(organ, text, expected):
    r = resolution(text, date="2024-06-28", organ=organ, preamble="Recalling its resolution 350 (1974),")
    assert reports(r, "op", "by", "to") == expected
