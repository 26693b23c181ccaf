"""A mission's task item said in "-ing" asks the report its infinitive does: "(iii) Monitoring, investigating,
verifying, and reporting regularly on human rights ..." (S/RES/1996 (2011) op 3 (b) (iii), UNMISS's mandate; found by
due38's random reading outside the golds, seed 3839) is one standing report by UNMISS, written, to the Council, as
"(iii) To monitor, investigate, verify, and report regularly on" is (tests/mandate_gold/README.md "What counts"). A
heading in "-ing" ending in a colon over "(i) To monitor ..." items ("(d) Monitoring, investigating, and reporting on
violations ...:", S/RES/2567 (2021) op 3, 2625, 2677, 2729, 2779, 2820; heldout21 02, heldout5 04) asks none: its items
do. In cf-open23 the only gerund task item in a mandate is 1996's; the task gerunds are data (reports.yaml
task_gerunds)."""

import pytest

from tests.snippets import reports, resolution

FIELDS = ("op", "by", "to", "due", "every", "form")
MANDATE = (
    "3. Decides that the mandate of UNMISS shall be to consolidate peace and security, and accordingly authorizes "
    "UNMISS to perform the following tasks;\n"
    "(b) Support the Government of the Republic of South Sudan in exercising its responsibilities for conflict "
    "prevention, mitigation, and resolution and protect civilians through:\n"
)
TASK = (
    "(iii) Monitoring, investigating, verifying, and reporting regularly on human rights and potential threats against "
    "the civilian population as well as actual and potential violations of international humanitarian and human rights "
    "law, working as appropriate with the Office of the High Commissioner for Human Rights, bringing these to the "
    "attention of the authorities as necessary, and immediately reporting gross violations of human rights to the UN "
    "Security Council;\n"
    "(iv) Advising and assisting the Government of the Republic of South Sudan;\n"
)
HEADING = (
    "3. Decides that the mandate of UNMISS shall be as follows:\n"
    "(d) Monitoring, investigating, and reporting on violations of international humanitarian law and violations and "
    "abuses of human rights:\n"
    "(i) To monitor, investigate, verify, and report regularly on abuses and violations of human rights;\n"
)
CASES = [
    (MANDATE + TASK, [(3, "UNMISS", "SecurityCouncil", None, None, "written")]),
    (  # the infinitive it reads the same as
        MANDATE
        + TASK.replace(
            "Monitoring, investigating, verifying, and reporting", "To monitor, investigate, verify, and report"
        ),
        [(3, "UNMISS", "SecurityCouncil", None, None, "written")],
    ),
    (HEADING, [(3, "UNMISS", "SecurityCouncil", None, None, "written")]),  # the item's report, none for the heading
]


@pytest.mark.parametrize("text,expected", CASES)
def test_mission_task_in_the_gerund(text, expected):
    assert reports(resolution(text, date="2011-07-08"), *FIELDS) == expected
