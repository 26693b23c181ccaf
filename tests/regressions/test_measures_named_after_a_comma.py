"""Fourth held-out set: "Decides to renew for a period of 12 months from the date of adoption of this
resolution the measures on arms, previously imposed by paragraph 2 of resolution 1521 (2003) and
modified by paragraphs 1 and 2 of resolution 1683 (2006), ..." (S/RES/1961 (2010) op 3) gave no
term: a comma among the words between "measures" and "imposed by paragraph N" hid the paragraph.
The measures are those first imposed (S/RES/1521(2003)#2), the later modifications only renewed
resolutions, as the gold writes it."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "3. Decides to renew for a period of 12 months from the date of adoption of this resolution the measures on "
        "arms, previously imposed by paragraph 2 of resolution 1521 (2003) and modified by paragraphs 1 and 2 of "
        "resolution 1683 (2006), by paragraph 1 (b) of resolution 1731 (2006), and by paragraphs 3, 4, 5 and 6 of "
        "resolution 1903 (2009);",
        [(3, "extends", "S/RES/1521(2003)#2", "2011-12-17", "P12M")],
    ),
    (
        "1. Decides to renew the measures on travel imposed by paragraph 4 of resolution 1521 (2003) for a period of "
        "12 months from the date of adoption of this resolution;",
        [(1, "extends", "S/RES/1521(2003)#4", "2011-12-17", "P12M")],
    ),
    (
        "1. Decides to renew until 30 April 2012 the measures on arms, as modified, imposed by paragraphs 7 to 9 of "
        "resolution 1572 (2004);",
        [(1, "extends", "S/RES/1572(2004)#7,8,9", "2012-04-30", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_measures_of_a_paragraph_past_a_comma(text, expected):
    r = resolution(text, date="2010-12-17")
    assert terms(r, "op", "action", "of", "until", "period") == expected
