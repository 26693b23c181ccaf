"""E/RES/155 C (VII): "Economic and Social Council resolution 155 C (VII)" was read as
E/RES/155(VII), the part letter dropped; the letter is kept, as in "57/270 B" (A/RES/57/270B)."""

import pytest

from tests.snippets import snippet

CASES = [
    (
        "The Economic and Social Council,",
        "Recalling Economic and Social Council resolution 155 C (VII) of 13 August 1948,",
        {"E/RES/155C(VII)"},
    ),
    ("The General Assembly,", "Recalling its resolution 2200 A (XXI),", {"A/RES/2200A(XXI)"}),
    ("The General Assembly,", "Recalling its resolution 1514 (XV),", {"A/RES/1514(XV)"}),
]


@pytest.mark.parametrize("opener,text,expected", CASES)
def test_part_letter_is_kept(opener, text, expected):
    r = snippet(f"{opener}\n\n{text}\n\n1. Takes note of the report;\n")
    assert {c.target for c in r.citations} == expected
