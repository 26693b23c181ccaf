"""Third held-out gold, S/RES/1509 (2003) op 13 (and S/RES/1408 op 4, 1478 op 9): "Reiterates its demand
that all States in the region cease military support for armed groups in neighbouring countries" asked
the armed groups too: the subject of a "that" clause went on over its place phrase ("in the region")
and its verb ("cease"), there being no "shall" or "should". A verb after the place phrase ends the
subject ("all armed groups in the country immediately cease attacks against UNMISS"). "States in the region"
are regional partners (test_addressee_states_of_a_region)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Reiterates its demand that all States in the region cease military support for armed groups in "
        "neighbouring countries;",
        [("demands", {"RegionalPartners"})],
    ),
    (
        "Demands that all armed groups in the country immediately cease attacks against UNMISS and the civilians "
        "it protects;",
        [("demands", {"PartiesToConflict"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_that_clause_subject_before_its_verb(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
