"""Fourth held-out set: "Decides to renew until 30 April 2012 the measures on arms ... imposed by
paragraphs 7 to 12 of resolution 1572 (2004), ... and further decides to renew until 30 April 2012
the measures preventing the importation by any State of all rough diamonds from Côte d’Ivoire
imposed by paragraph 6 of resolution 1643 (2005)" (S/RES/1980 (2011) op 1) gave the first measures
alone; the second renewal is a term of its own, with its own time when it gives one. Exemptions or
measures no paragraph names are no second term."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides to renew until 30 April 2012 the measures on arms and the financial and travel measures imposed "
        "by paragraphs 7 to 9 of resolution 1572 (2004) and further decides to renew until 30 April 2012 the "
        "measures preventing the importation by any State of all rough diamonds from Côte d’Ivoire imposed by "
        "paragraph 6 of resolution 1643 (2005);",
        [
            (1, "extends", "S/RES/1572(2004)#7,8,9", "2012-04-30", None),
            (1, "extends", "S/RES/1643(2005)#6", "2012-04-30", None),
        ],
    ),
    (
        "1. Decides to renew until 30 April 2012 the measures imposed by paragraph 7 of resolution 1572 (2004) and "
        "further decides to renew until 31 October 2011 the measures on the importation of rough diamonds imposed by "
        "paragraph 6 of resolution 1643 (2005);",
        [
            (1, "extends", "S/RES/1572(2004)#7", "2012-04-30", None),
            (1, "extends", "S/RES/1643(2005)#6", "2011-10-31", None),
        ],
    ),
    (
        "1. Decides to renew until 30 April 2012 the measures imposed by paragraph 7 of resolution 1572 (2004) and "
        "further decides to renew the exemptions set out by paragraphs 16 and 17 of resolution 1893 (2009);",
        [(1, "extends", "S/RES/1572(2004)#7", "2012-04-30", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_second_renewal_is_its_own_term(text, expected):
    r = resolution(text, date="2011-04-28")
    assert terms(r, "op", "action", "of", "until", "period") == expected
