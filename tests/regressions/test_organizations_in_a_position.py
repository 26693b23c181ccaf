"""Bare "organizations" after States, followed by "in a position to do so", are international organizations as before
"to" or a comma: "Encourages those Member States and organizations in a position to do so to support measures"
(A/RES/74/80 op 18, 76/74 op 20, 78/70 op 20, 80/74 op 24) asked Member States only (modifiers.AND_HEAD read a
coordinated head only before "and", "or", "to" or punctuation); the golds read bare "organizations" so ("Invites the
Secretary-General and those States and organizations that are in a position to do so", heldout17 25 op 8).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 73/18,\n\n1. "

CASES = [
    (
        "Encourages those Member States and organizations in a position to do so to support measures;",
        [("encourages", {"MemberStates", "InternationalOrganizations"})],
    ),
    (
        "Encourages States and organizations in a position to do so to provide assistance;",
        [("encourages", {"States", "InternationalOrganizations"})],
    ),
    (
        "Encourages Member States and organizations of the United Nations system to provide assistance;",
        [("encourages", {"MemberStates", "UNSystemEntities"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_organizations_in_a_position(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
