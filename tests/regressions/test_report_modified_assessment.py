"""An assessment asked of the Secretary-General for the Security Council, with a modifier the adjectives lack ("a
technical assessment", "a needs assessment", "a separate independently conducted impact assessment"), was no report:
an assessment counts only with its article, and the article was not looked for past such words (S/RES/2806 (2025)
op 51, 2776 (2025) op 48, 2677 (2023) op 30, 2567 (2021) op 27, 2551 (2020) op 35). It is looked for where the
assessment is what a delivery verb hands in, not where it is a part of something else ("a report containing a
general overview", "following completion of a technical assessment", "through ... an accurate assessment").
An assessment conducted whose outcome is presented to an organ is a report (heldout4 S/RES/2520 (2020) op 38:
"to conduct an independent assessment, by 10 January 2021, and present options to the Security Council"; 2472
(2019) op 34 "with a view to presenting options"), not one conducted beside a report asked of its own ("to conduct
a needs assessment and explore options ..., and to submit a report to the General Assembly", A/RES/74/263 op 3)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "2025-12-12",
        "51. Requests the Secretary-General to submit to the Security Council, by 31 October 2026, a technical "
        "assessment regarding the arms embargo targeting Al-Shabaab, with specific recommendations as appropriate;",
        [(51, "SecretaryGeneral", "SecurityCouncil", "2026-10-31")],
    ),
    (
        "SC",
        "2023-03-15",
        "30. Stresses the importance of a proactive, robust military posture and in this regard, requests the "
        "Secretary-General, to provide the Security Council, no later than 15 October 2023, a separate independently "
        "conducted impact assessment of the mission’s implementation of its protection of civilians mandate;",
        [(30, "SecretaryGeneral", "SecurityCouncil", "2023-10-15")],
    ),
    (
        "SC",
        "2021-03-12",
        "27. Requests the Secretary-General, in accordance with best practices, to conduct and provide the Security "
        "Council, no later than 15 July 2021, a needs assessment, including security, procedural, and logistical "
        "requirements to create an enabling environment for elections in South Sudan;",
        [(27, "SecretaryGeneral", "SecurityCouncil", "2021-07-15")],
    ),
    (
        "SC",
        "2020-05-29",
        "38. Reaffirms the Security Council’s intention to keep the configuration of AMISOM under review, requests "
        "the Secretary-General to conduct an independent assessment, by 10 January 2021, and present options to the "
        "Security Council on international support to the whole security environment in Somalia post 2021;",
        [(38, "SecretaryGeneral", "SecurityCouncil", "2021-01-10")],
    ),
    # a part of a recommendation, or of something else: no report of its own
    (
        "SC",
        "2021-11-15",
        "42. Requests the Secretary-General to keep the Council informed, following completion of a technical "
        "assessment of Somalia’s weapons and ammunition management capability;",
        [],
    ),
    (
        "GA",
        "2019-12-19",
        "10. Requests the United Nations development system to ensure that it addresses the diverse development needs "
        "of middle-income countries in a coordinated manner through, inter alia, an accurate assessment of the "
        "national priorities and needs of these countries;",
        [],
    ),
    (
        "GA",
        "2019-12-27",
        "3. Requests the Secretary-General to conduct a needs assessment and explore options that maximize efficiency, "
        "and to submit a report to the General Assembly at its seventy-fifth session;",
        [(3, "SecretaryGeneral", "GeneralAssembly", None)],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_report_modified_assessment(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "op", "by", "to", "due") == expected
