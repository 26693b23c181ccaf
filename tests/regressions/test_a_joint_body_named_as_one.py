"""A joint body addressed as one, its members named after "of": "Urges the Joint Assessment Mission of the United
Nations, the World Bank and the parties, in association with other bilateral and multilateral donors, to continue their
efforts" (heldout38 S/RES/1574 (2004) op 3, 1590 (2005) op 13: the gold's JointAssessmentMission, as earlier sets give a
joint body its own id, JointBilateralCommissions) was read as its three members, the vocabulary lacking the Mission
(list_members.JOINT_OF reads the members of such a body). actors.yaml gives it an id; addressees.actors_in leaves out
the members after a joint body's "of" when the vocabulary names the body and marks it (actors.yaml members_after_of,
list_members.joint_member), up to the member joined by "and". Not taken: a joint body the vocabulary lacks is still read
as its members; the recommendations of a joint assessment mission are no addressee; a "Joint ... of" name not marked
("the Joint Inspection Unit of the United Nations system and the Board of Auditors": both asked); the names after the
last member ("..., Member States and the African Union": asked)."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "1. Urges the Joint Assessment Mission of the United Nations, the World Bank and the parties, in association "
        "with other bilateral and multilateral donors, to continue their efforts to prepare for the rapid delivery of an "
        "assistance package;",
        [("urges", ("JointAssessmentMission",))],
    ),
    (  # not taken: a joint body the vocabulary lacks, read as its members
        "1. Urges the Joint Verification Team of the United Nations, the World Bank and the parties to continue their "
        "efforts;",
        [("urges", ("UNSystemEntities", "UNFundsProgrammes", "PartiesToConflict"))],
    ),
    (  # not taken: its recommendations, owned, not addressed
        "1. Calls upon the parties once again to implement the recommendations of the Joint Assessment Mission to the "
        "Gali sector (November 2000);",
        [("calls-upon", ("PartiesToConflict",))],
    ),
    (  # not taken: a "Joint ... of" name that owns its "of", the Board after it asked
        "1. Requests the Joint Inspection Unit of the United Nations system and the Board of Auditors to continue to "
        "review the matter;",
        [("requests", ("JIU", "BoardOfAuditors"))],
    ),
    (  # not taken: the names after the member joined by "and"
        "1. Urges the Joint Assessment Mission of the United Nations and the World Bank, Member States and the African "
        "Union to support the process;",
        [("urges", ("JointAssessmentMission", "MemberStates", "AfricanUnion"))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_joint_body_named_as_one(text, expected):
    assert mandates(snippet("The Security Council,\n\n" + text + "\n"), "verb", "addressees") == expected
