"""The channel of a request to keep an organ informed, shared by the reports asked with it: "Requests the AU to keep
the Security Council regularly informed, through the Secretary-General, on the implementation of AMISOM's mandate,
..., and to report to the Council, through the provision of oral updates and no fewer than three written reports,
every 120 days" (S/RES/2431 (2018) op 9) gave both reports no channel, where "and report" (2297 (2016) op 18, 2372
(2017) op 9, heldout22 and heldout8: through the Secretary-General) gave it: "and to report" was read as a task of its
own between the channel and the reports (report_sessions.ANOTHER_VERB, "to ensure proper preparations for the Fifteenth
Congress through the Commission ... and to submit a report": the preparations' channel, which stays so). A channel
said of keeping informed ("informed, through the Secretary-General,") now carries past "and to"."""

import pytest

from tests.snippets import reports, resolution

AMISOM = (
    "9. Requests the AU to keep the Security Council regularly informed, through the Secretary-General, on the "
    "implementation of AMISOM's mandate, including its reconfiguration in support of the transition plan, and any "
    "performance issues, such as effective command and control, which may adversely affect effective mandate "
    "implementation, and {} report to the Council, through the provision of oral updates and no fewer than three "
    "written reports, every 120 days with the first written report not later than 15 November 2018;"
)
BOTH = [
    ("AfricanUnion", "SecurityCouncil", "SecretaryGeneral", None),
    ("AfricanUnion", "SecurityCouncil", "SecretaryGeneral", "P120D"),
]
CASES = [
    (AMISOM.format("to"), BOTH),  # S/RES/2431 (2018) op 9
    (AMISOM.format(""), BOTH),  # S/RES/2297 (2016) op 18: as before
    (  # E/RES/2025/15 op 12: the preparations' channel, not the report's
        "12. Requests the Secretary-General to ensure proper preparations for the Fifteenth Congress through the "
        "Commission on Crime Prevention and Criminal Justice at its thirty-fifth session and to submit a report to the "
        "General Assembly at its eighty-first session;",
        [("SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_channel_of_keeping_informed_shared_by_reports(text, expected):
    r = resolution(text.replace("and  report", "and report"), date="2018-07-30")
    assert reports(r, "by", "to", "through", "every") == expected
