"""Held-out gold, S/RES/2076 (2012): "Requests the Secretary-General to report in the coming days
... on the allegations of external support to the M23" sent the report to the M23 (op 5), and
"Calls on the ICGLR to monitor and inquire into ... reports and allegations of outside support and
supply of equipment to the M23" made a report of the ICGLR to the M23 (op 6). An armed group or a
force is named after "to" without receiving a report (their kind, armed-group, is vocabulary data)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Requests the Secretary-General to report in the coming days, in coordination with the ICGLR and the "
        "African Union (AU), on the allegations of external support to the M23;",
        [(5, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (
        "6. Calls on the ICGLR to monitor and inquire into, including by making active use of the Expanded Joint "
        "Verification Mechanism (EJVM), reports and allegations of outside support and supply of equipment to the "
        "M23;",
        [],
    ),
    (
        "7. Requests the Secretary-General to report to the Council on the flows of arms to the FDLR and the ADF;",
        [(7, "SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_no_report_goes_to_an_armed_group(text, expected):
    r = resolution(text, date="2012-11-20")
    assert reports(r, "op", "by", "to") == expected
