"""A report, update or assessment asked for inside a later report named by its kind, in the Assembly's and
ECOSOC's wording: "to report thereon in future progress reports on accountability" (A/RES/74/252 op 70 and the
pattern-of-conferences resolutions after it), "to report thereon in the context of the next progress report"
(A/RES/74/263), "to report in the next budget performance report" (A/RES/75/252 op 20, 76/245 op 12), "Requests
the Secretary-General in his next report on the present resolution to continue to update on the use of anticipatory
financing approaches" (E/RES/2021/17 op 13 to E/RES/2024/8 op 14, heldout8 22 op 14, whose gold counts none) and
"in his July report to provide an assessment" (S/RES/1923 (2010) op 26). Each adds to a report asked for elsewhere,
as "include in his next report" does (tests/mandate_gold/README.md): no report due of its own. Before, a word
between the recurrence ("next", "future") and "report" ("progress", "budget performance"), or a request with no
comma between "in his next report ..." and "to update", read it as a new report. A report asked for by itself, and
"a marine safety investigation report" States submit, stay."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        "76. Requests the Secretary-General to continue to include in the senior managers’ compacts the standard "
        "managerial indicator related to the timely submission of official documentation and to report thereon in "
        "future progress reports on accountability;",
        [],
    ),
    (
        "GA",
        "5. Reiterates its request that the Office of Human Resources assess in detail the impact of the flexible "
        "workplace on productivity, and report thereon in the context of the next progress report;",
        [],
    ),
    (
        "GA",
        "20. Requests the Secretary-General to report in the next budget performance report on the impact of "
        "COVID-19 on the programme budget for 2020 and 2021;",
        [],
    ),
    (
        "ECOSOC",
        "14. Requests the Secretary-General in his next report on the present resolution to continue to update on the "
        "use of anticipatory financing approaches for humanitarian emergencies and to consider further efforts by the "
        "United Nations humanitarian system in this regard;",
        [],
    ),
    (
        "SC",
        "26. Further requests the Secretary-General in his July report to provide an assessment on international and "
        "regional options for the Central African Republic;",
        [],
    ),
    (  # a report of its own stays one
        "GA",
        "8. Requests the Secretary-General to report to the General Assembly at its eightieth session on the "
        "implementation of the present resolution, and to include an update in his next progress report;",
        [(8, "SecretaryGeneral", "GeneralAssembly", 80)],
    ),
    (  # a report States submit, named with its article, is asked for (not one referred to)
        "GA",
        # (not complied with: "to comply with ... submission of a marine safety investigation report" restates a duty,
        # test_report_a_treaty_requires_complied_with.py)
        "163. Calls upon States to ensure the submission of a marine safety investigation report to the International "
        "Maritime Organization;",
        [(163, "States", "UNFundsProgrammes", None)],  # the IMO: a specialized agency
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_report_in_a_later_report_is_none_of_its_own(organ, text, expected):
    r = resolution(text, date="2024-12-24", organ=organ)
    assert reports(r, "op", "by", "to", "session") == expected
