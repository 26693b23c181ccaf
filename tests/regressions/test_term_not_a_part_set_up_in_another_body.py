"""No mandate term for a part set up in another body: "Decides to establish a pool of ad litem judges in the
International Tribunal for the Former Yugoslavia and to enlarge the membership of the Appeals Chambers" (S/RES/1329
(2000) op 1, the heldout41 gold: no term, the pool being part of the Tribunal's composition that its Statute sets, no
body given a mandate; S/RES/1431 (2002) op 1 the same for Rwanda) read "establishes" of the pool, since the pattern of
"establishes" looked for a body's noun anywhere in the 80 characters after the article and found "Tribunal" after "in
the". The noun must now head what is set up: it may not come after "in", "to", "at", "into" or "within". A body set
up in a place ("a United Nations presence in Mali"), whose name holds "of" or "for", or named by its acronym after
a place still is one (the guard is on the noun only: "a United Nations Transitional Administration in East
Timor (UNTAET)", S/RES/1272 (1999) op 1, found by review). Nor is a unit named by a body's acronym before its noun
("to establish a MINUJUSTH advance planning team", S/RES/2350 (2017) op 19, heldout43 18: MINUJUSTH was read as set
up again)."""

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
    # a unit of a mission named by the mission's acronym before its noun (S/RES/2350 (2017) op 19, heldout43 18: no
    # term; MINUJUSTH was read)
    (
        "19. Further affirms the importance of a successful and responsible transition between MINUSTAH and "
        "MINUJUSTH and underscores the importance of coordination between MINUJUSTH and UNCT, and further requests "
        "the Secretary-General to establish a MINUJUSTH advance planning team at the earliest possible date;",
        "2017-04-13",
        [],
    ),
    (
        "1. Requests the Secretary-General to establish a UNAMID liaison office in Addis Ababa;",
        "2007-07-31",
        [],
    ),
    # near misses: an organization's acronym before the force it fields (read as before: the organization, review Y3)
    (
        "1. Decides to establish an ECOWAS stabilization force in Liberia;",
        "2003-08-01",
        [(1, "establishes", "ECOWAS", None, None)],
    ),
    # near misses: the acronym the body itself, a preposition after it; the body's noun first, then its place; a name
    # with "of" and "for"; an acronym after the place
    (
        "5. Decides to establish a follow-on peacekeeping mission in Haiti, MINUJUSTH, which shall be composed of up to "
        "seven Formed Police Units and 295 Individual Police Officers, for an initial period of six months from 16 "
        "October 2017 until 15 April 2018;",
        "2017-04-13",
        [(5, "establishes", "MINUJUSTH", "2018-04-15", "P6M")],
    ),
    (
        "39. Requests the Secretary-General to re-establish the SEMG, in consultation with the Committee, until 15 "
        "December 2017;",
        "2016-11-10",
        [(39, "establishes", "MonitoringGroup1519", "2017-12-15", None)],
    ),
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
