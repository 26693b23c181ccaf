"""../shared/corpus-full: a demanded end of acts a demonstrative says were named before in the paragraph asked no one
when words stood between the article and "of" ("Strongly condemns the cross-border and maritime attacks by the
Houthis, and demands the immediate cessation of such attacks", heldout14 S/RES/2801 (2025) op 1: the Houthis, the
agents of the attacks condemned; agents.SUCH, now window_openers.SUCH, read one word before "of" only, and "attacks"
was no agent noun of verbs.yaml). The agents of the acts are asked, as for "the continuation of such cooperation"."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The Security Council,\n\nRecalling its resolution 1546 (2004),\n\n1. "

CASES = [
    (
        "Strongly condemns the cross-border and maritime attacks by the Houthis, and demands the immediate cessation "
        "of such attacks, including those against infrastructure and civilian targets;",
        [("demands", ("Houthis",))],
    ),
    # unchanged: the agents of the cooperation welcomed
    (
        "Welcomes the cooperation of the Afghan Government and UNAMA with the Committee, and encourages the "
        "continuation of such cooperation;",
        [("encourages", ("state:AFG", "UNAMA"))],
    ),
    # unchanged: no agent named for the attacks, none asked
    (
        "Condemns the attacks on civilians, and demands the immediate cessation of such attacks;",
        [("demands", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_such_acts_after_a_cessation(text, expected):
    assert mandates(snippet(PRE + text + "\n"), "verb", "addressees") == expected
