"""Reports asked "from" their reporter had none and were dropped: "Requests the following reports to
the Security Council: ... (d) from the Emergency Relief Coordinator, an update on the delivery of
humanitarian assistance in Somalia ... by 1 October 2023; (e) from UNODC, an update ..." (S/RES/2662
(2022) op 47 and the Somalia resolutions after it), "requests an informal briefing from the head of
..."; reporters the vocabulary lacked, each in the reports of a few resolutions ("the 2025 Social
Forum", A/HRC/RES/56/12 op 12; "the Multinational Interim Force in Haiti", S/RES/1529 (2004) op 9;
"the United Nations Humanitarian Aid Coordinator for Somalia", S/RES/1916 (2010) op 11; "the
Fact-Finding Mission", A/HRC/RES/58/21 op 8). "from" in other words ("drawing on information from
Member States, a report", "receive reports from Member States") names no reporter."""

import pytest

from tests.snippets import reports, resolution

SC = [
    (
        "47. Requests the following reports to the Security Council: (b) from the Secretary-General an update on "
        "progress against each indicator by 15 September 2023; (d) from the Emergency Relief Coordinator, an update on "
        "the delivery of humanitarian assistance by 1 October 2023; (e) from UNODC, an update on its work related to "
        "this resolution by 1 October 2023;",
        [
            ("SecretaryGeneral", "SecurityCouncil", "2023-09-15"),
            ("EmergencyReliefCoordinator", "SecurityCouncil", "2023-10-01"),
            ("UNODC", "SecurityCouncil", "2023-10-01"),
        ],
    ),
    (
        "30. Requests the Emergency Relief Coordinator to provide an update on the delivery of humanitarian "
        "assistance in Somalia by 15 October 2024; and from UNODC, an update on its work related to this resolution "
        "by 15 October 2024;",
        [("EmergencyReliefCoordinator", "SecurityCouncil", "2024-10-15"), ("UNODC", "SecurityCouncil", "2024-10-15")],
    ),
    (
        "9. Takes note of the steps taken, and therefore requests an informal briefing from the Special Envoy on its "
        "work;",
        [("SpecialEnvoys", "SecurityCouncil", None)],
    ),
    (
        "7. Requests the Secretary-General to submit, drawing on information from Member States, a report on the "
        "matter;",
        [("SecretaryGeneral", "SecurityCouncil", None)],
    ),
    (
        "9. Requests the leadership of the Multinational Interim Force in Haiti to report periodically to the Council, "
        "through the Secretary-General, on the implementation of its mandate;",
        [("MultinationalInterimForceHaiti", "SecurityCouncil", None)],
    ),
    (
        "11. Requests the United Nations Humanitarian Aid Coordinator for Somalia to report every 120 days to the "
        "Security Council on any impediments to the delivery of humanitarian assistance in Somalia;",
        [("HumanitarianCoordinators", "SecurityCouncil", None)],
    ),
]

HRC = [
    (
        "12. Requests the 2025 Social Forum to submit a report containing its conclusions and recommendations to the "
        "Human Rights Council at its sixty-first session;",
        [("SocialForum", "HumanRightsCouncil", None)],
    ),
    (
        "8. Requests the Fact-Finding Mission to present a report to the Human Rights Council at its sixty-first "
        "session;",
        [("CommissionsOfInquiry", "HumanRightsCouncil", None)],
    ),
]


@pytest.mark.parametrize("text,expected", SC)
def test_security_council_reporters(text, expected):
    assert reports(resolution(text, date="2022-12-21", organ="The Security Council"), "by", "to", "due") == expected


@pytest.mark.parametrize("text,expected", HRC)
def test_human_rights_council_reporters(text, expected):
    assert reports(resolution(text, date="2022-12-21", organ="The Human Rights Council"), "by", "to", "due") == expected
