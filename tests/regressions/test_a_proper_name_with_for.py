"""What "to establish" sets up, a body the vocabulary lacks, lost its name's tail at "for": "Decides to establish a pool
of ad litem judges in the International Tribunal for Rwanda" (S/RES/1431 (2002) op 1) gave of "pool of ad litem judges
in the International Tribunal". term_established.ESTABLISHED_NAME ended the name at any "for" not followed by "the
<noun>", right before a purpose or a time ("for a period of", "for the purpose of") but wrong inside a proper name: a
capitalised word's "for" before another capitalised word now goes on. A lower-case "for" (a time, a purpose, "a
mechanism for Member States to report") still ends the name. (The pool itself is no term since
test_term_not_a_part_set_up_in_another_body, the heldout41 gold: the first two rows read a commission's name with the
same "for" instead.)
"""

import pytest

from tests.snippets import snippet, terms

SC = "The Security Council,\n\nRecalling its resolution 955 (1994),\n\n1. "

CASES = [
    (
        "Decides to establish a Commission of Experts for Rwanda, and to this end decides to amend the Statute;",
        [("establishes", "Commission of Experts for Rwanda")],
    ),
    # "for the <noun>", read before
    (
        "Decides to establish a Commission of Experts for the Former Yugoslavia and to enlarge the membership of the "
        "Appeals Chambers;",
        [("establishes", "Commission of Experts for the Former Yugoslavia")],
    ),
    # a time after a lower-case word: the name ends
    (
        "Decides to establish a monitoring mechanism for a period of six months;",
        [("establishes", "monitoring mechanism")],
    ),
    # a name beginning with a letter outside ASCII goes on (review53 D6)
    (
        "Decides to establish a Mechanism for Côte d'Ivoire for a period of one year;",
        [("establishes", "Mechanism for Côte d'Ivoire")],
    ),
    (
        "Decides to establish an Office of the Coordinator for Türkiye for a period of one year;",
        [("establishes", "Office of the Coordinator for Türkiye")],
    ),
    # "for Member States": a purpose, not the name's, capitalised as it is (review53 D6)
    (
        "Decides to establish a Joint Mechanism for Member States to report for a period of one year;",
        [("establishes", "Joint Mechanism")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_proper_name_with_for(text, expected):
    r = snippet(SC + text + "\n")
    assert terms(r, "action", "of") == expected
