"""Another's reports handed on as a noun, "distribution of its reports", are no report due (heldout20 29: A/HRC/RES/57/15
op 5 "Requests the Secretary-General and the Office of the High Commissioner to continue to provide all human, technical
and financial assistance necessary for the Expert Mechanism ..., as well as the timely translation into all official
languages of the United Nations and distribution of its reports to the Human Rights Council and the pre-session
translation of its studies and reports": none, the Expert Mechanism's reports; the same words in A/HRC/RES/54/12 op 4).
The racism texts' communications strategy, "including the dissemination of the annual thematic reports of the Working
Group of Experts on People of African Descent and its 20-year review report" (A/HRC/RES/54/27 op 37, 57/25 op 33), named
a second report with the first one handed on. As transmit/forward (test_report_of_another_transmitted.py), the report
the paragraph asks for stays, its distribution said or not."""

import pytest

from resgraph.extract import report_mentions
from tests.growth import LINEAR, growth
from tests.snippets import reports, resolution

CASES = [
    (
        "5. Requests the Secretary-General and the Office of the High Commissioner to continue to provide all human, "
        "technical and financial assistance necessary for the Expert Mechanism to fulfil its mandate fully and "
        "effectively, including webcasting services for its annual meetings, with access to real-time translation, "
        "as well as the timely translation into all official languages of the United Nations and distribution of its "
        "reports to the Human Rights Council and the pre-session translation of its studies and reports, in "
        "accordance with Council resolution 33/25 of 30 September 2016;",
        [],
    ),
    (
        "37. Requests the Office of the High Commissioner to extend the two-year comprehensive communications strategy "
        "until the end of 2025; the strategy should include the effective promotion of the Durban Declaration and "
        "Programme of Action, and publicize the work and activities of the different United Nations anti-racism "
        "mechanisms, including the dissemination of the annual thematic reports of the Working Group of Experts on "
        "People of African Descent and its 20-year review report, in accessible formats to all constituents and the "
        "general public;",
        [],
    ),
    # the report asked for stays, its dissemination said after it
    (
        "6. Requests the High Commissioner to submit a report to the Human Rights Council at its sixtieth session and "
        "to ensure the wide dissemination of the report;",
        [("HighCommissionerHumanRights", "HumanRightsCouncil", 60)],
    ),
    (
        "9. Requests the Special Rapporteur to submit a report to the Human Rights Council at its sixtieth session, "
        "and requests the Secretary-General to ensure the distribution of the report and its annex;",
        [("SpecialProcedures", "HumanRightsCouncil", 60)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_of_another_distributed_is_no_report(text, expected):
    r = resolution(text, date="2024-10-10", organ="HRC")
    assert reports(r, "by", "to", "session") == expected


def test_a_report_named_with_one_handed_on_reads_in_linear_time():
    def make(n):
        return "x " * n + "and its " + "y " * n + "report"

    assert growth(make, lambda t: report_mentions.transmitted(t, 0, len(t) - 6, len(t)), 2000) < LINEAR
