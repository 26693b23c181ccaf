""" "Those in a position to do so", standing alone as an addressee, are donors (issue 12): "Calls on all those
in a position to do so to provide further support" (S/RES/1299 (2000) op 2), "Calls upon those in a position to do
so to make voluntary contributions to the Regional Centre" (A/RES/79/66 op 8 and its renewal), "encourages ... those
in a position to do so to support humanitarian mine action" (S/RES/1296 (2000) op 20) were read as asking no one,
though "others in a position to do so" was already Donors (actors.yaml, heldout3 E/RES/2022/17 op 21; heldout15
S/RES/2565 (2021) op 11 annotates "all those in a position to do so" so). The aliases are data. A body "in a position
to do so" stays that body ("Member States in a position to do so": MemberStates).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 1325 (2000),\n\n1. "

CASES = [
    (SC, "Calls on all those in a position to do so to provide further support;", [("calls-upon", {"Donors"})]),
    (
        GA,
        "Calls upon those in a position to do so to make voluntary contributions to the Regional Centre;",
        [("calls-upon", {"Donors"})],
    ),
    (
        SC,
        "Encourages Member States and those in a position to do so to support humanitarian mine action;",
        [("encourages", {"MemberStates", "Donors"})],
    ),
    (GA, "Urges Member States in a position to do so to sign the Optional Protocol;", [("urges", {"MemberStates"})]),
]


@pytest.mark.parametrize("head,text,expected", CASES)
def test_those_in_a_position_to_do_so(head, text, expected):
    r = snippet(head + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
