"""Measures that "shall continue to apply", their time said first in the directive's aside, and named by the text's own
paragraph that renews them (heldout33 15, S/RES/1857 (2008) op 5: "Decides, for a further period ending on the date
referred to in paragraph 1 above, that the measures in paragraph 3 above shall continue to apply to individuals and
entities already designated ..."): no term was read, as the time was looked for only after "continue to apply", and "the
measures in paragraph 3 above" were too far from the clause's start. The gold reads extends, until op 1's date (as
heldout10 11 op 1 "shall continue to apply until that date"), of the measures op 3 renews (S/RES/1807(2008)#9,11); the
text's own paragraph that imposes the measures itself stays its own (S/RES/1807 (2008) op 14 and ops 9, 11; as heldout21
05 op 10 "the measures imposed by paragraphs 6 and 7 above": S/RES/1343(2001)#6,7). Not an affirmation with no time
("Affirms that the provisions ... shall continue to apply", heldout7 11 op 7)."""

import pytest

from tests.snippets import resolution, terms

RENEWED = (
    "1. Decides to renew until 30 November 2009 the measures on arms imposed by paragraph 1 of resolution 1807 (2008) "
    "and reaffirms the provisions of paragraphs 2, 3 and 5 of that resolution;\n\n"
    "3. Decides to renew, for the period specified in paragraph 1 above, the financial and travel measures imposed by "
    "paragraphs 9 and 11 of resolution 1807 (2008);\n\n"
    "5. Decides, for a further period ending on the date referred to in paragraph 1 above, that the measures in "
    "paragraph 3 above shall continue to apply to individuals and entities already designated pursuant to paragraphs 9 "
    "and 11 of resolution 1807 (2008), paragraphs 13 and 15 of resolution 1596 (2005), paragraph 2 of resolution 1649 "
    "(2005), and paragraph 13 of resolution 1698 (2006), unless the Committee decides otherwise;"
)
IMPOSED = (
    "1. Decides, for a further period ending on 31 December 2008, that all States shall take the necessary measures to "
    "prevent the direct or indirect supply of arms to all non-governmental entities and individuals operating in the "
    "territory of the Democratic Republic of the Congo;\n\n"
    "9. Decides that, during the period of enforcement of the measures referred to in paragraph 1 above, all States "
    "shall take the necessary measures to prevent the entry into or transit through their territories of all persons "
    "designated by the Committee;\n\n"
    "11. Decides that all States shall, during the period of enforcement of the measures referred to in paragraph 1 "
    "above, immediately freeze the funds, other financial assets and economic resources which are on their "
    "territories;\n\n"
    "14. Decides, for a further period ending on the date referred to in paragraph 1 above, that the measures in "
    "paragraphs 9 and 11 above shall continue to apply to individuals and entities already designated pursuant to "
    "paragraphs 13 and 15 of resolution 1596, unless the Committee decides otherwise;"
)

CASES = [
    (
        RENEWED,
        "2008-12-22",
        "S/RES/1857 (2008)",
        [
            (1, "extends", "S/RES/1807(2008)#1", "2009-11-30"),
            (3, "extends", "S/RES/1807(2008)#9,11", "2009-11-30"),
            (5, "extends", "S/RES/1807(2008)#9,11", "2009-11-30"),
        ],
    ),
    (
        IMPOSED,
        "2008-03-31",
        "S/RES/1807 (2008)",
        [
            (1, "establishes", "S/RES/1807(2008)#1", "2008-12-31"),
            (9, "establishes", "S/RES/1807(2008)#9", "2008-12-31"),
            (11, "establishes", "S/RES/1807(2008)#11", "2008-12-31"),
            (14, "extends", "S/RES/1807(2008)#9,11", "2008-12-31"),
        ],
    ),
    # not taken: no time, no directive (S/RES/1794 (2007) op 7)
    (
        "7. Affirms that the provisions of paragraph 5 of resolution 1772 (2007) shall continue to apply;",
        "2007-12-18",
        "S/RES/1794 (2007)",
        [],
    ),
    # not taken: "until" a condition, no time (review51 finding 2: an extension with no end)
    (
        "5. Decides, until the Council decides otherwise, that the measures in paragraph 3 above shall continue to apply "
        "to individuals and entities already designated;",
        "2008-12-22",
        None,
        [],
    ),
    (
        "5. Decides, until such time as the Government has complied, that the measures imposed by paragraph 9 of "
        "resolution 1807 (2008) shall continue to apply;",
        "2008-12-22",
        None,
        [],
    ),
    # the named paragraph renews 1807's measures and imposes its own: which are meant is not said, they stay its own
    # (review51 finding 4)
    (
        "1. Decides to renew until 30 November 2009 the measures on arms imposed by paragraph 1 of resolution 1807 "
        "(2008);\n\n"
        "3. Decides to renew, for the period specified in paragraph 1 above, the financial and travel measures imposed by "
        "paragraphs 9 and 11 of resolution 1807 (2008), and decides that all States shall, until 30 November 2009, "
        "freeze the funds of the persons designated by the Committee;\n\n"
        "5. Decides, for a further period ending on the date referred to in paragraph 1 above, that the measures in "
        "paragraph 3 above shall continue to apply to individuals and entities already designated;",
        "2008-12-22",
        "S/RES/1857 (2008)",
        [
            (1, "extends", "S/RES/1807(2008)#1", "2009-11-30"),
            (3, "extends", "S/RES/1807(2008)#9,11", "2009-11-30"),
            (3, "establishes", "S/RES/1857(2008)#3", "2009-11-30"),
            (5, "extends", "S/RES/1857(2008)#3", "2009-11-30"),
        ],
    ),
    # "until" a date, said first: taken
    (
        "5. Decides, until 30 November 2009, that the measures imposed by paragraph 9 of resolution 1807 (2008) shall "
        "continue to apply;",
        "2008-12-22",
        None,
        [(5, "extends", "S/RES/1807(2008)#9", "2009-11-30")],
    ),
]


@pytest.mark.parametrize("text,date,symbol,expected", CASES)
def test_continued_with_its_time_said_first(text, date, symbol, expected):
    r = resolution(text, date=date, symbol=symbol)
    assert terms(r, "op", "action", "of", "until") == expected
