"""A time that opens a verb's object or a "that" clause's subject is set aside before the object is read:
"Authorizes until 15 December 2006 an increase in the strength of UNOCI" (S/RES/1682 (2006) op 2) asks no one, as
"Authorizes an increase in the strength of" does (the golds: gold 20 op 14, heldout7 06 op 3, heldout11 06 op 2);
"Decides that as of 15 October 2019, the authorized troop ceiling for UNISFA shall decrease" (S/RES/2465 (2019) op 2)
and "decides that from the date of the adoption of this resolution the name of the Committee ... shall be" (S/RES/2662
(2022) op 24) are the Council's, a thing of the body named after it. A body right after the time is still asked.
Found by a random reading outside the golds (sample38).
"""

import pytest

from tests.snippets import OPENERS, mandates, snippet

CASES = [
    (
        "SC",
        "Authorizes until 15 December 2006 an increase in the strength of the United Nations Operation in Côte "
        "d’Ivoire (UNOCI) of up to 1,500 additional personnel, including a maximum of 1,025 military personnel;",
        [("authorizes", set())],
    ),
    (
        "SC",
        "Decides that as of 15 October 2019, the authorized troop ceiling for UNISFA shall decrease by 557 troops, "
        "unless it decides to extend the mandate modification set forth in resolution 2024 (2011);",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "SC",
        "Decides that from the date of the adoption of this resolution the name of the Security Council Committee "
        "established pursuant to resolution 2048 (2012) shall be the 2048 Committee;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "SC",
        "Decides that as of June 2019, UNIOGBIS shall focus on the following priorities;",
        [("decides", {"UNIOGBIS"})],
    ),
    (
        "SC",
        "Authorizes from the date of adoption of this resolution the French forces to use all necessary means;",
        [("authorizes", {"FrenchForces"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_time_before_the_object_is_set_aside(organ, text, expected):
    r = snippet(OPENERS[organ] + "\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
