"""Descriptions that name the body spoken of (corpus-full, issue 12).

"encourages that Division to provide continuous necessary support" (A/RES/74/186 op 32), "Calls
upon that State to accede" (A/RES/74/75 op 6): "that" was read as opening a clause, and no
alias was "that Division". A demonstrative now names what "the Division" names (vocab.py), and
one after a preposition qualifies a noun like "the Committee" does ("approval of that
Committee", S/RES/1302 (2000) op 8, asks no committee). Bare descriptions are contextual
aliases of actors.yaml: "parties" after treaty parties are StatesParties ("urges parties to
adopt a post-2020 global biodiversity framework", A/RES/75/219 op 8), after parties to a
conflict PartiesToConflict ("calls on parties to implement fully the Revitalised Agreement",
S/RES/2514 (2020) op 4); "participants" after the Kimberley Process are its participants
(A/RES/77/277 op 3)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        GA,
        "Welcomes the work of the Codification Division, and encourages that Division to provide support;",
        [("encourages", {"CodificationDivision"})],
    ),
    (
        GA,
        "Notes that Israel remains outside the Treaty, and calls upon that State to accede;",
        [("calls-upon", {"state:ISR"})],
    ),
    (
        SC,
        "Requests the Committee established by resolution 661 (1990) to approve lists, and decides that supplies "
        "will not be submitted for approval of that Committee;",
        [("requests", {"SanctionsCommittee"}), ("decides", {"SecurityCouncil"})],
    ),
    (
        GA,
        "Welcomes the parties to the Convention on Biological Diversity, and urges parties to adopt a framework;",
        [("urges", {"StatesParties"})],
    ),
    (
        SC,
        "Condemns violations by all parties, and calls on parties to implement the Agreement;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (GA, "Calls upon parties to take appropriate measures;", [("calls-upon", set())]),
    (
        GA,
        "Notes the work of the Kimberley Process, and calls upon participants to submit annual reports;",
        [("calls-upon", {"KimberleyProcess"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_descriptions(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
