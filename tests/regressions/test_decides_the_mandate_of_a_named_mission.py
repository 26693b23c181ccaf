"""Third held-out gold (tests/mandate_gold/heldout3), S/RES/1346 (2001) op 1: "Decides that the mandate
of the United Nations Mission in Sierra Leone (UNAMSIL), established in its resolutions 1270 (1999) and
1289 (2000), shall be extended" gave UNAMSIL as the addressee: the mission's name after "the mandate of"
is what the mandate is of (a thing, so the deciding organ decides, as held-out S/RES/2423 op 38), but
its acronym in parentheses escaped that reading (13 such decisions of corpus-full: UNAMSIL, UNMIL,
UNOCI). A mission that is the subject stays the addressee."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "1. Decides that the mandate of the United Nations Mission in Sierra Leone (UNAMSIL), established in its "
        "resolutions 1270 (1999) and 1289 (2000), shall be extended for a period of six months;",
        [("decides", ("SecurityCouncil",))],
    ),
    (
        "1. Decides that the mandate of the United Nations Mission in Liberia (UNMIL) shall be extended until 30 "
        "September 2008;",
        [("decides", ("SecurityCouncil",))],
    ),
    (
        "3. Decides that the United Nations Mission in Liberia (UNMIL) shall consist of up to 15,000 personnel;",
        [("decides", ("UNMIL",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decides_the_mandate_of_a_named_mission(text, expected):
    r = resolution(text, date="2001-03-30")
    assert mandates(r, "verb", "addressees") == expected
