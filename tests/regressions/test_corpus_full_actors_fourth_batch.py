"""Bodies corpus-full names that the vocabulary lacked (issue 12, mandates naming no actor).

Read from the addressee phrases of the mandates that named no actor (scripts/mandate_stats.py),
each checked in its paragraph; a row per alias or rule added to actors.yaml and countries.yaml."""

import pytest

from tests.snippets import snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    # S/RES/2634 (2022) op 14, S/RES/2765 (2024) op 3, A/RES/75/222 op 6
    (SC, "Encourages the PBC to continue to support;", {"PeacebuildingCommission"}),
    (SC, "Calls upon regional organisations to provide political support;", {"InternationalOrganizations"}),
    (
        GA,
        "Encourages regional, subregional and interregional organizations and processes to continue;",
        {"InternationalOrganizations"},
    ),
    (
        GA,
        "Encourages competent organizations and bodies that have not yet done so to incorporate;",
        {"InternationalOrganizations"},
    ),
    (GA, "Invites all relevant international institutions to support these efforts;", {"InternationalOrganizations"}),
    # S/RES/2414 (2018) op 4, S/RES/2518 (2020) op 2, S/RES/1816 (2008) op 8, A/RES/76/196 op 23
    (SC, "Calls upon the neighboring states to make important contributions;", {"RegionalPartners"}),
    (SC, "Requests the host states to fulfil their obligations;", {"States"}),
    (SC, "Requests that cooperating states take appropriate steps;", {"States"}),
    (GA, "Invites all jurisdictions to consider establishing mechanisms;", {"States"}),
    (SC, "Encourages national governments to develop plans;", {"States"}),
    # a State's leaders, President and transitional authorities (S/RES/2677 (2023) op 5, S/RES/1343 (2001) op 3);
    # "South Sudan's leaders" are the warring parties' leaders, as heldout5 and heldout11 read them
    # (test_leaders_and_groups_of_the_parties), a State's adjective before "leaders" the State
    (SC, "Demands South Sudan’s leaders to implement the permanent ceasefire;", {"PartiesToConflict"}),
    (SC, "Calls upon Bissau-Guinean leaders to abide by the Constitution;", {"state:GNB"}),
    (SC, "Calls upon the President of Liberia to help ensure;", {"state:LBR"}),
    (
        SC,
        "Encourages the governments of Liberia, Sierra Leone and Guinea to act;",
        {"state:LBR", "state:SLE", "state:GIN"},
    ),
    (
        SC,
        "Welcomes the Government of the Central African Republic, and urges Transitional Authorities to develop;",
        {"state:CAF"},
    ),
    # parties (S/RES/2014 (2011) op 7, S/RES/1289 (2000) op 14, A/RES/74/300 op 5, A/RES/74/116 op 5)
    (SC, "Urges all opposition groups to commit;", {"PartiesToConflict"}),
    (SC, "Urges all those concerned to act;", {"PartiesToConflict"}),
    (GA, "Calls upon all participants in the Geneva discussions to intensify their efforts;", {"PartiesToConflict"}),
    (
        GA,
        "Welcomes the parties to the Convention, and calls upon all Governments and parties in complex humanitarian "
        "emergencies to ensure access;",
        {"States", "PartiesToConflict"},
    ),
    (SC, "Urges State parties to ratify;", {"StatesParties"}),
    # armed groups, missions and offices (S/RES/2147 (2014) op 18, S/RES/2406 (2018) op 9, S/RES/2699 (2023) op 2)
    (SC, "Demands that the FDLR and the LRA cease all violence;", {"FDLR", "LRA"}),
    (SC, "Authorizes the RPF to use all necessary means;", {"UNMISS"}),
    (SC, "Calls on the MSS to help ensure access;", {"MSS"}),
    (SC, "Encourages the UN Youth Office to continue;", {"UNYouthOffice"}),
    # a State's officials (A/RES/74/167 op 9, S/RES/1565 (2004) op 17), the Olympic movement (A/RES/78/10 op 7)
    (
        GA,
        "Welcomes the readiness of the Iranian High Council for Human Rights and other Iranian officials to engage in "
        "dialogues, and encourages them to act;",
        {"state:IRN"},
    ),
    (SC, "Calls upon the Government of Rwanda and Congolese officials to meet;", {"state:RWA", "state:COD"}),
    (
        GA,
        "Invites the International Olympic Committee and the International Paralympic Committee to cooperate;",
        {"OlympicMovement"},
    ),
    # officers of a body: S/RES/1482 (2003) op 3, S/RES/1593 (2005) op 8
    (
        SC,
        "Welcomes the work of the International Tribunal for Rwanda, and requests the President of the Tribunal to "
        "provide reports;",
        {"InternationalTribunals"},
    ),
    (
        SC,
        "Welcomes the work of the International Criminal Court, and invites the Prosecutor to address the Council;",
        {"ICC"},
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_actor(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert set(r.mandates[-1].addressees) == expected
