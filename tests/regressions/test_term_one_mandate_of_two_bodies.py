"""One mandate of two bodies extended: "Decides that the mandate of UNOCI and of the French forces which support
it shall be extended until 16 July 2007" (S/RES/1763 (2007) op 1, read in a random sample of 40 Council texts;
its twins S/RES/1594, 1600, 1603, 1609 and 1726): only UNOCI was read, as the second body was looked for after
"mandates of" alone (S/RES/1652, 1739, 1765: both read). A second "of" names a second body; "the mandate of the
Special Adviser and the Team" (UNITAD, S/RES/2697 (2023) op 2) names one."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides that the mandate of UNOCI and of the French forces which support it shall be extended until 16 "
        "July 2007;",
        "2007-06-29",
        [(1, "extends", "UNOCI", "2007-07-16"), (1, "extends", "FrenchForces", "2007-07-16")],
    ),
    (
        "1. Decides that the respective mandates of the United Nations Operation in Côte d’Ivoire (UNOCI) and of the "
        "French forces which support it shall be extended until 15 December 2006;",
        "2006-06-30",
        [(1, "extends", "UNOCI", "2006-12-15"), (1, "extends", "FrenchForces", "2006-12-15")],
    ),
    (
        "1. Decides to extend the mandate of UNMEE at the troop and military observer levels authorized by its "
        "resolution 1320 (2000) until 15 September 2001;",
        "2001-03-15",
        [(1, "extends", "UNMEE", "2001-09-15")],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_each_body_of_the_mandate(text, adopted, expected):
    assert terms(resolution(text, date=adopted), "op", "action", "of", "until") == expected
