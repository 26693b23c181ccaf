"""A report's session said by a later request of its paragraph that someone present "the report" was lost: "Requests
the High Commissioner to prepare a thematic report in follow-up to the report ... submitted to the Human Rights Council
at its thirty-second session, ..., and also requests the High Commissioner, in the preparation of the report, to draw on
the views of States ..., and to present the report to the Council at its sixty-third session" (A/HRC/RES/59/10 op 15,
heldout38 30: session 63, year 2026) gave no session (the first clause's session is a past report's; the second clause
asks no report of its own). report_later.same_paragraph reads the later request "requests ... to present (submit) the
report ... at its ... session" (or its time, "by 30 June 2026") as it reads "requests that the report be submitted",
where that request asks the report's own reporter or names its own receiver. Not "the report of" (on, requested in)
another, nor a report "transmitted" on to another organ, nor a report that has its own session already, nor another's
relay of it to another organ (review56-C 1), nor a session of a later verb of the paragraph (review56-C 2)."""

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

OTHER = "Requests the High Commissioner to prepare a report on the question of X"
MORE = [
    # review56-C 3: its time, read as the session is
    (OTHER + ", and requests the High Commissioner to submit the report to the Council by 30 June 2026;", "2026-06-30"),
    # review56-C 1: the Secretary-General relaying the report to another organ (the report's receiver stays)
    (
        OTHER + " and to present it to the Human Rights Council, and requests the Secretary-General to submit the"
        " report to the General Assembly at its eightieth session;",
        None,
    ),
    (
        OTHER + ", and requests the Secretary-General to submit the report to the General Assembly at its eightieth"
        " session;",
        None,
    ),
    # review56-C 2: another report ("requested in", "on"); a later verb's session
    (
        OTHER + ", and requests the Special Rapporteur to present the report requested in resolution 52/1 to the"
        " Council at its sixty-third session;",
        None,
    ),
    (
        OTHER + ", and requests Member States to submit the report on their national plans at its sixty-third session;",
        None,
    ),
    (
        OTHER + ", and requests the High Commissioner to submit the report to the Council, and decides to continue its"
        " consideration of the question at its sixty-third session;",
        None,
    ),
]


@pytest.mark.parametrize("text,due", MORE)
def test_a_later_request_for_another_or_to_another(text, due):
    r = resolution("1. " + text, date="2025-07-07", organ="HRC")
    assert reports(r, "to", "session", "year", "due") == [("HumanRightsCouncil", None, None, due)]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_presented_at_a_later_request(text, expected):
    r = resolution("1. " + text, date="2025-07-07", organ="HRC")
    assert reports(r, "to", "session", "year") == expected
