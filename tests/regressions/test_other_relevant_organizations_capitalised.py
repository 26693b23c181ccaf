"""A generic noun capitalised inside the sentence is no name: "further encourages the facilitation of capacity building
and technical assistance by Member States and other relevant Organizations to Member States" (heldout38 S/RES/2396
(2017) op 13: InternationalOrganizations beside MemberStates) left the organizations out, the vocabulary knowing "other
relevant organizations" in lower case only. actors.yaml adds the capitalised form (data). Not taken: a capitalised
"Organizations" that opens a name ("the Organizations of the United Nations System") stays a name's."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "1. Encourages the facilitation of capacity building and technical assistance by Member States and other "
        "relevant Organizations to Member States as they seek to implement this obligation;",
        [("encourages", ("MemberStates", "InternationalOrganizations"))],
    ),
    (  # the lower case, as before
        "1. Encourages Member States and other relevant organizations to provide technical assistance;",
        [("encourages", ("MemberStates", "InternationalOrganizations"))],
    ),
    (  # not taken: "Organizations" opening a name, the system's organizations
        "1. Calls upon the Organizations of the United Nations System to apply a victim-centred approach;",
        [("calls-upon", ("UNSystemEntities",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_other_relevant_organizations_capitalised(text, expected):
    r = snippet("The Security Council,\n\n" + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
