"""Terms set by a decision that a body or measures go on, or end, at a date, in words other than "extend" or
"terminate ... the mandate": "CTED will continue to operate ... for the period ending 31 December 2025" (S/RES/1805,
1963, 2129, 2395, 2617, 2810); "all other provisions set out in paragraph 1 of resolution 2648 (2022) shall continue
to apply until July 31, 2024" (S/RES/2693 op 2); "the UNMISS mandate" (S/RES/2304 op 4); measures "shall be
terminated from 23.59 Libyan local time on 31 October 2011" (S/RES/2016 ops 5-6), "UNMIN's mandate will terminate on
15 January 2011" (S/RES/1939 op 2), "shall cease to have effect from 00:01 Eastern Standard Time on 14 November 2002"
(S/RES/1439 op 8: the ending's date); "decides to reaffirm and renew these measures until 12 September 2024", the
measures named before (S/RES/2676, 2750, 2791 op 1)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2. Decides that CTED will continue to operate as a special political mission under the policy guidance of the "
        "CTC for the period ending 31 December 2025 and further decides to conduct by 31 December 2023 an interim review;",
        [(2, "extends", "CTED", "2025-12-31", None)],
    ),
    (
        "2. Decides all other provisions set out in paragraph 1 of resolution 2648 (2022) shall continue to apply until "
        "July 31, 2024, further decides that the supplying Member State is primarily responsible for notifying the "
        "Committee;",
        [(2, "extends", "S/RES/2648(2022)#1", "2024-07-31", None)],
    ),
    (
        "4. Decides to extend the UNMISS mandate, as set out in resolution 2252 (2015), until 15 December 2016, and "
        "authorizes UNMISS to use all necessary means to carry out its tasks;",
        [(4, "extends", "UNMISS", "2016-12-15", None)],
    ),
    (
        "5. Decides that the provisions of paragraphs 4 and 5 of resolution 1973 (2011) shall be terminated from 23.59 "
        "Libyan local time on 31 October 2011;",
        [(5, "terminates", "S/RES/1973(2011)#4,5", "2011-10-31", None)],
    ),
    (
        "2. Decides further, in line with the request from the Government of Nepal that UNMIN’s mandate will terminate "
        "on 15 January 2011 after which date UNMIN will leave Nepal;",
        [(2, "terminates", "UNMIN", "2011-01-15", None)],
    ),
    (
        "8. Decides that the provisions of paragraph 4 (a) and 4 (b) of resolution 1127 (1997) shall cease to have "
        "effect from 00:01 Eastern Standard Time on 14 November 2002, following the expiration of the suspension;",
        [(8, "terminates", "S/RES/1127(1997)#4", "2002-11-14", None)],
    ),
    (  # an ending on a condition, with no date, is no term
        "17. Decides also that the measures imposed by paragraph 6 above shall be terminated immediately if the "
        "Secretary-General reports that a peaceful definitive settlement of the conflict has been concluded;",
        [],
    ),
    (  # applying "until that date" is a term of its own, to the ending's date (as heldout10 24 op 1 reads the same words)
        "1. Decides to terminate, on 30 June 2011, the arrangements established in paragraph 20 of resolution 1483 "
        "(2003) for depositing into the Development Fund for Iraq proceeds from export sales of petroleum and further "
        "decides that the provisions of paragraph 22 of resolution 1483 (2003) shall continue to apply until that date;",
        [
            (1, "terminates", "S/RES/1483(2003)#20", "2011-06-30", None),
            (1, "extends", "S/RES/1483(2003)#22", "2011-06-30", None),
        ],
    ),
    (
        "1. Recalls the measures imposed by paragraphs 7 and 8 of resolution 1556 (2004), as modified by paragraph 7 of "
        "resolution 1591 (2005), and decides to reaffirm and renew these measures until 12 September 2024, and to make a "
        "decision regarding their further renewal no later than 12 September 2024;",
        [(1, "extends", "S/RES/1556(2004)#7,8", "2024-09-12", None)],
    ),
    (  # a body that will go on doing something until an event, not a date, has no term
        "7. Decides that the Committee will continue to operate with its present support structure until the "
        "Committee, in consultation with the Council, completes its work;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term(text, expected):
    r = resolution(text, date="2023-07-28")
    assert terms(r, "op", "action", "of", "until", "period") == expected
