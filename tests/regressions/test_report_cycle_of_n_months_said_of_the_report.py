"""A report whose cycle is said as "N-monthly" before its noun ("six-monthly reports") after another report of the
same clause: "Requests the President of the Mechanism to submit an annual report to the Security Council and to the
General Assembly, and the President and the Prosecutor of the Mechanism to submit six-monthly reports to the Security
Council" (S/RES/1966 (2010) op 16, heldout22 06) gave the annual report the six-monthly cycle (P6M) and the six-monthly
one none: "six-monthly" was no adjective of the report word, so it fell in the scope of the report before it. The
N-monthly words are report adjectives (ontology/vocab/reports.yaml), each report keeps its own cycle."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/1966 (2010) op 16 (the Mechanism named in full; its two officers report one six-monthly item each, as
        # heldout22 06 reads them: tests/regressions/test_two_officers_report_each.py)
        "1. Requests the President of the International Residual Mechanism for Criminal Tribunals to submit an annual "
        "report to the Security Council and to the General Assembly, and the President and the Prosecutor of the "
        "Mechanism to submit six-monthly reports to the Security Council on the progress of the work of the Mechanism;",
        [
            ("SecurityCouncil", "P1Y"),
            ("GeneralAssembly", "P1Y"),
            ("SecurityCouncil", "P6M"),
            ("SecurityCouncil", "P6M"),
        ],
    ),
    (
        "1. Requests the Secretary-General to submit an annual report to the General Assembly and three-monthly "
        "reports to the Security Council on the situation;",
        [("GeneralAssembly", "P1Y"), ("SecurityCouncil", "P3M")],
    ),
    (  # alone, as before
        "1. Requests the Secretary-General to submit six-monthly reports to the Council on the situation;",
        [("SecurityCouncil", "P6M")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_each_report_keeps_its_own_n_monthly_cycle(text, expected):
    r = resolution(text, date="2010-12-22")
    assert reports(r, "to", "every") == expected
