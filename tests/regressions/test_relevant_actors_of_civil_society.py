"""The Assembly's Beijing follow-up ("Calls upon Governments and the organs ... of the United Nations system, ..., and all
relevant actors of civil society, including non-governmental organizations", A/RES/78/182 op 19, 74/128, 76/142, 80/186)
and its women-in-development text (75/159 op 14, 77/196, 79/155) gave Stakeholders beside CivilSociety: the generic head
"relevant actors" was read as an actor of its own, the "of civil society" that says who they are as a qualifier. A
generic head (Stakeholders' aliases) whose "of" names a kind of actor is that kind alone, as "representatives of civil
society" is CivilSociety (heldout25 13 op 16). Not a State after "of" ("the stakeholders of South Sudan": the country's
own stakeholders), nor what names no actor ("all actors of the agrifood system"), nor a kind after a comma ("relevant
stakeholders, including civil society": both)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # A/RES/78/182 op 19
        "19. Calls upon Governments and the organs, relevant funds and programmes and specialized agencies of the United "
        "Nations system, within their respective mandates, other international and regional organizations, including "
        "financial institutions, and all relevant actors of civil society, including non-governmental organizations, to "
        "intensify and accelerate action to achieve the full and effective implementation of the Beijing Declaration;",
        [
            (
                "calls-upon",
                {
                    "States",
                    "UNSystemEntities",
                    "InternationalOrganizations",
                    "InternationalFinancialInstitutions",
                    "CivilSociety",
                },
            )
        ],
    ),
    (  # A/RES/79/155 op 15 (its list)
        "15. Invites the international financial institutions and all relevant actors of civil society, including "
        "non-governmental organizations, to continue to support the efforts of developing countries;",
        [("invites", {"InternationalFinancialInstitutions", "CivilSociety"})],
    ),
    (  # the same head qualified by the United Nations system
        "4. Encourages all relevant actors of the United Nations system to support national efforts;",
        [("encourages", {"UNSystemEntities"})],
    ),
    (  # not taken: a State after "of" (the country's own stakeholders)
        "6. Calls upon all stakeholders of South Sudan to engage in the dialogue;",
        [("calls-upon", {"Stakeholders"})],
    ),
    (  # not taken: no actor named after "of"
        "7. Encourages all actors of the agrifood system to reduce food loss;",
        [("encourages", {"Stakeholders"})],
    ),
    (  # not taken: the kind after a comma, both
        "8. Encourages all relevant stakeholders, including civil society, to contribute;",
        [("encourages", {"Stakeholders", "CivilSociety"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_relevant_actors_of_civil_society(text, expected):
    r = resolution(text, organ="GA", date="2023-12-19")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
