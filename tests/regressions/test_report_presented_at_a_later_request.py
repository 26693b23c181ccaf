"""A report's session said by a later request of its paragraph that someone present "the report" was lost: "Requests
the High Commissioner to prepare a thematic report in follow-up to the report ... submitted to the Human Rights Council
at its thirty-second session, ..., and also requests the High Commissioner, in the preparation of the report, to draw on
the views of States ..., and to present the report to the Council at its sixty-third session" (A/HRC/RES/59/10 op 15,
heldout38 30: session 63, year 2026) gave no session (the first clause's session is a past report's; the second clause
asks no report of its own). report_later.same_paragraph reads the later request "requests ... to present (submit) the
report ... at its ... session" as it reads "requests that the report be submitted". Not "the report of" another (an item of its own, as
before), nor a
report "transmitted" on to another organ, nor a report that has its own session already."""

import pytest

from tests.snippets import reports, resolution

FIRST = (
    "Requests the High Commissioner to prepare a thematic report in follow-up to the report containing practical"
    " recommendations for civil society, submitted to the Human Rights Council at its thirty-second session, to review"
    " progress against the recommendations contained therein, and also requests the High Commissioner, in the"
    " preparation of the report, to draw on the views of States, civil society and other relevant stakeholders, and to "
)
CASES = [
    (FIRST + "present the report to the Council at its sixty-third session;", [("HumanRightsCouncil", 63, 2026)]),
    (FIRST + "submit the report to the Council at its sixty-third session;", [("HumanRightsCouncil", 63, 2026)]),
    # near misses: another's report; one handed on; the report's own session said first
    (
        FIRST + "present the report of the Special Rapporteur to the Council at its sixty-third session;",
        [("HumanRightsCouncil", None, None), ("HumanRightsCouncil", 63, 2026)],
    ),
    (
        FIRST + "transmit the report to the General Assembly at its eightieth session;",
        [("HumanRightsCouncil", None, None)],
    ),
    (
        "Requests the High Commissioner to prepare a report and to present it to the Council at its sixty-first"
        " session, and also requests the High Commissioner to submit the report to the Council at its sixty-third"
        " session;",
        [("HumanRightsCouncil", 61, 2026)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_presented_at_a_later_request(text, expected):
    r = resolution("1. " + text, date="2025-07-07", organ="HRC")
    assert reports(r, "to", "session", "year") == expected
