"""An authorized strength kept for a time is a term of the mission's authorization however the strength is
qualified and however its time is said, as the golds read ceilings kept "until" a date (heldout16 S/RES/2760 (2024)
op 4, heldout17 S/RES/2517 (2020) op 1: T authorizes of the mission): "Decides that UNOCI will maintain its total
authorized strength at 8,650 personnel, ..., as authorized by resolution 1933 (2010), until 30 June 2011" (S/RES/1962
(2010) op 4: "total" before the strength, as "current" was read) and "Decides to extend the mandate of ... (UNAMID)
... until 31 December 2020, and further decides that UNAMID shall maintain its current troop and police ceiling
during this period" (S/RES/2525 (2020) op 1: "during this period" is the time the paragraph gave before, as "until
that date" is). A strength kept with no time stays no term.
"""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (  # S/RES/1962 (2010) op 4
        "4. Decides that UNOCI will maintain its total authorized strength at 8,650 personnel, including a maximum of "
        "7,200 troops and staff officers and 192 military observers, and a maximum of 1,250 police personnel and 8 "
        "seconded customs officers, as authorized by resolution 1933 (2010), until 30 June 2011;",
        [(4, "authorizes", "UNOCI", "2011-06-30")],
    ),
    (  # S/RES/2525 (2020) op 1
        "4. Decides to extend the mandate of the African Union-United Nations Hybrid Operation in Darfur (UNAMID) as "
        "contained in resolution 2495 (2019) until 31 December 2020, and further decides that UNAMID shall maintain "
        "its current troop and police ceiling during this period;",
        [(4, "extends", "UNAMID", "2020-12-31"), (4, "authorizes", "UNAMID", "2020-12-31")],
    ),
    (  # "during this period" after a length and a report's date: the report's date is no end of the ceiling
        "4. Decides to extend the mandate of the African Union-United Nations Hybrid Operation in Darfur (UNAMID) for "
        "12 months, welcoming the report of the Secretary-General of 25 May 2020, and further decides that UNAMID "
        "shall maintain its current troop and police ceiling during this period;",
        [(4, "extends", "UNAMID", None)],
    ),
    (  # no time: no term
        "4. Decides that UNOCI will maintain its total authorized strength at 8,650 personnel;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_ceiling_total_or_during_the_period(text, expected):
    r = resolution(text, date="2010-12-20")
    assert terms(r, "op", "action", "of", "until") == expected
