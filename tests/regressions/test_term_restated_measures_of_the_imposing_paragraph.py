"""Measures a paragraph restates and continues ("Decides that, until 31 January 2019, all Member States shall continue
to take the necessary measures to prevent ... arms") are of the paragraph that imposed them when the text names it as
renewed by that paragraph ("the measures imposed by paragraphs 54 and 55 of resolution 2127 (2013) and paragraphs 30
and 32 of resolution 2134 (2014) renewed by paragraphs 1, 2, 9 and 16 of this resolution", S/RES/2399 (2018) op 40;
heldout28 17 ops 1, 9, 16; S/RES/2262, 2339 alike), as the golds read every renewal of imposed measures. Without such
a statement, or with lists of unequal length ("paragraphs 1 to 3" is three), the paragraph's own measures stay.
"""

import pytest

from tests.snippets import resolution, terms

ARMS = (
    "1. Decides that, until 31 January 2019, all Member States shall continue to take the necessary measures to prevent "
    "the direct or indirect supply, sale or transfer to the CAR of arms and related materiel of all types;"
)
TRAVEL = (
    "2. Decides that, until 31 January 2019, all Member States shall continue to take the necessary measures to prevent "
    "the entry into or transit through their territories of individuals designated by the Committee;"
)
FREEZE = (
    "3. Decides that all Member States shall, until 31 January 2019, continue to freeze without delay all funds, other "
    "financial assets and economic resources within their territories owned by the individuals designated by the "
    "Committee;"
)
STATED = (
    "4. Calls upon all States to report to the Committee on the actions they have taken to implement the measures "
    "imposed by paragraph 54 of resolution 2127 (2013) and paragraphs 30 and 32 of resolution 2134 (2014) renewed by "
    "paragraphs 1, 2 and 3 of this resolution;"
)
EMBARGO = (
    "4. Decides that the designation criteria apply to those acting in violation of the arms embargo established in "
    "paragraph 54 of resolution 2127 (2013) and extended by paragraph 1 of this resolution;"
)
CASES = [
    (  # S/RES/2399 (2018) ops 1, 9, 16 and 40
        "\n\n".join((ARMS, TRAVEL, FREEZE, STATED)),
        [
            (1, "extends", "S/RES/2127(2013)#54", "2019-01-31"),
            (2, "extends", "S/RES/2134(2014)#30", "2019-01-31"),
            (3, "extends", "S/RES/2134(2014)#32", "2019-01-31"),
        ],
    ),
    (  # S/RES/2399 (2018) op 21 (a): one pair
        "\n\n".join((ARMS, EMBARGO)),
        [(1, "extends", "S/RES/2127(2013)#54", "2019-01-31")],
    ),
    (  # "of the present resolution", as "of this resolution" (review of stop 46, finding 7)
        "\n\n".join((ARMS, EMBARGO.replace("of this resolution", "of the present resolution"))),
        [(1, "extends", "S/RES/2127(2013)#54", "2019-01-31")],
    ),
    (  # both lists a range, read in full
        "\n\n".join(
            (
                ARMS,
                TRAVEL,
                FREEZE,
                "4. Calls upon all States to report on the measures imposed by paragraphs 54 to 56 of resolution 2127 "
                "(2013) renewed by paragraphs 1 to 3 of this resolution;",
            )
        ),
        [
            (1, "extends", "S/RES/2127(2013)#54", "2019-01-31"),
            (2, "extends", "S/RES/2127(2013)#55", "2019-01-31"),
            (3, "extends", "S/RES/2127(2013)#56", "2019-01-31"),
        ],
    ),
    (  # no statement: the paragraph's own measures
        ARMS,
        [(1, "extends", "S/RES/2399(2018)#1", "2019-01-31")],
    ),
    (  # two imposing paragraphs for three of its own: no pairing
        "\n\n".join((ARMS, STATED.replace("and paragraphs 30 and 32", "and paragraph 30"))),
        [(1, "extends", "S/RES/2399(2018)#1", "2019-01-31")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_restated_measures_of_the_imposing_paragraph(text, expected):
    r = resolution(text, date="2018-01-30", symbol="S/RES/2399(2018)")
    assert terms(r, "op", "action", "of", "until") == expected


# the imposing paragraphs written out of the order they were adopted: which is which is not said (review of stop 46,
# finding 7: op 1 is the arms embargo of 2127, not 2134#30)
OUT_OF_ORDER = [
    (
        "\n\n".join(
            (
                ARMS,
                TRAVEL,
                FREEZE,
                "4. Requests the Panel to report on the implementation of the measures imposed by paragraphs 30 and 32 "
                "of resolution 2134 (2014) and paragraph 54 of resolution 2127 (2013) renewed by paragraphs 1, 2 and 3 "
                "of this resolution;",
            )
        ),
        [
            (1, "extends", "S/RES/2399(2018)#1", "2019-01-31"),
            (2, "extends", "S/RES/2399(2018)#2", "2019-01-31"),
            (3, "extends", "S/RES/2399(2018)#3", "2019-01-31"),
        ],
    ),
    (  # in the order adopted: paired
        "\n\n".join(
            (
                ARMS,
                TRAVEL,
                "4. Requests the Panel to report on the measures imposed by paragraph 54 of resolution 2127 (2013) and "
                "paragraph 30 of resolution 2134 (2014) renewed by paragraphs 1 and 2 of this resolution;",
            )
        ),
        [
            (1, "extends", "S/RES/2127(2013)#54", "2019-01-31"),
            (2, "extends", "S/RES/2134(2014)#30", "2019-01-31"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", OUT_OF_ORDER)
def test_term_restated_pairs_only_imposing_paragraphs_in_the_order_adopted(text, expected):
    r = resolution(text, date="2018-01-30", symbol="S/RES/2399(2018)")
    assert terms(r, "op", "action", "of", "until") == expected
