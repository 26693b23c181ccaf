"""Open golds heldout5 (S/RES/2713 (2023) op 29) and heldout13 (S/RES/2806 (2025) op 32): "Requests the Panel to
provide: a. regular updates to the Committee, ...; b. a comprehensive mid-term update; and c. ... a final report"
lost the regular updates (a bare plural is a report only where a delivery verb hands it over, and the colon and the
list's letter stood between "provide" and the noun), and the mid-term update after a dated thematic report went to
the Council (a receiver carried down a list went one step only). The first item of a list after "provide:" is
handed over as after "provide"; a receiver carried to one item goes on to the next joined one, up to an item that
names a body of its own ("c. for the Security Council's consideration through the Committee, a final report")."""

import pytest

from tests.snippets import reports, resolution

PREAMBLE = (
    "Recalling the Committee established pursuant to paragraph 11 of resolution 751 (1992) and the Panel of "
    "Experts established pursuant to paragraph 11 of resolution 2444 (2018),"
)
P, C, SC = "PanelOfExperts2444", "SanctionsCommittee", "SecurityCouncil"
CASES = [
    (  # S/RES/2713 (2023) op 29
        "29. Requests the Panel to provide: a. regular updates to the Committee, in collaboration with independent "
        "experts appointed to help the work of other sanctions committees if appropriate, including a minimum of "
        "three different thematic reports; b. a comprehensive mid-term update; and c. for the Security Council’s "
        "consideration through the Committee a final report by 15 October 2024; and urges the Panel to seek "
        "feedback from the Committee on the findings of their reporting;",
        # (the thematic reports are the gold's fourth item: test_a_minimum_of_thematic_reports.py)
        [(P, C, None), (P, C, None), (P, C, None), (P, SC, "2024-10-15")],
    ),
    (  # S/RES/2806 (2025) op 32
        "32. Requests the Panel to provide: a. regular updates to the Committee, in collaboration with independent "
        "experts appointed to help the work of other sanctions committees and relevant UN entities, as and when "
        "appropriate, including detailed investigations where relevant and one thematic report by 30 June 2026; b. "
        "a comprehensive mid-term update; and c. for the Security Council’s consideration through the Committee, a "
        "final report by 31 October 2026;",
        [(P, C, None), (P, C, "2026-06-30"), (P, C, None), (P, SC, "2026-10-31")],
    ),
    (  # unchanged: a list joined after a verb (S/RES/2244 (2015) op 32, heldout8)
        "32. Requests the Panel to provide monthly updates to the Committee, and a comprehensive midterm update;",
        [(P, C, None), (P, C, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_item_of_the_list_is_a_report_to_its_receiver(text, expected):
    r = resolution(text, date="2023-12-01", preamble=PREAMBLE)
    assert reports(r, "by", "to", "due") == expected
