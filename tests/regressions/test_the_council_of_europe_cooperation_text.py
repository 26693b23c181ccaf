"""The Assembly's biennial text on its cooperation with the Council of Europe (A/RES/79/284, heldout44 25; 75/264).

Its heads asked together, "Invites the Secretaries-General of the United Nations and the Council of Europe to combine
their efforts" (op 40), gave the Council of Europe alone: no alias of the Secretary-General took the plural, where the
secretariats' ("the secretariats of the United Nations and the League of Arab States") are the Secretariat's. "The two
organizations" (op 31) never stood for the Council of Europe, which lacked the contextual aliases of the other
organizations the Assembly cooperates with (actors.yaml). The parties of a cooperation listed with a mandate holder's
subject ("the Special Rapporteur on the sale, sexual exploitation and sexual abuse of children, the Office of ...", op
16) or a right's "to" ("the Special Rapporteur on the right to privacy and ..., and the Council of Europe", op 29)
stopped at the subject or the "to"; "United Nations and Council of Europe bodies" (op 18) read the Council alone."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # op 40: both heads
        "40. Invites the Secretaries-General of the United Nations and the Council of Europe to combine their efforts in "
        "seeking answers to global challenges, within their respective mandates;",
        [("invites", {"SecretaryGeneral", "CouncilOfEurope"})],
    ),
    (  # near miss: the heads of the system's organizations are no Secretary-General of the United Nations
        "4. Invites the Secretaries-General of the United Nations system organizations to meet annually;",
        [("invites", {"UNSystemEntities"})],
    ),
    (  # near miss: nor the heads of its agencies
        "4. Invites the Secretaries-General of the United Nations agencies to meet annually;",
        [("invites", {"UNSystemEntities"})],
    ),
    (  # op 31 of 75/264's shape without a part singled out: the two named last
        "27. Encourages further cooperation between the United Nations and the Council of Europe;\n\n"
        "28. Welcomes and continues to encourage the close cooperation between the two organizations in the fight "
        "against transnational organized crime;",
        [
            ("encourages", {"UNSystemEntities", "CouncilOfEurope"}),
            ("encourages", {"UNSystemEntities", "CouncilOfEurope"}),
        ],
    ),
    (  # op 16: a mandate holder's subject with commas of its own, the list going on past it
        "16. Welcomes and encourages the enhancing of the close collaboration among the United Nations Children’s Fund, "
        "the Special Representative of the Secretary-General on Violence against Children, the Special Rapporteur on the "
        "sale, sexual exploitation and sexual abuse of children, the Office of the United Nations High Commissioner for "
        "Human Rights, the Committee on the Rights of the Child and the Council of Europe, aimed at protecting and "
        "promoting the rights of the child;",
        [
            (
                "encourages",
                {
                    "UNFundsProgrammes",
                    "SpecialRepresentatives",
                    "SpecialProcedures",
                    "OHCHR",
                    "TreatyBodies",
                    "CouncilOfEurope",
                },
            )
        ],
    ),
    (  # op 29: "the right to privacy" is no infinitive
        "29. Welcomes and encourages the cooperation between relevant United Nations agencies and special procedures of "
        "the Human Rights Council, including the Special Rapporteur on the right to privacy and the Special Rapporteur "
        "on the promotion and protection of the right to freedom of opinion and expression, and the Council of Europe, "
        "most notably with regard to the follow-up;",
        [("encourages", {"UNSystemEntities", "SpecialProcedures", "CouncilOfEurope"})],
    ),
    (  # near miss: a holder's subject followed by a clause of the text's own, not a list's join: the list ends there
        "3. Encourages the cooperation between the Special Rapporteur on the situation of human rights defenders, "
        "taking into account the views of the Government of Mali, and civil society;",
        [("encourages", {"SpecialProcedures"})],
    ),
    (  # op 18: "United Nations" coordinated before another body's name, the head shared
        "18. Encourages greater interaction between all relevant United Nations and Council of Europe bodies in these "
        "important areas;",
        [("encourages", {"UNSystemEntities", "CouncilOfEurope"})],
    ),
    (  # near miss: no head a United Nations alias takes ("United Nations personnel" is none): as before
        "6. Calls upon all relevant United Nations and African Union personnel to cooperate;",
        [("calls-upon", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_council_of_europe_cooperation_text(text, expected):
    r = resolution(text, date="2025-04-16", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_a_holder_s_subject_is_linear():
    """A holder's subject (asides.TITLE_SUBJECT, in agents.LIST_GOES_ON) is read 160 characters at most: a long run of
    commas and words after "Special Rapporteur on" costs in proportion to the gap the list reads past."""
    from resgraph.extract.agents import LIST_GOES_ON
    from tests.growth import LINEAR, growth

    head = "the Special Rapporteur"
    assert (
        growth(
            lambda n: head + " on the sale" + ", sexual abuse of children" * n,
            lambda t: LIST_GOES_ON.fullmatch(t, len(head)),
            400,
        )
        < LINEAR
    )
