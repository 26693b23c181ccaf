"""A two-word verb form split by a linking phrase or an adverb set off by commas was no verb: "Calls in
particular on the Abkhaz side" (heldout8 S/RES/1494 (2003) op 18, its blind miss, and 1393, 1427, 1462,
1524, 1554, 1582, 1615), "calls, once again, on the parties" (heldout8 1494 op 23), "calls, therefore, upon
Member States" (A/RES/74/215 op 23), "calls in that regard on donors" (S/RES/2458 (2019) op 27), "calls in
particular upon all parties" (S/RES/1911 (2010) op 13). Adverbs without commas were read already ("Calls
once again upon")."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    ("Calls in particular on the Abkhaz side to improve law enforcement;", [("calls-upon", {"PartiesToConflict"})]),
    (
        "Welcomes the additional safeguards for helicopter flights, calls, once again, on the parties to take all "
        "necessary steps to identify those responsible;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (
        "Notes the practices in achieving the Goals, calls, therefore, upon Member States to support agriculture;",
        [("calls-upon", {"MemberStates"})],
    ),
    (
        "Calls on all the parties to engage fully, and calls in particular on the Government of the Democratic "
        "Republic of the Congo to reaffirm its full commitment;",
        [("calls-upon", {"PartiesToConflict"}), ("calls-upon", {"state:COD"})],
    ),
    ("Calls once again upon Member States to contribute;", [("calls-upon", {"MemberStates"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_call_upon_split_by_an_adverb(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
