"""Demonstrative groups (the third held-out gold, S/RES/2773 (2025) op 5, S/RES/2164 (2014) op 4,
E/RES/2022/6 op 34): "urges both parties" took the African Union of "the AU-designated mediator",
the first actor named before it; "urges all such groups" asked no one; "requests those stakeholders"
took the middle-income countries the paragraph opened with. A group that is an alias in full is
that actor ("both parties", "the two sides": PartiesToConflict by the conventions of
tests/mandate_gold/README.md, though the paragraph names the two States); else it stands for the
last actors named together where one is named with the group's noun ("... and other stakeholders");
else for the first named, or whom the mandate before asked ("all such groups")."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 1325 (2000),\n\n1. "

CASES = [
    # S/RES/2773 (2025) op 5
    (
        SC,
        "Strongly urges the DRC and Rwanda to return without preconditions to diplomatic talks, supports taking "
        "advantage of the progress made by the AU-designated mediator President João Lourenço under the Luanda "
        "process, urges both parties to fully and rapidly implement their commitments;",
        [("urges", ("state:COD", "state:RWA")), ("urges", ("PartiesToConflict",))],
    ),
    # S/RES/2164 (2014) op 4
    (
        SC,
        "Reiterates its demand that all armed groups in Mali put aside their arms, cease hostilities immediately and "
        "urges all such groups that have cut off all ties with terrorist organizations to engage in an inclusive "
        "dialogue;",
        [("demands", ("PartiesToConflict",)), ("urges", ("PartiesToConflict",))],
    ),
    # E/RES/2022/6 op 34
    (
        GA,
        "Recognizes that middle-income countries still face significant challenges and that efforts should be "
        "strengthened through better and focused support of the United Nations development system, the "
        "international financial institutions, regional organizations and other stakeholders, and therefore "
        "requests those stakeholders to ensure that the needs of middle-income countries are considered;",
        [
            (
                "requests",
                (
                    "UNSystemEntities",
                    "InternationalFinancialInstitutions",
                    "InternationalOrganizations",
                    "Stakeholders",
                ),
            )
        ],
    ),
    # A/RES/74/49 op 14: no actor named with the noun: the first ones named together
    (
        GA,
        "Encourages States parties to strengthen their cooperation with civil society, including non-governmental "
        "organizations, industry and relevant international organizations, and invites those stakeholders to engage "
        "further with States parties;",
        [("encourages", ("StatesParties",)), ("invites", ("CivilSociety", "InternationalOrganizations"))],
    ),
    # A/RES/75/16 op 19: "the two organizations" are two
    (
        GA,
        "Notes with satisfaction the increasing cooperation between the Organization of Islamic Cooperation and the "
        "United Nations Educational, Scientific and Cultural Organization, which was marked by the opening of the "
        "representation office of the Organization of Islamic Cooperation at the headquarters of the United Nations "
        "Educational, Scientific and Cultural Organization in Paris, and calls upon the two organizations to expand "
        "their cooperation;",
        [("calls-upon", ("OIC", "UNFundsProgrammes"))],
    ),
]


@pytest.mark.parametrize("pre,text,expected", CASES)
def test_demonstrative_group_addressees(pre, text, expected):
    r = snippet(pre + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
