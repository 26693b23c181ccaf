"""Those with influence on the parties (issue 12, the golds: S/RES/1494 (2003) op 5 "urges those having
influence with the parties to promote this outcome", S/2023/773 op 10 "on all those with influence on them"):
Stakeholders, and whom their influence bears on is no addressee ("all those with influence over parties to
armed conflict", S/RES/2417 (2018) op 8, was read as the parties). Seen in a random sample of corpus-full
(S/RES/1393 (2002) op 6 "calls on others having influence with the parties": none).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Strongly urges the parties to engage in negotiations, and urges those having influence with the parties "
        "to promote this outcome;",
        [("urges", {"PartiesToConflict"}), ("urges", {"Stakeholders"})],
    ),
    (
        "Strongly urges the parties to receive the document, and calls on others having influence with the parties "
        "to promote this outcome;",
        [("urges", {"PartiesToConflict"}), ("calls-upon", {"Stakeholders"})],
    ),
    (
        "Urges all those with influence over parties to armed conflict to remind them of their obligations;",
        [("urges", {"Stakeholders"})],
    ),
    (
        "Calls upon all those with influence on the parties to work toward this objective;",
        [("calls-upon", {"Stakeholders"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_those_with_influence(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
