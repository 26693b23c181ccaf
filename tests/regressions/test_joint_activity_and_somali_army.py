"""Two classes from a random sample of corpus-full's mandates.

An alias after a hyphen, before an activity of two sides ("collaboration", "cooperation", "partnership",
"dialogue"), is a side of a compound modifier, not an addressee: "Encourages closer public-private sector
collaboration to better tackle corruption" (A/RES/77/154 op 16 and its six yearly twins) asks no one, as the
golds read "Encourages continued cooperation among the Committee, the Government of Afghanistan, and UNAMA"
(S/RES/2255 op 49) and "encourages further collaboration by public-private partnerships" (A/RES/78/145 op
22). A hyphen alone is not enough: "the Under-Secretary-General" (for Political and Peacebuilding Affairs: DPPA, whose
head it is), "sub-regional organisations".

The Somali National Army, "the SNA", is Somalia's forces, the State: "requests AMISOM and the SNA to
ensure" (S/RES/2245 (2015) op 10, the gold's AMISOM and state:SOM; S/RES/2182 ops 6, 29, 2232 op 11).
"""

import pytest

from tests.snippets import OPENERS, mandates, snippet

CASES = [
    (
        "GA",
        "Encourages closer public-private sector collaboration to better tackle corruption;",
        [("encourages", set())],
    ),
    (
        "GA",
        "Requests the Under-Secretary-General for Political and Peacebuilding Affairs to continue to inform Member "
        "States;",
        [("requests", {"DPPA"})],  # the head of its Department (heldout19 A/RES/76/176 op 4: the gold's DPPA)
    ),
    (
        "SC",
        "Requests AMISOM and the SNA to ensure they give the utmost priority to securing key supply routes;",
        [("requests", {"AMISOM", "state:SOM"})],
    ),
    (
        "SC",
        "Requests the SNA and AMISOM to document and register all military equipment captured;",
        [("requests", {"AMISOM", "state:SOM"})],
    ),
    (
        "SC",
        "Requests AMISOM and the Somali National Army to ensure they give the utmost priority;",
        [("requests", {"AMISOM", "state:SOM"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_joint_activity_and_somali_army(organ, text, expected):
    r = snippet(OPENERS[organ] + "\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
