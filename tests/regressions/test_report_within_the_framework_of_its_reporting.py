"""Fiftieth held-out gold, S/RES/2332 (2016) op 5: "to report to the Council on the implementation of this resolution,
and on compliance by all relevant parties in Syria, within the framework of its reporting on resolutions 2139 (2014),
..." gave a written report of its own. The report is asked inside the reporting those resolutions asked for, as "as
part of his regular reports" is (tests/mandate_gold/README.md; heldout40 18 op 6 after review r2, heldout6 14 op 12):
no item. The framework is named by its possessive and no kind ("its reporting"), near the report word or past what it
is on (report_part_of.FRAMED, reports.yaml `part_of.framed`). Not past a time of the report's own ("within 15 days
of adoption of this resolution and thereafter within the framework of its reporting", S/RES/2401 (2018) op 12: that
first report is one), nor a framework that is no reporting ("within the framework of the Sahel strategy"), nor past a new verb of the Council
("... and decides to consider it within the framework of its consideration of reports": the Council's own)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Requests the Secretary-General to report to the Council on the implementation of this resolution, and on "
        "compliance by all relevant parties in Syria, within the framework of its reporting on resolutions 2139 (2014), "
        "2165 (2014), 2191 (2014) and 2258 (2015), and further requests the Secretary-General to include in his reports "
        "overall trends in humanitarian access;",
        [],
    ),
    (
        "6. Requests the Secretary-General to report to the Council on the implementation of this resolution, and on "
        "compliance with it by all Syrian parties to the conflict, within the framework of its reporting on resolution "
        "2139 (2014);",
        [],
    ),
    (
        "4. Requests the Secretary-General to report to the Council within the framework of his reporting on the "
        "situation in the region;",
        [],
    ),
    # near misses: a time of its own before the framework, a framework that is no reporting, a new verb of the
    # Council before the framework (its "its" is the Council's: the report is asked)
    (
        "5. Requests the Secretary-General to report to the Council on the implementation of this resolution and "
        "decides to consider it within the framework of its consideration of reports on Syria;",
        [(5, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    (
        "12. Requests the Secretary-General to report to the Council on the implementation of this resolution, and on "
        "compliance by all relevant parties in Syria, within 15 days of adoption of this resolution and thereafter "
        "within the framework of its reporting on resolutions 2139 (2014), 2165 (2014) and 2191 (2014);",
        [(12, "SecretaryGeneral", "SecurityCouncil", "P15D", None)],
    ),
    (
        "5. Requests the Secretary-General to report to the Council every 60 days within the framework of its "
        "reporting on resolution 2139 (2014);",
        [(5, "SecretaryGeneral", "SecurityCouncil", None, "P60D")],
    ),
    (
        "5. Requests the Secretary-General to submit a report to the Council on the implementation of this resolution "
        "within the framework of the Sahel strategy;",
        [(5, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_within_the_framework_of_its_reporting(text, expected):
    r = resolution(text, date="2016-12-21")
    assert reports(r, "op", "by", "to", "within", "every") == expected
