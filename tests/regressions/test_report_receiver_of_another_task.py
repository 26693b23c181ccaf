"""A body named with "to" in a task of its own before the report was read as the report's receiver: "to ensure
sufficient, predictable and sustained funding to the Agency, and to report on progress to the General Assembly at
its eightieth session" (A/RES/79/256 op 7, survey of 2026-12-01: UNRWA), "to facilitate the use of the invaluable
expertise offered to the Committee by its members, and to report to the General Assembly at its seventy-eighth
session" (A/RES/77/119 op 23 and its yearly successors: UNSCEAR), "to continue to transmit to all States the
appeals of the General Assembly ..., and to submit to the Human Rights Council, and to the General Assembly ..., a
report" (A/RES/74/143 op 47: States), "to articulate a division of labour with the United Nations Country Team ...
and to report to the Security council" (S/RES/2387 (2017) op 43: the Government of the CAR named earlier). A
receiver before the report is now its receiver only when no other task ("and to <verb>") comes between; a gerund
after "to" is no task ("with a view to assessing the situation and to contributing towards a full review"), nor "to
other special procedures", and a receiver a report verb names stays one ("requests that the Panel of Experts report
to the Council through the Committee by 1 December 2008 ..., and to provide informal updates to the Committee",
S/RES/1819 (2008) op 1). Things "handed over to" a body are not reported to it ("to report to the Security council
on benchmarks for tasks to be handed over to the United Nations Country Team and partners", S/RES/2387 (2017) op 43
(a)(i))."""

import pytest

from tests.snippets import reports, resolution

UNRWA = "Recalling the work of the United Nations Relief and Works Agency for Palestine Refugees in the Near East,"

GA = [
    (
        "7. Requests the Secretary-General to explore all possible measures to enhance the Agency’s operational "
        "security, and to ensure sufficient, predictable and sustained funding to the Agency, and to report on "
        "progress to the General Assembly at its eightieth session;",
        [("GeneralAssembly", 80)],
    ),
    (
        "47. Requests the Secretary-General to continue to transmit to all States the appeals of the General "
        "Assembly for contributions to the Funds, and to submit to the Human Rights Council, and to the General "
        "Assembly at its eightieth session, a report on the operations of the Funds;",
        [("HumanRightsCouncil", None), ("GeneralAssembly", 80)],
    ),
    # the same task: the receiver before the report is its own
    (
        "7. Requests the Secretary-General to submit to the General Assembly at its eightieth session a report on "
        "the implementation of the present resolution;",
        [("GeneralAssembly", 80)],
    ),
]


@pytest.mark.parametrize("text,expected", GA)
def test_receiver_of_another_task_ga(text, expected):
    r = resolution(text, date="2024-12-19", organ="GA", preamble=UNRWA)
    assert sorted(reports(r, "to", "session"), key=str) == sorted(expected, key=str)


SC = [
    (
        "1. Requests that the Panel of Experts report to the Council through the Committee by 1 December 2008 on "
        "all issues listed in paragraph 5 of resolution 1792 (2007), and to provide informal updates to the "
        "Committee as appropriate before that date;",
        # the informal updates to the Committee a second item with no date, as heldout7 08 reads 1731 (2006) op 4
        # (tests/regressions/test_report_verb_of_a_that_clause.py)
        [("SecurityCouncil", "2008-12-01"), ("SanctionsCommittee", None)],
    ),
    (
        "43. Requests MINUSCA to articulate a division of labour with the United Nations Country Team and to "
        "report to the Security council on benchmarks for tasks to be handed over to the United Nations Country "
        "Team and partners;",
        [("SecurityCouncil", None)],
    ),
]


@pytest.mark.parametrize("text,expected", SC)
def test_receiver_of_another_task_sc(text, expected):
    assert reports(resolution(text, date="2008-06-19"), "to", "due") == expected
