"""Addressee words heldout40 read that the vocabulary misread: "foreign armed groups" (S/RES/2666 (2022) op 10,
heldout40 04; S/RES/2808 (2025) op 11, heldout33 03, and the MONUSCO renewals 2717, 2765: "urges all Congolese armed
groups to participate ..., and foreign armed groups to return to their countries of origin") are armed groups,
PartiesToConflict, not ForeignForces beside them; so are "the LRA and other foreign armed groups" (S/RES/1906 (2009)
op 19). Not taken: foreign forces, foreign troops and foreign fighters stay ForeignForces (S/RES/1559 (2004) op 2,
S/RES/2139 (2014) op 14)."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "Urges all Congolese armed groups to participate unconditionally in the East African Community led Nairobi "
        "process, and foreign armed groups to return to their countries of origin;",
        [("urges", ("PartiesToConflict",))],
    ),
    (
        "Demands that all armed groups, in particular the FDLR, the LRA and other foreign armed groups immediately lay "
        "down their arms;",
        [("demands", ("PartiesToConflict", "FDLR", "LRA"))],
    ),
    (
        "Calls upon all remaining foreign forces to withdraw from Lebanon;",
        [("calls-upon", ("ForeignForces",))],
    ),
    (
        "Demands that all foreign fighters immediately withdraw from Syria;",
        [("demands", ("ForeignForces",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_addressee_words_of_heldout40(text, expected):
    r = snippet("The Security Council,\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert sorted(mandates(r, "verb", "addressees")) == sorted(expected)
