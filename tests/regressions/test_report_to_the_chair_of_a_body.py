"""A report to the chair of a body goes to that body: "Further requests the Panel of Experts to brief the Chairman of
the Committee to inform his mission to the region, scheduled for October 2002, and to provide an oral briefing to the
Council, through the Committee, in November 2002" (S/RES/1425 (2002) op 10, heldout11: the first briefing is the
Committee's, where the organ that speaks was read). The Council briefed stays the Council."""

import pytest

from tests.snippets import reports, resolution

PANEL = "the Panel of Experts established pursuant to resolution 1591 (2005)"
COMMITTEE = "the Committee established pursuant to resolution 1591 (2005)"

CASES = [
    (
        f"10. Further requests {PANEL} to brief the Chairman of {COMMITTEE} to inform his mission to the region, "
        "scheduled for October 2002, and to provide an oral briefing to the Council, through the Committee, in "
        "November 2002;",
        [(10, "PanelOfExperts1591", "SanctionsCommittee"), (10, "PanelOfExperts1591", "SecurityCouncil")],
    ),
    (
        f"10. Requests {PANEL} to brief, as appropriate, the Chair of {COMMITTEE} on its findings;",
        [(10, "PanelOfExperts1591", "SanctionsCommittee")],
    ),
    (
        "10. Requests the Secretary-General to brief the Council on the situation;",
        [(10, "SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_to_the_chair_of_a_body(text, expected):
    r = resolution(text, date="2002-07-24")
    assert reports(r, "op", "by", "to") == expected
