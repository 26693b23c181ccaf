"""A joint body the vocabulary lacked, "of" naming its members, asks each member: "Urges the Joint Assessment Mission
of the United Nations, the World Bank and the parties, in association with other bilateral and multilateral donors,
to continue their efforts" (S/RES/1574 (2004) op 3, 1590 (2005) op 13) read the World Bank and the parties but not the
United Nations, its first member taken for the owner that qualifies a noun after "of" ("the Charter of the United
Nations"). Not a body that is not joint ("the Charter of the United Nations and the parties"), nor a joint body the
vocabulary has, whose "of" names whose it is.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1547 (2004),\n\n1. "

CASES = [
    (  # S/RES/1574 (2004) op 3's wording, with a joint body the vocabulary lacks (the Joint Assessment Mission has an
        # id of its own since heldout38 08's gold: test_a_joint_body_named_as_one)
        "Urges the Joint Verification Team of the United Nations, the World Bank and the parties, in association "
        "with other bilateral and multilateral donors, to continue their efforts to prepare for the rapid delivery of "
        "an assistance package;",
        [("urges", {"UNSystemEntities", "UNFundsProgrammes", "PartiesToConflict"})],
    ),
    (  # not joint: the United Nations qualifies the Charter, as before
        "Urges the Charter of the United Nations and the parties to be respected;",
        [("urges", {"PartiesToConflict"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_members_of_a_joint_body(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
