"""An addressee named after a place joined by "and among": "calls on Afghans, both within Afghanistan and among the
Afghan diaspora, and Member States to cooperate with him" (S/RES/1378 (2001) op 3) was read as an activity among
sides ("dialogue among ...") and gave an empty set; "and among" joins a place to another and marks no activity, so
Member States are asked (the gold's heldout11 07 op 3: MemberStates, the Afghans a people with no id). An activity
"between" / "among" still asks its agents only."""

import pytest

from tests.snippets import mandates, snippet

OPENER = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # S/RES/1378 (2001) op 3
        "Affirms that the United Nations should play a central role, and calls on Afghans, both within Afghanistan and "
        "among the Afghan diaspora, and Member States to cooperate with him;",
        [("calls-upon", {"MemberStates"})],
    ),
    # (review of stop 51: a preposition joined to another by "and", any spacing: those named are asked, as the sides
    # of a joint activity are)
    (
        "Encourages greater cooperation and coordination within and among regional organizations;",
        [("encourages", {"InternationalOrganizations"})],
    ),
    (
        "Encourages greater cooperation and coordination within and  among regional organizations;",
        [("encourages", {"InternationalOrganizations"})],
    ),
    (
        "Encourages greater cooperation and coordination within and\namong regional organizations;",
        [("encourages", {"InternationalOrganizations"})],
    ),
    (  # an activity between sides: its sides, as before
        "Encourages cooperation between the African Union and the United Nations;",
        [("encourages", {"AfricanUnion", "UNSystemEntities"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_addressees_wherever_they_are(text, expected):
    assert mandates(snippet(OPENER + text), "verb", "addressees", as_sets=True) == expected
