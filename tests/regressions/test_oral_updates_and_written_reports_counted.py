"""'to keep the Security Council regularly informed ..., including through oral updates and no fewer than
three written reports, with the first written report by 1 September 2017 and every 120 days thereafter'
(S/RES/2358 (2017) op 25; S/RES/2158, 2232, 2275, 2297 op 44, 2372 op 54) gave no report: the oral updates
were not read as the means named (their time, "with the first written report by", was not seen), and the
"including" before them was read as what a report holds. With "identify and report on progress ...,
including through oral updates and no fewer than four written reports, with the first written report due
by 15 November" (S/RES/2540 op 16, 2592 op 17, 2408 op 28, 2461 op 22) one oral report took the written
reports' times. Two reports each, as the first gold reads "including through oral updates and written
reports every 90 days": the oral updates, and the written reports with their first due date and cycle."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "25. Requests the Secretary-General to keep the Security Council regularly informed on the implementation "
        "of this resolution, including through oral updates and no fewer than three written reports, with the "
        "first written report by 1 September 2017 and every 120 days thereafter;",
        [(None, None, "oral"), ("2017-09-01", "P120D", "written")],
    ),
    (
        "16. Requests the Secretary-General to keep the Security Council regularly informed on the implementation "
        "of this resolution, and to identify and report on progress towards achieving key political benchmarks, "
        "including through oral updates and no fewer than four written reports, with the first written report due "
        "by 15 November and every 90 days thereafter;",
        [(None, None, "oral"), ("2017-11-15", "P90D", "written")],
    ),
    (
        "20. Requests the Commission to work collaboratively with the African Union on the issue of human rights, "
        "including by sharing its reports and recommendations, exchanging other information and offering "
        "briefings as appropriate;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_oral_updates_and_written_reports_counted(text, expected):
    r = resolution(text, date="2017-06-14")
    assert reports(r, "due", "every", "form") == expected
