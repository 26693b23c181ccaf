"""Held-out gold heldout13 S/RES/1409 (2002) op 1: "the provisions of resolution 986 (1995), except those
contained in paragraphs 4, 11 and 12, and the provisions of paragraphs 2, 3 and 5 to 13 of resolution 1360
(2001) ... shall remain in force for a new period of 180 days" renews both, the whole resolution and the
paragraphs of the other; the extractor gave the paragraphs alone (S/RES/1447 (2002) likewise) or, when the
second resolution is cited by its number alone ("of 1360 (2001)", S/RES/1382 (2001)), the whole one alone."""

import pytest

from tests.snippets import resolution, terms

PARAS = "S/RES/1360(2001)#2,3,5,6,7,8,9,10,11,12,13"
CASES = [
    (
        "1. Decides that the provisions of resolution 986 (1995), except those contained in paragraphs 4, 11 and 12, "
        "and the provisions of paragraphs 2, 3 and 5 to 13 of resolution 1360 (2001), and subject to paragraph 15 of "
        "resolution 1284 (1999) and the other provisions of this present resolution, shall remain in force for a new "
        "period of 180 days beginning at 0001 hours, Eastern Daylight Time, on 30 May 2002;",
        [
            (1, "extends", "S/RES/986(1995)", "2002-11-26", "P180D"),
            (1, "extends", PARAS, "2002-11-26", "P180D"),
        ],
    ),
    (
        "1. Decides that the provisions of resolution 986 (1995), except those contained in paragraphs 4, 11 and 12 "
        "and subject to paragraph 15 of resolution 1284 (1999), and the provisions of paragraphs 2, 3 and 5 to 13 of "
        "1360 (2001) shall remain in force for a new period of 180 days beginning at 0001 hours, Eastern Standard "
        "Time, on 1 December 2001;",
        [
            (1, "extends", "S/RES/986(1995)", "2002-05-30", "P180D"),
            (1, "extends", PARAS, "2002-05-30", "P180D"),
        ],
    ),
    (  # a whole resolution alone stays one term
        "1. Decides that the provisions of resolution 986 (1995), except those contained in paragraphs 4, 11 and 12 "
        "and subject to paragraph 15 of resolution 1284 (1999), shall remain in force for a new period of 180 days "
        "beginning at 00.01 hours, Eastern Daylight Time, on 9 June 2000;",
        [(1, "extends", "S/RES/986(1995)", "2000-12-06", "P180D")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_whole_resolution_and_paragraphs_of_another_are_two_terms(text, expected):
    r = resolution(text, date="2002-05-14")
    assert terms(r, "op", "action", "of", "until", "period") == expected
