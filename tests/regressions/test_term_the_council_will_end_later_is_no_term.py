"""Held-out gold heldout14 S/RES/1333 (2000) op 24: "Decides if the Taliban comply with the conditions of
paragraphs 1, 2 and 3 above, before the twelve-month period has elapsed, the Security Council shall terminate the
measures imposed by paragraphs 5, 8, 10 and 11 above" says what the Council will do later, on a condition; the
gold counts no term (the extractor gave an extra termination). The only paragraph of corpus-full where "the Council
shall/will" governs a verb of a term. A decision that ends measures itself still does."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "24. Decides if the Taliban comply with the conditions of paragraphs 1, 2 and 3 above, before the twelve-month "
        "period has elapsed, the Security Council shall terminate the measures imposed by paragraphs 5, 8, 10 and 11 "
        "above;",
        [],
    ),
    (
        "24. Decides to terminate the measures imposed by paragraphs 5, 8, 10 and 11 above;",
        [(24, "terminates", "S/RES/1333(2000)#5,8,10,11")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_what_the_council_will_end_later(text, expected):
    r = resolution(text, date="2000-12-19", symbol="S/RES/1333(2000)")
    assert terms(r, "op", "action", "of") == expected
