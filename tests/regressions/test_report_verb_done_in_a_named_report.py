"""A report verb followed by the report that carries it is one report, not two: "Requests the
Secretary-General to report to the Security Council on implementation of the UNMISS mandate ... in a
comprehensive written report to be submitted within 90 days ..., every 90 days thereafter" (S/RES/2729
(2024) op 24 and its seven UNMISS twins) gave a bare written report beside the timed one; "report on
progress ... through a briefing in March 2012, a report in July 2012" (S/RES/2030 (2011) op 17) a bare
third one; "report on and assess ... through an oral update" (A/RES/80/176 op 18) a written report
beside the oral update. A new request between the verb and the noun ("and to submit a report") keeps
two."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "24. Requests the Secretary-General to report to the Security Council on implementation of the UNMISS "
        "mandate and the obstructions UNMISS encounters in doing so in a comprehensive written report to be "
        "submitted within 90 days of the date of adoption of this resolution, every 90 days thereafter, and "
        "underscores that such reporting should provide integrated, evidence-based and data-driven analysis;",
        [(24, "SecurityCouncil", "2024-07-28", "P90D", "P90D", "written")],
    ),
    (
        "SC@2011-12-21",
        "17. Requests the Secretary-General to report on progress made in implementing this resolution and the "
        "mandate of UNIOGBIS as outlined in resolution 1876 (2009) through a briefing in March 2012, a report in "
        "July 2012 and every six months thereafter;",
        [
            (17, "SecurityCouncil", "2012-03", None, None, "oral"),
            (17, "SecurityCouncil", "2012-07", None, "P6M", "written"),
        ],
    ),
    (
        "GA",
        "18. Requests the Secretary-General to report on and assess the implementation of the present resolution "
        "to the General Assembly at its eighty-second session, through an oral update, to be followed by an "
        "interactive dialogue;",
        [(18, "GeneralAssembly", None, None, None, "oral")],
    ),
    (
        "SC",
        "7. Requests the Secretary-General to report to the Council on the situation, and further to submit a report "
        "on the elections within 60 days of the adoption of this resolution;",
        [
            (7, "SecurityCouncil", None, None, None, "written"),
            (7, "SecurityCouncil", "2024-06-28", "P60D", None, "written"),
        ],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_report_verb_done_in_a_named_report(organ, text, expected):
    organ, _, date = organ.partition("@")
    r = resolution(text, date=date or "2024-04-29", organ=organ)
    assert reports(r, "op", "to", "due", "within", "every", "form") == expected
