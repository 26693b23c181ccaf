"""A "that" clause whose subject is followed by an aside that names no actor, its verb after the aside: "Reiterates
its demand that all parties and all States, particularly those in the region, cooperate fully with the work of
the Group of Experts" (S/RES/1857 (2008) op 14, S/RES/1896 (2009) op 13). The subject went on past the aside's
comma to the names of the verb's object, so the body cooperated with was read as an addressee. An aside that names
an actor ("in particular Rwanda") is part of the subject, as before; so is a list that goes on after the aside."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1533 (2004),\n\n1. "

CASES = [
    (  # S/RES/1857 (2008) op 14
        "Reiterates its demand that all parties and all States, particularly those in the region, cooperate fully "
        "with the work of the Group of Experts;",
        {"PartiesToConflict", "States"},
    ),
    (
        "Demands that all States, in particular those in the region, cooperate fully with the Panel of Experts;",
        {"States"},
    ),
    (  # the aside names a State: one of the subject
        "Demands that all States, in particular Rwanda, cooperate fully with the Panel of Experts;",
        {"States", "state:RWA"},
    ),
    (  # the list goes on after the aside
        "Demands that all States, including those in the region, and all parties cooperate with the Panel of Experts;",
        {"States", "PartiesToConflict"},
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_subject_ends_before_an_aside_that_names_no_one(text, expected):
    got = mandates(snippet(SC + text), "verb", "addressees", as_sets=True)
    assert [a for _, a in got] == [expected]
