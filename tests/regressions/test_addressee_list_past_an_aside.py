"""Addressee lists that go on past a phrase set off by commas (issue 12, the heldout8 misses "lists cut
or one member lost"): a relative clause, an apposition of role or a qualifier after one body, then ", and"
or ", as well as" and the next body (extract/asides.py).

- "States, all relevant United Nations agencies, as one United Nations, and other stakeholders" (heldout8
  A/HRC/RES/57/26 op 2): the stakeholders too.
- "States, which have the primary responsibility to counter discrimination and hate speech, and all relevant
  actors, including political and religious leaders" (heldout8 A/RES/77/204 op 59, the same words in a dozen
  GA texts): the relative clause's infinitive ends nothing.
- "the United Nations Coalition on Combating Sand and Dust Storms, which was formed at ..., and other relevant
  United Nations entities" (A/RES/74/220 op 15 and its yearly twins).
- "the United Nations, including under the SaferGuard programme with, inter alia, its quick-response
  mechanism, and international, regional and subregional organizations, as well as other relevant
  stakeholders, including non-governmental organizations and civil society, academia, ..." (A/RES/80/43 op 2).
- "UNAMID, where consistent with its mandate, and all other UN agencies in particular UNICEF, ..., as well as
  international actors and donors" (S/RES/2003 (2011) op 20).
Not past a partner's phrase, whose list may go on after its ", and" ("Governments, in partnership with United
Nations entities, ..., civil society, including academia, and other stakeholders", A/RES/76/131 op 5; "CTED,
within its existing mandate, under the policy guidance of the CTC, and in close cooperation with UNODC, ...,
and other relevant entities", S/RES/2467 (2019) op 29), nor past the window's own infinitive after a relative
clause, nor past a qualifier's list ("full compliance by all Member States with the arms embargo ..., as
modified by subsequent resolutions, including by ceasing all support for and withdrawing all mercenaries,
foreign fighters, and foreign forces", S/RES/2796 (2025) op 11).
- "the United Nations High Commissioner for Human Rights, in conformity with his mandate established by the General
  Assembly ..., and other relevant United Nations entities" (heldout41 A/RES/77/209 op 42): "other" and "relevant"
  before the next body, after an aside that names no partner ("in association with", A/RES/77/337 op 3) or means
  ("through peacekeeping operations", S/RES/2823 (2026) op 5), whose own lists may go on there.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 51/36,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        HRC,
        "Urges States, all relevant United Nations agencies, as one United Nations, and other stakeholders to "
        "support the Government of the Marshall Islands in its efforts;",
        [("urges", {"States", "UNSystemEntities", "Stakeholders"})],
    ),
    (
        GA,
        "Also calls upon States, which have the primary responsibility to counter discrimination and hate speech, "
        "and all relevant actors, including political and religious leaders, to promote inclusion and unity;",
        [("calls-upon", {"States", "Stakeholders", "PoliticalActors", "ReligiousLeaders"})],
    ),
    (
        GA,
        "Invites the United Nations Coalition on Combating Sand and Dust Storms, which was formed at the "
        "twenty-fourth meeting of the senior officials of the Environment Management Group in September 2018, and "
        "other relevant United Nations entities to continue their collaboration;",
        [("invites", {"UNCCSDS", "UNSystemEntities"})],
    ),
    (
        GA,
        "Encourages the United Nations, including under the SaferGuard programme with, inter alia, its "
        "quick-response mechanism, and international, regional and subregional organizations, as well as other "
        "relevant stakeholders, including non-governmental organizations and civil society, academia, research "
        "institutions and industry, to promote and support the implementation of the Global Framework;",
        [
            (
                "encourages",
                {"UNSystemEntities", "InternationalOrganizations", "Stakeholders", "CivilSociety", "Academia"},
            )
        ],
    ),
    (
        SC,
        "Commends the outcome of the Conference, and calls on UNAMID, where consistent with its mandate, and all "
        "other UN agencies in particular UNICEF, UNDP, UNEP, as well as international actors and donors to meet "
        "their commitments made in that conference;",
        [
            (
                "calls-upon",
                {"UNAMID", "UNSystemEntities", "UNFundsProgrammes", "InternationalCommunity", "Donors"},
            )
        ],
    ),
    (
        GA,
        "Encourages Governments, in partnership with United Nations entities, volunteer-involving organizations, "
        "the private sector, civil society, including academia, and other stakeholders, as appropriate, to "
        "integrate volunteerism into national development strategies;",
        [("encourages", {"States"})],
    ),
    (
        SC,
        "Requests the Counter-Terrorism Committee Executive Directorate (CTED), within its existing mandate, under "
        "the policy guidance of the Counter Terrorism Committee (CTC), and in close cooperation with UNODC, the "
        "Special Representative on Sexual Violence in Conflict, UN Women, and other relevant entities, to continue "
        "to include in CTED’s country assessments information on trafficking in persons;",
        [("requests", {"CTED"})],
    ),
    (
        SC,
        "Calls on the government of DRC, which has the primary responsibility for safeguarding its sovereignty and "
        "territorial integrity, to make further meaningful progress in implementing its commitments, and urges the "
        "Government to act;",
        [("calls-upon", {"state:COD"}), ("urges", {"state:COD"})],
    ),
    (
        SC,
        "Demands full compliance by all Member States with the arms embargo imposed under resolution 1970 (2011), "
        "as modified by subsequent resolutions, including by ceasing all support for and withdrawing all "
        "mercenaries, foreign fighters, and foreign forces, and demands all Member States not to intervene;",
        # (the first asks the agent of an activity, "compliance by all Member States",
        # test_nominal_activity_agent_asked.py)
        [("demands", {"MemberStates"}), ("demands", {"MemberStates"})],
    ),
    # others of a kind after an aside that names no partner or means (A/RES/77/209 op 42, 74/143 op 40)
    (
        GA,
        "Calls upon the United Nations High Commissioner for Human Rights, in conformity with his mandate established "
        "by the General Assembly in its resolution 48/141 of 20 December 1993, and other relevant United Nations "
        "entities, in accordance with their mandates and existing resources, to continue to provide advisory services;",
        [("calls-upon", {"HighCommissionerHumanRights", "UNSystemEntities"})],
    ),
    # near misses: an associate's list (A/RES/77/337 op 3), a means' list (S/RES/2823 (2026) op 5)
    (
        GA,
        "Calls upon the Secretary-General of the United Nations, in association with the Secretary-General of the "
        "Caribbean Community, as well as the relevant regional organizations, to continue to assist;",
        [("calls-upon", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Encourages the Secretary-General, through peacekeeping operations, where mandated, and other relevant United "
        "Nations entities, within existing resources, to continue to provide capacity-building;",
        [("encourages", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_addressee_list_past_an_aside(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
