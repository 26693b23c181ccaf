"""A term's end given as a day and month with no year was missed: "Decides further that, until the start of the final
withdrawal of its military personnel on 15 October, MINURCAT shall be authorized to fulfil the following functions"
(S/RES/1923 (2010) op 11, heldout32 11; op 9 gives the same date with 2010) read no term, an authorization for no
time. Such an end after "until" or "till" is now the first such day on or after the adoption (the README's rule for a
report's due, deadlines.on_or_after), as the gold reads it. Not after "extend ... to", where "from 1 to 5 June" would
be read, and an end with its year is read as before. Nor where the clause gives a period ("for a period of twelve
months till 30 September" ends in the next year), nor a day in an aside led by a participle ("taking note of the
request ... to maintain the force until 31 March", "noting that the electoral period lasts until 31 March")."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "Decides further that, until the start of the final withdrawal of its military personnel on 15 October,"
        " MINURCAT shall be authorized to fulfil the following functions within its capabilities;",
        "2010-05-25",
        [("authorizes", "MINURCAT", "2010-10-15", None)],
    ),
    # adopted after that day: the next year's
    (
        "Decides that MINURCAT shall be authorized to fulfil the following functions until 15 January;",
        "2010-12-20",
        [("authorizes", "MINURCAT", "2011-01-15", None)],
    ),
    # with its year, as before
    (
        "Decides further that, until the start of the final withdrawal of its military personnel on 15 October 2010,"
        " MINURCAT shall be authorized to fulfil the following functions within its capabilities;",
        "2010-05-25",
        [("authorizes", "MINURCAT", "2010-10-15", None)],
    ),
    # no "until": a yearless day after "to" is no end
    (
        "Decides that MINURCAT shall be authorized to fulfil the following functions, having met from 1 to 5 June;",
        "2010-05-25",
        [],
    ),
    # a period given: the term's time is its length, not a yearless day (review 50 item 3)
    (
        "Decides, taking note of the request of the Government to maintain the force until 31 March, to extend the"
        " mandate of UNMIL for a period of twelve months;",
        "2010-09-15",
        [("extends", "UNMIL", None, "P12M")],
    ),
    (
        "Decides to extend the mandate of UNMIL for a period of twelve months, noting that the electoral period lasts"
        " until 31 March;",
        "2010-09-15",
        [("extends", "UNMIL", None, "P12M")],
    ),
    (
        "Decides to extend the mandate of UNMIL for a period of twelve months till 30 September;",
        "2010-09-15",
        [("extends", "UNMIL", None, "P12M")],
    ),
    # no period, the day in an aside: the aside's, no end of the term
    (
        "Decides, taking note of the request of the Government to maintain the force until 31 March, to extend the"
        " mandate of UNMIL;",
        "2010-09-15",
        [("extends", "UNMIL", None, None)],
    ),
    (
        "Decides to extend the mandate of UNMIL, noting that the electoral period lasts until 31 March;",
        "2010-09-15",
        [("extends", "UNMIL", None, None)],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_term_until_a_day_with_no_year(text, adopted, expected):
    r = resolution("1. " + text, date=adopted, organ="SC")
    assert terms(r, "action", "of", "until", "period") == expected
