"""Sample of 40 SC resolutions (seed 20261213), two missed items: "further, to continue to inform it of progress in
implementing UNISFA’s mandate, and in combined written reports provided on 1 May 2025 and 15 October 2025, and include
reporting on: ..." (S/RES/2760 (2024) op 35, 2802 (2025) op 34) asks two reports, one per date, as "in one written
report, no later than 15 April 2021" and "in two written reports, no later than ..." do; "in" before a plural report
noun reads it as referred to ("in the reports"), unless dates of its own follow it."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "35. Requests the Secretary-General to continue to inform it of progress in implementing UNISFA’s mandate, "
        "and in combined written reports provided on 1 May 2025 and 15 October 2025, and include reporting on the "
        "situation;",
        [("SecurityCouncil", "2025-05-01"), ("SecurityCouncil", "2025-10-15")],
    ),
    (
        "36. Requests the Secretary-General to address these matters in regular reports to the Council;",
        [],
    ),
]


@pytest.mark.parametrize("text,want", CASES)
def test_reports_named_with_their_dates_are_asked(text, want):
    r = resolution(text, date="2024-11-14")
    assert reports(r, "to", "due") == want
