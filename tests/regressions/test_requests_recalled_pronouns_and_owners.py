"""Addressees named after a recalled request, by a pronoun with adverbs, or as an activity's owner
(corpus-full, issue 12).

- "Reiterates its request, in paragraph 63 of resolution 76/71, to the Secretary-General": the
  paragraph cited stood between the noun and its addressee, and the window held only the citation.
  A request only recalled ("Recalls its request in paragraph 14 of resolution 2331 (2016) to the
  Analytical Support and Sanctions Monitoring Team", S/RES/2368 (2017) op 100) renews no mandate: the
  first hand gold counts none (S/RES/2506 (2020) op 15, S/RES/2433 (2018) ops 6 and 19). "Reiterates the request made to the
  Secretary-General" (A/RES/79/84 op 3): "made" did too; so did "in that connection" (S/RES/1332 (2000)
  op 6), a linking phrase of verbs.yaml now.
- "encourages them once again" (A/RES/75/61 op 1), "calls on them in this regard" (S/RES/2448 (2018)
  op 5), "calls on it also", "calls upon all of them" (A/RES/74/303 op 6), "Encourages both
  organizations" (A/RES/79/10 op 7), "those forces", "these authorities": a pronoun stands for the
  actors named before it, whatever adverbs follow it.
- "encourages its continued engagement" (S/RES/2287 (2016) op 2), "encourages their work in promoting
  freedom of religion" (A/RES/74/145 op 17): an activity of verbs.yaml `agent_nouns` owned by a
  possessive asks its owner, named within a few words before, or asked by the mandate before (the
  owner is the activity's agent, asked: the addressee convention from stop 27, which ba92233 had
  read otherwise, test_activity_owner_is_its_agent.py); "Recognizes that women play a vital
  role ... civil society ..., and urges their involvement" asks nobody the vocabulary has (the gold,
  S/RES/2145 (2014) op 14)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        GA,
        "Reiterates its request, in paragraph 63 of resolution 76/71, to the Secretary-General to report thereon;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Reiterates its request in paragraph 14 of resolution 2331 (2016) to the Analytical Support and Sanctions "
        "Monitoring Team, when consulting with Member States, to include in their discussions the issue;",
        [("requests", {"MonitoringTeam1526"})],
    ),
    # a request recalled renews no mandate (the gold: S/RES/2506 (2020) op 15, S/RES/2433 (2018) op 6)
    (
        SC,
        "Recalls its request in paragraph 14 of resolution 2331 (2016) to the Analytical Support and Sanctions "
        "Monitoring Team to include in their discussions the issue;",
        [],
    ),
    (
        SC,
        "Reiterates its request in paragraph 2 of resolution 1590 (2005) that UNMIS closely liaise with AMIS;",
        [("requests", {"UNMIS"})],
    ),
    (
        GA,
        "Reiterates its request, in paragraph 60 of resolution 74/18 of 10 December 2019, that the "
        "Secretary-General submit an updated report;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        GA,
        "Reiterates the request made to the Secretary-General, in its resolution 64/83, to establish a trust fund;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Requests in that connection the Secretary-General to present to the Security Council a report;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        GA,
        "Welcomes the recommendations of the Special Committee on Peacekeeping Operations, and encourages them "
        "once again to continue to apply those recommendations;",
        [("encourages", {"SpecialCommitteePeacekeeping"})],
    ),
    (
        GA,
        "Welcomes the cooperation between the African Union and the League of Arab States, and encourages both "
        "organizations to continue;",
        [("encourages", {"AfricanUnion", "LeagueOfArabStates"})],
    ),
    (
        SC,
        "Welcomes the role of the African Union, and encourages its continued engagement;",
        [("encourages", {"AfricanUnion"})],
    ),
    (
        GA,
        "Welcomes the work of the Special Rapporteur, and encourages their work in promoting freedom of religion;",
        [("encourages", {"SpecialProcedures"})],
    ),
    (
        SC,
        "Welcomes the measures taken by the Government of Afghanistan, and encourages it to increase the "
        "participation of women as well as minorities and civil society in outreach, consultation and "
        "decision-making processes, recalls that women play a vital role in the peace process, as recognized in "
        "resolution 1325 (2000), and urges their involvement in the development and implementation of strategies;",
        [("encourages", {"state:AFG"}), ("urges", set())],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_requests_recalled_pronouns_and_owners(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
