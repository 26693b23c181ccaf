"""heldout24 21 (E/RES/2023/31): op 16 "to consolidate their annual reporting on the implementation of the quadrennial
comprehensive policy review within their annual reporting on the implementation of their strategic plans and to
continue to improve the quality of their annual reports" asks for no report (the gold): the reporting is folded into
another report the entities give (report_within.FOLDED), as what an "include" puts into one (README "What counts");
so is "to incorporate reporting on this resolution within his biennial report" (S/RES/2807 (2025) op 7). Op 13 "to
continue to use the framework to report on the work and performance of the resident coordinator system" says how DCO
reports, no report asked (report_within.USED_TO). The yearly "annual report" read in op 16 gave the set's one false
cycle. A report asked beside such words stays."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "ECOSOC",
        "2023-07-26",
        "16. Reiterates its request to the entities of the United Nations development system that have not already done "
        "so to consolidate their annual reporting on the implementation of the quadrennial comprehensive policy review "
        "within their annual reporting on the implementation of their strategic plans and to continue to improve the "
        "quality of their annual reports to the Economic and Social Council, including to reflect their respective "
        "contributions to the work of the United Nations development system;",
        [],
    ),
    (
        "ECOSOC",
        "2023-07-26",
        "13. Welcomes the contributions of the resident coordinator system, and urges the Development Coordination "
        "Office to continue to use the framework to report on the work and performance of the resident coordinator "
        "system at all levels and to adjust it, as necessary, in line with the quadrennial comprehensive policy review "
        "mandates;",
        [],
    ),
    (
        "SC",
        "2025-10-30",
        "7. Requests the Secretary-General to incorporate reporting on this resolution within his biennial report "
        "submitted in accordance with resolution 2535 (2020);",
        [],
    ),
    (  # "use" a noun, or its object joined to the report by "and": a report asked (A/RES/77/263 B op 17, 80/242 op 41)
        "GA",
        "2023-06-30",
        "17. Requests the Secretary-General to review the use of these tools and to report thereon at the first part "
        "of its resumed seventy-ninth session;",
        [("SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "GA",
        "2025-12-24",
        "41. Requests the Secretary-General to continue to review how to effectively utilize remaining vacant posts and "
        "to report the results of the review to the General Assembly;",
        [("SecretaryGeneral", "GeneralAssembly")],
    ),
    (  # a report asked
        "SC",
        "2025-10-30",
        "7. Requests the Secretary-General to report on this resolution within six months and to use the findings to "
        "improve the mission's work;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_reporting_folded_or_used_is_no_report(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "by", "to") == expected
