"""Bodies and names the vocabulary lacked in the sixth held-out gold (tests/mandate_gold/heldout6), each
recurring in corpus-full: the member States of ECOWAS (S/RES/1478 (2003) op 30, as the SICA member
States), the Coalition Provisional Authority in Iraq and "the Authority" after it (S/RES/1511 (2003) op 6),
the Liberian and Congolese armed groups (the LURD and MODEL, "various Mayi Mayi groups": parties to the
conflict, S/RES/1478 op 5, S/RES/2136 (2014) op 7), "concerned organizations" (S/RES/1511 op 22), countries
graduating from the least developed country category (developing countries, E/RES/2024/7 ops 5 and 18:
"development and trading partners of graduating ... countries" are the partners alone) and "the special
mechanisms extended by the Council" (the special procedures, A/RES/78/196 op 20)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n"
EC = "The Economic and Social Council,\n\nRecalling its resolution 2021/1,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "

CASES = [
    (
        SC + "1. ",
        "Calls on all member States of ECOWAS to cooperate fully with the Panel of Experts;",
        [{"ECOWASMemberStates"}],
    ),
    (
        SC + "Underscores the temporary nature of the exercise by the Coalition Provisional Authority (Authority) of "
        "the specific responsibilities;\n\n1. ",
        "Calls upon the Authority to return governing responsibilities and requests the Authority to report;",
        [{"CoalitionProvisionalAuthority"}, {"CoalitionProvisionalAuthority"}],
    ),
    (
        SC + "1. ",
        "Calls upon the Government of Liberia and the LURD to enter into negotiations;",
        [{"state:LBR", "PartiesToConflict"}],
    ),
    (
        SC + "1. ",
        "Demands that the Democratic Forces for the Liberation of Rwanda (FDLR), the Allied Democratic Forces (ADF) and "
        "various Mayi Mayi groups cease immediately all forms of violence;",
        [{"FDLR", "ADF", "PartiesToConflict"}],
    ),
    (
        SC + "1. ",
        "Calls upon Member States and concerned organizations to help;",
        [{"MemberStates", "InternationalOrganizations"}],
    ),
    (
        EC,
        "Calls upon graduating and recently graduated countries to integrate the monitoring;",
        [{"DevelopingCountries"}],
    ),
    (
        EC,
        "Encourages development and trading partners of graduating and recently graduated countries and the United "
        "Nations system to support those countries;",
        [{"DevelopmentPartners", "UNSystemEntities"}],
    ),
    (
        GA,
        "Requests the Human Rights Council, the Office of the United Nations High Commissioner for Human Rights and "
        "the special mechanisms extended by the Council to pay due attention to the present resolution;",
        [{"HumanRightsCouncil", "OHCHR", "SpecialProcedures"}],
    ),
]


@pytest.mark.parametrize("opening,text,expected", CASES)
def test_bodies_the_vocabulary_lacked_heldout6(opening, text, expected):
    r = snippet(opening + text + "\n")
    assert [a for _, a in mandates(r, "verb", "addressees", as_sets=True)] == expected
