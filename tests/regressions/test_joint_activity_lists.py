"""Held-out golds: the parties of a joint activity ("cooperation between A, B and C") were lost when the list opened
with a member the vocabulary lacks ("between the Presidential Council, the African Union, and UNSMIL", S/RES/2796
(2025) op 8), named a member only in part ("the Counter-Terrorism Executive Directorate", alias "Executive
Directorate"), had an aside before "between" ("information sharing, where relevant and appropriate, between",
heldout6 S/RES/2195 (2014) op 19), a compound activity ("information-sharing") or its head before "of" ("the sharing
of information and best practices, on a regular basis, between the Office, other relevant United Nations agencies
and the States concerned", heldout7 A/HRC/RES/57/32 op 9); and a body's name with "between" in it ("the Mechanism
set out in the ... arrangement between Israel and Lebanon ... and UNIFIL", S/RES/2790 (2025) op 13) was read as an
activity between actors, asking no one; a lower-case member the vocabulary lacks ("specialized agencies and programmes
and the mechanisms of the Human Rights Council", A/HRC/RES/58/9 op 19) ended the list. Not a joint activity: "the
exchange of letters between" (a document)."""

import pytest

from tests.snippets import mandates, resolution

SC = "The Security Council"
HRC = "The Human Rights Council"
CASES = [
    (
        SC,
        "8. Encourages further cooperation between the Presidential Council, the African Union, and UNSMIL on "
        "national reconciliation efforts;",
        [{"AfricanUnion", "UNSMIL"}],
    ),
    (
        SC,
        "19. Encourages information sharing, where relevant and appropriate, between Special Representatives of the "
        "Secretary-General, the Department of Peacekeeping Operations, the Department of Political Affairs, the "
        "Counter-Terrorism Executive Directorate, the UN Office on Drugs and Crime, the Counter-Terrorism "
        "Implementation Task Force and the United Nations Development Programme, within existing mandates and "
        "resources;",
        [{"SpecialRepresentatives", "DPO", "DPPA", "CTED", "UNODC", "UNOCT", "UNFundsProgrammes"}],
    ),
    (
        HRC,
        "9. Encourages the sharing of information and best practices, on a regular basis, between the Office of the "
        "High Commissioner, other relevant United Nations agencies and the States concerned, on technical assistance;",
        [{"OHCHR", "UNSystemEntities", "States"}],
    ),
    (
        SC,
        "7. Encourages information-sharing between the African Union and UNSMIL;",
        [{"AfricanUnion", "UNSMIL"}],
    ),
    (
        SC,
        "13. Calls upon the Mechanism set out in the Cessation of Hostilities arrangement between Israel and Lebanon "
        "of 26 November 2024 (S/2024/870) and UNIFIL to cooperate;",
        [{"UNIFIL"}],
    ),
    (  # a member's place ("in Haiti") and a lowercase head ("the MSS mission") inside the list, heldout4 S/RES/2743 op 22
        SC,
        "22. Encourages continued close collaboration and enhanced coordination between BINUH, the United Nations "
        "Country Team in Haiti, the MSS mission, regional organizations and subregional organizations and "
        "international financial institutions with a view to scaling up humanitarian support;",
        [{"BINUH", "UNCountryTeams", "MSS", "InternationalOrganizations", "InternationalFinancialInstitutions"}],
    ),
    (  # the head's own word still reads: "the further promotion of dialogue among"
        SC,
        "5. Encourages the further promotion of dialogue among the African Union and UNSMIL;",
        [{"AfricanUnion", "UNSMIL"}],
    ),
    (  # a lower-case plural the vocabulary lacks ("programmes") inside the list, A/HRC/RES/58/9 op 19
        HRC,
        "19. Encourages enhanced cooperation and increased coordination between the Committee on Economic, Social and "
        "Cultural Rights and other human rights treaty bodies, United Nations bodies, specialized agencies and "
        "programmes and the mechanisms of the Human Rights Council whose activities have a bearing on economic, social "
        "and cultural rights, in a manner that respects their distinctive mandates;",
        [{"TreatyBodies", "UNSystemEntities", "HumanRightsMechanisms"}],
    ),
    (  # near miss: a topic after "on" is no member, the body after it no party
        SC,
        "5. Encourages cooperation between the African Union and UNSMIL on programmes and the Panel of Experts;",
        [{"AfricanUnion", "UNSMIL"}],
    ),
    (  # a document exchanged is no joint activity
        SC,
        "6. Encourages efforts towards the full reconstitution of the PNTL pursuant to the exchange of letters between "
        "the Government of Timor-Leste and UNMIT;",
        [set()],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_joint_activity_lists(organ, text, expected):
    r = resolution(text, date="2015-06-30", organ=organ)
    assert [set(a) for a in mandates(r, "addressees")] == expected
