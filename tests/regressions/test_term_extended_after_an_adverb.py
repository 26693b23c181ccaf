"""A directive after a recall, with an adverb in -ly before it: "recalls paragraph 22 of resolution 2628 (2022) and
exceptionally extends its authorisations until 30 June 2023" (the wording of S/RES/2670 (2022) op 1 (a), whose
"further extends" the renewals S/RES/2687 op 17 to 2809 op 11 write). The adverb hid the new part of the paragraph
(term_before.PART_AFTER), so the extension was read as part of the recall: no term. It now opens its part as "further"
does. A directive-shaped word after "and" and a word other than an -ly adverb opens no part: still no term."""

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
    # not: a word that is no -ly adverb before a directive-shaped word opens no part (review52-B: "strongly reaffirms"
    # could not fail); the recall's "requests extending ..." stays the recall's, no term (fails if any word were taken)
    (
        "1. Recalls paragraph 22 of resolution 2628 (2022) and the requests extending its authorisations until 30 June "
        "2023;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_extended_after_an_adverb(text, expected):
    r = resolution(text, date="2022-12-21")
    assert terms(r, "op", "action", "of", "until") == expected
