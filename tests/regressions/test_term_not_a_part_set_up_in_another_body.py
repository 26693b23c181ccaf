"""No mandate term for a part set up in another body: "Decides to establish a pool of ad litem judges in the
International Tribunal for the Former Yugoslavia and to enlarge the membership of the Appeals Chambers" (S/RES/1329
(2000) op 1, the heldout41 gold: no term, the pool being part of the Tribunal's composition that its Statute sets, no
body given a mandate; S/RES/1431 (2002) op 1 the same for Rwanda) read "establishes" of the pool, since the pattern of
"establishes" looked for a body's noun anywhere in the 80 characters after the article and found "Tribunal" after "in
the". The noun must now head what is set up: it may not come after "in", "to", "at", "into" or "within". A body set
up in a place ("a United Nations presence in Mali"), whose name holds "of" or "for", or named by its acronym after
a place still is one (the guard is on the noun only: "a United Nations Transitional Administration in East
Timor (UNTAET)", S/RES/1272 (1999) op 1, found by review)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides to establish a pool of ad litem judges in the International Tribunal for the Former Yugoslavia and "
        "to enlarge the membership of the Appeals Chambers of the International Tribunal for the Former Yugoslavia "
        "and the International Tribunal for Rwanda;",
        "2000-11-30",
        [],
    ),
    (
        "1. Decides to establish a pool of ad litem judges in the International Tribunal for Rwanda, and to this end "
        "decides to amend articles 11, 12 and 13 of the Statute of the International Tribunal for Rwanda;",
        "2002-08-14",
        [],
    ),
    # near misses: the body's noun first, then its place; a name with "of" and "for"; an acronym after the place
    (
        "23. Decides to establish a multidisciplinary United Nations presence in Mali for an initial period of 12 "
        "months;",
        "2012-12-20",
        [(23, "establishes", "multidisciplinary United Nations presence in Mali", None, "P12M")],
    ),
    (
        "1. Decides to establish a Commission of Experts for the Former Yugoslavia, and to this end decides to amend "
        "the Statute;",
        "2000-11-30",
        [(1, "establishes", "Commission of Experts for the Former Yugoslavia", None, None)],
    ),
    (
        "1. Decides to establish a multidimensional integrated stabilization mission in Mali (MINUSMA) for an "
        "initial period of 12 months;",
        "2013-04-25",
        [(1, "establishes", "MINUSMA", None, "P12M")],
    ),
    (  # an acronym after the place, the head noun none of the list's (S/RES/1272 (1999) op 1)
        "1. Decides to establish, in accordance with the report of the Secretary-General, a United Nations "
        "Transitional Administration in East Timor (UNTAET), which will be endowed with overall responsibility for "
        "the administration of East Timor, for an initial period until 31 January 2001;",
        "1999-10-25",
        [(1, "establishes", "UNTAET", "2001-01-31", None)],
    ),
    (
        "2. Decides to establish a United Nations Transitional Authority in Cambodia (UNTAC) for a period of 18 "
        "months;",
        "1992-02-28",
        [(2, "establishes", "UNTAC", None, "P18M")],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_term_not_a_part_set_up_in_another_body(text, adopted, expected):
    r = resolution(text, date=adopted, organ="SC")
    assert terms(r, "op", "action", "of", "until", "period") == expected
