"""Deadlines between the receiver and "with reports": "Requests the President of the Tribunal to provide it, by 1 August
2003, by 15 November 2003 and by 15 January 2004, with reports on the progress of the cases referred to in paragraph 1
above" (S/RES/1482 (2003) op 3) gave no report (the reports read as ones referred to: "provide it with" was read only
with nothing between); three reports, one a date."""

import pytest

from tests.snippets import reports, resolution

PRE = "Recalling its resolutions on the International Criminal Tribunal for the former Yugoslavia,"

CASES = [
    (
        "3. Requests the President of the Tribunal to provide it, by 1 August 2003, by 15 November 2003 and by 15 "
        "January 2004, with reports on the progress of the cases referred to in paragraph 1 above.",
        ["2003-08-01", "2003-11-15", "2004-01-15"],
    ),
    (  # nothing between, as before
        "3. Requests the Secretary-General to provide it with reports on the progress of the cases by 1 August 2003.",
        ["2003-08-01"],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_dates_before_with_reports(text, expected):
    assert reports(resolution(text, date="2003-05-19", preamble=PRE), "due") == expected
