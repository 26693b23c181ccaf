"""The associate members of the United Nations regional commissions are mostly Non-Self-Governing Territories (ECOSOC's
decolonization texts: "Non-Self-Governing Territories that are associate members of the regional commissions"; some are
not, Puerto Rico, Aruba, Curaçao: the closest id, heldout38's), not the commissions: "Invites associate members of the regional commissions to participate in the Conference and the preparatory
meeting" (heldout38 A/RES/78/128 op 29: NonSelfGoverningTerritories) was read as UNSystemEntities, whose alias "regional
commissions" ended the name. actors.yaml gives NonSelfGoverningTerritories the longer alias. Not taken: the commissions
themselves stay UNSystemEntities; the Territories named among United Nations bodies are read beside them (the wording
of the conference modalities texts' annexes, "relevant organizations and bodies of the United Nations system, including
associate members of the regional commissions")."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "1. Invites associate members of the regional commissions to participate in the Conference and the preparatory "
        "meeting;",
        [("invites", ("NonSelfGoverningTerritories",))],
    ),
    (  # not taken: the commissions themselves
        "1. Invites the regional commissions to participate in the Conference;",
        [("invites", ("UNSystemEntities",))],
    ),
    (
        "1. Invites relevant organizations and bodies of the United Nations system, including associate members of the "
        "regional commissions, to participate in the Conference;",
        [("invites", ("UNSystemEntities", "NonSelfGoverningTerritories"))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_associate_members_of_the_regional_commissions(text, expected):
    r = snippet("The General Assembly,\n\n" + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
