"""Bodies and aliases the vocabulary lacked in the third held-out gold (tests/mandate_gold/heldout3):
the high-level political forum and "other international forest-related processes" (E/RES/2022/17 op
3), "the international and regional statistical communities" (E/RES/2022/6 op 38), "African
Governments" (developing countries, as "African countries": E/RES/2022/6 ops 2-41), "expert
mechanisms" (A/HRC/RES/55/17 op 15), "all military forces in Mali" (S/RES/2164 (2014) op 29), a CTITF working group, not a special procedure's
"Working Group on" (S/RES/2341 (2017) op 12)."""

import pytest

from tests.snippets import mandates, snippet

EC = "The Economic and Social Council,\n\nRecalling its resolution 2021/1,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 50/1,\n\n1. "

CASES = [
    (
        EC,
        "Invites the high-level political forum on sustainable development, the parties to the relevant multilateral "
        "environmental agreements, and other international forest-related processes to consider the plan;",
        {"HLPF", "StatesParties", "ForestRelatedProcesses"},
    ),
    (
        EC,
        "Urges donor countries and organizations, including the United Nations system, and the international and "
        "regional statistical communities to support African countries;",
        {"Donors", "UNSystemEntities", "StatisticalCommunities"},
    ),
    (EC, "Urges African Governments to fast-track the implementation of the strategy;", {"DevelopingCountries"}),
    (
        HRC,
        "Invites all relevant United Nations human rights treaty bodies and special procedures of the Human Rights "
        "Council, designated experts, intergovernmental working groups and expert mechanisms, as well as the Office "
        "of the High Commissioner, to continue to bear in mind the topic;",
        {"TreatyBodies", "SpecialProcedures", "HumanRightsMechanisms", "OHCHR"},
    ),
    (
        SC,
        "Calls upon MINUSMA and all military forces in Mali to abide by international law;",
        {"MINUSMA", "MilitaryForcesMali"},
    ),
    (
        SC,
        "Encourages the CTITF Working Group on the Protection of Critical Infrastructure including Vulnerable "
        "Targets, Internet and Tourism Security to continue its facilitation;",
        {"UNOCT"},
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_bodies_the_vocabulary_lacked_heldout3(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "addressees", as_sets=True) == [expected]
