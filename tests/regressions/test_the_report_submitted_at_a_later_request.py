"""A/HRC/RES/58/2 op 45 (heldout14 29) and A/HRC/RES/58/28 op 13: "Reiterates its request to the Commission of Inquiry,
as mandated by the Human Rights Council in its resolution 55/28 of 5 April 2024, to report on both the direct and the
indirect transfer or sale of arms ..., and requests, instead, that the report be submitted to the Council at its
sixty-first session". The report's clause ends at the second verb, and the session the later request names was lost
(the gold: R 45 by=CommissionsOfInquiry to=HumanRightsCouncil session=61 year=2026). report_later.same_paragraph gives
the paragraph's one report with no time the session (or the time) of a later "requests that the report be
submitted"; not a report with its own time, nor a paragraph with two reports."""

import pytest

from tests.snippets import reports, resolution

COI = "the Commission of Inquiry, as mandated by the Human Rights Council in its resolution 55/28 of 5 April 2024, "
CASES = [
    (
        "45. Reiterates its request to " + COI + "to report on both the direct and the indirect transfer or sale of "
        "arms, munitions, parts, components and dual-use items to Israel, and requests, instead, that the report be "
        "submitted to the Council at its sixty-first session;",
        [(45, "CommissionsOfInquiry", "HumanRightsCouncil", 61, 2026, None)],
    ),
    (
        "13. Reiterates its request to " + COI + "to prepare a report on the identities of settlers, and requests that "
        "the report be submitted to the Council no later than 1 May 2026;",
        [(13, "CommissionsOfInquiry", "HumanRightsCouncil", None, None, "2026-05-01")],
    ),
    # a time of its own stays
    (
        "13. Requests " + COI + "to present a report to the Council at its sixtieth session, and requests that the "
        "report be submitted in all official languages at its sixty-first session;",
        [(13, "CommissionsOfInquiry", "HumanRightsCouncil", 60, 2025, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_report_submitted_at_a_later_request(text, expected):
    r = resolution(text, date="2025-04-04", organ="HRC")
    assert reports(r, "op", "by", "to", "session", "year", "due") == expected
