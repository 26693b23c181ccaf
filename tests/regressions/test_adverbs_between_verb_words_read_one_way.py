"""Adverbs and linking phrases of verbs.yaml between a directive verb's words, before it, or before a renewed
call are read one way each, so a paragraph full of them is read in time linear in it (review of stop 31, the
links of d7bc889 and the asides of ac2ea22). Three ways of reading the same words had been left in the patterns
directives.py builds from verbs.yaml: "again strongly" (also "also strongly", "further strongly") is both an
adverb and two adverbs in a row; a comma after one phrase was read as its own or as the next one's ("calls,
once again, upon"); and adverbs after "and" were read before a linking phrase or before the verb on either side
of one run of spaces. Before a verb that was not there, "Calls" and 16 "again strongly" took 0.4 s, each more
doubling it (2**k), and so did 16 "again," after "Calls,"; pronouns._any_clause read "again strongly" so too.
The verbs are read where they were: the words each pattern reads are the same."""

from __future__ import annotations

import pytest

from resgraph.extract import directive_asides, directives, pronouns
from resgraph.vocab import load
from tests.growth import LINEAR, growth
from tests.snippets import mandates, snippet

V = load()


def _find(text: str) -> list:
    return directives.find(text, V)


# (make, small): small is low for the cases that were exponential (2**20 tries on the parent) and high for those
# that grew as the square or stalled LONGEST times a run of spaces
GROWTH = [
    (lambda n: "Calls " + "again strongly " * n + "xyz", 5),
    (lambda n: "Calls, " + "again, " * n + "xyz", 5),
    (lambda n: "Reiterates, " + "also, " * n + "xyz", 5),
    (lambda n: "x, and " + "also " * n + "xyz", 400),
    (lambda n: "x, and in order to x" + " " * n + "y", 2000),
]


@pytest.mark.parametrize("make, small", GROWTH)
def test_directive_verbs_are_read_in_linear_time(make, small):
    assert growth(make, _find, small) < LINEAR


def test_a_clause_of_its_own_after_adverbs_is_read_in_linear_time():
    rx = pronouns._any_clause(V)
    assert growth(lambda n: "x, " + "again strongly " * n + "xyz", lambda t: list(rx.finditer(t)), 5) < LINEAR


def test_an_aside_ends_at_a_word():
    rx, _ = directive_asides._pattern(V)
    m = rx.search("..., and in order to strengthen the coordination    encourages States to act")
    assert m and m.group("aside").endswith("coordination")


GA = "The General Assembly,\n\nRecalling its resolution 73/28,\n\n"
CASES = [
    ("1. Calls again strongly upon Member States to act;\n", [("calls-upon", {"MemberStates"})]),
    ("1. Calls, once again, upon Member States to act;\n", [("calls-upon", {"MemberStates"})]),
    ("1. Calls, once again, in this regard, upon Member States to act;\n", [("calls-upon", {"MemberStates"})]),
    (
        "1. Welcomes the report, and also strongly urges Member States to act;\n",
        [("urges", {"MemberStates"})],
    ),
    (
        "1. Welcomes the report, and also in this regard strongly urges Member States to act;\n",
        [("urges", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_adverbs_and_linking_phrases_are_still_read(text, expected):
    assert mandates(snippet(GA + text), "verb", "addressees", as_sets=True) == expected
