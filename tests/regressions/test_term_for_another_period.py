"""Fourth held-out set: "Decides to extend the mandate of the United Nations Assistance Mission for
Iraq (UNAMI) for another period of twelve months from the date of this resolution" (S/RES/1700
(2006) op 1) gave no end and no period ("another" did not open a period); the end is counted from
the adoption as for "a further period". "for another period of six months, that is, until 31 May
2001" (S/RES/1328 (2000) op 2) keeps its date and gains its period."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2006-08-10",
        "1. Decides to extend the mandate of the United Nations Assistance Mission for Iraq (UNAMI) for another "
        "period of twelve months from the date of this resolution;",
        [(1, "extends", "UNAMI", "2007-08-10", "P12M")],
    ),
    (
        "2000-11-27",
        "2. Decides to renew the mandate of the United Nations Disengagement Observer Force for another period of "
        "six months, that is, until 31 May 2001;",
        [(2, "extends", "UNDOF", "2001-05-31", "P6M")],
    ),
    (
        "2005-08-11",
        "1. Decides to extend the mandate of UNAMI for another period of twelve months from the date of this "
        "resolution;",
        [(1, "extends", "UNAMI", "2006-08-11", "P12M")],
    ),
]


@pytest.mark.parametrize("adopted,text,expected", CASES)
def test_another_period_gives_the_term(adopted, text, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected
