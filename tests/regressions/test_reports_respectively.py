"""Held-out gold: "Requests the Member States acting through or in cooperation with the EU and the
Member States acting through or in cooperation with NATO to report to the Council on the activity of
EUFOR ALTHEA and NATO Headquarters presence respectively, ... at least at three-monthly intervals"
(S/RES/2123 (2013) op 18, and the same paragraph of ten resolutions on Bosnia and Herzegovina before
and after it) gave one report: each addressee named before the report reports "respectively". A
joint request ("the Secretary-General and the High Commissioner to report", "within their
respective mandates ... to report") was one item; since the goldfix of stop 28 (issue 12: "the Secretary-General
and a panel are two") it is one report each (test_one_report_per_reporter.py)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "18. Requests the Member States acting through or in cooperation with the EU and the Member States acting "
        "through or in cooperation with NATO to report to the Council on the activity of EUFOR ALTHEA and NATO "
        "Headquarters presence respectively, through the appropriate channels and at least at three-monthly "
        "intervals;",
        [("MemberStates", "SecurityCouncil", "P3M")] * 2,
    ),
    (
        "19. Requests the Secretary-General to submit two reports, by 4 July 2014 and 3 January 2015 respectively, on "
        "his Good Offices;",
        [("SecretaryGeneral", "SecurityCouncil", None)] * 2,
    ),
    (
        "20. Invites all treaty bodies and the special procedures of the Human Rights Council, within their respective "
        "mandates, to pay due attention to the matter and to report regularly to the Security Council;",
        # one each since the goldfix of stop 28 (first gold A/HRC/RES/57/11 op 37; test_one_report_per_reporter)
        [("TreatyBodies", "SecurityCouncil", None), ("SpecialProcedures", "SecurityCouncil", None)],
    ),
]


@pytest.mark.parametrize("text,expected_reports", CASES)
def test_each_reports_respectively(text, expected_reports):
    r = resolution(text, date="2013-11-12")
    assert reports(r, "by", "to", "every") == expected_reports
