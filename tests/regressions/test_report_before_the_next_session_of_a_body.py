"""Found reading reports due over corpus-full after a sample of report requests (stop 37, seed 37370): "Requests the
Secretary-General to report to the Committee on Information at its forty-fifth session and to the General Assembly at
its seventy-eighth session ..., and requests the Department to provide a briefing in this regard, before the next
session of the Committee" (A/RES/77/128 op 156, and each year's text: 74/92 op 113, 75/101 op 132, 76/84 op 142,
78/80 op 158, 79/93 op 164, 80/84 op 162), "requests a briefing by the Secretariat on the measures taken ..., before
the next session of the Committee on Information" (the same texts, 77/128 op 103): a briefing that names no receiver
is for the body whose next session it comes before, not the Assembly that speaks
(report_sessions.NEXT_SESSION_OF)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "156. Requests the Secretary-General to report to the Committee on Information at its forty-fifth session and "
        "to the General Assembly at its seventy-eighth session on the activities of the Department of Global "
        "Communications and on the implementation of all recommendations and requests contained in the present "
        "resolution, and requests the Department to provide a briefing in this regard, before the next session of the "
        "Committee;",
        [
            ("SecretaryGeneral", "CommitteeOnInformation", 45, "written"),
            ("SecretaryGeneral", "GeneralAssembly", 78, "written"),
            ("DGC", "CommitteeOnInformation", None, "oral"),
        ],
    ),
    (  # a receiver named keeps it
        "7. Requests the Department of Global Communications to brief the General Assembly before the next session of "
        "the Committee on Information;",
        [("DGC", "GeneralAssembly", None, "oral")],
    ),
    (  # no receiver and no next session: the Assembly
        "7. Requests the Department of Global Communications to provide a briefing in this regard;",
        [("DGC", "GeneralAssembly", None, "oral")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_before_the_next_session_of_a_body(text, expected):
    r = resolution(text, date="2022-12-12", organ="GA")
    assert reports(r, "by", "to", "session", "form") == expected
