"""The session named right after one receiver of a report to two was read as the other's too, unless that
receiver came last: "to transmit the report ... to the General Assembly at its seventy-seventh session and to the
Conference on Disarmament" (A/RES/74/50 op 9, survey of 2026-12-01; 77/250 op 11) gave the Conference the
Assembly's seventy-seventh session, "to submit the report to the Human Rights Council at its sixty-second session
and to the General Assembly" (A/HRC/RES/55/13 op 43) gave the Assembly the Council's sixty-second. Now one
receiver's own session ("at its", right after its name) is its own, wherever it stands."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        # (the group's own report transmitted is no report due, test_report_of_another_transmitted.py: his own here)
        "9. Calls upon the Secretary-General to submit a report on the work of the group of governmental experts to the "
        "General Assembly at its seventy-seventh session and to the Conference on Disarmament;",
        [("GeneralAssembly", 77), ("ConferenceOnDisarmament", None)],
    ),
    (
        "HRC",
        "43. Requests the Secretary-General to prepare a follow-up report and to submit the report to the Human "
        "Rights Council at its sixty-second session and to the General Assembly;",
        [("HumanRightsCouncil", 62), ("GeneralAssembly", None)],
    ),
    # the last receiver's own session, as before
    (
        "GA",
        "2. Requests the Secretary-General to report to the Advisory Committee on Administrative and Budgetary Questions "
        "and to the General Assembly at its "
        "seventy-seventh session;",
        [("ACABQ", None), ("GeneralAssembly", 77)],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_report_session_of_one_receiver(organ, text, expected):
    r = resolution(text, date="2024-04-04", organ=organ)
    assert sorted(reports(r, "to", "session"), key=str) == sorted(expected, key=str)
