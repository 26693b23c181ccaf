"""An authorization whose object is a mission's strength asks no one (the golds' "What counts": a verb with no actor
named has an empty set; the mission owns the strength, it does not raise it): "authorizes increasing the military
strength of MONUC to 10,800 personnel" (heldout4 S/RES/1493 (2003) op 3, a gerund and its object: GERUND_FIRST of
extract/asked.py), "Authorizes the deployment within UNMEE of up to 4,200 troops" (heldout11 S/RES/1320 (2000) op 2:
"within" after an activity marks where, as "in" did), "Authorizes a temporary increase in UNMIL's personnel ceiling"
(heldout15 S/RES/1626 (2005) op 6: "ceiling" is no gerund, verbs.yaml `unaddressed.thing_nouns`, so UNMIL owns no
activity). The agents of what the gerund's object names are still asked ("strengthening the efforts of the African
Union"), and so are a mission authorized by name ("Authorizes UNMIL ... to deploy") and the members of a body a joint
activity is within ("cooperation and collaboration within the United Nations system", A/RES/78/131 op 9).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Notes with appreciation the recommendations in the second special report of the Secretary-General and "
        "authorizes increasing the military strength of MONUC to 10,800 personnel;",
        [("authorizes", set())],
    ),
    (
        "Authorizes the deployment within UNMEE of up to 4,200 troops, including up to 220 military observers, until "
        "15 March 2001;",
        [("authorizes", set())],
    ),
    (
        "Authorizes a temporary increase in UNMIL’s personnel ceiling, to a total of 15,250 United Nations military "
        "personnel, for the period from 15 November 2005 to 31 March 2006;",
        [("authorizes", set())],
    ),
    # an increase in the mission's strength, with no aside before it (S/RES/1621 (2005) op 1) or after one (heldout39
    # S/RES/1736 (2006) op 1, windows.LEADING_ASIDE)
    (
        "Authorizes an increase in the strength of the United Nations Organization Mission in the Democratic Republic "
        "of the Congo (MONUC) of 841 personnel, including up to five formed police units of 125 officers each;",
        [("authorizes", set())],
    ),
    (
        "Authorizes, from 1 January 2007 until the expiry of MONUC’s current mandate on 15 February 2007, an increase "
        "in the military strength of MONUC of up to 916 military personnel;",
        [("authorizes", set())],
    ),
    (  # the first gold's S/RES/2303 (2016) op 14: a ceiling authorized, a nominal object, as before
        "Authorizes a ceiling of 228 United Nations individual police officers for the United Nations police "
        "component;",
        [("authorizes", set())],
    ),
    # guards: an activity's agent in the gerund's object, a mission authorized by name, an owner's activity
    (
        "Encourages strengthening the efforts of the African Union to mediate;",
        [("encourages", {"AfricanUnion"})],
    ),
    (
        "Authorizes UNMIL, subject to the consent of the troop-contributing countries concerned, to deploy up to 250 "
        "military personnel to Sierra Leone;",
        [("authorizes", {"UNMIL"})],
    ),
    (
        "Encourages UNMIL’s ongoing training of the Liberian National Police;",
        [("encourages", {"UNMIL"})],
    ),
    (  # A/RES/78/131 op 9: a joint activity within a body is its members'
        "Encourages enhanced cooperation and collaboration within the United Nations system in accordance with the "
        "mandates of the entities;",
        [("encourages", {"UNSystemEntities"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_authorized_strength_of_a_mission(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "increas" + "ing" * n + " x",  # a run of "-ing" with no space after it
        lambda n: "strengthening" + " " * n + "the",  # a run of spaces between the gerund and its object
    ],
)
def test_gerund_first_linear(make):
    """GERUND_FIRST reads a window's start once: its cost grows linearly in a hostile run."""
    from resgraph.extract.asked import GERUND_FIRST
    from tests.growth import LINEAR, growth

    assert growth(make, GERUND_FIRST.match, 2000) < LINEAR
