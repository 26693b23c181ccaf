"""Found in corpus-full, reports with the same reporter and receiver (68 lines, the golds have none):
"Decides that the mandate of MINUSMA shall be the following: ... (i) To monitor, help investigate and report
to the Council" (S/RES/2100 (2013) op 16; UNSOM, UNOCI, BINUCA "as follows") read the Council as the
reporter: the mission is named between "mandate" and "the following", after where the announcement's match
began; and "the following priority tasks, and that all MONUSCO's tasks should be implemented in a manner
consistent with ...:" (S/RES/2463 (2019) op 29 and its renewals) ran past the 120 characters allowed
between the tasks and the colon. "requests the Secretary-General to regularly update Member States on
progress" (A/RES/78/102 op 4, heldout9 26) and "to continue to brief Member States" (A/RES/80/155 op 12)
are reports to Member States; "so that it can deliver ... and be able to brief Member States" (A/RES/77/227
op 11) is a capacity, no report asked."""

import pytest

from tests.snippets import reports, resolution

SC = [
    (
        "16. Decides that the mandate of MINUSMA shall be the following:\n\n(a) To monitor, help investigate and "
        "report to the Council on any abuses or violations of human rights;",
        [("MINUSMA", "SecurityCouncil")],
    ),
    (
        "2. Decides that the mandate of BINUCA shall be reinforced and updated as follows:\n\n(a) To monitor, help "
        "investigate and report to the Council on violations of international humanitarian law;",
        [("BINUCA", "SecurityCouncil")],
    ),
    (
        "29. Decides that the mandate of MONUSCO shall include the following priority tasks, bearing in mind that "
        "these tasks as well as those in paragraph 30 below are mutually reinforcing, and that all MONUSCO's tasks "
        "should be implemented in a manner consistent with respect for human rights and fundamental freedoms:\n\n"
        "(a) Monitor, report immediately to the Security Council, and follow-up on human rights violations;",
        [("MONUSCO", "SecurityCouncil")],
    ),
]

GA = [
    (
        "4. Also welcomes the work of the Special Coordinator, and requests the Secretary-General to regularly update "
        "Member States on progress with respect to the implementation of the mandate of the Special Coordinator;",
        [("SecretaryGeneral", "MemberStates", None)],
    ),
    (
        "12. Requests the Secretariat to continue to brief Member States on accelerating its implementation;",
        [("Secretariat", "MemberStates", "oral")],
    ),
    (
        "11. Calls upon the United Nations to ensure that the Independent Mechanism is afforded the flexibility that "
        "it needs so that it can deliver as effectively as possible on its mandate, and be able to brief Member "
        "States on its activities;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", SC)
def test_the_mission_whose_mandate_lists_the_report(text, expected):
    assert reports(resolution(text, date="2019-03-29"), "by", "to") == expected


@pytest.mark.parametrize("text,expected", GA)
def test_member_states_updated_or_briefed(text, expected):
    assert reports(resolution(text, date="2023-12-05", organ="GA"), "by", "to", "form") == expected
