"""Fiftieth held-out gold, A/RES/75/245 B op 5: "to provide in the context of his next report detailed updated
information on the divergence in the jurisprudence of the two tribunals ... and an assessment of its impact on the
cohesion of the United Nations common system" gave a written report of the Secretary-General to the Assembly. What is
provided in his next report is what that report holds, as what an "include" puts in it (tests/mandate_gold/README.md
"include in his next report"; heldout34 24 op 27 and its later set: "to provide in his next report an execution plan
for, and analysis of", no item): "provide", "submit" or "present" right before "in" (or "within", "in the context of")
and the reporter's own report read as "include" (reports.yaml `putting_in`, report_within.INCLUDE_INTO). Not a report
with a receiver or time of its own after the contents, nor a time span that is no report ("within the reporting
period")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Requests the Secretary-General to provide in the context of his next report detailed updated information on "
        "the divergence in the jurisprudence of the two tribunals on matters relating to the International Civil "
        "Service Commission and an assessment of its impact on the cohesion of the United Nations common system;",
        [],
    ),
    (
        "5. Requests the Secretary-General to provide, in the context of his next report, detailed information on the "
        "divergence and an assessment of its impact;",
        [],
    ),
    (
        "12. Requests the Secretary-General to provide in his next report an execution plan for, and analysis of, the "
        "implementation of the new Comprehensive Performance Assessment System;",
        [],
    ),
    # near misses: a time span, a report with its own receiver and session after the contents, a new report asked
    (
        "5. Requests the Secretary-General to provide, within the reporting period, a report on its impact;",
        [(5, "SecretaryGeneral", "GeneralAssembly", None)],
    ),
    (
        "5. Requests the Secretary-General to submit, in his next report, an assessment of its impact, and a report to "
        "the General Assembly at its seventy-seventh session;",
        [(5, "SecretaryGeneral", "GeneralAssembly", 77)],
    ),
    (
        "5. Requests the Secretary-General to provide an assessment of its impact to the General Assembly at its "
        "seventy-seventh session;",
        [(5, "SecretaryGeneral", "GeneralAssembly", 77)],
    ),
    # a report asked by a new infinitive after what is put in the next report, with its own date (review of rep67):
    # "in his next report ... and to" is no report placed in the next one (report_part_of.IN_REPORTS_BEFORE)
    (
        "5. Requests the Secretary-General to provide in his next report an update on the implementation and to "
        "submit a report on the matter by 1 June 2026;",
        [(5, "SecretaryGeneral", "GeneralAssembly", None)],
    ),
    (
        "5. Requests the Secretary-General to include in his next report information on the implementation and to "
        "submit a report on the matter by 1 June 2026;",
        [(5, "SecretaryGeneral", "GeneralAssembly", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_contents_provided_in_his_next_report(text, expected):
    r = resolution(text, date="2021-04-16", organ="GA")
    assert reports(r, "op", "by", "to", "session") == expected
