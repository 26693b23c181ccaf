"""Found in heldout15 (S/RES/2626 (2022) op 5, UNAMA's tasks: six "monitor and report on" reports in the gold, four
found, one sent to the Monitoring Team): in a mission's list of tasks, each report verb coordinated after a task verb
of its own ("monitor and report on", "analyse and report on", "as well as monitor and report on"), with another task
between it and the report before, is a report of its own, not the first said again (report_monitored); and the body
that a task gives assistance to "as appropriate" receives no report ("provide assistance as appropriate to the
Analytical Support and Sanctions Monitoring Team", report_not_received.NOUN_TO). Corpus-full: the only such clauses
are 2626 op 5 (d) and (e)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Decides further that UNAMA will continue to carry out its mandate, with a particular focus on the "
        "priorities laid out below:\n"
        "(d) promote responsible governance and the rule of law, monitor and report on political, security, social "
        "and economic developments, provide assistance as appropriate to the Analytical Support and Sanctions "
        "Monitoring Team established pursuant to paragraph 7 of resolution 1526 (2004), monitor and analyse security "
        "dynamics across the country, and analyse and report on developments relating to the rule of law;",
        [("UNAMA", "SecurityCouncil"), ("UNAMA", "SecurityCouncil")],
    ),
    (
        "5. Decides further that UNAMA will continue to carry out its mandate, with a particular focus on the "
        "priorities laid out below:\n"
        "(e) engage with all stakeholders in the protection and promotion of the human rights of all Afghans, monitor, "
        "report and advocate with regard to the situation for civilians, the prevention of torture, as well as "
        "monitor and report on civil, political, social, economic and cultural rights;",
        [("UNAMA", "SecurityCouncil"), ("UNAMA", "SecurityCouncil")],
    ),
    (  # one report: the second verb has no task of its own before it
        "5. Requests the Secretary-General to monitor the situation, to submit a report on the implementation of this "
        "resolution, and to report on the progress made;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_mission_tasks_monitor_and_report_each(text, expected):
    r = resolution(text, date="2022-03-17", organ="SC")
    assert reports(r, "by", "to") == expected
