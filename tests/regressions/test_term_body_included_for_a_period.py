"""A body set up as part of another for a time, with no establishing word: "Decides that the
multidimensional presence shall include, for a period of one year, a United Nations Mission in the
Central African Republic and Chad (the acronym MINURCAT is to be used in all languages)" (S/RES/1778
(2007) op 2, heldout34 12: T establishes MINURCAT, period P1Y with no start named, so no until; the
establishing term did not fire, "shall include" being no word of it). Not a body's composition with
no time ("Decides that MINURCAT shall include a maximum of 300 police ...", the same text's op 3), nor
a time said elsewhere in the clause, nor measures included for a time (no mission, office, presence ...
after it)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2. Decides that the multidimensional presence shall include, for a period of one year, a United Nations "
        "Mission in the Central African Republic and Chad (the acronym MINURCAT is to be used in all languages), with "
        "the following mandate in eastern Chad and the north-eastern Central African Republic, in liaison with the "
        "United Nations country team:",
        "2007-09-25",
        [(2, "establishes", "MINURCAT", None, "P1Y")],
    ),
    (
        "3. Decides that MINURCAT shall include a maximum of 300 police and 50 military liaison officers and an "
        "appropriate number of civilian personnel;",
        "2007-09-25",
        [],
    ),
    (
        "5. Decides that the mandate of the Mission shall include the following tasks, for a period of one year, "
        "to support the Government:",
        "2007-09-25",
        [],
    ),
    (  # measures included for a time, no body set up (review52-A 6): not the words up to "Committee" as a body
        "5. Decides that the measures shall include, for a period of twelve months, a travel ban and an assets freeze "
        "imposed on the individuals designated by the Committee;",
        "2010-12-22",
        [],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_body_included_for_a_period(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected
