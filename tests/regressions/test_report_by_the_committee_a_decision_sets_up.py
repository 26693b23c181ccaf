"""The Security Council reported to itself: "Decides to establish, in accordance with rule 28 of its
provisional rules of procedure, a Committee of the Security Council consisting of all the members of the
Council, to undertake the following tasks and to report on its work to the Council with its observations
and recommendations: ... (e) to make periodic reports to the Security Council" (S/RES/1298 (2000) op 8;
1343 op 14, 1518 op 1, 1521 op 21, 1540 op 4, 1718 op 12, 1737 op 18 of corpus-full) is the Committee's
report, in the paragraph and in its tasks; "a Committee of the Security Council" is the sanctions
committee (actors.yaml), so "calls upon all States to report to the Committee" reports to it
(S/RES/1373 (2001) op 6). "consisting of all the members of the Council" names no one whose tasks follow."""

import pytest

from tests.snippets import facts, resolution

CASES = [
    (
        "8. Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the "
        "Security Council consisting of all the members of the Council, to undertake the following tasks and to report "
        "on its work to the Council with its observations and recommendations:\n\n(a) to seek from all States further "
        "information;\n\n(b) to make periodic reports to the Security Council on information submitted to it;",
        [("SanctionsCommittee", "SecurityCouncil"), ("SanctionsCommittee", "SecurityCouncil")],
    ),
    (
        "6. Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the "
        "Security Council, consisting of all the members of the Council, to monitor implementation of this "
        "resolution, and calls upon all States to report to the Committee, no later than 90 days from the date of "
        "adoption of this resolution, on the steps they have taken;",
        [("States", "SanctionsCommittee")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_by_the_committee_a_decision_sets_up(text, expected):
    r = resolution(text, date="2001-09-28")
    assert facts(r.reports_due, ("by", "to")) == expected
