"""Addressees misread in corpus-full (issue 12, the addressee work's known faults).

- "Recalls the request, in resolution 2178 (2014), to the Analytical Support and Sanctions
  Monitoring Team ... to report" (S/RES/2195 (2014) op 22): a request recalled renews no mandate (the
  first hand gold counts none: "recalls its requests in its resolution 2378" S/RES/2506 (2020) op 15,
  "Recalls its request for precise timelines", "recalls its authorization to UNIFIL" S/RES/2433 (2018)
  ops 6 and 19), a decision or an authorization reaffirmed neither (S/RES/2292 (2016) op 5, E/RES/2025/5);
  one reiterated, renewed or reaffirmed does ("Reaffirms its call on all States", "and reiterates its
  request that the Secretary-General", S/RES/2433 (2018) ops 17 and 20, even in a paragraph's middle).
  The resolution cited without a paragraph ("Reiterates the request, in resolution 2178 (2014), to the
  Monitoring Team") stood between the noun and its addressee: the window held the citation only.
- "Recommends the guidelines and recommendations ... to all Member States for implementation"
  (A/RES/74/24, 77/33, 80/12 op 2): a recommendation's addressee may come after its object.
  Only "recommends" reads so: "Urges the provision of assistance to States" asks no State.
- "further decides that the authority be transferred from AFISMA to MINUSMA" (S/RES/2100 (2013)
  op 7): an actor after the verb of a "that" clause is not its subject; the Council decides. Nor
  does "recommends that these proposals be further elaborated within the Open-ended Working Group"
  (A/RES/78/237 op 6) ask who the clause before asked: a passive clause's subject is acted on.
- "Also welcomes the establishment ... of a National Commission on Transitional Justice and
  encourages the Commission to seek accountability" (A/RES/80/224 op 3): "the Commission" is the
  commission named last, here one the vocabulary lacks, not the Commission of Inquiry named before.
- "requests MONUSCO’s military, police and civilian components to work together" (S/RES/2211
  (2015) op 2): the comma inside the body's parts cut the window at "MONUSCO’s military".
- "Authorises MINUSCA to take all necessary means" (S/RES/2552 (2020) op 30, 70 paragraphs):
  the British spelling is the verb too.
- "Urges further in this context that all Ivorian parties and all States" (S/RES/1893 (2009) op 19):
  an adverb and a linking phrase one after the other stood before the addressees.
- "encourages it to: a. develop a costed version" (S/RES/2687 (2023) op 7): "to" before a colon
  ends the window as an infinitive does; the pronoun stands for the Government named before.
- "Encourages the convening of a Security Council Informal Interactive Dialogue ... with participation
  of donors" (S/RES/2165 (2014)), "Encourages the continuation of live webcasts of public meetings of the
  General Assembly, the Economic and Social Council" (A/RES/74/92 op 86): what an activity is of or
  for is not asked to act (about 350 mandates of corpus-full), but its agent after "by" is ("the full
  implementation of the Agreement by ...", "all attacks by the Islamic Republic of Iran against Bahrain",
  S/RES/2817 (2026) op 4: the addressee convention from stop 27, test_nominal_activity_agent_asked.py), and
  so is the agent of "efforts" or "withdrawal" after "of" (verbs.yaml agent_nouns:
  "the immediate withdrawal of the M23", S/RES/2666 (2022) op 10); ", reiterates its support for"
  (S/RES/2723 (2024) op 10) begins the organ's own clause, as ", and commends the" does. A plural
  possessive is no addressee: "strengthening Member States’ capabilities" (S/RES/2195 (2014) op 21).
- "Recalls its decision in resolution 77/276 of 29 March 2023 to request the International Court of
  Justice" (A/RES/78/69 op 205): no mandate, and the Court no addressee (it was, the citation read
  as the window's lead); "to" after a decision opens an infinitive (verbs.yaml infinitive_after_noun);
  "pursuant to its resolutions 2162 (2014) and 2226 (2015), to the Secretary-General" (S/RES/2239
  (2015) op 22), "made to the Secretary-General": a citation or "made" stood before the addressee;
  ", and commends the renewed cooperation between all stakeholders" (S/RES/2657 (2022) op 1) begins
  the organ's own clause, not the next body of a list; so does one with an adverb before its verb: ", fully supports
  the Special Envoy of the Secretary-General" (S/RES/2666 (2022) op 18, heldout40 04: the Envoy had been read as an
  agent of the "ownership ... by the signatory states" encouraged).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        SC,
        "Recalls the request, in resolution 2178 (2014), to the Analytical Support and Sanctions Monitoring "
        "Team, in close cooperation with all relevant United Nations counter-terrorism bodies, to report to the "
        "Committee within 180 days;",
        [],
    ),
    (
        SC,
        "Reiterates the request, in resolution 2178 (2014), to the Analytical Support and Sanctions Monitoring "
        "Team, in close cooperation with all relevant United Nations counter-terrorism bodies, to report;",
        [("requests", {"MonitoringTeam1526"})],
    ),
    (
        SC,
        "Reiterates its request in resolution 2368 (2017) to the Secretary-General to report;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        GA,
        "Recommends the guidelines and recommendations for objective information on military matters to all "
        "Member States for implementation, fully taking into account specific political, military and other "
        "conditions prevailing in a region;",
        [("recommends", {"MemberStates"})],
    ),
    (
        GA,
        "Urges the provision of technical assistance to Member States;",
        [("urges", set())],
    ),
    (
        GA,
        "Recommends the increase of measures to raise awareness among young people;",
        [("recommends", set())],
    ),
    (
        SC,
        "Decides to establish MINUSMA, further decides that the authority be transferred from AFISMA to MINUSMA "
        "on 1 July 2013;",
        [("decides", {"SecurityCouncil"}), ("decides", {"SecurityCouncil"})],
    ),
    (
        GA,
        "Encourages Member States to continue exchanging views, and recommends that these proposals be further "
        "elaborated within the Open-ended Working Group;",
        [("encourages", {"MemberStates"}), ("recommends", set())],
    ),
    (
        GA,
        "Welcomes the assistance given by the Secretary-General, and recommends that such assistance include training;",
        [("recommends", set())],
    ),
    (
        SC,
        "Decides that the Secretary-General shall appoint a Special Envoy;",
        [("decides", {"SecretaryGeneral"})],
    ),
    (
        GA,
        "Welcomes the work of the Independent International Commission of Inquiry on the Syrian Arab Republic, "
        "and requests the Commission to report;",
        [("requests", {"CommissionsOfInquiry"})],
    ),
    (
        GA,
        "Welcomes the work of the Independent International Commission of Inquiry on the Syrian Arab Republic, "
        "also welcomes the establishment by the Government of Syria of a National Commission on Transitional "
        "Justice and encourages the Commission to seek accountability for all victims;",
        [("encourages", set())],
    ),
    (
        SC,
        "Welcomes the report, and requests MONUSCO’s military, police and civilian components to work together "
        "in an integrated way;",
        [("requests", {"MONUSCO"})],
    ),
    (
        GA,
        "Recalls its decision in resolution 77/276 of 29 March 2023 to request the International Court of Justice "
        "to render an advisory opinion;",
        [],
    ),
    (
        SC,
        "Reiterates its request, pursuant to its resolutions 2162 (2014) and 2226 (2015), to the "
        "Secretary-General to deploy this unit to Liberia;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        GA,
        "Reiterates the request made to the Secretary-General to establish a trust fund;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Recalls its authorization given to UNOCI to use all necessary means, and reaffirms its call on all States "
        "to support UNOCI, and reiterates its request that the Secretary-General look at ways to enhance it;",
        [("calls-upon", {"States"}), ("requests", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Reaffirms its decision that all Member States shall cooperate with the Committee;",
        [],
    ),
    (
        SC,
        "Urges the Government of Côte d'Ivoire to act, and commends the renewed cooperation between all "
        "stakeholders to implement "
        "its mandate;",
        [("urges", {"state:CIV"})],
    ),
    # (an adverb before the organ's own verb: S/RES/2666 (2022) op 18, heldout40 04, and its renewals 2717, 2765;
    # "particularly" singles out a member, the list going on)
    (
        SC,
        "Encourages ownership and political will by the signatory states of the PSC Framework for the implementation of"
        " the UN Strategy for Peace Consolidation, Conflict Prevention and Conflict Resolution as well as its Action"
        " Plan, fully supports the Special Envoy of the Secretary-General in fulfilling his mandate, and calls on the"
        " Special Envoy to continue his engagement;",
        [("encourages", {"PSCFrameworkSignatories"}), ("calls-upon", {"SpecialEnvoys"})],
    ),
    (
        SC,
        "Encourages cooperation by Member States, particularly the States of the region, and regional organizations;",
        [("encourages", {"MemberStates", "RegionalPartners", "InternationalOrganizations"})],
    ),
    (
        SC,
        "Urges further in this context that all Ivorian parties and all States ensure the implementation;",
        [("urges", {"PartiesToConflict", "States"})],
    ),
    (
        SC,
        "Notes the Government of Somalia has revised its National Security Architecture, and encourages it to: "
        "a. develop a costed version;",
        [("encourages", {"state:SOM"})],
    ),
    (
        SC,
        "Encourages the convening of a Security Council Informal Interactive Dialogue every two months with "
        "participation of donors, interested regional parties and representatives of the international "
        "humanitarian agencies;",
        [("encourages", set())],
    ),
    (
        GA,
        "Encourages the continuation of live webcasts of public meetings of the General Assembly, the Economic "
        "and Social Council and their subsidiary bodies;",
        [("encourages", set())],
    ),
    (
        GA,
        "Urges the full implementation of the Agreement by the Secretary-General and Member States;",
        [("urges", {"SecretaryGeneral", "MemberStates"})],
    ),
    (
        SC,
        "Demands the immediate cessation of all attacks by the Islamic Republic of Iran against Bahrain, Kuwait "
        "and Jordan;",
        [("demands", {"state:IRN"})],
    ),
    (
        SC,
        "Demands that all armed groups cease immediately all forms of violence, further demands the immediate "
        "withdrawal of the M23 from all occupied areas;",
        [("demands", {"PartiesToConflict"}), ("demands", {"M23"})],
    ),
    (
        SC,
        "Calls upon the sides to reduce barriers, and encourages further progress on the removal of remaining "
        "obstacles, reiterates its support for the proposal of the Secretary-General for a dialogue;",
        [("calls-upon", {"PartiesToConflict"}), ("encourages", set())],
    ),
    (
        GA,
        "Requests the continuation of efforts made by the secretariat of the Convention, parties to the Convention "
        "and the Global Environment Facility;",
        [("requests", {"ConventionSecretariats", "StatesParties", "GEF"})],
    ),
    (
        GA,
        "Welcomes the report, and therefore requests an informal briefing in the form of an interactive dialogue "
        "from the Secretary-General before 28 February 2023;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        GA,
        "Recommends the use of the Model Provisions by States and other relevant stakeholders;",
        [("recommends", {"States", "Stakeholders"})],
    ),
    (
        GA,
        "Recommends that the debate on the report of the International Law Commission at the seventy-ninth "
        "session of the General Assembly commence on 21 October 2024.",
        [("recommends", set())],
    ),
    (
        SC,
        "Further requests that the report include recommendations of concrete options for strengthening Member "
        "States’ capabilities;",
        [("requests", set())],
    ),
    (
        SC,
        "Urges further international support for the Lebanese Armed Forces and all state security institutions;",
        [("urges", set())],
    ),
    (
        GA,
        "Welcomes the progress made, and encourages the efforts of the African Union to promote peace;",
        [("encourages", {"AfricanUnion"})],
    ),
    (
        SC,
        "Authorises MINUSCA to take all necessary means to carry out its mandate;",
        [("authorizes", {"MINUSCA"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_addressees_named_after_the_object(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
