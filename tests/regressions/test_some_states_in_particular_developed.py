"""Developed or developing countries singled out after "in particular" (or "especially", "notably") beside a group of
States are some of those States, no other addressee: "Encourages Member States, in particular developed countries and
those developing countries in a position to do so, to increase capacity-building cooperation" (heldout26 A/RES/80/118
op 47, the gold's MemberStates alone). addressees.SOME_KINDS left the two groups out of the States' subsets, so they
were added beside Member States (addressees.SINGLED_OUT now leaves them out); a group named first, after "and", or
after "including" (bodies named after "including" are read beside the group) is still read."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. "

CASES = [
    (  # A/RES/80/118 op 47
        "Encourages Member States, in particular developed countries and those developing countries in a position to "
        "do so, to increase capacity-building cooperation;",
        [("encourages", {"MemberStates"})],
    ),
    (
        "Calls upon all States, in particular developing countries, to strengthen their national statistical systems;",
        [("calls-upon", {"States"})],
    ),
    (
        "Urges Member States, especially developed countries, to fulfil their official development assistance "
        "commitments;",
        [("urges", {"MemberStates"})],
    ),
    (  # guard: the group named first is the addressee
        "Urges developed countries to fulfil their official development assistance commitments;",
        [("urges", {"DevelopedCountries"})],
    ),
    (  # guard: after "including" (tests/regressions/test_including_with_names_partners.py)
        "Encourages Member States, including the least developed countries, to advance innovative pathways;",
        [("encourages", {"MemberStates", "DevelopingCountries"})],
    ),
    (  # guard: beside States with "and", another addressee
        "Invites Member States and developing countries to share best practices;",
        [("invites", {"MemberStates", "DevelopingCountries"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_some_states_in_particular_developed(text, expected):
    assert mandates(snippet(GA + text + "\n"), "verb", "addressees", as_sets=True) == expected
