"""heldout7's `every` misses (03 op 19, 16 op 18) and its missed Panel updates (18 op 4): a Panel's monthly or
periodic updates listed after its midterm and final reports are a report of their own, with their own cycle, not a
cycle of the final report before them: "provide to the Council ... an interim report by 1 December 2023, a final
report by 1 May 2024, and, except in months when these reports are due, updates each month" (S/RES/2683 (2023) op
19 and the South Sudan twins 2206 ... 2821), "... and periodic updates in between, as appropriate" (S/RES/2484
(2019) op 4 and the Mali and Haiti twins: no cycle, no form), "should provide to the Committee updates each month"
(S/RES/2418 (2018) op 2). A bare "updates" with no verb before it stays no report where no report was asked just
before it ("to update information")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "19. Decides that the Panel of Experts should provide to the Council, after discussion with the Committee, an "
        "interim report by 1 December 2023, a final report by 1 May 2024, and, except in months when these reports "
        "are due, updates each month;",
        "2023-05-30",
        [
            ("SecurityCouncil", "2023-12-01", None, "written"),
            ("SecurityCouncil", "2024-05-01", None, "written"),
            ("SecurityCouncil", None, "P1M", None),
        ],
    ),
    (
        "4. Requests the Panel of Experts to provide to the Council, after discussion with the Committee, a midterm "
        "report no later than 29 February 2020, a final report no later than 15 August 2020, and periodic updates in "
        "between, as appropriate;",
        "2019-08-29",
        [
            ("SecurityCouncil", "2020-02-29", None, "written"),
            ("SecurityCouncil", "2020-08-15", None, "written"),
            ("SecurityCouncil", None, None, None),
        ],
    ),
    (
        "2. Decides that the Panel of Experts should provide to the Committee updates each month;",
        "2018-05-31",
        [("SanctionsCommittee", None, "P1M", None)],
    ),
    (
        "5. Requests the Secretary-General to submit a report by 1 May 2024 and encourages Member States to keep "
        "their national updates on the matter;",
        "2023-05-30",
        [("SecurityCouncil", "2024-05-01", None, "written")],
    ),
]


@pytest.mark.parametrize("text,date,want", CASES)
def test_updates_listed_after_reports_are_a_report_of_their_own(text, date, want):
    r = resolution(text, date=date)
    assert reports(r, "to", "due", "every", "form") == want
