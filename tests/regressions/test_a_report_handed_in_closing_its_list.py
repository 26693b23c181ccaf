"""A report's time said by the request that closes the list of what it is to hold was lost: "Requests the
Secretary-General ... to report on the overall mission design for the proposed successor mission, ..., including: (a)
a proposed mission structure ...; ... (f) a comprehensive exit strategy for the successor mission, and requests the
Secretary-General to submit this to the Security Council for its consideration by 15 November 2024" (S/RES/2748 (2024)
op 8, heldout42: due 2024-11-15) gave no due: the closing request is in the last sub-paragraph, which the report's
clause does not reach, and hands in "this", not "the report" (report_later.REQUESTS_TO_HAND_THIS, read by
same_paragraph as it reads "to submit the report"). Near misses: a "this" in the chapeau's own clause (a plan it asks
for: the clause's own deadline read as before), in an item before the last, one handed to another organ than the
report's receiver, and one another addressee is asked to hand in ("(b) a national security strategy ..., and requests
the Federal Government to present it to the Council by 15 November 2024": the item's own strategy, not the report;
only the report's own reporter hands it in by a pronoun, report_later._hands)."""

import pytest

from tests.snippets import reports, resolution

CHAPEAU = (
    "8. Requests the Secretary-General, jointly with the African Union Commission Chairperson, to report on the "
    "overall mission design for the proposed successor mission, including:\n"
    "(a) a proposed mission structure, including options for United Nations support;\n"
    "(b) a transition plan for UNSOS and ATMIS to the successor mission;\n"
)
CASES = [
    (
        CHAPEAU + "(c) a comprehensive exit strategy for the successor mission, and requests the Secretary-General to "
        "submit this to the Security Council for its consideration by 15 November 2024;",
        [("SecurityCouncil", "2024-11-15")],
    ),
    (
        CHAPEAU + "(c) a comprehensive exit strategy for the successor mission,\n"
        "and requests the Secretary-General to submit it to the Council by 15 November 2024;",
        [("SecurityCouncil", "2024-11-15")],
    ),
    # near misses: the closing hands it to another organ; a "this" in an item before the last
    (
        CHAPEAU + "(c) a comprehensive exit strategy for the successor mission, and requests the Secretary-General to "
        "submit this to the General Assembly by 15 November 2024;",
        [("SecurityCouncil", None)],
    ),
    (
        "8. Requests the Secretary-General to report on the overall mission design, including:\n"
        "(a) a proposed mission structure, and requests the African Union to submit this to its Peace and Security "
        "Council by 15 October 2024;\n"
        "(b) a comprehensive exit strategy for the successor mission;",
        [("SecurityCouncil", None)],
    ),
    # near misses: another addressee hands in "it" / "this" to the report's own receiver: the item's thing
    (
        CHAPEAU + "(c) a national security strategy for Somalia, and requests the Federal Government to present it to "
        "the Council by 15 November 2024;",
        [("SecurityCouncil", None)],
    ),
    (
        CHAPEAU + "(c) a national security strategy for Somalia, and requests the Federal Government of Somalia to "
        "submit this to the Council;",
        [("SecurityCouncil", None)],
    ),
    # near miss: a "this" in the chapeau's own clause is no closing request (the clause's own deadline, as before)
    (
        "8. Requests the Secretary-General to develop a strategy and to submit this to the Council by 15 June 2025, "
        "and to report on the overall mission design, including:\n"
        "(a) a proposed mission structure;\n"
        "(b) a comprehensive exit strategy for the successor mission;",
        [("SecurityCouncil", "2025-06-15")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_list_closed_by_a_request_to_hand_it_in(text, expected):
    r = resolution(text, date="2024-08-12", organ="SC")
    assert reports(r, "to", "due") == expected
