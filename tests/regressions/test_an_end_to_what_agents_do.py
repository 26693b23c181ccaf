"""The "to" after "an end" / "a halt" names what ends, not an infinitive: "Demands an end to violence by all sides, to
attacks on civilians, peacekeepers and humanitarian personnel, and to other violations" (heldout18 S/RES/1828 (2008)
op 11, the annotators' PartiesToConflict: the agents of the violence after "by", agents.py) ended the window at "to
violence", read as an infinitive (windows.END_TO); an end with no agent named still asks no
one ("Demands an immediate end to hostilities and all forms of violence throughout the country", A/RES/78/219 op 4)."""

import pytest

from resgraph.extract.windows import END_TO
from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1769 (2007),\n\n1. "

CASES = [
    (  # heldout18 S/RES/1828 (2008) op 11
        "Demands an end to violence by all sides, to attacks on civilians, peacekeepers and humanitarian personnel, "
        "and to other violations of human rights and international humanitarian law in Darfur;",
        [("demands", {"PartiesToConflict"})],
    ),
    (
        "Demands a halt to attacks by all parties on humanitarian personnel;",
        [("demands", {"PartiesToConflict"})],
    ),
    (  # guard, A/RES/78/219 op 4 (no agent named)
        "Demands an immediate end to hostilities and all forms of violence throughout the country;",
        [("demands", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_end_to_what_agents_do(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_end_to_grows_linearly():
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "x" * n + " end" + " " * n, END_TO.search, 2000) < LINEAR
