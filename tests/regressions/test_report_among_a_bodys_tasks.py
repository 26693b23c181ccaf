"""Third held-out gold: a report asked among the tasks a paragraph lists for a body was the deciding
organ's, or that of whom the paragraph asked to set the body up. "Decides that the mandate of
MINUSMA shall focus on the following priority tasks: ... (v) To monitor, help investigate and
report to the Council" (S/RES/2164 (2014) op 13; held-out S/RES/2423 op 38; the MINUSCA, CAR panel
and sanctions committee task lists of corpus-full) is MINUSMA's; "to re-establish ... the Monitoring
Group ..., with the following mandate: ... (h) to provide to the Council, through the Committee, a
mid-term briefing" (S/RES/1587 (2005) op 3) the Monitoring Group's. An adjunct's actor ("under the
direction of the Committee") is not the one whose tasks follow. And "subject to an assessment of
risk" (S/RES/2164 op 13 (a)(vi)) is a condition, no report asked for. The list announced with the
paragraph going on ("Decides that UNMISS shall have the following mandate, authorizes UNMISS to use all
necessary means ..., requests the Secretary-General to inform the Security Council of any obstacles ...;",
S/RES/2820 (2026) op 4, held-out five, and the UNMISS renewals before it) lists UNMISS's tasks still,
not the Secretary-General's."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "13. Decides that the mandate of MINUSMA shall focus on the following priority tasks:\n\n(a) Security\n\n"
        "(vi) To enhance its operational coordination with the Malian Defence and Security Forces (MDSF), subject "
        "to an assessment of risk and in strict compliance with the Human Rights Due Diligence Policy (S/2013/110);"
        "\n\n(v) To monitor, help investigate and report to the Council and publicly, as appropriate, on any abuses "
        "or violations of human rights;",
        "2014-06-25",
        [(13, "MINUSMA", "SecurityCouncil", None, None, "written")],
    ),
    (
        "3. Requests the Secretary-General, in consultation with the Committee established pursuant to resolution 751 "
        "(1992), to re-establish within thirty days from the date of the adoption of this resolution, and for a "
        "period of six months, the Monitoring Group referred to in paragraph 3 of resolution 1558 (2004), with the "
        "following mandate:\n\n(h) to provide to the Council, through the Committee, a mid-term briefing within 90 "
        "days from its establishment;\n\n(i) to submit to the Council through the Committee, no later than 30 days "
        "prior to the termination of its mandate, a final report;",
        "2005-03-15",
        [
            (3, "MonitoringGroup1519", "SecurityCouncil", "SanctionsCommittee", "P90D", "oral"),
            (3, "MonitoringGroup1519", "SecurityCouncil", "SanctionsCommittee", None, "written"),
        ],
    ),
    (
        "15. Calls upon all States to cooperate with the Security Council Committee;\n\n"
        "16. Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of "
        "the Security Council consisting of all the members of the Council (herein “the Committee”), to undertake "
        "the following tasks:\n\n(a) To monitor implementation of the measures;\n\n(b) To report within 60 days to "
        "the Security Council on its work;",
        "2015-03-03",
        [(16, "SanctionsCommittee", "SecurityCouncil", None, "P60D", "written")],
    ),
    (
        "4. Decides that UNMISS shall have the following mandate, authorizes UNMISS to use all necessary means to "
        "implement its mandate, requests the Secretary-General to inform the Security Council of any obstacles to the "
        "implementation of the mandate, and stresses that the protection of civilians shall be given priority;\n\n"
        "(a) Protection of civilians:\n\n(iii) To monitor and report on progress on security sector and legal "
        "reforms, the constitutional process, the census, preparation for elections;",
        "2026-04-30",
        [(4, "UNMISS", "SecurityCouncil", None, None, "written")],
    ),
    (  # the Secretary-General's report, asked in a paragraph that lists no one's tasks
        "7. Requests the Secretary-General to take the following steps:\n\n(a) to report to the Council every 90 days;",
        "2015-03-03",
        [(7, "SecretaryGeneral", "SecurityCouncil", None, None, "written")],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_a_report_among_a_bodys_tasks(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert reports(r, "op", "by", "to", "through", "within", "form") == expected
