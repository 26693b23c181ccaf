"""Bodies the held-out gold (E/RES/2024/15, A/HRC/RES/54/34) and corpus-full name that the vocabulary
lacked, and modifiers of a head written with capitals:

- "the Bureau of the Forum" is the Forum's Bureau (UNFFBureau), not the Forum; "the secretariat of the
  Economic and Social Council" its secretariat (ECOSOCSecretariat), not the Council;
- "regional and subregional partners" are regional partners, not development partners;
- "United Nations regional economic commissions" are United Nations system entities; "the relevant
  multilateral funds" international financial institutions; the Green Climate Fund;
- "the team of international experts" on the Democratic Republic of the Congo (InternationalExpertsDRC),
  then "the team" and "it" (A/HRC/RES/54/34 ops 34, 35, 43);
- "the Conciliation Commission" (A/RES/74/83 op 2 and its yearly successors): the United Nations
  Conciliation Commission for Palestine (UNCCP);
- "all donors and international and Non-Governmental Organizations" (S/RES/1944 (2010) op 5): NGOs
  written with capitals, and the international organizations the modifier before them names.
"""

import pytest

from tests.snippets import mandates, snippet

ECOSOC = "The Economic and Social Council,\n\nRecalling its resolution 2015/33,\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 51/36,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        ECOSOC,
        "Invites the Bureau of the Forum, in a transparent manner, to prepare the session;",
        [("invites", {"UNFFBureau"})],
    ),
    (
        ECOSOC,
        "Invites the United Nations Forum on Forests, the Forum secretariat and the Bureau of the Forum to plan;",
        [("invites", {"UNFF", "UNFFSecretariat", "UNFFBureau"})],
    ),
    (
        ECOSOC,
        "Invites the secretariat of the Economic and Social Council, under the guidance of the President of the "
        "Council, to streamline the template;",
        [("invites", {"ECOSOCSecretariat"})],
    ),
    (ECOSOC, "Invites regional and subregional partners to sustain support;", [("invites", {"RegionalPartners"})]),
    (
        ECOSOC,
        "Invites United Nations regional economic commissions to contribute;",
        [("invites", {"UNSystemEntities"})],
    ),
    (
        ECOSOC,
        "Invites the relevant multilateral funds to enhance collaboration with the Green Climate Fund;",
        [("invites", {"InternationalFinancialInstitutions"})],
    ),
    (
        HRC,
        "Decides to renew, for one year, the mandate of the team of international experts in the Democratic "
        "Republic of the Congo, and requests the team to provide technical support to the Government;",
        [("decides", {"HumanRightsCouncil"}), ("requests", {"InternationalExpertsDRC"})],
    ),
    (
        HRC,
        "Takes note of the report of the team of international experts on the Democratic Republic of the Congo, "
        "submitted in accordance with Human Rights Council resolution 51/36, and encourages it to support the "
        "Government;",
        [("encourages", {"InternationalExpertsDRC"})],
    ),
    (
        GA,
        "Notes with regret that the United Nations Conciliation Commission for Palestine has been unable to find "
        "a means of achieving progress, and reaffirms its request to the Conciliation Commission to continue "
        "exerting efforts;",
        [("requests", {"UNCCP"})],
    ),
    (
        SC,
        "Calls on all donors and international and Non-Governmental Organizations to coordinate their efforts;",
        [("calls-upon", {"Donors", "InternationalOrganizations", "CivilSociety"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_bodies_named(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
