"""A report asked "in the middle and at the end of" one period was read as one: "Requests the European Union to report
to the Security Council, in the middle and at the end of the period referred to in paragraph 6, subparagraph a,
above, on how its operation will fulfil its mandate" (S/RES/1778 (2007) op 12; heldout34 12: two reports, a midterm
and a final one, no due: the period starts at an undated event). Each occasion is now a report of its own
(report_occasions, through reports._counted). Not taken: an end alone (one report), and "at the beginning and in
the middle of 2025" (A/RES/77/69 op 6, when a group of experts meets: one report).

Review of stop 52 (findings 1, 2, 12): the occasions must be the report's own, said right after its words or its
receiver (an event's times, "the elections to be held in the middle and at the end of 2011", are not); where the
clause names the two reports ("a midterm report and a final report, in the middle and ..."), they are the two; a
scope with a cycle keeps its one recurring report."""

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
    # the report's receiver, then its occasions: two
    (
        "1. Requests the Secretary-General to submit two reports, in the middle and at the end of the period;",
        "SC",
        [("SecretaryGeneral", "SecurityCouncil", None), ("SecretaryGeneral", "SecurityCouncil", None)],
    ),
    # the elections' times, not the report's: one report
    (
        "1. Requests the Secretary-General to report to the Council on the elections to be held in the middle and at "
        "the end of 2011;",
        "SC",
        [("SecretaryGeneral", "SecurityCouncil", None)],
    ),
    # when a group of experts meets, the report asked after it: one
    (
        "1. Requests the Secretary-General, with the assistance of a group of governmental experts to be convened in "
        "the middle and at the end of 2025, to prepare a report on the Register;",
        "GA",
        [("SecretaryGeneral", "GeneralAssembly", None)],
    ),
    # the two reports named, then their occasions: two, not three
    (
        "1. Requests the Secretary-General to submit a midterm report and a final report, in the middle and at the "
        "end of the mandate period, to the Council;",
        "SC",
        [("SecretaryGeneral", "SecurityCouncil", None), ("SecretaryGeneral", "SecurityCouncil", None)],
    ),
    # a scope with a cycle: one recurring report
    (
        "1. Requests the Secretary-General to report every three months to the Council, and in the middle and at the "
        "end of the period;",
        "SC",
        [("SecretaryGeneral", "SecurityCouncil", None)],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_a_report_in_the_middle_and_at_the_end(text, organ, expected):
    r = resolution(text, date="2007-09-25", organ=organ)
    assert reports(r, "by", "to", "due") == expected
