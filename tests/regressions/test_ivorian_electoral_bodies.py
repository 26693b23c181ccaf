"""Côte d'Ivoire's Independent Electoral Commission, its President and the technical operators of the identification and
electoral operations, ids the golds coined (heldout12 11 ops 3, 21; heldout30 09 op 11) that the vocabulary lacked: "calls
upon the Independent Electoral Commission, the technical operators, the authorities of Côte d'Ivoire and the political
parties to redouble their efforts" (S/RES/1826 (2008) op 11, 1865 (2009) op 21) asked the authorities and the parties
alone; "urges again the President of the Independent Electoral Commission" (1865 op 3) no one. Other countries'
commissions of like names stay apart (review48 finding 3): Afghanistan's, the Democratic Republic of the Congo's and the
Gambia's are "the Independent Electoral Commission" too, so the bare name is the Ivorian one only in a text that names
the Ivorian peace agreements (actors.yaml `cues`, as the Ouagadougou Agreement names its Facilitator).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "11. Recalls that the publication of the electoral list is a crucial step in the electoral process, calls upon "
        "the Independent Electoral Commission, the technical operators, the authorities of Côte d’Ivoire and the "
        "political parties to redouble their efforts in this regard, and requests the Special Representative of the "
        "Secretary-General to certify it explicitly;",
        [
            ("calls-upon", {"CEI", "TechnicalOperators", "state:CIV", "PoliticalActors"}),
            ("requests", {"SpecialRepresentatives"}),
        ],
    ),
    (
        "3. Urges the Ivorian political actors to find without delay an agreement on a new and realistic time frame, "
        "and urges again the President of the Independent Electoral Commission to share publicly such a timeline;",
        [("urges", {"PoliticalActors"}), ("urges", {"PresidentCEI"})],
    ),
    (  # another country's commission in a text that names no Ivorian agreement: no one, as before 9e462ee
        "4. Calls upon the Independent Electoral Commission and the Electoral Complaints Commission of Afghanistan to "
        "ensure transparency;",
        [("calls-upon", set())],
    ),
    (
        "5. Urges the President of the Independent Electoral Commission of the Democratic Republic of the Congo to "
        "publish the timetable;",
        [("urges", set())],
    ),
    (
        "5. Urges the President of the Independent Electoral Commission to publish the timetable;",
        [("urges", set())],
    ),
    (  # Iraq's commission: not the Ivorian one
        "6. Requests UNAMI to advise and support the Independent Electoral Commission of Iraq;",
        [("requests", {"UNAMI"})],
    ),
]


IVORIAN = "Welcoming the Ouagadougou political Agreement signed on 4 March 2007,"


@pytest.mark.parametrize("text,expected", CASES[:2])
def test_ivorian_electoral_bodies(text, expected):
    r = resolution(text, date="2009-01-30", organ="SC", preamble=IVORIAN)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


@pytest.mark.parametrize("text,expected", CASES[2:])
def test_other_electoral_commissions(text, expected):
    r = resolution(text, date="2009-01-30", organ="SC")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
