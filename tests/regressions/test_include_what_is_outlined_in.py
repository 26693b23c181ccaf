"""S/RES/2657 (2022) op 15 and 2705 (2023) op 14 (UNSOM): "Requests the following reports from the Secretary-General:
a. regular updates ..., to include updates against the benchmarks outlined in the strategic review, including through
briefings to the Security Council and no fewer than three written reports, with the first report due by 1 February 2024,
and every 120 days thereafter; and, b. an update on progress ... by 1 September 2024". "include ... in the strategic
review" was read as an "include" into a report named (report_within._included), though "in" is the benchmarks' ("outlined
in"), and the include's part ran to the paragraph's end (report_triggers.RESUME): the briefings and written reports were
lost, the heading's "reports" took the whole paragraph, and the update of (b) got the written reports' cycle and form.
Now a content participle before "in" (reports.yaml content_of.within) names no host, and ", including through" briefings,
updates or reports resumes after an included part: three items, the oral briefings and the written reports as the same
words after "keep the Council informed" are read (heldout8 15 op 54, heldout15 03 op 17, heldout22 14 op 35), and the
update of (b) with its own date and no form or cycle."""

import pytest

from tests.snippets import reports, resolution

A = (
    "a. regular updates on the situation in Somalia and implementation of UNSOM’s mandate, to include updates against "
    "the benchmarks outlined in the strategic review, including through briefings to the Security Council and no fewer "
    "than three written reports, with the first report due by "
)
CASES = [
    (
        "2023-10-31",
        "14. Requests the following reports from the Secretary-General: " + A + "1 February 2024, and every 120 days "
        "thereafter; and, b. an update on progress made in implementing the recommendations set out in the strategic "
        "review (S/2022/716) by 1 September 2024;",
        [
            (None, None, "oral"),
            ("2024-02-01", "P120D", "written"),
            ("2024-09-01", None, None),
        ],
    ),
    (
        "2022-10-31",
        "15. Requests the following reports from the Secretary-General: " + A + "15 February 2023, and every 120 days "
        "thereafter; and b. an update in due course on progress made in implementing the recommendations set out in the "
        "strategic review (S/2022/716);",
        [
            (None, None, "oral"),
            ("2023-02-15", "P120D", "written"),
            (None, None, None),
        ],
    ),
    (
        # an include into a report named is still a part of it
        "2022-10-31",
        "15. Requests the Secretary-General to include in his next report updates on the benchmarks outlined in the "
        "strategic review;",
        [],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_include_what_is_outlined_in(date, text, expected):
    r = resolution(text, date=date)
    assert reports(r, "due", "every", "form") == expected
