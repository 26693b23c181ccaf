"""heldout7 03 op 6 (S/RES/2683 (2023)): "Requests the South Sudan authorities to report, no later than 15 April 2024,
to the Committee ..., and invites the South Sudan authorities to report on progress achieved on implementation of
reforms": the second report, by the same State and naming no receiver, goes where the first went (the gold: to the
Committee), not dropped as a State's reporting to no organ ("encourages Governments to monitor and report on").
Also heldout4's S/RES/2253 (2015) op 15 "calls upon Member States to report to the Committee interdictions ..., and
calls upon Member States to report also such interdictions of antiquities" (2368, 2610, 2734 alike), and the
Haitian authorities' reports of S/RES/2794 (2025) op 18."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "6. Requests the South Sudan authorities to report, no later than 15 April 2024, to the Committee established "
        "pursuant to resolution 2206 (2015) concerning South Sudan (“the Committee”) on the progress achieved on the "
        "key benchmarks in paragraph 2 of resolution 2577 (2021), and invites the South Sudan authorities to report "
        "on progress achieved on implementation of reforms in paragraph 4;",
        "2023-05-30",
        [("state:SSD", "SanctionsCommittee", "2024-04-15"), ("state:SSD", "SanctionsCommittee", None)],
    ),
    (
        "7. Encourages the Government of South Sudan to monitor and report on progress achieved on implementation of "
        "reforms;",
        "2023-05-30",
        [],
    ),
]


@pytest.mark.parametrize("text,date,want", CASES)
def test_a_states_second_report_goes_where_its_first_went(text, date, want):
    r = resolution(text, date=date)
    assert reports(r, "by", "to", "due") == want
