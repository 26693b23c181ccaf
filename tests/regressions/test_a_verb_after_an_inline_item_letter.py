"""A verb after an item letter in parentheses left inline in its paragraph is read, as after "a." was: "...; (b) recommends
assisting developing countries in attaining long-term debt sustainability ...; and (c) also recommends the facilitation
of timely and orderly debt treatment" (A/RES/76/193 op 21) had the second "recommends" only, "(b) recommends" missed.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. "

CASES = [
    (
        "Recognizes with appreciation the steps taken by the Group of 20, and (a) welcomes the allocation of special "
        "drawing rights; (b) recommends assisting developing countries in attaining long-term debt sustainability "
        "through coordinated policies; and (c) also recommends the facilitation of timely and orderly debt treatment;",
        [("recommends", set()), ("recommends", set())],
    ),
    ("Recognizes the steps taken; (b) requests the Secretary-General to report;", [("requests", {"SecretaryGeneral"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_verb_after_an_inline_item_letter(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
