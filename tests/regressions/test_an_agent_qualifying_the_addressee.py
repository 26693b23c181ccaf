"""The agent after "by" in a participle phrase that qualifies the addressee is not asked (heldout42's misses): "Urges
donors engaged in supporting the implementation of the HNP reform by the Haitian authorities to coordinate their
activities closely with MINUSTAH" (S/RES/1702 (2006) op 12) asked Donors and state:HTI; the authorities are the authors of
the reform the donors support (list_members.QUALIFIED_BY), as "the Agreement signed by the parties" names no addressee.
Near misses (they pass before too): a list word between asks both; an activity's agent after "by" is asked. Mend of
review X1: the agents joined to the one left out by "and" or a comma are left out too (failed before: UNSystemEntities).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1608 (2005),\n\n1. "

CASES = [
    (  # S/RES/1702 (2006) op 12
        "Urges donors engaged in supporting the implementation of the HNP reform by the Haitian authorities to "
        "coordinate their activities closely with MINUSTAH;",
        [("urges", {"Donors"})],
    ),
    (  # the agents joined by "and" to the reform's author
        "Urges donors engaged in supporting the reform led by the Haitian authorities and the United Nations to "
        "coordinate;",
        [("urges", {"Donors"})],
    ),
    (  # near miss: "and" opens a second addressee
        "Urges donors engaged in supporting the reform and the Haitian authorities to coordinate their activities;",
        [("urges", {"Donors", "state:HTI"})],
    ),
    (  # near miss: an activity's agents
        "Encourages further efforts by Member States and the United Nations to combat trafficking;",
        [("encourages", {"MemberStates", "UNSystemEntities"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_agent_qualifying_the_addressee(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
