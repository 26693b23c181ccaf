"""A body set up as part of another for a time, with no establishing word: "Decides that the
multidimensional presence shall include, for a period of one year, a United Nations Mission in the
Central African Republic and Chad (the acronym MINURCAT is to be used in all languages)" (S/RES/1778
(2007) op 2, heldout34 12: T establishes MINURCAT, period P1Y with no start named, so no until; the
establishing term did not fire, "shall include" being no word of it). Not a body's composition with
no time ("Decides that MINURCAT shall include a maximum of 300 police ...", the same text's op 3), nor
a time said elsewhere in the clause, nor measures included for a time (no mission, office, presence ...
after it). The time may come first, between "shall," and the verb, with other conditions after it: "decides that
MONUSCO shall, for an initial period of one year and within the authorized troop ceiling of 19,815, ..., include an
“Intervention Brigade”" (S/RES/2098 (2013) op 9, the heldout41 gold: T establishes "Intervention Brigade" P1Y, the
name without its quotation marks; "brigade" is now one of terms.yaml `included_bodies`)."""

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
    (  # the time said first, between "shall," and "include", other conditions after it, the name in quotation marks
        # (S/RES/2098 (2013) op 9, the heldout41 gold; the extension before it is a clause of its own)
        "9. Decides to extend the mandate of MONUSCO in the DRC until 31 March 2014, takes note of the recommendations "
        "of the Special Report of the Secretary-General, and decides that MONUSCO shall, for an initial period of one "
        "year and within the authorized troop ceiling of 19,815, on an exceptional basis and without creating a "
        "precedent or any prejudice to the agreed principles of peacekeeping, include an “Intervention Brigade” "
        "consisting inter alia of three infantry battalions, one artillery and one Special force and Reconnaissance "
        "company, under direct command of the MONUSCO Force Commander;",
        "2013-03-28",
        [(9, "extends", "MONUSCO", "2014-03-31", None), (9, "establishes", "Intervention Brigade", None, "P1Y")],
    ),
    (  # near misses: the time first, measures included; a time that is no period
        "5. Decides that the measures shall, for a period of twelve months, include a travel ban and an assets freeze "
        "imposed on the individuals designated by the Committee;",
        "2010-12-22",
        [],
    ),
    (
        "4. Decides that the mission shall, in accordance with its mandate, include a civilian component;",
        "2013-03-28",
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
