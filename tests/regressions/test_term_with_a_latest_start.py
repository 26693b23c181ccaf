"""A term "commencing no later than" a date has a latest start, not a start: "Decides, in the meanwhile, to
re-establish the Panel of Experts ... for a further period of five weeks commencing no later than 11 March 2002"
(S/RES/1395 (2002) op 3) ended on 2002-04-15 and "for a further period of three months commencing no later than 10
February 2003" (S/RES/1458 (2003) op 3) on 2003-05-10, counted from the latest start, where heldout30 05 op 3 gives the
period alone (the README's ruling of stop 30: no until where the text names no start). A start named ("commencing on
1 January 2007") still gives the end."""

import pytest

from tests.snippets import snippet, terms

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n1. "

CASES = [
    (
        "Decides, in the meanwhile, to re-establish the Panel of Experts appointed pursuant to paragraph 19 of "
        "resolution 1343 (2001) for a further period of five weeks commencing no later than 11 March 2002;",
        [("establishes", None, "P5W")],
    ),
    (
        "Decides to re-establish the Panel of Experts appointed pursuant to paragraph 19 of resolution 1343 (2001) "
        "for a further period of three months commencing no later than 10 February 2003;",
        [("establishes", None, "P3M")],
    ),
    (
        "Decides to re-establish the Panel of Experts appointed pursuant to paragraph 19 of resolution 1343 (2001) "
        "for a further period of three months commencing on 10 February 2003;",
        [("establishes", "2003-05-10", "P3M")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_with_a_latest_start(text, expected):
    r = snippet(SC + text + "\n")
    assert terms(r, "action", "until", "period") == expected
