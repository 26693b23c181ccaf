"""A body set up that the text names by its acronym alone, with no article, gave no term: "Decides to establish UNOCA
for an initial period of two years" (review of stop 61: no T, where "Decides to establish the United Nations Office
for Central Africa (UNOCA) for an initial period of two years" gives T establishes of=UNOCA period=P2Y, and "to extend
UNAMA for an additional period" an extension). terms.ACTIONS "establishes" took an acronym after the verb with "the"
only ("to re-establish the SEMG, in consultation with the Committee, until"); the article is now optional, with the same
words after the acronym (a time, a comma or the clause's end). A body set up for no time stays as before, and an acronym
that goes on with another task ("to set up MINUSCA and prepare the seamless transition", S/RES/2149 (2014) op 26) sets up
nothing here."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides to establish UNOCA for an initial period of two years;",
        [("establishes", "UNOCA", None, "P2Y")],
    ),
    (
        "1. Decides to establish UNMIS for an initial period of 6 months;",
        [("establishes", "UNMIS", None, "P6M")],
    ),
    (
        "1. Decides to establish UNOCA until 31 December 2012;",
        [("establishes", "UNOCA", "2012-12-31", None)],
    ),
    # near misses: the long name with its acronym; "the" and the acronym; an acronym before another task
    (
        "1. Decides to establish the United Nations Office for Central Africa (UNOCA) for an initial period of two"
        " years;",
        [("establishes", "UNOCA", None, "P2Y")],
    ),
    (
        "1. Requests the Secretary-General to re-establish the SEMG, in consultation with the Committee, until 15"
        " December 2017;",
        [("establishes", "MonitoringGroup1519", "2017-12-15", None)],
    ),
    (
        "1. Requests the Secretary-General to set up MINUSCA and prepare the seamless transition of authority from"
        " MISCA to MINUSCA by 15 September 2014;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_body_set_up_by_its_acronym_alone(text, expected):
    r = resolution(text, date="2010-12-15", organ="SC")
    assert terms(r, "action", "of", "until", "period") == expected
