"""A clause whose only report word is "evaluation" or "overview" was never read for reports (the cheap test before
reading a clause lacked both words): "Further requests the Secretary-General to provide the Council with an
evaluation, no later than May 2024, of the logistical support" (S/RES/2709 (2023) op 58 (b), 2759 (2024) op 58
(b)), "to present to the Fifteenth Congress an overview of the state of crime" (heldout4 E/RES/2025/15 op 10, to the
Crime Congress: "the Fifteenth Congress" is now an alias), "to provide an overview ... for consideration by the
General Assembly at its seventy-fifth session" (A/RES/74/258 op 39). Such a noun is a report only where asked to be
delivered, not where it guides or is presented by a report taken note of ("Urges UNAMSIL, guided by an evaluation of
the security situation", S/RES/1470 op 4; "takes note of the report of the Secretary-General, which presents a
detailed overview", A/RES/80/149 op 13, a report before)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "2023-11-15",
        "58. Further requests the Secretary-General to provide the Council with an evaluation, no later than May "
        "2024, of the logistical support provided to CAR defence and security forces;",
        [(58, "SecretaryGeneral", "SecurityCouncil", "2024-05")],
    ),
    (
        "ECOSOC",
        "2025-07-29",
        "10. Requests the Secretary-General to present to the Fifteenth Congress an overview of the state of crime "
        "and criminal justice worldwide, using available information and data;",
        [(10, "SecretaryGeneral", "CrimeCongress", None)],
    ),
    (
        "SC",
        "2003-03-28",
        "4. Urges UNAMSIL, guided by an evaluation of the security situation, to complete phase 2;",
        [],
    ),
    (
        "GA",
        "2025-12-15",
        "13. Requests the development system to address the specific challenges facing middle-income countries, and "
        "in this regard takes note of the report of the Secretary-General, which presents a detailed overview of the "
        "current support available to middle-income countries;",
        [],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_report_evaluation_and_overview(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "op", "by", "to", "due") == expected
