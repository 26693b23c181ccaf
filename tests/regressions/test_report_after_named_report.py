"""A report named as the event a delay counts from was read as a second report asked: "and for CTED to report within 12
months after the initial assessment report to the CTC on steps taken to implement the recommendations of the
assessment" (S/RES/2395 (2017) op 10, 2617 (2021) op 16) gave one report to the Committee within P12M and one more,
by CTED to the Council (report_mentions.REFERENCE_BEFORE took "in/of/within ... report" as a report referred to, not
"after ... report"). "after" up to three words before the report's noun refers to it too ("following" not: "Requests
the following reports from the Secretary-General", tests/regressions/test_report_list_items_in_one_paragraph.py); a
report asked "after the elections" is still asked."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "Requests CTED to report within 12 months after the initial assessment report to the CTC on steps taken;",
        [("CTED", "P12M")],
    ),
    (
        "Requests the Secretary-General to brief the Council following the submission of the report;",
        [("SecretaryGeneral", None)],
    ),
    ("Requests the Secretary-General to submit a report after the elections;", [("SecretaryGeneral", None)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_after_named_report(text, expected):
    r = resolution("1. " + text, date="2017-12-21", organ="SC")
    assert reports(r, "by", "within") == expected
