"""The United Nations' bodies, organs and agencies named with "of": "Urges the international partners for the development
of Burundi, including the concerned bodies of the United Nations" (S/RES/1650 (2005) op 10), "Urges Member States, the
Secretariat and relevant organs of the United Nations" (A/RES/74/277 op 3 and its yearly twins), "other relevant
stakeholders, including organizations and bodies of the United Nations" (heldout38 A/RES/78/128 op 28, the gold's
UNSystemEntities) named no one: "the United Nations" after "of" only qualifies the noun, and "United Nations bodies" was
the only order the vocabulary had. actors.yaml gives the "of" wordings the same id, UNSystemEntities; not the
intergovernmental or governing ones (ids of their own), the principal organs (the Council and the Assembly among them),
nor a named part of the Organization after it ("the United Nations disarmament machinery"). Review56-A 3-5: nor the
treaty, expert, human rights, deliberative or policymaking kinds (capitalised too: "the Principal organs"), a named part
of more than one word ("human rights machinery", "peace and security pillar", "United Nations-system"), nor a
capitalised name going on ("the United Nations Secretariat", "the United Nations Framework Convention on Climate Change")."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # S/RES/1650 (2005) op 10: a named inclusion is an addressee
        "10. Urges the international partners for the development of Burundi, including the concerned bodies of the "
        "United Nations, to continue to provide their support for the reconstruction of the country;",
        "SC",
        [("urges", {"DevelopmentPartners", "UNSystemEntities"})],
    ),
    (  # A/RES/74/277 op 3 (75/281, 77/302, 78/291)
        "3. Urges Member States, the Secretariat and relevant organs of the United Nations to take all steps necessary "
        "to implement the proposals, recommendations and conclusions of the Special Committee;",
        "GA",
        [("urges", {"MemberStates", "Secretariat", "UNSystemEntities"})],
    ),
    (  # heldout38 A/RES/78/128 op 28 (A/RES/75/212 op 22, 77/245 op 38)
        "28. Invites other relevant stakeholders, including organizations and bodies of the United Nations, "
        "intergovernmental organizations, international financial institutions, to participate as observers in the "
        "Conference;",
        "GA",
        [
            (
                "invites",
                {
                    "Stakeholders",
                    "UNSystemEntities",
                    "InternationalOrganizations",
                    "InternationalFinancialInstitutions",
                },
            )
        ],
    ),
    (  # A/RES/76/265 op 2 ("systems", sic)
        "2. Invites all Member States, organizations and agencies of the United Nations systems, other international "
        "and regional organizations to observe World Seagrass Day;",
        "GA",
        [("invites", {"MemberStates", "UNSystemEntities", "InternationalOrganizations"})],
    ),
    (  # unchanged: the system's own alias
        "22. Calls upon relevant organizations and bodies of the United Nations system to integrate the Programme;",
        "GA",
        [("calls-upon", {"UNSystemEntities"})],
    ),
    (  # not taken: the intergovernmental bodies have an id of their own
        "5. Invites relevant intergovernmental bodies of the United Nations to consider the report;",
        "GA",
        [("invites", {"IntergovernmentalBodies"})],
    ),
    (  # not taken: the governing bodies of the funds and programmes are theirs
        "9. Invites the governing bodies of the United Nations funds and programmes to consider the report;",
        "GA",
        [("invites", {"UNFundsProgrammes"})],
    ),
    (  # not taken: the principal organs (the Council, the Assembly) are no system entities
        "2. Calls upon the principal organs of the United Nations to consider the report;",
        "GA",
        [("calls-upon", set())],
    ),
    (  # not taken: a named part of the Organization after it (A/RES/78/239 op 3)
        "3. Invites Member States, as well as relevant bodies of the United Nations disarmament machinery, to continue "
        "to consider the issue;",
        "GA",
        [("invites", {"MemberStates"})],
    ),
    (  # not taken: treaty bodies: TreatyBodies, as before (review56-A 3)
        "1. Invites the treaty bodies of the United Nations to consider the report;",
        "GA",
        [("invites", {"TreatyBodies"})],
    ),
    (  # not taken: the intergovernmental and expert bodies: IntergovernmentalBodies, as before
        "1. Invites the intergovernmental and expert bodies of the United Nations to consider the report;",
        "GA",
        [("invites", {"IntergovernmentalBodies"})],
    ),
    (  # not taken: a capitalised name going on: the Secretariat's agencies
        "1. Urges the agencies of the United Nations Secretariat to consider the report;",
        "GA",
        [("urges", {"Secretariat"})],
    ),
    (  # not taken: a convention's bodies, no system entity
        "1. Invites the subsidiary bodies of the United Nations Framework Convention on Climate Change to "
        "consider the report;",
        "GA",
        [("invites", set())],
    ),
    (  # not taken: a convention's bodies, no system entity
        "1. Invites the subsidiary bodies of the United Nations Convention to Combat Desertification to "
        "consider the report;",
        "GA",
        [("invites", set())],
    ),
    (  # not taken: a named part in several words (review56-A 4)
        "1. Invites the relevant bodies of the United Nations human rights machinery to consider the report;",
        "GA",
        [("invites", set())],
    ),
    (  # not taken: a named part in several words
        "1. Invites the relevant bodies of the United Nations peace and security pillar to consider the report;",
        "GA",
        [("invites", set())],
    ),
    (  # not taken: the system hyphenated
        "1. Invites the relevant bodies of the United Nations-system to consider the report;",
        "GA",
        [("invites", set())],
    ),
    (  # taken: a list going on after it, not a named part
        "1. Invites the relevant bodies of the United Nations and civil society organizations to consider the report;",
        "GA",
        [("invites", {"UNSystemEntities", "CivilSociety"})],
    ),
    (  # not taken: the principal organs capitalised (review56-A 5)
        "1. Calls upon the Principal organs of the United Nations to consider the report;",
        "GA",
        [("calls-upon", set())],
    ),
    (  # not taken: intergovernmental kinds
        "1. Invites the policymaking organs of the United Nations to consider the report;",
        "GA",
        [("invites", set())],
    ),
    (  # not taken: intergovernmental kinds
        "1. Invites the deliberative bodies of the United Nations to consider the report;",
        "GA",
        [("invites", set())],
    ),
    (  # not taken: the human rights bodies, no system entity
        "1. Invites the human rights bodies of the United Nations to consider the report;",
        "GA",
        [("invites", set())],
    ),
    (  # not taken: a partner after "with", a receiver after "to"
        "6. Requests the Committee to cooperate with all bodies of the United Nations and to transmit its findings to "
        "the relevant bodies of the United Nations;",
        "SC",
        [("requests", {"SanctionsCommittee"})],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_bodies_of_the_united_nations(text, organ, expected):
    r = resolution(text, organ=organ, date="2005-12-21")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
