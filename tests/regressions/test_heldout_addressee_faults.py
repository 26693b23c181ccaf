"""Addressee faults the held-out hand gold found (tests/mandate_gold/heldout, /work/coord notes of its
annotators; issue 12), each fixed in general, not for its file:

- "Reiterates the urgent call upon Myanmar" (A/RES/78/219 op 16): an adjective between "the" and the
  noun of a reiterated call.
- "encourages that this pact relies on agreed-upon benchmarks" (S/RES/2423 (2018) op 5): a "that" clause
  whose subject a demonstrative names is a thing's, and asks no one (not the previous mandate's
  addressees, as "recommends that such assistance continue" does).
- "Requests the Secretary-General, seeking perspectives from all relevant parties, to include"
  (op 71): a participle's clause set off by commas is no body of a list.
- "Calls on the European Union, notably its Special Representative for the Sahel and its EUTM Mali and
  EUCAP Sahel Mali missions" (op 54): the parts of the actor named are that actor.
- "Decides that the strategic priority of MINUSMA remains" (op 26): the subject is a thing of
  MINUSMA's; the Council decides.
- "Requests ECOWAS, through the command of its force, and France to report" (S/RES/1464 (2003) op 10):
  a phrase set off by commas inside a list.
- "calls on them and States of the region" (S/RES/2076 (2012) op 15): a pronoun opening a list stands
  for the actors named before ("the ICGLR, the Southern African Development Community (SADC) and the AU").
- "Calls upon all States neighbouring Côte d'Ivoire" (S/RES/1464 (2003) op 11): the neighbours, not
  States and Côte d'Ivoire.
- "Encourages all relevant United Nations agencies, as well as regional, bilateral and multilateral
  partners" (S/RES/2423 (2018) op 16): a modifier listed before an alias that coordinates its own.
- "Decides that the Panel shall provide to the Council an interim report" (S/RES/2362 (2017) op 14): the
  panel the resolution is about shall act; not "decides that the Panel’s mandated tasks shall remain".
- "Urges MINUSMA's troop- and police- contributing countries", "Members States" (op 56); "Democratic
  Republic of Congo" without "the" (A/HRC/RES/54/34 op 20); "judicial authorities and private entities"
  (A/RES/78/219 op 13); "international institutions", "international actors"; "major groups", "local
  communities" (E/RES/2024/15, E/RES/2023/30); the Independent Institution on Missing Persons in the
  Syrian Arab Republic (A/RES/77/301 ops 3, 4), a body of bodies.yaml.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "
PANEL = (
    "The Security Council,\n\nRecalling the Panel of Experts established by paragraph 24 of resolution 1973 (2011),"
    "\n\n1. "
)

CASES = [
    (GA, "Reiterates the urgent call upon Myanmar to end violence;", [("calls-upon", {"state:MMR"})]),
    # "a Special Representative" to be appointed is no one "him" stands for (S/RES/1464 (2003) op 6)
    (
        SC,
        "Welcomes the Secretary-General’s intention to appoint a Special Representative for Côte d’Ivoire, and "
        "requests him to do so as soon as possible;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Calls on the Government, armed groups and democratic opposition to engage, and urges the opposition "
        "parties and the Government to cooperate;",
        [("calls-upon", {"PartiesToConflict", "PoliticalActors"}), ("urges", {"PoliticalActors"})],
    ),
    # and found in the sample checked by hand (mandate_stats --sample 40 --seed 31): a pronoun's antecedent
    # is no alias qualifying what follows (S/RES/1887 (2009) op 10); "and, where appropriate," inside a list
    # (A/RES/74/149 op 12); a participle's "by" after an adverb named no agent here (A/RES/74/19 op 115) until the
    # agents convention of stop 27 and heldout19's gold of the same words (A/RES/76/72 op 120: UNFundsProgrammes, the
    # IMO's activities; tests/regressions/test_activity_promoted_by.py)
    (
        SC,
        "Expresses concern, demands that the parties concerned comply fully with their obligations under the "
        "relevant Security Council resolutions, and reaffirms its call upon them to find an early solution;",
        [("demands", {"PartiesToConflict"}), ("calls-upon", {"PartiesToConflict"})],
    ),
    (
        GA,
        "Emphasizes the need, and urges the development of capacity-building activities, promoted in particular by "
        "the International Maritime Organization;",
        [("urges", {"UNFundsProgrammes"})],
    ),
    (
        GA,
        "Also calls upon all States and, where appropriate, relevant international organizations to implement "
        "policies;",
        [("calls-upon", {"States", "InternationalOrganizations"})],
    ),
    (
        SC,
        "Requests the Secretary-General to support the pact, and encourages that this pact relies on agreed-upon "
        "benchmarks;",
        [("requests", {"SecretaryGeneral"}), ("encourages", set())],
    ),
    (
        SC,
        "Further requests the Secretary-General, seeking perspectives from all relevant parties, to include an "
        "assessment;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Calls on the European Union, notably its Special Representative for the Sahel and its EUTM Mali and EUCAP "
        "Sahel Mali missions, to coordinate closely with MINUSMA;",
        [("calls-upon", {"EuropeanUnion"})],
    ),
    (
        SC,
        "Decides that the strategic priority of MINUSMA remains to support the implementation of the Agreement;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        SC,
        "Requests ECOWAS, through the command of its force, and France to report to the Council periodically;",
        [("requests", {"ECOWAS", "state:FRA"})],
    ),
    (
        SC,
        "Requests the Secretary-General, in consultation with the African Union, to report;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Welcomes the efforts of the ICGLR, the Southern African Development Community (SADC) and the AU to resolve "
        "the conflict, and calls on them and States of the region to coordinate their efforts;",
        [("calls-upon", {"ICGLR", "SADC", "AfricanUnion", "RegionalPartners"})],
    ),
    (
        SC,
        "Calls upon all States neighbouring Côte d'Ivoire to support the peace process;",
        [("calls-upon", {"RegionalPartners"})],
    ),
    (
        SC,
        "Encourages all relevant United Nations agencies, as well as regional, bilateral and multilateral partners "
        "to provide support;",
        [("encourages", {"UNSystemEntities", "RegionalPartners", "DevelopmentPartners"})],
    ),
    (
        PANEL,
        "Decides that the Panel shall provide to the Council an interim report on its work;",
        [("decides", {"PanelOfExperts1973"})],
    ),
    (
        PANEL,
        "Decides to extend the mandate of the Panel and decides that the Panel’s mandated tasks shall remain as "
        "defined in resolution 2213 (2015);",
        [("decides", {"SecurityCouncil"}), ("decides", {"SecurityCouncil"})],
    ),
    (
        SC,
        "Urges MINUSMA’s troop- and police- contributing countries to expedite the procurement, and further urges "
        "Members States to provide troops;",
        [("urges", {"TroopPoliceContributors"}), ("urges", {"MemberStates"})],
    ),
    (
        "The Human Rights Council,\n\nRecalling its resolution 51/36,\n\n1. ",
        "Takes note of the adherence of the Democratic Republic of Congo to the initiative, and encourages the "
        "Government to make the Council operational;",
        [("encourages", {"state:COD"})],
    ),
    (
        GA,
        "Urges Myanmar, Member States, judicial authorities and private entities to cooperate fully with the "
        "Mechanism;",
        [("urges", {"state:MMR", "MemberStates", "NationalAuthorities", "CivilSociety"})],
    ),
    (
        GA,
        "Calls upon other relevant actors, including international institutions and civil society organizations, "
        "to support the Institution;",
        [("calls-upon", {"Stakeholders", "InternationalOrganizations", "CivilSociety"})],
    ),
    (
        GA,
        "Invites major groups and other relevant stakeholders, and local communities to contribute;",
        [("invites", {"MajorGroups", "Stakeholders", "LocalCommunities"})],
    ),
    (
        GA,
        "Decides to establish the Independent Institution on Missing Persons in the Syrian Arab Republic, and "
        "further decides that the Independent Institution shall apply a victim-centred approach;",
        [("decides", {"GeneralAssembly"}), ("decides", {"IIMPSyria"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_heldout_addressee_faults(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
