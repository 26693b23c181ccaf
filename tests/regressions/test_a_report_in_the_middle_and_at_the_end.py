"""A report asked "in the middle and at the end of" one period was read as one: "Requests the European Union to report
to the Security Council, in the middle and at the end of the period referred to in paragraph 6, subparagraph a,
above, on how its operation will fulfil its mandate" (S/RES/1778 (2007) op 12; heldout34 12: two reports, a midterm
and a final one, no due: the period starts at an undated event). Each occasion is now a report of its own
(report_occasions, through reports._counted). Not taken: an end alone (one report), and "at the beginning and in
the middle of 2025" (A/RES/77/69 op 6, when a group of experts meets: one report)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "12. Requests the European Union to report to the Security Council, in the middle and at the end of the period "
        "referred to in paragraph 6, subparagraph a, above, on how its operation will fulfil its mandate;",
        "SC",
        [("EuropeanUnion", "SecurityCouncil", None), ("EuropeanUnion", "SecurityCouncil", None)],
    ),
    # an end alone: one report
    (
        "12. Requests the European Union to report to the Security Council at the end of the period referred to in "
        "paragraph 6, subparagraph a, above, on how its operation will fulfil its mandate;",
        "SC",
        [("EuropeanUnion", "SecurityCouncil", None)],
    ),
    # the middle of a year when a group meets, no end: one report
    (
        "6. Reaffirms its decision to keep the scope of the Register under review, and to that end requests the "
        "Secretary-General, with the assistance of a group of governmental experts to be convened for a week each at "
        "the end of 2024 and at the beginning and in the middle of 2025, within existing resources, to prepare a "
        "report on the continuing operation and relevance of the Register, with a view to taking a decision at its "
        "eightieth session;",
        "GA",
        [("SecretaryGeneral", "GeneralAssembly", None)],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_a_report_in_the_middle_and_at_the_end(text, organ, expected):
    r = resolution(text, date="2007-09-25", organ=organ)
    assert reports(r, "by", "to", "due") == expected
