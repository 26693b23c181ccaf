"""A later request of a report's paragraph gave the report its session only when it was the paragraph's first "requests
... that the" (report_later.same_paragraph): "Requests that the Secretary-General prepare a report on the situation, and
requests further that the report be submitted to the Council at its sixty-first session" gave no session, the opening
"Requests that the Secretary-General" tried and given up (review48 finding 6). Every one is tried now: session 61."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "Requests that the Secretary-General prepare a report on the situation, and requests further that the report "
        "be submitted to the Council at its sixty-first session;",
        [("SecretaryGeneral", "HumanRightsCouncil", 61)],
    ),
    (
        "Requests the Special Rapporteur to report on the situation, and requests that the report be submitted to the "
        "Council at its sixty-first session;",
        [("SpecialProcedures", "HumanRightsCouncil", 61)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_later_every_request(text, expected):
    r = resolution("1. " + text, date="2025-04-04", organ="HRC")
    assert reports(r, "by", "to", "session") == expected
