"""heldout26 25 (A/RES/74/92 op 6): "... and decides that recommendations relating to the programme of the Department of
Global Communications shall originate, to the extent possible, in the Committee and shall be considered by the
Committee": the gold's addressee is the Committee on Information, named as who shall act; it was read as the
Department, the owner of the programme inside the subject's qualifier. Two readings were missing: a bare plural
qualified by "relating to" opens a subject that is a thing (thing_subjects.THING_LEAD), so the actors after it only
qualify it; and a passive coordinated after the subject's first verb ("shall originate ... and shall be considered by
the Committee", mandate_clause.AND_PASSIVE_BY) gives its agent, "by it" the body named last before it (A/RES/79/93 op
4, 80/84 op 4). Also 75/101 op 8, 76/84 op 10, 77/128 op 16, 78/80 op 18 (the yearly texts on information)."""

import pytest

from tests.snippets import mandates, resolution

LEAD = (
    "6. Reaffirms the central role of the Committee on Information in United Nations global communications policies "
    "and activities, including the prioritization of those activities, and decides that recommendations relating to "
    "the programme of the Department of Global Communications shall originate, to the extent possible, in the "
    "Committee and shall be considered by "
)

CASES = [
    (LEAD + "the Committee;", [("decides", ("CommitteeOnInformation",))]),
    (LEAD + "it;", [("decides", ("CommitteeOnInformation",))]),
    (
        "6. Decides that recommendations relating to the programme of the Department of Global Communications shall "
        "originate in the Department;",
        [("decides", ("GeneralAssembly",))],
    ),
    (
        "6. Decides that the efforts of the Department of Global Communications shall continue;",
        [("decides", ("DGC",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decision_considered_by_the_committee(text, expected):
    r = resolution(text, date="2019-12-13", organ="GA")
    assert mandates(r, "verb", "addressees") == expected
