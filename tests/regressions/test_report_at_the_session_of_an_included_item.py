"""Found in heldout28 (A/RES/79/218 op 42: "and also decides to include the topic “Report on the work of the Technology
Bank for the Least Developed Countries” under the sub-item entitled “...” at its eightieth session, and requests the
Secretary-General to submit a report for its consideration": a written report to the Assembly at its eightieth
session): a request right after "decides to include ... at its Nth session" that names no session of its own is for
that session (report_sessions.INCLUDED_AT, as CONTINUED_AT reads "continue its examination of ... at its
seventy-seventh session, and to this end requests"); read with none. Corpus-full: the yearly text's 78/233 op 40,
79/218 op 42, 80/150 op 38; a request that names its own session keeps it, and one with a cycle or date of its own ("to submit annual reports",
"a report ... by 30 June 2026") takes no session from the item (report_sessions.OWN_TIME)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "42. Supports the Technology Bank for the Least Developed Countries, and also decides to include the topic "
        "“Report on the work of the Technology Bank for the Least Developed Countries” under the sub-item entitled "
        "“Follow-up to the Fifth United Nations Conference on the Least Developed Countries” at its eightieth session, "
        "and requests the Secretary-General to submit a report for its consideration;",
        [("SecretaryGeneral", "GeneralAssembly", 80, 2025)],
    ),
    (  # its own session kept
        "42. Decides to include the topic “Report on the work of the Technology Bank” at its eightieth session, and "
        "requests the Secretary-General to submit a report to the General Assembly at its eighty-first session;",
        [("SecretaryGeneral", "GeneralAssembly", 81, 2026)],
    ),
    (  # a cycle of its own: not the included item's session (review of stop 46, finding 8)
        "42. Decides to include the item in the provisional agenda of its eightieth session, and requests the "
        "Secretary-General to submit annual reports on the implementation of the present resolution;",
        [("SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
    (  # a due date of its own
        "42. Decides to include the item in the provisional agenda of its eightieth session, and requests the "
        "Secretary-General to submit a report on the outcome of the conference by 30 June 2026;",
        [("SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_at_the_session_of_an_included_item(text, expected):
    r = resolution(text, date="2024-12-19", organ="GA")
    assert reports(r, "by", "to", "session", "year") == expected
