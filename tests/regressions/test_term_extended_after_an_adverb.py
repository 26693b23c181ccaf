"""A directive after a recall, with an adverb in -ly before it: "recalls paragraph 22 of resolution 2628 (2022) and
exceptionally extends its authorisations until 30 June 2023" (the wording of S/RES/2670 (2022) op 1 (a), whose
"further extends" the renewals S/RES/2687 op 17 to 2809 op 11 write). The adverb hid the new part of the paragraph
(term_before.PART_AFTER), so the extension was read as part of the recall: no term. It now opens its part as "further"
does. A recall with no directive after it is still no term."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Recalls paragraph 22 of resolution 2628 (2022) and exceptionally extends its authorisations until 30 June "
        "2023;",
        [(1, "extends", "S/RES/2628(2022)#22", "2023-06-30")],
    ),
    (
        "17. Recalls paragraph 22 of resolution 2628 (2022), extended in paragraph 1 to resolution 2670 (2022), and "
        "accordingly extends its authorisations until 31 December 2023;",
        [(17, "extends", "S/RES/2628(2022)#22", "2023-12-31")],
    ),
    # unchanged: "further", and no adverb
    (
        "1. Recalls paragraph 22 of resolution 2628 (2022) and further extends its authorisations until 30 June 2023;",
        [(1, "extends", "S/RES/2628(2022)#22", "2023-06-30")],
    ),
    # a recall alone sets no term, adverb or not
    (
        "1. Recalls paragraph 22 of resolution 2628 (2022), as most recently extended until 30 June 2023, and "
        "strongly reaffirms its support to ATMIS;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_extended_after_an_adverb(text, expected):
    r = resolution(text, date="2022-12-21")
    assert terms(r, "op", "action", "of", "until") == expected
