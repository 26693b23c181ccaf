""" "Calls on all at-large indictees of the ICTY to surrender to the ICTY": the indictees are asked, not the Tribunal
(issue 12, sample40's reading: S/RES/1503 (2003) op 3 "calls on this and all other at-large indictees of the ICTR to
surrender", read `InternationalTribunals` through the alias "ICTR" after "of"; 1503 op 2 and 1534 (2004) ops 1-2 alike).
The accused at large are read as `Perpetrators` (actors.yaml, `kind: wrongdoers`): asked only as the head of a window,
so "all other indictees" whom States are asked to bring to the Tribunal stay the object of the States' task.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Calls on all States, especially Rwanda, Kenya, the Democratic Republic of the Congo, and the Republic of the "
        "Congo, to intensify cooperation with and render all necessary assistance to the ICTR, including on "
        "investigations of the Rwandan Patriotic Army and efforts to bring Felicien Kabuga and all other such indictees "
        "to the ICTR and calls on this and all other at-large indictees of the ICTR to surrender to the ICTR;",
        [
            ("calls-upon", {"States", "state:RWA", "state:KEN", "state:COD", "state:COG"}),
            ("calls-upon", {"Perpetrators"}),
        ],
    ),
    (
        "Calls on all States to intensify cooperation with the ICTY, particularly to bring Radovan Karadzic and all "
        "other indictees to the ICTY and calls on all at-large indictees of the ICTY to surrender to the ICTY;",
        [("calls-upon", {"States"}), ("calls-upon", {"Perpetrators"})],
    ),
    (
        "Calls on these and all other at-large indictees of the ICTY to surrender to the ICTY;",
        [("calls-upon", {"Perpetrators"})],
    ),
    (
        "Requests the ICTY to continue its work;",
        [("requests", {"InternationalTribunals"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_at_large_indictees_asked_to_surrender(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
