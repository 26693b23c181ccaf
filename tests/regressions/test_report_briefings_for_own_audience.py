"""Briefings for an audience of their own, named after "including", are reports of their own: "Requests the
Committee to report orally, through its Chairman, at least every 180 days to the Council on the overall work of
the Committee and the Monitoring Team, ..., including briefings for all interested Member States" (S/RES/1735
(2006) op 31, 1822 (2008) op 38, 1904 (2009) op 46, the 1267 regime's wording before "further requests the Chair
to hold regular briefings for all interested Member States", which the golds count as a report to Member States:
gold 17 2255 op 56, heldout4 2253 op 87, heldout7 2161 op 72). "including" made them the contents of the
Council's report."""

from tests.snippets import reports, resolution

PREAMBLE = "Recalling its resolution 1267 (1999) and the Committee established pursuant to it (the Committee),"


def test_briefings_for_their_own_audience_after_including():
    r = resolution(
        "1. Requests the Committee to report orally, through its Chairman, at least every 180 days to the Council on "
        "the overall work of the Committee and the Monitoring Team, and, as appropriate, in conjunction with the "
        "reports by the Chairmen of the CTC, including briefings for all interested Member States;",
        date="2008-06-30",
        preamble=PREAMBLE,
    )
    assert reports(r, "by", "to", "every", "form") == [
        ("SanctionsCommittee", "SecurityCouncil", "P180D", "oral"),
        ("SanctionsCommittee", "MemberStates", None, "oral"),
    ]


def test_what_a_report_includes_is_still_its_contents():
    r = resolution(
        "1. Requests the Secretary-General to report to the Council every 90 days, including briefings on the "
        "situation in the region;",
        date="2008-06-30",
        preamble=PREAMBLE,
    )
    assert reports(r, "to", "every") == [("SecurityCouncil", "P90D")]
