"""A report's deadline moved is one report, due on the new date: "requests the Secretary-General ... to provide the
report requested by 15 February 2023, by 30 April 2023 instead" (S/RES/2670 (2022) op 1 (c)) gave two reports, one per
date; now only the date marked "instead" (report_instead), and the date after "instead of" / "rather than" is dropped.
Two deadlines with no such word are still two reports."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "1. Requests the Secretary-General, jointly with the AU and in consultation with Somalia and donors, to provide "
        "the report requested by 15 February 2023, by 30 April 2023 instead;",
        ["2023-04-30"],
    ),
    (
        "1. Requests the Secretary-General to submit the report by 30 April 2023 instead of 15 February 2023;",
        ["2023-04-30"],
    ),
    (
        "1. Requests the Secretary-General to submit the report by 30 April 2023 rather than by 15 February 2023;",
        ["2023-04-30"],
    ),
    # two deadlines, none replaced: two reports
    (
        "1. Requests the Secretary-General to submit reports by 15 February 2023 and 30 April 2023;",
        ["2023-02-15", "2023-04-30"],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_deadline_moved_instead(text, expected):
    r = resolution(text, date="2022-12-21")
    assert reports(r, "due") == expected
