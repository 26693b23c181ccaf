"""Third held-out gold (tests/mandate_gold/heldout3): "Requests the Office of the High Commissioner to
report on its follow-up efforts in the regular annual report of the Secretary-General submitted to the
General Assembly" (A/HRC/RES/58/17 op 23) gave a report to the Assembly; "to report thereon in his next
report", "in the context of his next report on cross-cutting issues" (the Assembly's budget
resolutions, about 200 over corpus-full) likewise. Each adds to a report asked for elsewhere, as
"include in his next report" and "as part of his regular reports" do (tests/mandate_gold/README.md):
no report due of its own. A report with its own cycle before "include in his next report" stays."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "HRC",
        "23. Requests the Office of the High Commissioner to report on its follow-up efforts in the regular annual "
        "report of the Secretary-General submitted to the General Assembly on the situation of human rights;",
        [],
    ),
    (
        "GA",
        "20. Expresses concern over the allegations, and requests the Secretary-General to continue to implement his "
        "zero-tolerance policy, and to report thereon in the context of his next report on cross-cutting issues;",
        [],
    ),
    (
        "GA",
        "17. Encourages the Office to continue to reduce the time taken to complete investigations and to report on "
        "the measures undertaken in this regard in its next report;",
        [],
    ),
    (  # a report of its own, every three months; what follows the comma adds to the next one
        "SC",
        "40. Requests the Secretary-General to report to the Council every three months on developments in "
        "Afghanistan, include in his next report, evaluation of progress made against the benchmarks;",
        [(40, "SecretaryGeneral", "SecurityCouncil", "P3M")],
    ),
    (  # its own report, at a session
        "GA",
        "9. Requests the Secretary-General to submit a report on the implementation of the present resolution to the "
        "General Assembly at its eightieth session;",
        [(9, "SecretaryGeneral", "GeneralAssembly", None)],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_report_in_a_report_asked_for_elsewhere(organ, text, expected):
    r = resolution(text, date="2025-04-03", organ=organ)
    assert reports(r, "op", "by", "to", "every") == expected
