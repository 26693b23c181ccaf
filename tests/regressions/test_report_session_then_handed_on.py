"""A report said with its session but no receiver, then handed on: "to provide the Human Rights Council with an oral
update on its work at its fifty-ninth session and a comprehensive report at its sixtieth session, to be followed by an
interactive dialogue, and to present the report to the General Assembly at its eightieth session" (A/HRC/RES/57/2 op
17, the Sudan fact-finding mission; 60/3 op 21 likewise) was one report to the Assembly at the Council's sixtieth
session: the receiver of the report handed on was taken for the report's own. The session without a receiver is the
speaking organ's, and the report is one to each receiver at its own session (tests/mandate_gold/README.md, "What
counts"; a report handed on is a report to each: test_report_handed_on_and_past_receivers.py)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # A/HRC/RES/57/2 op 17
        "2024-10-09",
        "17. Requests the fact-finding mission to provide the Human Rights Council with an oral update on its work at "
        "its fifty-ninth session and a comprehensive report at its sixtieth session, to be followed by an interactive "
        "dialogue, and to present the report to the General Assembly at its eightieth session;",
        [
            ("HumanRightsCouncil", 59, "oral"),
            ("HumanRightsCouncil", 60, "written"),
            ("GeneralAssembly", 80, "written"),
        ],
    ),
    (  # A/HRC/RES/60/3 op 21: a dialogue after each session
        "2025-10-08",
        "21. Requests the fact-finding mission to provide the Human Rights Council with an oral update on its work at "
        "its sixty-second session, to be followed by an enhanced interactive dialogue with the participation of a "
        "representative of civil society, and a comprehensive report at its sixty-third session, to be followed by an "
        "interactive dialogue, and to present the report to the General Assembly at its eighty-first session, to be "
        "followed by an interactive dialogue;",
        [
            ("HumanRightsCouncil", 62, "oral"),
            ("HumanRightsCouncil", 63, "written"),
            ("GeneralAssembly", 81, "written"),
        ],
    ),
    (  # the receiver said with the report: as before, the two receivers
        "2025-10-06",
        "33. Requests the Special Rapporteur to present a report to the Human Rights Council at its sixty-third "
        "session, and to present that report to the General Assembly at its eighty-first session;",
        [("HumanRightsCouncil", 63, "written"), ("GeneralAssembly", 81, "written")],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_report_session_then_handed_on(date, text, expected):
    r = resolution(text, date=date, organ="HRC")
    assert reports(r, "to", "session", "form") == expected
