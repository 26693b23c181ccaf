"""States named in lower case (corpus-full, 11 SC paragraphs): "encourages states to contribute generously to it"
(heldout6 S/RES/1508 (2003) op 7, the gold's States), "Further calls upon states to comply" (S/RES/2250 op 5),
"urges states to take into account" (S/RES/2482 op 16) named no actor; "relevant regional states" (S/RES/2319
op 5) are regional partners, as "regional States" are. Longer names still win ("federal member states",
"member states")."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1315 (2000),\n\n1. "

CASES = [
    (
        "Commends the Commission for its work, encourages states to contribute generously to it;",
        [("encourages", {"States"})],
    ),
    ("Encourages relevant regional states to cooperate with the Mechanism;", [("encourages", {"RegionalPartners"})]),
    ("Urges member states to contribute;", [("urges", {"MemberStates"})]),
    (
        "Calls upon the Federal Government and federal member states to engage in dialogue;",
        [("calls-upon", {"LocalGovernments"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_states_in_lower_case(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
