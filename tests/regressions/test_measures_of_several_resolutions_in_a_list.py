"""Measures of several resolutions renewed in one paragraph are one term a resolution (the golds: heldout4 10 op 1,
heldout16 14 op 1, heldout19 03 op 1). Three ways a list of them hid all but the first:

- "these measures" renewed after a recital that names them (the yearly Sudan renewals, S/RES/2676 (2023), 2750
  (2024), 2791 (2025) op 1): only the first resolution's measures were read, and the sub-paragraphs "(c), (d) and
  (e) of paragraph 3 of resolution 1591 (2005)" were not read at all (heldout19 03: 1556 #7,8,9, 1591 #3, 2035 #4;
  the paragraphs "as modified by" are history, left out);
- "and of paragraph 6 of resolution 1643 (2005)" (S/RES/1727 (2006), 1782 (2007) op 1, S/RES/1739 (2007) op 3) and
  "and in paragraph 2 of resolution 2399 (2018)" (the CAR renewals S/RES/2536 (2020), 2588, 2648, 2693 op 3);
- a paragraph's sub-paragraph letters in a list, "paragraph 4 (c) and (d) of resolution 1127 (1997)" (S/RES/1448
  (2002) op 2).
"""

import pytest

from resgraph.extract import term_measures
from tests.growth import LINEAR, growth
from tests.snippets import resolution, terms

CASES = [
    (
        "1. Recalls the measures imposed by paragraphs 7 and 8 of resolution 1556 (2004), as modified by paragraph 7 "
        "of resolution 1591 (2005), and paragraph 4 of resolution 2035 (2012), the listing criteria and measures "
        "imposed by subparagraphs (c), (d) and (e) of paragraph 3 of resolution 1591 (2005), as modified by paragraph "
        "3 of resolution 2035 (2012), and the provisions of subparagraph (f), (g) of paragraph 3 of resolution 1591 "
        "(2005), paragraph 9 of resolution 1556 (2004), and paragraph 4 of resolution 2035 (2012), and decides to "
        "reaffirm and renew these measures until 12 September 2024, and to make a decision regarding their further "
        "renewal no later than 12 September 2024;",
        [
            (1, "extends", "S/RES/1556(2004)#7,8,9", "2024-09-12"),
            (1, "extends", "S/RES/1591(2005)#3", "2024-09-12"),
            (1, "extends", "S/RES/2035(2012)#4", "2024-09-12"),
        ],
    ),
    (
        "1. Decides to renew until 31 October 2007 the provisions of paragraphs 7 to 12 of resolution 1572 (2004) and "
        "of paragraph 6 of resolution 1643 (2005);",
        [
            (1, "extends", "S/RES/1572(2004)#7,8,9,10,11,12", "2007-10-31"),
            (1, "extends", "S/RES/1643(2005)#6", "2007-10-31"),
        ],
    ),
    (
        "3. Decides to renew until 31 July 2021 the measures and provisions as set out in paragraphs 4 and 5 of "
        "resolution 2488 (2019) and in paragraph 2 of resolution 2399 (2018) and recalls paragraphs 8 and 9 of "
        "resolution 2488 (2019);",
        [
            (3, "extends", "S/RES/2488(2019)#4,5", "2021-07-31"),
            (3, "extends", "S/RES/2399(2018)#2", "2021-07-31"),
        ],
    ),
    (
        "2. Decides that the measures imposed by paragraph 19 of resolution 864 (1993), paragraph 4 (c) and (d) of "
        "resolution 1127 (1997) and paragraphs 11 and 12 of resolution 1173 (1998) shall cease to have effect from the "
        "date of adoption of this resolution;",
        [
            (2, "terminates", "S/RES/864(1993)#19", None),
            (2, "terminates", "S/RES/1127(1997)#4", None),
            (2, "terminates", "S/RES/1173(1998)#11,12", None),
        ],
    ),
    (  # history stays out: the paragraphs that amended the measures are not renewed (S/RES/1768 (2007) op 1)
        "1. Decides to extend until 10 August 2007 the measures on arms imposed by paragraph 20 of resolution 1493 "
        "(2003) as amended and expanded by paragraph 1 of resolution 1596 (2005);",
        [(1, "extends", "S/RES/1493(2003)#20", "2007-08-10")],
    ),
    (  # a recital with no "these measures" renewed after it sets no term (S/RES/2725 (2024) op 1)
        "1. Recalls the measures imposed by paragraphs 7 and 8 of resolution 1556 (2004), and further recalls that "
        "resolution 2676 (2023) reaffirmed and renewed these measures until 12 September 2024;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_measures_of_several_resolutions_one_term_each(text, expected):
    r = resolution(text, date="2006-12-15")
    assert terms(r, "op", "action", "of", "until") == expected


GROWTH = {
    "sub-paragraph letters with no paragraph after them": (
        lambda n: "measures imposed by subparagraphs " + "(c), " * n + "x",
        term_measures.MEASURES.search,
    ),
    "a paragraph's letters with no resolution after them": (
        lambda n: ", and of paragraph 4" + " (c) and" * n + " x",
        term_measures.NEXT.match,
    ),
    "spaces after a paragraph's letter": (
        lambda n: "measures in paragraph 4 (c)" + " " * n + "x",
        term_measures.MEASURES.search,
    ),
}


@pytest.mark.parametrize("name", GROWTH)
def test_lists_of_letters_read_in_linear_time(name):
    make, run = GROWTH[name]
    assert growth(make, run, 2000) < LINEAR
