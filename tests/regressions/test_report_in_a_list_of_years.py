"""The Economic and Social Council names its sessions by year, and "to present to the Economic and Social Council a
report in 2021, 2022 and 2023" (A/RES/75/233 op 118, heldout46; A/RES/79/226 op 127, 2025 to 2027) asks for a report
at each of the three sessions, as "at its eighty-first and eighty-second sessions" asks for two (heldout6
A/RES/80/199 op 32): one item per year, each its session. Only the first year was read. Near misses: one year is one
report; "in 2021 or 2022" is one, and so are "in 2021, 2022, 2023" (no "and" before the last) and "in 2021, 2022 and
in 2023" (the list read is the run of years right where the year was read); a list of years of something else (the
events the report covers) adds none, even one that opens with the report's year ("a report in 2025 on the
implementation of the plans for 2025 and 2026", the review of b6557280): the list is read only where the year was.
Not read here: the same list to an organ whose sessions are not years ("to the General Assembly a report in 2024 and
2025") stays one report due the first year, as before (report_loose_dates.as_session reads lists for annual organs)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "118. Also requests the Secretary-General to present to the Economic and Social Council a report in 2021, 2022 "
        "and 2023 on system-wide implementation of the provisions of the present resolution;",
        [(118, "ECOSOC", 2021, 2021), (118, "ECOSOC", 2022, 2022), (118, "ECOSOC", 2023, 2023)],
    ),
    (
        "7. Requests the Secretary-General to present to the Economic and Social Council a report in 2025 and 2026 on "
        "the implementation of the present resolution;",
        [(7, "ECOSOC", 2025, 2025), (7, "ECOSOC", 2026, 2026)],
    ),
    # near misses: one report each
    (
        "7. Requests the Secretary-General to present to the Economic and Social Council a report in 2025 on the "
        "implementation of the present resolution;",
        [(7, "ECOSOC", 2025, 2025)],
    ),
    (
        "7. Requests the Secretary-General to present to the Economic and Social Council a report in 2025 or 2026 on "
        "the implementation of the present resolution;",
        [(7, "ECOSOC", 2025, 2025)],
    ),
    (
        "7. Requests the Secretary-General to present to the Economic and Social Council a report in 2025 on the "
        "floods of 2023 and 2024;",
        [(7, "ECOSOC", 2025, 2025)],
    ),
    # a later list of years about something else that opens with the report's year (review of b6557280)
    (
        "7. Requests the Secretary-General to present to the Economic and Social Council a report in 2025 on the "
        "implementation of the plans for 2025 and 2026;",
        [(7, "ECOSOC", 2025, 2025)],
    ),
    (
        "7. Requests the Secretary-General to present to the Economic and Social Council a report in 2021 on the "
        "implementation of the present resolution, covering the period 2021 and 2022;",
        [(7, "ECOSOC", 2021, 2021)],
    ),
    (
        "7. Requests the Secretary-General to present to the Economic and Social Council a report in 2021 on the 2021, "
        "2022 and 2023 cycles;",
        [(7, "ECOSOC", 2021, 2021)],
    ),
    # no "and" before the last year, or "in" said again: not the list form, one report
    (
        "7. Requests the Secretary-General to present to the Economic and Social Council a report in 2021, 2022, 2023 "
        "on the implementation of the present resolution;",
        [(7, "ECOSOC", 2021, 2021)],
    ),
    (
        "7. Requests the Secretary-General to present to the Economic and Social Council a report in 2021, 2022 and in "
        "2023 on the implementation of the present resolution;",
        [(7, "ECOSOC", 2021, 2021)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_in_a_list_of_years(text, expected):
    r = resolution(text, date="2020-12-21", organ="GA")
    assert reports(r, "op", "to", "session", "year") == expected
