"""heldout24 18 (S/RES/2386 (2017) op 32): "Requests the Secretary-General to continue to inform the Council of progress
in implementing UNISFA's mandate, including reporting on any steps taken per paragraph 9, in one written report, no
later than 1 April 2018": one written report due 2018-04-01 (the gold). The included part ("including reporting on")
made every later report word of the clause what the report holds, up to another request ("and to submit"); the
report the verb's reporting is given in (", in one written report") ends it too (report_triggers.RESUME). The same
words without the included part (2416 (2018) op 32, 2251 (2015) op 27) were read so already."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "2017-11-15",
        "32. Requests the Secretary-General to continue to inform the Council of progress in implementing UNISFA’s "
        "mandate, including reporting on any steps taken per paragraph 9, in one written report, no later than 1 April "
        "2018 and continue to bring to the Council’s immediate attention any serious violations of the above "
        "referenced Agreements;",
        [("SecretaryGeneral", "SecurityCouncil", "2018-04-01", "written")],
    ),
    (  # without the included part, as before
        "2018-05-15",
        "32. Requests the Secretary-General to continue to inform it of progress in implementing UNISFA’s mandate, in "
        "one written report, no later than 15 October 2018;",
        [("SecretaryGeneral", "SecurityCouncil", "2018-10-15", "written")],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_written_report_after_an_included_part(date, text, expected):
    r = resolution(text, date=date, organ="SC")
    assert reports(r, "by", "to", "due", "form") == expected
