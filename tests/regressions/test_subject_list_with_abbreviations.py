"""A "that" clause whose subjects carry their abbreviations (corpus-full, issue 12).

"Demands that the Democratic Forces for the Liberation of Rwanda (FDLR), the Allied Democratic
Forces (ADF), the Lord's Resistance Army (LRA) and various Mayi Mayi groups cease" (S/RES/2136
(2014) op 7) named no actor, and would have named the first alone: the subject ended at the
closing parenthesis. A list goes on after one; a verb after it still ends the subject ("the
United Nations Transitional Assistance Mission in Somalia (UNTMIS) shall cease all operations ...
report of the Secretary-General", S/RES/2809 (2025) op 6, decides for UNTMIS alone). The Mayi Mayi groups
are parties to the conflict (heldout6 gold, test_bodies_the_vocabulary_lacked_heldout6)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Demands that the Democratic Forces for the Liberation of Rwanda (FDLR), the Allied Democratic Forces (ADF), "
        "the Lord’s Resistance Army (LRA) and various Mayi Mayi groups cease immediately all forms of violence;",
        [("demands", {"FDLR", "ADF", "LRA", "PartiesToConflict"})],
    ),
    (
        "Decides that the United Nations Transitional Assistance Mission in Somalia (UNTMIS) shall cease all "
        "operations, as set out in the report of the Secretary-General;",
        [("decides", {"UNTMIS"})],
    ),
    (
        "Demands that the Government of South Sudan (GoSS) comply with the obligations set out in the SOFA between "
        "the GoSS and the United Nations;",
        [("demands", {"state:SSD"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_subject_list(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
