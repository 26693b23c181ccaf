"""Held-out gold heldout14 S/RES/1572 (2004) op 11: "Decides that all States shall, for the same period
of twelve months, freeze immediately the funds ..." sets up the measures of its own paragraph for the
twelve months that op 9 gave its travel ban ("for a period of twelve months"), both counted from the
day op 19 says they enter into force (15 December 2004). The extractor read no term: the length given
again, "the same period of", was not a time of measures. A period with no length ("to apportion ...
for the maintenance of the Mission for the same period", the Assembly's budgets) sets none."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "9. Decides that all States shall take the necessary measures, for a period of twelve months, to prevent the "
        "entry into or transit through their territories of all persons designated by the Committee;\n\n"
        "11. Decides that all States shall, for the same period of twelve months, freeze immediately the funds, other "
        "financial assets and economic resources which are on their territories;\n\n"
        "19. Decides that the measures imposed by paragraphs 9 and 11 above shall enter into force on 15 December "
        "2004;",
        [
            (9, "establishes", "S/RES/1572(2004)#9", "2005-12-15", "P12M"),
            (11, "establishes", "S/RES/1572(2004)#11", "2005-12-15", "P12M"),
        ],
    ),
    (  # no start given: in force from the adoption (test_term_counted_from_entry_into_force, heldout21 05 op 9)
        "11. Decides that all States shall, for the same period of twelve months, freeze immediately the funds, other "
        "financial assets and economic resources which are on their territories;",
        [(11, "establishes", "S/RES/1572(2004)#11", "2005-11-15", "P12M")],
    ),
    (  # no length: no term
        "3. Decides to apportion among Member States the additional amount of 8,506,500 dollars for the maintenance of "
        "the Force for the same period;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_same_period_given_again(text, expected):
    r = resolution(text, date="2004-11-15", symbol="S/RES/1572(2004)")
    assert terms(r, "op", "action", "of", "until", "period") == expected
