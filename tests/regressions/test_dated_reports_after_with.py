"""Found in heldout28 (S/RES/2660 (2022) op 5: "Requests the Secretary-General to continue to inform the Security
Council of progress ..., with combined written reports provided on 1 May 2023 and 15 October 2023", two written
reports): reports named after ", with" (no article) with dates of their own are asked for, as after "in" ("in combined written
reports provided on 1 May 2025 and 15 October 2025", 2760 (2024) op 35); read as the means of another, none. The
other such paragraph of corpus-full: 2708 (2023) op 5. "together with reports" (no comma) stays a means. After a report verb ("to report to the Council on progress ..., with written reports provided on 1 May 2023 and 15 October 2023") they are the verb's reports, as ", with a written report" is (report_instances.instance_of_verb): two, not three."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Requests the Secretary-General to continue to inform the Security Council of progress in implementing "
        "UNISFA's mandate as set out in paragraph 34 of resolution 2609 (2021), as well as on progress on the issues "
        "described in paragraph 5 of resolution 2630 (2022), with combined written reports provided on 1 May 2023 and "
        "15 October 2023;",
        [
            ("SecretaryGeneral", "SecurityCouncil", "2023-05-01", "written"),
            ("SecretaryGeneral", "SecurityCouncil", "2023-10-15", "written"),
        ],
        "2022-11-14",
    ),
    (  # the "in" form, read before
        "35. Requests the Secretary-General to continue to inform the Security Council of progress in implementing "
        "UNISFA's mandate, and in combined written reports provided on 1 May 2023 and 15 October 2023;",
        [
            ("SecretaryGeneral", "SecurityCouncil", "2023-05-01", "written"),
            ("SecretaryGeneral", "SecurityCouncil", "2023-10-15", "written"),
        ],
        "2022-11-14",
    ),
    (  # after an article: the first of the cycle, one report (S/RES/1905 (2009) op 3)
        "3. Requests the Secretary-General to provide written reports to the Council on a quarterly basis, with the "
        "first report no later than 1 April 2010;",
        [("SecretaryGeneral", "SecurityCouncil", "2010-04-01", "written")],
        "2009-12-21",
    ),
    (  # after a report verb: the verb's reports, two, not a third undated one (review of stop 46, finding 2)
        "5. Requests the Secretary-General to report to the Council on progress in implementing the mandate, with "
        "written reports provided on 1 May 2023 and 15 October 2023;",
        [
            ("SecretaryGeneral", "SecurityCouncil", "2023-05-01", "written"),
            ("SecretaryGeneral", "SecurityCouncil", "2023-10-15", "written"),
        ],
        "2022-11-14",
    ),
    (  # the cycle's first, one report
        "5. Requests the Secretary-General to report to the Council every four months, with written reports by 1 May "
        "2023;",
        [("SecretaryGeneral", "SecurityCouncil", "2023-05-01", "written")],
        "2022-11-14",
    ),
]


@pytest.mark.parametrize("text,expected,date", CASES)
def test_dated_reports_after_with(text, expected, date):
    r = resolution(text, date=date, organ="SC")
    assert reports(r, "by", "to", "due", "form") == expected
