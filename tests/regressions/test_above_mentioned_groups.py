"""Referents: a group "above-mentioned" or "aforementioned", or a demonstrative group of two nouns, stands for the actors
named before (heldout17's misses, "all the above-mentioned stakeholders read as Stakeholders", and "those organizations
and national committees" read as no one): "Urges all the above-mentioned stakeholders, in particular the United Nations
organs, bodies, and agencies to assist" (S/RES/1542 (2004) op 14: op 13's list, the gold's set, not Stakeholders);
"encourages further the above-mentioned entities and bodies to train" (S/RES/2331 (2016) op 17: all whom the paragraph
asked before); "invites those organizations and national committees to cooperate" (A/RES/74/16 op 3 and its yearly
twins: the sports federations and organizations and the National Olympic and Paralympic Committees named before)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "

CASES = [
    (  # S/RES/1542 (2004) ops 13-14
        SC,
        "Emphasizes the need for Member States, United Nations organs, bodies and agencies and other international "
        "organizations, in particular OAS and CARICOM, other regional and subregional organizations, international "
        "financial institutions and non-governmental organizations to continue to contribute to the development of "
        "Haiti;\n\n2. Urges all the above-mentioned stakeholders, in particular the United Nations organs, bodies, and "
        "agencies to assist the Transitional Government of Haiti;",
        [
            (
                "urges",
                {
                    "MemberStates",
                    "UNSystemEntities",
                    "InternationalOrganizations",
                    "OAS",
                    "InternationalFinancialInstitutions",
                    "CivilSociety",
                },
            )
        ],
    ),
    (  # S/RES/2331 (2016) op 17
        SC,
        "Encourages UNODC and other relevant United Nations entities, including UNHCR and UNICEF, and other international "
        "and regional bodies, including INTERPOL and the International Organization for Migration (IOM), to continue "
        "supporting Member States efforts; and in this regard, encourages further the above-mentioned entities and "
        "bodies to train their personnel;",
        [
            (
                "encourages",
                {"UNODC", "UNSystemEntities", "UNHCR", "UNFundsProgrammes", "InternationalOrganizations", "INTERPOL"},
            ),
            (
                "encourages",
                {"UNODC", "UNSystemEntities", "UNHCR", "UNFundsProgrammes", "InternationalOrganizations", "INTERPOL"},
            ),
        ],
    ),
    (  # A/RES/74/16 op 3
        GA,
        "Welcomes the work of the International Olympic Committee and the International Paralympic Committee, in "
        "mobilizing national and international sports federations and organizations, National Olympic and Paralympic "
        "Committees and associations of these organizations to take concrete actions, and invites those organizations "
        "and national committees to cooperate and share information;",
        [("invites", {"SportsOrganizations", "OlympicMovement"})],
    ),
    (  # guard: the group's noun named in the paragraph before the verb, not the paragraph before
        GA,
        "Welcomes the work of Member States;\n\n2. Notes the work of regional organizations, and encourages the "
        "above-mentioned organizations to continue;",
        [("encourages", {"InternationalOrganizations"})],
    ),
]


@pytest.mark.parametrize("opening,text,expected", CASES)
def test_above_mentioned_groups(opening, text, expected):
    r = snippet(opening + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_above_mentioned_group_is_linear():
    from resgraph.extract.pronouns import ABOVE_GROUP, PRONOUN
    from tests.growth import LINEAR, growth

    assert growth(lambda n: " " * n + "the above-mentioned" + " " * n + "x", ABOVE_GROUP.match, 2000) < LINEAR
    assert growth(lambda n: "those organizations and" + " " * n + "x", PRONOUN.fullmatch, 2000) < LINEAR
