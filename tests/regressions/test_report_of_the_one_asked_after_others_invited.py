"""A report asked of the clause's addressee by an infinitive coordinated after the task it asks others to do:
"Requests the Secretary-General to invite Member States and intergovernmental and non-governmental organizations to
present further practical proposals ..., and to submit a comprehensive report on the question to the General Assembly
at its seventy-sixth session" (A/RES/74/151 op 12, 76/164, 78/197, 80/203) gave civil society as the reporter, and
"requests the Secretary-General to invite Governments and international organizations to submit information on their
practice in this regard, and to provide, at its eightieth session, a report" (A/RES/78/236 op 15, 80/170 op 20) the
international organizations: those invited were read as the subject of the report, as their "to present" and "to
submit" are report verbs ("requests that the Panel of Experts submit to the Council its midterm report"). After ",
and to" the report is the addressee's own task; the one invited reports where the report is its own verb's."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # A/RES/74/151 op 12: the Secretary-General's report
        "12. Requests the Secretary-General to invite Member States and intergovernmental and non-governmental "
        "organizations to present further practical proposals and ideas that would contribute to the strengthening "
        "of United Nations action in the field of human rights, and to submit a comprehensive report on the question "
        "to the General Assembly at its seventy-sixth session;",
        [("SecretaryGeneral", "GeneralAssembly")],
    ),
    (  # A/RES/78/236 op 15
        "15. Requests the Secretary-General to invite Governments and international organizations to submit "
        "information on their practice in this regard, and to provide, at its eightieth session, a report with "
        "information on practice related to the subtopic taking into account these submissions;",
        [("SecretaryGeneral", "GeneralAssembly")],
    ),
    (  # the one invited presents the report itself: its report, as before
        "7. Requests the Secretary-General to invite the Special Rapporteur to present a report to the General "
        "Assembly at its seventy-sixth session;",
        [("SpecialProcedures", "GeneralAssembly")],
    ),
    (  # a subject of "that" submitting the report, as before
        "2. Requests that the Independent Expert submit to the General Assembly at its seventy-sixth session a "
        "report on the implementation of the present resolution;",
        [("SpecialProcedures", "GeneralAssembly")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_of_the_one_asked_after_others_invited(text, expected):
    r = resolution(text, date="2019-12-18", organ="GA")
    assert reports(r, "by", "to") == expected
