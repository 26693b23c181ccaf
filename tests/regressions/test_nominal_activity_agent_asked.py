"""The agents of a nominal activity a directive verb asks for are its addressees (the addressee convention
from stop 27, tests/mandate_gold/README.md, "What counts", which turns round stop 26's 74a1de3: that commit read them as
asking no one, the convention heldout9, heldout10 and heldout11 were first annotated under). The agent
after "by": "encourages further assistance in mine action by the United Nations to the Government of
Lebanon" (heldout10 S/RES/1496 (2003) op 9: the United Nations, not the Government helped), "Encourages a
timely decision by the Government of Timor-Leste" (heldout9 S/RES/2037 (2012) op 21), "urges further
engagement by the Secretary-General and the United Nations Special Coordinator" (heldout10 E/RES/2023/34
op 18), "Urges engagement by the sides" (S/RES/2587 (2021) op 6), "Encourages their use by Member States"
(gold S/RES/2255 op 17), "Demands full compliance by all Member States" (heldout3 S/RES/2629 op 5), "efforts
made by" (an agentive participle, verbs.yaml unaddressed.agent_participles); the givers after "from" of
what is given ("encourages further support from bilateral and multilateral partners", heldout10 S/RES/2359
(2017) op 6; "Invites contributions from Member States"; verbs.yaml unaddressed.giver_nouns); the parties
of a joint activity after "between" / "among" ("cooperation between the African Union and the United
Nations", "coordination ... among all relevant States and regional fisheries management organizations").
Not agents: the author of a thing a participle qualifies ("the Agreement signed by the parties"), a
beneficiary ("support to developing countries"), a partner after "with", an adjective ("international
support"), the bodies of an example after "such as", a place after "from" ("withdrawal from"). "Calls for"
or "asks for" such an activity is no mandate (the golds' README: "Calls for" with no addressee)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        SC,
        "Welcomes the continued contribution of UNIFIL to operational demining, encourages further assistance in "
        "mine action by the United Nations to the Government of Lebanon in support of both the continued "
        "development of its national mine action capacity and emergency demining activities in the south;",
        [("encourages", {"UNSystemEntities"})],
    ),
    (
        SC,
        "Encourages a timely decision by the Government of Timor-Leste on the nature, activities and scope of the "
        "United Nations role post-UNMIT in coordination with UNMIT, the United Nations Country Team and other "
        "relevant stakeholders;",
        [("encourages", {"state:TLS"})],
    ),
    (
        GA,
        "Welcomes and urges further engagement by the Secretary-General and the United Nations Special "
        "Coordinator to assist, in cooperation with concerned partners, in the Middle East peace process;",
        [("urges", {"SecretaryGeneral", "SpecialRepresentatives"})],
    ),
    (
        SC,
        "Encourages further support from bilateral and multilateral partners including through the provision "
        "of adequate logistical, operational and financial assistance to the FC-G5S;",
        [("encourages", {"DevelopmentPartners"})],
    ),
    (
        SC,
        "Encourages the submission of listing requests to the Committee by Member States of individuals and "
        "entities supporting ISIL, and further encourages the Secretary-General to urgently consider them;",
        [("encourages", {"MemberStates"}), ("encourages", {"SecretaryGeneral"})],
    ),
    (
        GA,
        # (the Territory's people too, as the golds read them: heldout4 A/RES/80/98 op 6, heldout41 75/115 op 5)
        "Encourages efforts by the administering Power and the people of New Caledonia;",
        [("encourages", {"AdministeringPowers", "NonSelfGoverningTerritories"})],
    ),
    (SC, "Encourages the continuation of efforts by the Government of the DRC;", [("encourages", {"state:COD"})]),
    (SC, "Demands full compliance by all Member States with the arms embargo;", [("demands", {"MemberStates"})]),
    (
        SC,
        "Urges engagement by the sides and the relevant involved parties, facilitated by UNFICYP, to develop a "
        "suitably acceptable proposal;",
        [("urges", {"PartiesToConflict"})],
    ),
    (GA, "Welcomes the guidelines, and encourages their use by Member States;", [("encourages", {"MemberStates"})]),
    (SC, "Encourages the efforts made by the African Union to mediate;", [("encourages", {"AfricanUnion"})]),
    (GA, "Invites contributions from Member States to the trust fund;", [("invites", {"MemberStates"})]),
    (
        SC,
        "Encourages cooperation between the African Union and the United Nations in this regard;",
        [("encourages", {"AfricanUnion", "UNSystemEntities"})],
    ),
    # "of" or "on" after "the United Nations", a proper name (mandates.yaml proper_names), opens what follows it: the
    # United Nations is still a party of the joint activity (S/RES/2765 (2024) op 26, was state:COD alone)
    (
        SC,
        "Requests the joint development by the Government of the DRC and the United Nations of a tailored approach to "
        "the mission’s gradual, responsible and sustainable withdrawal;",
        [("requests", {"state:COD", "UNSystemEntities"})],
    ),
    (
        SC,
        "Encourages cooperation between the African Union and the United Nations on conflict prevention;",
        [("encourages", {"AfricanUnion", "UNSystemEntities"})],
    ),
    # near misses: a capital after it still goes on into another name; "of the United Nations" after a document qualifies it
    (
        GA,
        "Encourages cooperation between Member States and the United Nations Office on Drugs and Crime;",
        [("encourages", {"MemberStates", "UNODC"})],
    ),
    (
        GA,
        "Urges all Member States to fulfil their financial obligations as set out in the Charter of the United Nations "
        "on time, in full and without conditions;",
        [("urges", {"MemberStates"})],
    ),
    (
        GA,
        "Encourages coordination and cooperation for this purpose among all relevant States and regional fisheries "
        "management organizations;",
        [("encourages", {"States", "RFMOs"})],
    ),
    # not agents: the author of a thing, a beneficiary, a partner, an adjective, an example, a place
    (SC, "Urges the full implementation of the Agreement signed by the parties;", [("urges", set())]),
    (GA, "Encourages international support to developing countries;", [("encourages", set())]),
    (GA, "Encourages coordination with the Peacebuilding Commission;", [("encourages", set())]),
    (
        GA,
        "Encourages efforts by Member States, such as the African Union, to combat piracy;",
        [("encourages", {"MemberStates"})],
    ),
    (SC, "Demands the immediate withdrawal from Lebanon of all forces;", [("demands", set())]),
    # who hands the organ something is asked: a report, comments
    (
        SC,
        "Calls on all parties to cooperate fully with UNDOF, and urges prompt reporting by the Secretary-General "
        "to the Security Council of any actions that impede UNDOF's ability to fulfil its mandate;",
        [("calls-upon", {"PartiesToConflict"}), ("urges", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Requests enhanced reporting to the Security Council by the Secretary-General on this issue;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (GA, "Invites comments from Member States on the draft guidelines;", [("invites", {"MemberStates"})]),
    # a passive's agent is asked; the owner of efforts after "of" is
    (
        SC,
        "Encourages regional engagement to be carried out jointly by AMISOM teams;",
        [("encourages", {"AMISOM"})],
    ),
    (
        SC,
        "Encourages the efforts of ECOWAS towards a lasting and final settlement of the crisis;",
        [("encourages", {"ECOWAS"})],
    ),
    # "Calls for" such an activity is no mandate
    (GA, "Calls for an immediate and complete ceasefire by all parties;", []),
]


@pytest.mark.parametrize("head,text,expected", CASES)
def test_nominal_activity_agent_asked(head, text, expected):
    assert mandates(snippet(head + text + "\n"), "verb", "addressees", as_sets=True) == expected
