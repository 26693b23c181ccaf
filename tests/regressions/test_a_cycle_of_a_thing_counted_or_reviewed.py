"""Audit of 40 report cycles (fix57f, seed 5757) and its class scan: "to provide a comprehensive assessment of the number
of possible visitors annually to the renovated Africa Hall" (A/RES/74/263 op 9) gave the assessment every P1Y, and "to
prepare a concise report ... to highlight the contributions of forests to the Sustainable Development Goals under
review each year" (E/RES/2024/15 op 21 (f)) gave the report every P1Y: the first cycle is a quantity's (visitors per
year), the second the Goals' (reviewed each year), as "to be held every four years" is a forum's
(report_not_its_cycle). The report's own cycle, said of its verb or noun, stays."""

import pytest

from tests.snippets import reports, resolution

SG = "9. Requests the Secretary-General "
CASES = [
    (
        SG
        + "to provide a comprehensive assessment of the number of possible visitors annually to the renovated Africa "
        "Hall by 30 June 2020;",
        [("2020-06-30", None)],
    ),
    (SG + "to submit a report on the amount of funds disbursed each year by 30 June 2020;", [("2020-06-30", None)]),
    (
        SG + "to prepare a report to highlight the contributions of forests to the Goals under review each year;",
        [(None, None)],
    ),
    (SG + "to report on the measures, to be reviewed annually, by 30 June 2020;", [("2020-06-30", None)]),
    # near misses: the report's own cycle
    (SG + "to report annually on the number of possible visitors to the renovated Africa Hall;", [(None, "P1Y")]),
    (SG + "to submit, on the number of visitors, a report annually;", [(None, "P1Y")]),
    (SG + "to keep the matter under review and to report annually on it;", [(None, "P1Y")]),
    (SG + "to report on the number of visitors to the General Assembly each year;", [(None, "P1Y")]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_a_cycle_of_a_thing_counted_or_reviewed(text, want):
    r = resolution(text, date="2019-12-20", organ="The General Assembly")
    assert reports(r, "due", "every") == want
