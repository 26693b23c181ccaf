"""heldout14 10: "Requests the Secretary-General, upon adoption of this resolution and acting in consultation with the
Committee, to reappoint five experts ... of the Monitoring Group ... to monitor for a further period of 12 months"
(S/RES/1455 (2003) op 8) gave the period and no end, where the gold counts the 12 months from the adoption
(2004-01-17): the clause names the adoption as the start with "upon", which term_times.from_start did not read (it
read "as of", "beginning on" a date). The same wording sets UNITAMS up, "upon the adoption of this resolution and for
an initial period of 12 months" (S/RES/2524 (2020) op 1). Near misses: a latest start ("within thirty days from the
date of the adoption ..., and for a period of six months", heldout46 08 op 3: period alone), an end written (kept),
and a length with no start (period alone, the README's ruling of stop 30)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2003-01-17",
        "8. Requests the Secretary-General, upon adoption of this resolution and acting in consultation with the "
        "Committee, to reappoint five experts, drawing, as much as possible and as appropriate, on the expertise of the "
        "members of the Monitoring Group established pursuant to paragraph 4 (a) of resolution 1363 (2001), to monitor "
        "for a further period of 12 months the implementation of the measures referred to in paragraph 1 of this "
        "resolution;",
        [(8, "extends", "MonitoringGroup1363", "2004-01-17", "P12M")],
    ),
    (
        "2020-06-03",
        "1. Decides to establish a United Nations Integrated Transition Assistance Mission in Sudan (UNITAMS) upon the "
        "adoption of this resolution and for an initial period of 12 months;",
        [(1, "establishes", "UNITAMS", "2021-06-03", "P12M")],
    ),
    # near misses
    (
        "2008-12-19",
        "3. Requests the Secretary-General to re-establish within thirty days from the date of the adoption of this "
        "resolution, and for a period of six months, the Monitoring Group referred to in paragraph 3 of resolution "
        "1519 (2003);",
        [(3, "establishes", "MonitoringGroup1519", None, "P6M")],
    ),
    (
        "2020-06-03",
        "1. Decides to establish a United Nations Integrated Transition Assistance Mission in Sudan (UNITAMS) upon the "
        "adoption of this resolution and for an initial period of 12 months, until 31 May 2021;",
        [(1, "establishes", "UNITAMS", "2021-05-31", "P12M")],
    ),
    (
        "2011-07-28",
        "1. Decides to extend the mandate of the United Nations Assistance Mission for Iraq (UNAMI) for a period of "
        "twelve months;",
        [(1, "extends", "UNAMI", None, "P12M")],
    ),
    # near misses (stop 67 review SHOULD): "upon" after a latest start ("within thirty days upon the adoption") names no
    # start; a length that runs from the expiry of the mandate, with "upon adoption" said of something else after it,
    # keeps no end from the adoption
    (
        "2008-12-19",
        "3. Requests the Secretary-General to re-establish, within thirty days upon the adoption of this resolution, and "
        "for a period of six months, the Monitoring Group referred to in paragraph 3 of resolution 1519 (2003);",
        [(3, "establishes", "MonitoringGroup1519", None, "P6M")],
    ),
    (
        "2005-01-28",
        "2. Decides that the mandate of UNOMIG shall be extended for a period of six months commencing on the expiry of "
        "the current mandate, and that upon adoption of this resolution the Council shall review it;",
        [(2, "extends", "UNOMIG", None, "P6M")],
    ),
]


@pytest.mark.parametrize("adopted,text,expected", CASES)
def test_upon_adoption_starts_the_period(adopted, text, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected
