"""review46 finding 10: the report reader took as reporter the body a participle of what the States give names ("Urges
Member States providing support to AMISOM to report to the Committee": by AMISOM; "Invites all Member States making
financial contributions earmarked for the operational activities of UN-Habitat to report": by UNFundsProgrammes),
while the mandate's addressees read MemberStates (list_members.given). report_reporters skips an actor that given()
says qualifies the States before it: the States report."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Urges Member States providing support to AMISOM to report to the Committee established pursuant to "
        "resolution 751 (1992) on the steps taken;",
        "SC",
        [("MemberStates", "SanctionsCommittee")],
    ),
    (
        "5. Urges Member States providing support to AMISOM to report to the Security Council on the steps taken;",
        "SC",
        [("MemberStates", "SecurityCouncil")],
    ),
    (
        "9. Invites all Member States making financial contributions earmarked for the operational activities of "
        "UN-Habitat to report to the General Assembly on those contributions;",
        "GA",
        [("MemberStates", "GeneralAssembly")],
    ),
    (
        "5. Urges Member States to report to the Committee established pursuant to resolution 751 (1992) on the steps "
        "taken;",
        "SC",
        [("MemberStates", "SanctionsCommittee")],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_reporter_not_what_states_give(text, organ, expected):
    r = resolution(text, date="2024-12-20", organ=organ)
    assert reports(r, "by", "to") == expected
