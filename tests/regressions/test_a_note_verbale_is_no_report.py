"""Audit of 40 report cycles (fix57f, seed 5757) and its class scan: "To continue the practice of sending an annual note
verbale to Member States requesting the submission of their report on military expenditures" and "To circulate
annually a note verbale to Member States detailing which reports ... were submitted" (A/RES/74/24 op 7, 77/33, 80/12)
were read as two written reports of the Secretary-General to Member States every P1Y: "note" is a written report
(tests/mandate_gold/README.md), but a note verbale is a diplomatic letter, one that asks for others' reports or lists
them (reports.yaml `things_named` `note`). A note asked for on its own stays a report."""

import pytest

from tests.snippets import reports, resolution

SG = "7. Requests the Secretary-General, within existing resources: "
CASES = [
    (
        SG
        + "(a) To continue the practice of sending an annual note verbale to Member States requesting the submission "
        "of their report on military expenditures; (b) To circulate annually a note verbale to Member States detailing "
        "which reports on military expenditures were submitted and are available online;",
        [],
    ),
    ("7. Requests the Secretary-General to circulate annually notes verbales to Member States;", []),
    # near misses: a note that is a report
    (
        "7. Requests the Secretary-General to submit annually a note to the General Assembly on the matter;",
        [("SecretaryGeneral", "GeneralAssembly", "P1Y", "written")],
    ),
    (
        "7. Requests the Secretary-General to submit an annual note to the General Assembly on the matter;",
        [("SecretaryGeneral", "GeneralAssembly", "P1Y", "written")],
    ),
]


@pytest.mark.parametrize("text,want", CASES)
def test_a_note_verbale_is_no_report(text, want):
    r = resolution(text, date="2019-12-12", organ="The General Assembly")
    assert reports(r, "by", "to", "every", "form") == want
