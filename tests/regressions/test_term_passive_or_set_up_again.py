"""Third held-out gold: terms said in the passive or set up again had none. "Decides that the
mandate of the United Nations Mission in Sierra Leone (UNAMSIL), established in its resolutions ...,
shall be extended for a period of six months from the date of the adoption of this resolution"
(S/RES/1346 (2001) op 1; UNAMSIL, UNMIL, MINUCI, UNOCI and UNIPSIL renewals of corpus-full said so);
"to re-establish within thirty days ..., and for a period of six months, the Monitoring Group"
(S/RES/1587 (2005) op 3; the Sierra Leone, Liberia and Somalia panels of 2002-2006). A period
counted from a date given ("for a period of six months from 30 September 2001") ends that long
after it. A panel re-established in the paragraph that extends its mandate has the one term."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides that the mandate of the United Nations Mission in Sierra Leone (UNAMSIL), established in its "
        "resolutions 1270 (1999) of 22 October 1999 and 1289 (2000) of 7 February 2000, shall be extended for a "
        "period of six months from the date of the adoption of this resolution;",
        "2001-03-30",
        [(1, "extends", "UNAMSIL", "2001-09-30", "P6M")],
    ),
    (
        "1. Decides that the mandate of UNAMSIL shall be extended for a period of six months from 30 September 2001;",
        "2001-09-18",
        [(1, "extends", "UNAMSIL", "2002-03-30", "P6M")],
    ),
    (
        "1. Decides that the mandate of the United Nations Mission in Liberia (UNMIL) shall be extended until 30 "
        "September 2009;",
        "2008-09-29",
        [(1, "extends", "UNMIL", "2009-09-30", None)],
    ),
    (
        "3. Requests the Secretary-General, in consultation with the Committee established pursuant to resolution 751 "
        "(1992) of 24 April 1992, to re-establish within thirty days from the date of the adoption of this "
        "resolution, and for a period of six months, the Monitoring Group referred to in paragraph 3 of resolution "
        "1558 (2004), with the following mandate:",
        "2005-03-15",
        [(3, "establishes", "MonitoringGroup1519", None, "P6M")],
    ),
    (
        "8. Decides to re-establish the Panel of Experts appointed pursuant to resolution 1549 (2004) for a further "
        "period until 21 June 2005 to undertake the following tasks:",
        "2004-12-21",
        [(8, "establishes", "PanelOfExperts1343", "2005-06-21", None)],
    ),
    (  # extended, then set up again by the Secretary-General: one term
        "2. Decides to extend until 15 December 2024 the mandate of the Panel of Experts as set out in paragraph 21 of "
        "resolution 2140 (2014), and requests the Secretary-General to take the necessary administrative measures "
        "as expeditiously as possible to re-establish the Panel of Experts, in consultation with the Committee until "
        "15 December 2024;",
        "2023-11-14",
        [(2, "extends", "PanelOfExperts2140", "2024-12-15", None)],
    ),
    (  # a mandate extended before is recalled, not set
        "1. Recalls that the mandate of UNAMSIL was extended for a period of six months;",
        "2001-09-18",
        [],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_a_term_said_passively_or_set_up_again(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected
