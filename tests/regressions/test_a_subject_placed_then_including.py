"""A "that" clause's subject with a post-modifier of place, then the bodies it names as some of it: "Demands that all armed
groups operating in the DRC, including the FDLR, the ADF, the LRA, cease immediately all forms of violence" (heldout39
S/RES/2389 (2017) op 5) gave PartiesToConflict alone: the subject ended at "all armed groups", the word after it
("operating") no word a subject goes on with. It goes on now past the modifier and its place (names and place words
only: subjects.PLACE_INCLUDING) when "including", "in particular" or "particularly" and a name follow, as after "all
armed groups, including the FDLR". The place names no addressee, nor does a phrase after the connector that no name
opens ("in particular in areas controlled by the Government of Sudan"), nor one after "notably"; a modifier followed by
the verb, or a verb and its object read before "including", leave the subject at its name."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Demands that all armed groups operating in the DRC, including the FDLR, the ADF, the LRA, cease immediately "
        "all forms of violence and other destabilizing activities, including the exploitation of natural resources;",
        {"PartiesToConflict", "FDLR", "ADF", "LRA"},
    ),
    (
        "Demands that the armed groups present in the eastern part of the Democratic Republic of the Congo, in "
        "particular the FDLR and the LRA, lay down their arms;",
        {"PartiesToConflict", "FDLR", "LRA"},
    ),
    # near misses: the verb after the place; a verb and its object before "including" (no place)
    ("Demands that all armed groups operating in the DRC cease attacks against MONUSCO;", {"PartiesToConflict"}),
    (
        "Demands that all armed groups operating in the region cease attacks against MONUSCO, including the FDLR;",
        {"PartiesToConflict"},
    ),
    # near misses: no name opens the text after the connector (a phrase of place, "those"); a connector
    # SUBJECT_GOES_ON has not ("notably"): the names after it are no subject
    (
        "Demands that all parties operating in Darfur, in particular in areas controlled by the Government of Sudan, "
        "allow full humanitarian access;",
        {"PartiesToConflict"},
    ),
    (
        "Demands that all armed groups active in the Central African Republic, including those supported by the "
        "Government of the Sudan, lay down their arms;",
        {"PartiesToConflict"},
    ),
    (
        "Demands that all armed groups present in the eastern Democratic Republic of the Congo, notably in North and "
        "South Kivu, where the Government and MONUSCO operate, disarm;",
        {"PartiesToConflict"},
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_subject_placed_then_including(text, expected):
    got = mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True)
    assert got == [("demands", expected)]
