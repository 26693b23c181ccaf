"""Heldout8 S/RES/2372 (2017) op 9 (and S/RES/2297 (2016) op 18): "Requests the AU to keep the Security Council regularly
informed, through the Secretary-General on the implementation of AMISOM's mandate, and report to the Council, through
the provision of oral updates and no fewer than three written reports, every 120 days ..." gave the oral updates the
channel (the Secretary-General) and not the written reports: a channel named for the whole request ("informed, through
X, on") goes with each report it lists, also after "and no fewer than" (report_pairs.share_through)."""

from tests.snippets import reports, resolution

TEXT = (
    "9. Requests the AU to keep the Security Council regularly informed, through the Secretary-General on the "
    "implementation of AMISOM’s mandate, and report to the Council, through the provision of oral updates and no "
    "fewer than three written reports, every 120 days with the first written report not later than 15 December 2017;"
)


def test_the_written_reports_go_through_the_secretary_general_too():
    r = resolution(TEXT, date="2017-08-30")
    assert reports(r, "op", "by", "to", "through", "due", "form") == [
        (9, "AfricanUnion", "SecurityCouncil", "SecretaryGeneral", None, "oral"),
        (9, "AfricanUnion", "SecurityCouncil", "SecretaryGeneral", "2017-12-15", "written"),
    ]
