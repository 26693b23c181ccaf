"""heldout24 03 (S/RES/2607 (2021) op 41) and heldout5 03 (2713 (2023) op 29): "Requests the Panel to provide regular
updates to the Committee, including a minimum of four different thematic reports delivered on a quarterly basis, ...,
a comprehensive mid-term update and, for the Security Council's consideration, through the Committee, a final report
by 15 October 2022": four items in the golds, the thematic reports one of them (written, to the Committee, quarterly
in 2607). "a minimum of four different" left the plural without a lead, no report asked; now it leads the reports
(report_keywords.MINIMUM, one item: no count of four), a report of its own after ", including" as one with a cycle
is (report_triggers), and the receiver of the updates it is part of carries to it and down the list
(report_pairs.JOINED_NOUN). The Somalia Panel's yearly twins (2551 (2020) op 34, 2662 (2022) op 47 (i), 2776 (2025)
op 32 (a)) have the same words."""

import pytest

from tests.snippets import reports, resolution

# the Panel and the Committee named as the texts name them before (2607 op 40, 2551 op 33)
PANEL = "the Panel of Experts established pursuant to paragraph 11 of resolution 2444 (2018) "
CASES = [
    (
        "3. Requests " + PANEL + "to provide regular updates to the Committee established pursuant to resolution 751 "
        "(1992), including a minimum of four different "
        "thematic reports delivered on a quarterly basis, including one of smuggling and trafficking on weapons and "
        "military equipment, a comprehensive mid-term update and, for the Security Council’s consideration, through the "
        "Committee, a final report by 15 October 2022 and urges the Panel to seek feedback from the Committee on the "
        "findings of their reporting;",
        [
            ("SanctionsCommittee", None, None, None),
            ("SanctionsCommittee", None, "P3M", "written"),
            ("SanctionsCommittee", None, None, None),
            ("SecurityCouncil", "2022-10-15", None, "written"),
        ],
    ),
    (
        "3. Requests " + PANEL + "to provide regular updates to the Committee established pursuant to resolution 751 "
        "(1992), including a minimum of four different "
        "thematic reports, a comprehensive mid-term update and, for the Security Council’s consideration, through the "
        "Committee, a final report by 15 October 2022;",
        [
            ("SanctionsCommittee", None, None, None),
            ("SanctionsCommittee", None, None, "written"),
            ("SanctionsCommittee", None, None, None),
            ("SecurityCouncil", "2022-10-15", None, "written"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_minimum_of_thematic_reports(text, expected):
    r = resolution(text, date="2021-11-15", organ="SC")
    got = [(to, due, every, form) for (op, to, due, every, form) in reports(r, "op", "to", "due", "every", "form")]
    assert got == expected
