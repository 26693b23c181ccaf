"""Two nouns of renewed mandates joined by "and" renew both, of the same addressees: "Reiterates its invitation and
encouragement to all States parties, interested States, the United Nations, ... the International Committee of the Red
Cross ... to participate in the upcoming formal meetings under the Convention" (gold A/RES/74/62 op 7: invites and
encourages; its cluster munitions twins 75/62, 76/47, 77/79, 78/32, 79/58, 80/52 op 7), as "Invites and encourages all
interested States" asks them twice. Before, the invitation alone was read. A verb after "and" stays a verb ("Reiterates
its request and calls upon"), and a noun after the addressees is no second mandate.
"""

import pytest

from resgraph.extract import directives
from resgraph.vocab import load
from tests.growth import LINEAR, growth
from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 73/54,\n\n1. "
STATES = {"StatesParties", "States", "ICRC"}

CASES = [
    (
        "Reiterates its invitation and encouragement to all States parties, interested States and the International "
        "Committee of the Red Cross to participate in the upcoming formal meetings under the Convention;",
        [("invites", STATES), ("encourages", STATES)],
    ),
    (
        "Reiterates its request and calls upon all States parties, interested States and the International "
        "Committee of the Red Cross to participate;",
        [("requests", STATES), ("calls-upon", STATES)],
    ),
    (
        "Reiterates its invitation to all States parties, interested States and the International Committee of the "
        "Red Cross to participate, and encouragement of their efforts;",
        [("invites", STATES)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_renewed_nouns_joined(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_joined_nouns_are_read_in_linear_time():
    v = load()
    assert (
        growth(lambda n: "Reiterates its request" + " and  " * n + "x", lambda t: directives.find(t, v), 200) < LINEAR
    )
