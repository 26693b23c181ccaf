"""A term whose period runs from the day the text says the mandate commences was left with no end: MINUSMA's
"initial period of 12 months" from 1 July 2013, "at which point MINUSMA shall commence the implementation of its
mandate" (S/RES/2100 (2013) op 7, heldout35 14: until 2014-07-01, and op 18's French forces "until the end of
MINUSMA's mandate" with it, as heldout32 14 op 1's "as of 9 July 2011 for an initial period of one year"). Not taken:
a date of something else the same clause names, at which the mandate or operations do not commence (a review, a
drawdown, "the start of" a transition: review 53-C, finding 1)."""

import pytest

from tests.snippets import resolution, terms

MINUSMA = (
    "7. Decides to establish the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA), "
    "requests the Secretary-General to subsume the United Nations Office in Mali (UNOM) into MINUSMA, with MINUSMA "
    "assuming responsibility for the discharge of UNOM’s mandated tasks, as of the date of adoption of this "
    "resolution, further decides that the authority be transferred from AFISMA to MINUSMA on 1 July 2013 at which "
    "point MINUSMA shall commence the implementation of its mandate as defined in paragraphs 16 and 17 below, for an "
    "initial period of 12 months and requests the Secretary-General to include in MINUSMA AFISMA military and police "
    "personnel appropriate to United Nations standards;\n\n"
    "8. Authorizes French troops, within the limits of their capacities and areas of deployment, to use all necessary "
    "means, from the commencement of the activities of MINUSMA until the end of MINUSMA’s mandate as authorized in "
    "this resolution, to intervene in support of elements of MINUSMA when under imminent and serious threat upon "
    "request of the Secretary-General;"
)
CASES = [
    (
        MINUSMA,
        "2013-04-25",
        [(7, "establishes", "MINUSMA", "2014-07-01", "P12M"), (8, "authorizes", "FrenchForces", "2014-07-01", None)],
    ),
    # a date in the same clause at which something else begins (review 53-C, finding 1): a review, a drawdown, the noun
    # "start"; the period alone, as before the rule
    (
        "1. Decides to establish the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) "
        "for an initial period of 12 months, and to review on 1 October 2013, at which point the Council may begin to "
        "consider its drawdown;",
        "2013-04-25",
        [(1, "establishes", "MINUSMA", None, "P12M")],
    ),
    (
        "1. Decides to establish the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) "
        "for an initial period of 12 months, with a review of its mandate on 1 October 2013, at which time the Council "
        "shall begin consideration of its drawdown;",
        "2013-04-25",
        [(1, "establishes", "MINUSMA", None, "P12M")],
    ),
    (
        "1. Decides to extend the mandate of UNOCI for a period of 12 months, and that the Mission shall complete its "
        "support to the elections on 31 December 2013, at which point the drawdown of its military component shall "
        "begin;",
        "2013-06-26",
        [(1, "extends", "UNOCI", None, "P12M")],
    ),
    (
        "1. Decides to establish the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) "
        "for an initial period of 12 months, and to hold a conference on 1 July 2013, at which point the start of the "
        "political transition will be reviewed;",
        "2013-04-25",
        [(1, "establishes", "MINUSMA", None, "P12M")],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_term_counted_from_the_day_it_commences(text, date, expected):
    r = resolution(text, date=date)
    assert terms(r, "op", "action", "of", "until", "period") == expected
