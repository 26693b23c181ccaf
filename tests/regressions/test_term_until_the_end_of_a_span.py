"""A term's time given as a span, "for the period 2024–2028" or "during the period October 2008 to March 2009", ends
with the span's last year or month, and gives no length (the README: `period` is the length given; a span with both
ends is until alone, heldout31 25 op 8's review): "Decides ... to establish for the period 2024–2028 an open-ended
working group" (A/RES/78/238 op 8) had no `until`, nor had "authorizes the Secretary-General to implement this
recommendation during the period October 2008 to March 2009" (S/RES/1836 (2008) op 3)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "8. Decides, upon the termination of the activities of the above-mentioned Group of Governmental Experts, to "
        "establish for the period 2024–2028 an open-ended working group to continue building on the work of the Group "
        "of Governmental Experts;",
        "The General Assembly",
        "2023-12-22",
        [(8, "establishes", "ExpertGroup", "2028", None)],
    ),
    (
        "3. Endorses the Secretary-General's recommendation for a reduction of an additional 1,460 personnel, and "
        "authorizes the Secretary-General to implement this recommendation during the period October 2008 to March 2009;",
        "The Security Council",
        "2008-09-29",
        [(3, "authorizes", "SecretaryGeneral", "2009-03", None)],
    ),
    (
        "6. Authorizes a temporary increase in UNMIL's personnel ceiling, to a total of 15,250 United Nations military "
        "personnel, for the period from 15 November 2005 to 31 March 2006;",
        "The Security Council",
        "2005-09-19",
        [(6, "authorizes", "UNMIL", "2006-03-31", None)],
    ),
]


@pytest.mark.parametrize("text,organ,date,expected", CASES)
def test_term_until_the_end_of_a_span(text, organ, date, expected):
    r = resolution(text, date=date, organ=organ)
    assert terms(r, "op", "action", "of", "until", "period") == expected
