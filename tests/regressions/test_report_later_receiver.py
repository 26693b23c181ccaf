"""A later request of a report's paragraph put the session it names on the calendar of the report's first receiver
(report_later.same_paragraph): "Requests the Special Rapporteur to report on the implementation of the present
resolution, and requests, instead, that the report be submitted to the General Assembly at its eightieth session" (HRC,
2025) gave to=HumanRightsCouncil session 80 of 2032, a Council session seven years away (review48 finding 2). The
receiver the request names is the report's now, and the session is counted as report_receivers counts a clause's own
(report_sessions.session_fields, review48 finding 7: every session named, the year of a session long over dropped):
to=GeneralAssembly session 80 of 2025."""

import pytest

from tests.snippets import reports, resolution

REPORT = "Requests the Special Rapporteur to report on the implementation of the present resolution, and requests"
CASES = [
    (
        REPORT + ", instead, that the report be submitted to the General Assembly at its eightieth session;",
        [("SpecialProcedures", "GeneralAssembly", 80, 2025, "GeneralAssembly", (80,))],
    ),
    (
        REPORT + " that the report be submitted to the Council at its sixty-first and sixty-second sessions;",
        [("SpecialProcedures", "HumanRightsCouncil", 61, 2026, "HumanRightsCouncil", (61, 62))],
    ),
    (
        REPORT + ", instead, that the report be submitted to the Council at its fortieth session;",
        [("SpecialProcedures", "HumanRightsCouncil", 40, None, "HumanRightsCouncil", (40,))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_later_receiver(text, expected):
    r = resolution("1. " + text, date="2025-04-04", organ="HRC")
    assert reports(r, "by", "to", "session", "year", "session_of", "sessions") == expected
