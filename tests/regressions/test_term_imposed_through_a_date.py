"""Measures continued "through" a date end on it, as "until" a date ("Decides that, through 29 January 2016, all Member
States shall continue to take the necessary measures to prevent ... arms", S/RES/2196 (2015) ops 1, 4, 7, the CAR
renewal that 2262, 2339 and 2399 word with "until"); "through" is among the term's end words (terms.yaml until) and the
extensions already read it ("extend the mandate of UNMISS ... through 15 July 2013", S/RES/2057 (2012) op 1).
"""

import pytest

from tests.snippets import resolution, terms

ARMS = (
    "1. Decides that, through 29 January 2016, all Member States shall continue to take the necessary measures to "
    "prevent the direct or indirect supply, sale or transfer to the CAR of arms and related materiel of all types;"
)
TRAVEL = (
    "4. Decides that, through 29 January 2016, all Member States shall continue to take the necessary measures to "
    "prevent the entry into or transit through their territories of individuals designated by the Committee;"
)
FREEZE = (
    "7. Decides that all Member States shall, through 29 January 2016, continue to freeze without delay all funds, other "
    "financial assets and economic resources within their territories owned by the individuals designated by the "
    "Committee;"
)
STATED = (
    "17. Calls upon all States to report on the measures imposed by paragraph 54 of resolution 2127 (2013) and "
    "paragraphs 30 and 32 of resolution 2134 (2014) renewed by paragraphs 1, 4 and 7 of this resolution;"
)
CASES = [
    (ARMS, [(1, "extends", "S/RES/2196(2015)#1", "2016-01-29")]),
    (FREEZE, [(7, "extends", "S/RES/2196(2015)#7", "2016-01-29")]),
    (  # S/RES/2196 (2015) ops 1, 4, 7 with the statement of what they renew
        "\n\n".join((ARMS, TRAVEL, FREEZE, STATED)),
        [
            (1, "extends", "S/RES/2127(2013)#54", "2016-01-29"),
            (4, "extends", "S/RES/2134(2014)#30", "2016-01-29"),
            (7, "extends", "S/RES/2134(2014)#32", "2016-01-29"),
        ],
    ),
    (  # "through" with no date sets no term
        "1. Decides that all Member States shall, through their national authorities, continue to take the necessary "
        "measures to prevent the supply of arms;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_imposed_through_a_date(text, expected):
    r = resolution(text, date="2015-01-22", symbol="S/RES/2196(2015)")
    assert terms(r, "op", "action", "of", "until") == expected
