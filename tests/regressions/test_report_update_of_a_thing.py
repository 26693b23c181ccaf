"""An "update" done to a thing asks for no report: "to update regularly the list referred to in paragraph 2 above"
(S/RES/1390 (2002) op 5 (a), heldout16: the Committee's report on its work was counted twice), "encourages him to
continue to refine and update them and to report to the Security Council" (S/RES/1880 (2009) op 21, heldout11: "them"
is the benchmarks refined). Updating someone stays a report: "to update regularly the Committee", "to update
regularly the members of the Council", "to brief and update them", "to update it regularly", "to monitor and update it regularly on the situation" (a subject after
"it": someone)."""

import pytest

from tests.growth import LINEAR, growth
from tests.snippets import reports, resolution

CASES = [
    (
        "5. Requests the Committee established pursuant to resolution 1267 (1999) to undertake the following tasks and "
        "to report on its work to the Council with its observations and recommendations;\n\n(a) to update regularly the list referred to in paragraph 2 above, on the "
        "basis of relevant information provided by Member States;\n\n(b) to make periodic reports to the Council on "
        "information submitted to the Committee regarding the implementation of this resolution;",
        [(5, "SanctionsCommittee", "SecurityCouncil"), (5, "SanctionsCommittee", "SecurityCouncil")],
    ),
    (
        "21. Requests the Secretary-General to continue to monitor progress on the achievement of the benchmarks, "
        "encourages him to continue to refine and update them and to report to the Security Council;",
        [(21, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # someone updated: a report
        "4. Requests the Panel of Experts established pursuant to resolution 1591 (2005) to update regularly the "
        "Committee on its work;",
        [(4, "PanelOfExperts1591", "SecurityCouncil")],
    ),
    (
        "4. Requests the Secretary-General to update regularly the members of the Council on the situation;",
        [(4, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (
        "4. Requests the Secretary-General to brief and update them on the situation;",
        [(4, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (
        "4. Decides to remain seized of the matter and requests the Secretary-General to update it regularly;",
        [(4, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # "it" updated on a subject is someone, also after "<verb> and" (review of stop 32)
        "4. Requests the Secretary-General to monitor and update it regularly on the situation;",
        [(4, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (
        "4. Requests the Secretary-General to follow closely and update them on developments;",
        [(4, "SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_update_of_a_thing(text, expected):
    r = resolution(text, date="2009-07-30")
    assert reports(r, "op", "by", "to") == expected


def test_update_joined_to_a_verb_linear():
    """report_updated.THING_VERB_AND reads at most 60 characters before each "update": many "and update them" grow linearly."""

    def make(n: int) -> str:
        return "4. Requests the Secretary-General " + "to review and update them, " * n + "and to report;"

    assert growth(make, lambda t: resolution(t, date="2009-07-30"), 20) < LINEAR
