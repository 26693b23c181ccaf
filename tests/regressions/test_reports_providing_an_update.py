"""An update that annual reports provide is what they hold: "Requests that the Secretary-General continue to submit
annual reports to the Council providing a progress update on the implementation of resolution 1325 (2000) and to
submit his next report by October 2014" (S/RES/2122 (2013) op 18, heldout23 14) is one annual report whose next is
due in October 2014; the update was read as a second report, given the due date."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "18. Requests that the Secretary-General continue to submit annual reports to the Council providing a progress "
        "update on the implementation of resolution 1325 (2000) and to submit his next report by October 2014 and to "
        "include in that report an update of progress across all areas of the women, peace and security agenda;",
        [("SecretaryGeneral", "SecurityCouncil", "2014-10", "P1Y", "written")],
    ),
    (
        "6. Requests the Secretary-General to continue to submit annual reports to the Council on the implementation of "
        "its resolutions, and to submit his next report by June 2014;",
        [("SecretaryGeneral", "SecurityCouncil", "2014-06", "P1Y", "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reports_providing_an_update(text, expected):
    r = resolution(text, date="2013-10-18")
    assert reports(r, "by", "to", "due", "every", "form") == expected
