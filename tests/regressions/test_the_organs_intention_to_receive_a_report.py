"""The organ's own intention after a request, its verb without the -s, ends the clause's reports
(report_recalled.RECALLED, as "expresses its intention" did): "Requests the Secretary-General to keep the Security
Council informed on a regular basis, and at least twice a year, on the status and progress of these negotiations under
his auspices and express its intention to meet to receive and discuss his report" (S/RES/1979 (2011) op 8, heldout37
14: read as a report every P6M; 1920 (2010) op 6 the same words, no cycle). Keeping the Council informed with a cycle
and no deadline is no report (README "What counts"; heldout3 10 op 8), and the report the Council intends to receive
is asked by none. Kept: a report asked before the intention, and an addressee's own "express its intention to consult"
(the bare verb ends the clause only before the organ's own "to (meet to) receive/consider/discuss/review")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/1979 (2011) op 8, heldout37 14
        "8. Requests the Secretary-General to keep the Security Council informed on a regular basis, and at least "
        "twice a year, on the status and progress of these negotiations under his auspices and express its intention "
        "to meet to receive and discuss his report;",
        [],
    ),
    (  # guard: a report asked, with a time, before the intention
        "8. Requests the Secretary-General to submit a report to the Security Council by 30 April 2012 on the "
        "status of these negotiations and express its intention to meet to receive and discuss his report;",
        [(8, "SecretaryGeneral", "SecurityCouncil", "2012-04-30")],
    ),
    (  # guard: "express its intention" as a body addressee's infinitive in a chain (review55-C finding 3)
        "8. Requests the Committee to review its guidelines, express its intention to consult the parties, and report "
        "to the Security Council by 30 April 2012 on the outcome;",
        [(8, "SanctionsCommittee", "SecurityCouncil", "2012-04-30")],
    ),
    (  # guard: the same, a State addressee's intention to submit a report
        "8. Invites the Government of Cyprus to cooperate fully with the mission and express its intention to submit "
        "a report to the Council by 30 April 2012;",
        [(8, "state:CYP", "SecurityCouncil", "2012-04-30")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_organs_intention_asks_for_no_report(text, expected):
    assert reports(resolution(text, date="2011-04-27"), "op", "by", "to", "due") == expected
