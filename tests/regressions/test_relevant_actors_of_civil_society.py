"""The Assembly's Beijing follow-up ("Calls upon Governments and the organs ... of the United Nations system, ..., and all
relevant actors of civil society, including non-governmental organizations", A/RES/78/182 op 19, 74/128, 76/142, 80/186)
and its women-in-development text (75/159 op 14, 77/196, 79/155) gave Stakeholders beside CivilSociety: the generic head
"relevant actors" was read as an actor of its own, the "of civil society" that says who they are as a qualifier. A
generic head (Stakeholders' aliases) whose "of" names a kind of actor is that kind alone, as "representatives of civil
society" is CivilSociety (heldout25 13 op 16). Not a State after "of" ("the stakeholders of South Sudan": the country's
own stakeholders; nor a group of States, "relevant stakeholders of developing countries"), nor what names no actor ("all
actors of the agrifood system"), nor a kind after a comma ("relevant stakeholders, including civil society": both), nor
an actor that owns or qualifies a noun after it ("all stakeholders of the Secretary-General's initiative"), nor the "of"
of a head that is no kind ("all stakeholders of the Peacebuilding Commission": what they have a stake in)."""

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
    (  # not taken: a cue after "of" (what they have a stake in)
        "9. Calls upon the stakeholders of the Revitalised Agreement to implement it;",
        [("calls-upon", {"Stakeholders"})],
    ),
    (  # not taken: another generic head after "of"
        "10. Encourages all relevant actors of all stakeholders to contribute;",
        [("encourages", {"Stakeholders"})],
    ),
    # (review56-B 1) not taken: the actor after "of" owns or qualifies a noun after it
    (
        "11. Encourages all stakeholders of the Secretary-General's initiative to strengthen their engagement;",
        [("encourages", {"Stakeholders"})],
    ),
    (
        "12. Encourages all relevant actors of the Security Council's subsidiary bodies to strengthen their engagement;",
        [("encourages", {"Stakeholders"})],
    ),
    (
        "13. Encourages all stakeholders of the Human Rights Council's universal periodic review to contribute;",
        [("encourages", {"Stakeholders"})],
    ),
    (
        "14. Calls upon all relevant actors of the Economic Community of West African States region to contribute;",
        [("calls-upon", {"Stakeholders"})],
    ),
    (
        "15. Encourages all relevant stakeholders of the African Union's Agenda 2063 to contribute;",
        [("encourages", {"Stakeholders"})],
    ),
    # (review56-B 2) not taken: States or a group of States after "of" (the countries' own)
    (
        "16. Encourages relevant stakeholders of developing countries to strengthen their capacities;",
        [("encourages", {"Stakeholders"})],
    ),
    (
        "17. Encourages relevant actors of the least developed countries to strengthen their capacities;",
        [("encourages", {"Stakeholders"})],
    ),
    (
        "18. Encourages relevant actors of small island developing States to strengthen their capacities;",
        [("encourages", {"Stakeholders"})],
    ),
    (
        "19. Calls upon all relevant actors of Member States to strengthen their capacities;",
        [("calls-upon", {"Stakeholders"})],
    ),
    (
        "20. Encourages all national actors of the Member States to contribute;",
        [("encourages", {"Stakeholders"})],
    ),
    # (review56-B 3) not taken: "stakeholders" / "interested parties" of a body: what they have a stake in
    (
        "21. Encourages all stakeholders of the Peacebuilding Commission to contribute;",
        [("encourages", {"Stakeholders"})],
    ),
    (
        "22. Encourages all stakeholders of the African Union to contribute;",
        [("encourages", {"Stakeholders"})],
    ),
    (
        "23. Urges all interested parties of the Economic and Social Council to contribute;",
        [("urges", {"Stakeholders"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_relevant_actors_of_civil_society(text, expected):
    r = resolution(text, organ="GA", date="2023-12-19")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
