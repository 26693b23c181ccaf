"""A report asked of several actors together is one report, by the first named (the golds' convention:
"one report prepared jointly by CTED and the Monitoring Team: one item, by=CTED"). The last of them, just
before "to provide", was read as the one the text names as reporting: "Requests the Secretary-General and
the Chairperson of the African Union Commission to provide the Security Council with a Special Report"
gave the African Union (S/RES/2479 (2019) op 3, 2495 op 6, 2525 op 11 of the scratch SC gold), "invites the
Chair-Rapporteur of the Working Group and the Special Rapporteur to present an oral report" the Special
Rapporteur (A/RES/74/152 op 48 and its yearly successors). A report asked with the verb ("to report") is left
as it was: one report each is as likely (heldout4 S/RES/1441 (2002) op 11, "Directs the Executive Chairman of
UNMOVIC and the Director-General of the IAEA to report": two items). One named alone before "to report"
still reports ("requests that ... the Panel of Experts submit")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "1. Request the Secretary-General and the Chairperson of the African Union Commission to provide the "
        "Security Council with a Special Report no later than 31 October 2020;",
        [("SecretaryGeneral", "SecurityCouncil", "2020-10-31")],
    ),
    (
        "1. Invites the Chair-Rapporteur of the Working Group on the Right to Development and the Special "
        "Rapporteur on the right to development to present an oral report to the Security Council;",
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
