"""A report given in a budget document is a part of that document, not a report due, as "include in his next
report" is none (tests/mandate_gold/README.md): "to report thereon in the context of his next budget proposal"
(A/RES/75/249 ops 3, 5, heldout9 23, which the annotator counted as no report). The Fifth Committee's
resolutions say it in many shapes: "in the context of the next budget submission for the Mission", "in the next
programme budget submission", "in the context of the proposed programme budget for 2026", "in the context of
future budget proposals", "within the programme budget report". A report to the Assembly at a session, or one
"on the proposed programme budget", is still asked for."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "1. Further requests the Secretary-General to continue his efforts to promote the nationalization of "
        "positions, as appropriate, and to report thereon in the context of his next budget proposal;",
        [],
    ),
    (
        "1. Requests the Secretary-General to ensure that the Mechanism makes every effort to promptly complete its "
        "remaining work and to report on concrete measures undertaken in this regard in the next budget proposal;",
        [],
    ),
    (
        "1. Requests the Secretary-General to further strengthen the measures in this regard and to report thereon "
        "to the General Assembly in the context of the next budget submission for the Mission;",
        [],
    ),
    (
        "1. Requests the Secretary-General to ensure that the Office can effectively perform its oversight "
        "responsibilities in the field, and to report thereon in the context of the proposed programme budget "
        "for 2026;",
        [],
    ),
    (
        "1. Requests the Secretary-General to report within the programme budget report on the results achieved "
        "by the activities carried out under the regular programme of technical cooperation;",
        [],
    ),
    (
        "1. Decides to increase the workload standards, and requests the Secretary-General to report to the "
        "General Assembly in the context of future budget proposals;",
        [],
    ),
    (
        "1. Requests the Secretary-General to report to the General Assembly at its seventy-sixth session on the "
        "proposed programme budget for 2022;",
        [("SecretaryGeneral", "GeneralAssembly", 76)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_in_a_budget_document(text, expected):
    r = resolution(text, date="2020-12-31", organ="GA")
    assert reports(r, "by", "to", "session") == expected
