"""A report the text makes one report of several actors ("jointly") is by the first named ("a joint report" asked
of a list is one each since stop 53, as the golds read it: test_joint_assessment_one_per_reporter.py). The
last of them, just before "to provide", was read as the one the text names as reporting: "Requests the
Secretary-General and the Chairperson of the African Union Commission to provide the Security Council with a Special
Report" gave the African Union (S/RES/2479 (2019) op 3, 2495 op 6, 2525 op 11 of the scratch SC gold), "invites the
Chair-Rapporteur of the Working Group and the Special Rapporteur to present an oral report" the Special Rapporteur
(A/RES/74/152 op 48 and its yearly successors). Since the goldfix of stop 28 (issue 12: "the Secretary-General and a
panel are two"; heldout3 S/RES/2462 (2019) op 37 "Requests CTED and the ... Monitoring Team to prepare ... a report":
two items) a report of several that no word makes joint is one each: test_one_report_per_reporter.py. One named alone
before "to report" still reports ("requests that ... the Panel of Experts submit")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "1. Invites the Chair-Rapporteur of the Working Group on the Right to Development and the Special "
        "Rapporteur on the right to development to present jointly an oral report to the Security Council;",
        [("ExpertGroup", "SecurityCouncil", None)],
    ),
    (
        "1. Requests the Secretary-General to continue his efforts, and requests that the Panel of Experts submit "
        "to the Council its final report by 1 May 2021;",
        [("SanctionsCommittee", "SecurityCouncil", "2021-05-01")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_joint_report_by_the_first_named(text, expected):
    r = resolution(text, date="2020-06-03")
    assert reports(r, "by", "to", "due") == expected
