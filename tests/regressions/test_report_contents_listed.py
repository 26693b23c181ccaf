"""Survey of corpus-full: "Requests the Secretary-General to report to the Security Council, by 31
May 2026, on: a. ... recommendations ...; b. in coordination with the African Union ..., an update
on the status of voluntary resource mobilisation ...; and, c. ..." (S/RES/2809 (2025) op 23) read
the update the report is to hold as a second report. A report asked after its own request ("to
report ... by 1 May 2026 and to provide an update ... by 1 September 2026") stays two."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "23. Requests the Secretary-General to report to the Security Council, by 31 May 2026, on: a. recommendations "
        "for appropriate adaptations to the support provided by UNSOS to AUSSOM; b. in coordination with the African "
        "Union, an update on the status of voluntary resource mobilisation towards AUSSOM’s 2025 budget; and, c. "
        "relevant aspects of the implementation of this resolution;",
        ["2026-05-31"],
    ),
    (
        "24. Requests the Secretary-General to report to the Council by 1 May 2026 and to provide an update to the "
        "Council by 1 September 2026;",
        ["2026-05-01", "2026-09-01"],
    ),
]


@pytest.mark.parametrize("text,dues", CASES)
def test_what_a_report_holds_is_no_report(text, dues):
    r = resolution(text, date="2025-12-23")
    assert reports(r, "due") == dues
