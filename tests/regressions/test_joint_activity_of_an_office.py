""" "encourages coordinated strategies and shared information between the Office of the Special Envoy for the Great
Lakes, MONUSCO, UNOCA and other UN entities" (heldout33 S/RES/2808 (2025) op 20, S/RES/2765 (2024) op 19) asks the
parties of a joint activity (the addressee convention from stop 27, tests/mandate_gold/README.md "What counts"); it
asked no one: "shared information" is no joint noun of its own (now verbs.yaml `unaddressed.joint_modifiers`:
shared, joint, coordinated, mutual, not "common", "the common border between"), the office before its head's alias
hid the "between" that marks it (agents.name_start: the office read as its head, as a verb's own addressee), and
the rest of its name after "for" broke the list (asides.NAME_TAIL)."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The Security Council,\n\nRecalling its resolution 2773 (2025),\n\n1. "

CASES = [
    (
        "Encourages coordinated strategies and shared information between the Office of the Special Envoy for the "
        "Great Lakes, MONUSCO, UNOCA and other UN entities in order to support peace initiatives;",
        [("encourages", ("SpecialEnvoys", "MONUSCO", "UNOCA", "UNSystemEntities"))],
    ),
    (
        "Encourages coordinated strategies between MONUSCO and UNOCA;",
        [("encourages", ("MONUSCO", "UNOCA"))],
    ),
    # the office second in the list
    (
        "Encourages cooperation between MONUSCO and the Office of the Special Envoy;",
        [("encourages", ("MONUSCO", "SpecialEnvoys"))],
    ),
    # the rest of a head's name after "for" before the next party
    (
        "Encourages cooperation between the Office of the Special Representative of the Secretary-General for "
        "Children and Armed Conflict and UNICEF;",
        [("encourages", ("SpecialRepresentatives", "UNFundsProgrammes"))],
    ),
    # (not taken: a shared thing with no joint modifier, nor "common")
    (
        "Notes the common border between Rwanda and Uganda, and encourages its demarcation;",
        [("encourages", ())],
    ),
    (
        "Encourages the publication of information between MONUSCO and UNOCA;",
        [("encourages", ())],
    ),
    # (nor a thing a joint modifier qualifies, a border or a document, nor an adverb after "shared": review of stop 51)
    (
        "Encourages the demarcation of the mutual border between Sudan and South Sudan;",
        [("encourages", ())],
    ),
    (
        "Encourages the demarcation of the joint border between Sudan and South Sudan;",
        [("encourages", ())],
    ),
    (
        "Encourages the implementation of the joint declaration between the Government of Afghanistan and the "
        "United States;",
        [("encourages", ())],
    ),
    (
        "Encourages the use of the information shared internationally between financial intelligence units;",
        [("encourages", ())],
    ),
    (
        "Encourages partnerships with risks and rewards shared fairly between the public and private sectors;",
        [("encourages", ())],
    ),
    # (a joint activity a modifier qualifies still is one)
    (
        "Encourages joint patrols between Sudan and South Sudan;",
        [("encourages", ("state:SDN", "state:SSD"))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_joint_activity_of_an_office(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected


def test_a_name_after_for_is_linear():
    """The rest of a member's name after "for" (asides.NAME_TAIL) is bounded: a run of capitalised words took
    quadratic time (3 s for LIST_GOES_ON over 19k characters of "Great Lakes ", review51 B 4)."""
    from resgraph.extract.agents import LIST_GOES_ON
    from tests.growth import LINEAR, growth

    assert growth(lambda n: " for the " + "Great Lakes " * n, LIST_GOES_ON.fullmatch, 200) < LINEAR
