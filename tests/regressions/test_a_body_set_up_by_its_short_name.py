"""A body set up that the text names by a short name in quotes was of its long wording: "Requests the Secretary-General
to establish, in consultation with the 1540 Committee, a group of up to eight experts (“group of experts”), acting under
the direction and purview of the Committee" (S/RES/1977 (2011) op 5 (a), heldout38 14: T establishes of="group of
experts") gave of="group of up to eight experts". term_established.established, where it falls back on the name as
written, takes the name of two words or more given in quotes and brackets right after it (DEFINED_AS, stripped, its
article dropped). Not a body of the vocabulary (its id stays), nor a name with no quoted short name after it, nor a
one-word short name ("the Group", "the Mission": review56-C 5, the long wording says more)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "Requests the Secretary-General to establish, in consultation with the 1540 Committee, a group of up to eight"
        " experts (“group of experts”), acting under the direction and purview of the Committee, to assist the"
        " Committee in carrying out its mandate;",
        [("establishes", "group of experts")],
    ),
    (
        'Requests the Secretary-General to establish a group of up to eight experts ("the Group"), acting under the'
        " direction of the Committee;",
        [("establishes", "group of up to eight experts")],
    ),
    (
        "Requests the Secretary-General to establish a group of up to eight experts (“ the Group of Experts ”), acting"
        " under the direction of the Committee;",
        [("establishes", "Group of Experts")],
    ),
    # near misses: no short name; a parenthesis that is no quoted name; one-word short names
    (
        "Requests the Secretary-General to establish a group of up to eight experts, acting under the direction and"
        " purview of the Committee;",
        [("establishes", "group of up to eight experts")],
    ),
    (
        "Requests the Secretary-General to establish a group of up to eight experts (see annex), acting under the"
        " direction of the Committee;",
        [("establishes", "group of up to eight experts")],
    ),
    (
        "Decides to establish a fact-finding mission (“the Mission”) to investigate the events;",
        [("establishes", "fact-finding mission")],
    ),
    (
        "Requests the Secretary-General to establish a monitoring mechanism (“the Mechanism”) for a period of twelve"
        " months;",
        [("establishes", "monitoring mechanism")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_body_set_up_by_its_short_name(text, expected):
    r = resolution("1. " + text, date="2011-04-20", organ="SC")
    assert terms(r, "action", "of") == expected
