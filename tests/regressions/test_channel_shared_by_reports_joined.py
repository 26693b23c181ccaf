"""heldout6 S/RES/2136 (2014) op 5 (and 2078 op 5, 1558 op 3 (e)): "to present to the Council, through the
Committee, a written mid-term report by 28 June 2014, and a written final report before 16 January 2015":
the channel named before both reports is the final report's too, not the first one's alone. A second
report with a receiver of its own keeps its own channel."""

from tests.snippets import reports, resolution

PRE = "Recalling the Committee established pursuant to resolution 1533 (2004),"


def test_the_channel_named_before_two_reports_is_both():
    r = resolution(
        "5. Requests the Group of Experts established pursuant to resolution 1533 (2004) to present to the Council, "
        "through the Committee, a written mid-term report by 28 June 2014, and a written final report before "
        "16 January 2015;\n",
        date="2014-01-30",
        preamble=PRE,
    )
    assert reports(r, "to", "through", "due") == [
        ("SecurityCouncil", "SanctionsCommittee", "2014-06-28"),
        ("SecurityCouncil", "SanctionsCommittee", "2015-01-16"),
    ]


def test_a_second_report_to_another_receiver_keeps_its_own():
    r = resolution(
        "5. Requests the Group of Experts established pursuant to resolution 1533 (2004) to present to the Council, "
        "through the Committee, a written mid-term report by 28 June 2014, and to provide regular updates to the "
        "Committee;\n",
        date="2014-01-30",
        preamble=PRE,
    )
    assert reports(r, "to", "through") == [("SecurityCouncil", "SanctionsCommittee"), ("SanctionsCommittee", None)]
