"""A State asked to submit its periodic reports under a human rights convention reports to the treaty body: "Encourages
the Government of the Democratic Republic of the Congo to submit its sixteenth, seventeenth and eighteenth periodic
reports on the implementation of the International Convention on the Elimination of All Forms of Racial
Discrimination as soon as possible" (A/HRC/RES/54/34 op 14 and 57/34 op 10, the heldout and heldout11 golds: by
state:COD to TreatyBodies, written; A/RES/78/220 op 4 "including by submitting outstanding periodic reports"). A
State's report naming no receiver was read as going to no organ (reports._to_no_organ) and dropped."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "HRC",
        "14. Encourages the Government of the Democratic Republic of the Congo to submit its sixteenth, seventeenth "
        "and eighteenth periodic reports on the implementation of the International Convention on the Elimination of "
        "All Forms of Racial Discrimination as soon as possible;",
        [("state:COD", "TreatyBodies", "written")],
    ),
    # a State's report of another kind, with no receiver, still goes to no organ
    (
        "HRC",
        "15. Encourages the Government of the Democratic Republic of the Congo to monitor and report on the situation;",
        [],
    ),
]


@pytest.mark.parametrize("organ, text, expected", CASES)
def test_state_periodic_reports_to_treaty_bodies(organ, text, expected):
    r = resolution(text, date="2023-10-12", organ=organ)
    assert reports(r, "by", "to", "form") == expected
