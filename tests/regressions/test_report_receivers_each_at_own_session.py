"""A report to two receivers, each named with its own session, was one report to the first: "Requests
the Independent Expert to report to the Human Rights Council at its sixtieth session and to the General
Assembly at its eightieth session" (A/HRC/RES/57/27 (2024) op 29, the heldout4 gold; 36 reports of
corpus-full in this wording: A/RES/76/173 op 24, A/RES/74/92 op 113, A/RES/79/161 op 44 ...). The
session after the first receiver no longer keeps the second from joining it, and each report takes
the session named after its own receiver."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "The Human Rights Council",
        "29. Requests the Independent Expert to report to the Human Rights Council at its sixtieth session and to "
        "the General Assembly at its eightieth session;",
        [("HumanRightsCouncil", 60, 2025), ("GeneralAssembly", 80, 2025)],
    ),
    (
        "The Human Rights Council",
        "5. Requests the Special Rapporteur to submit to the Council, at its fifty-seventh session, and to the "
        "General Assembly, at its seventy-ninth session, a report on the implementation of the mandate;",
        [("HumanRightsCouncil", 57, 2024), ("GeneralAssembly", 79, 2024)],
    ),
    (
        "The General Assembly",
        "24. Requests the Secretary-General to further assist in the implementation of the present resolution and "
        "to report to the General Assembly at its eightieth session and to the Human Rights Council at its "
        "sixty-first session on the safety of journalists;",
        [("GeneralAssembly", 80, 2025), ("HumanRightsCouncil", 61, 2026)],
    ),
    (
        "The Human Rights Council",
        "44. Requests the Working Group to submit a comprehensive report to the Human Rights Council at its "
        "sixtieth session and the General Assembly at its eightieth session;",
        [("HumanRightsCouncil", 60, 2025), ("GeneralAssembly", 80, 2025)],
    ),
    # one receiver, one session: unchanged
    (
        "The Human Rights Council",
        "9. Requests the Independent Expert to report to the Human Rights Council at its sixtieth session;",
        [("HumanRightsCouncil", 60, 2025)],
    ),
    # "respectively" still pairs the sessions named together after the receivers
    (
        "The Human Rights Council",
        "9. Requests the Special Rapporteur to report to the General Assembly and the Human Rights Council at their "
        "eightieth and sixtieth sessions, respectively;",
        [("GeneralAssembly", 80, 2025), ("HumanRightsCouncil", 60, 2025)],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_each_receiver_at_its_own_session(organ, text, expected):
    assert reports(resolution(text, date="2024-10-10", organ=organ), "to", "session", "year") == expected
