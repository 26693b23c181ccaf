"""Briefing sessions convened for an audience are briefings: "welcomes and encourages the Committee to convene regular
joint briefing sessions with relevant agencies to the wider UN membership to raise awareness of the sanctions" (the
yearly Haiti sanctions texts S/RES/2752 (2024) op 4, heldout18 02, and 2794 (2025) op 6, heldout14 04: an oral report
by the Committee to the Member States) gave none: report_words.BRIEFING_OF read "briefing sessions" as meetings, and
"the wider UN membership" named no one. "Briefing meetings" organized stay meetings (E/RES/2024/15 op 21 (d))."""

import pytest

from tests.snippets import reports, resolution

PREAMBLE = "Recalling its resolution 2653 (2022) and the Committee established pursuant to resolution 2653 (2022),"
CASES = [
    (
        "4. Encourages greater coordination, and in this regard, welcomes and encourages the Committee to convene "
        "regular joint briefing sessions with relevant agencies to the wider UN membership to raise awareness of the "
        "sanctions;",
        [("SanctionsCommittee", "MemberStates", "oral")],
    ),
    (
        "4. Encourages the Committee to convene regular briefing sessions for all interested Member States;",
        [("SanctionsCommittee", "MemberStates", "oral")],
    ),
    (
        "4. Requests the Committee to enhance cooperation with members of the Forum on its activities by organizing "
        "short briefing meetings;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_briefing_sessions_for_the_membership(text, expected):
    r = resolution(text, date="2024-10-02", preamble=PREAMBLE)
    assert reports(r, "by", "to", "form") == expected
