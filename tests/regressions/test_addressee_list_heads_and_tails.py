"""Addressee lists that lost a member (issue 12, the heldout10 misses): heads coordinated after an
alias, "other ..." tails, and States named by a group after "in" that are a place.

- Heads listed with commas share the alias's modifiers: "the relevant United Nations Secretary-General's
  special representatives, envoys, coordinators and advisors" names the special envoys too (heldout
  S/RES/2474 (2019) op 18); the window no longer ends at the comma before bare heads.
- Heads share the alias's last modifiers when its first ones make no name: "relevant United Nations human
  rights mechanisms and procedures" names the special procedures (heldout10 A/HRC/RES/56/2 op 34).
- "organizations" after States named with no modifier to share are international organizations ("all
  Governments and organizations", heldout3 E/RES/2022/17 op 7), not "organizations of the United
  Nations system".
- A list closed by "(all) other <modifiers> <head>" that no alias names whole: "all other actors"
  (heldout10 E/RES/2023/29 op 3), "other multilateral institutions" (op 8) and "other multilateral
  organizations" (op 12) are stakeholders and international organizations; "other groups" stay none
  (not "all groups", the armed ones: heldout S/RES/2088 (2013) op 11).
- "other armed actors" are parties to the conflict, not stakeholders ("all parties to the conflict and other
  armed actors", S/RES/2625 (2022) op 5; "the Myanmar military and other armed actors").
- A "that" clause whose subject, after an aside set off by commas, opens with its officer: "requests that,
  after a Committee discussion of this report, the chair of the Committee to brief the Security Council"
  (heldout10 S/RES/2170 (2014) op 22: the Committee); not "including members of the Panel" inside a decision.
- "all other relevant United Nations funds and programs" (S/RES/2617 (2021) op 4): the American spelling of
  "United Nations funds and programmes", UNFundsProgrammes, as heldout41 S/RES/2810 (2025) op 2's gold reads the same
  words (the row read the system's entities before any gold held them).
- "the neighboring countries" (heldout10 S/RES/2414 (2018) op 11) are regional partners, as the
  British spelling; "the Government of the Republic of Rwanda" (heldout10 S/RES/1856 (2008) op 19) is Rwanda.
- States named by a group after "in" are a place: "the tourism sector in the Central American countries"
  (A/RES/74/211 op 18), "all illegal Ivorian armed combatants, including in neighbouring countries"
  (S/RES/2101 (2013) op 12); not "the authorities of neighbouring countries".
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 53/1,\n\n1. "
ECOSOC = "The Economic and Social Council,\n\nRecalling its resolution 2022/1,\n\n1. "

CASES = [
    (
        SC,
        "Encourages the relevant United Nations Secretary-General’s special representatives, envoys, coordinators "
        "and advisors to take into account, while implementing their respective mandates, the issue of missing persons;",
        [("encourages", {"SpecialRepresentatives", "SpecialEnvoys"})],
    ),
    (
        HRC,
        "Invites States and relevant United Nations human rights mechanisms and procedures to continue to pay "
        "attention to the importance of mutual cooperation;",
        [("invites", {"States", "HumanRightsMechanisms", "SpecialProcedures"})],
    ),
    (
        GA,
        "Invites all Governments and organizations to extend their cooperation to the Division;",
        [("invites", {"States", "InternationalOrganizations"})],
    ),
    (
        GA,
        "Invites all Governments and organizations of the United Nations system to take all possible measures;",
        [("invites", {"States", "UNSystemEntities"})],
    ),
    (
        ECOSOC,
        "Calls upon the least developed countries, their development partners, the United Nations system and all "
        "other actors to further intensify their efforts;",
        [("calls-upon", {"DevelopingCountries", "DevelopmentPartners", "UNSystemEntities", "Stakeholders"})],
    ),
    (
        ECOSOC,
        "Calls upon resident coordinators and United Nations country teams, as well as country-level representatives "
        "of the World Bank Group, the International Monetary Fund and other multilateral institutions, to continue to "
        "collaborate;",
        [("calls-upon", {"UNSystemEntities", "UNCountryTeams", "UNFundsProgrammes", "InternationalOrganizations"})],
    ),
    (
        SC,
        "Urges the opposition parties, other groups, and the Government of the Central African Republic to engage in "
        "a constructive dialogue;",
        [("urges", {"PoliticalActors", "state:CAF"})],
    ),
    (
        SC,
        "Demands all parties to the conflict and other armed actors to immediately end the fighting;",
        [("demands", {"PartiesToConflict"})],
    ),
    (
        "The Security Council,\n\nRecalling the Committee established pursuant to resolution 1267 (1999),\n\n1. ",
        "Directs the Monitoring Team to submit a report to the Committee within 90 days and requests that, after a "
        "Committee discussion of this report, the chair of the Committee to brief the Security Council on its "
        "principal findings;",
        [("requests", {"SanctionsCommittee"})],
    ),
    (
        SC,
        "Calls upon UNOCT, all other relevant United Nations funds and programs, Member States, donors, and "
        "recipients to implement;",
        [("calls-upon", {"UNOCT", "UNFundsProgrammes", "MemberStates", "Donors"})],
    ),
    (
        SC,
        "Encourages the neighboring countries to make important contributions to this process;",
        [("encourages", {"RegionalPartners"})],
    ),
    (
        SC,
        "Urges the Government of the Democratic Republic of the Congo and the Government of the Republic of Rwanda "
        "to take concrete steps to defuse tensions;",
        [("urges", {"state:COD", "state:RWA"})],
    ),
    (
        GA,
        "Urges the tourism sector in the Central American countries to be part of the coordination mechanisms;",
        [("urges", {"TourismSector"})],
    ),
    (
        SC,
        "Urges all illegal Ivorian armed combatants, including in neighbouring countries, to lay down their arms;",
        [("urges", {"PartiesToConflict"})],
    ),
    (
        SC,
        "Calls on the CAR authorities and the authorities of neighbouring countries to cooperate at the regional "
        "level;",
        [("calls-upon", {"state:CAF", "RegionalPartners"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_addressee_list_heads_and_tails(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
