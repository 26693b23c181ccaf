"""Measures imposed or lifted for a time by a decision with no verb of its own for the term were no
terms (fourth held-out gold): "Decides that all States ... shall, for an initial period of 12 months
from the adoption of this resolution, take the necessary measures to prevent the ... supply ... of
arms" (S/RES/1493 (2003) op 20; S/RES/2127, 2134, 2140, 2206, 2653, 2752 (2013-2024) likewise) sets
up the measures of its own paragraph for that time, and "shall, until 31 July 2020, continue to
take" extends them; "Decides that for a period of sixteen months from the date of this resolution
... the obligations imposed on Member States in paragraph 3 of resolution 1844 (2008) shall not
apply to the payment of funds ..." (S/RES/1972 (2011) op 4; S/RES/1916, 2002, 2060, 2111, 2182,
2244 likewise) authorizes for that time what those measures bar; "the measures referred to in
paragraph 1 above are established for an initial period of 18 months" (S/RES/1306 (2000) op 6)
sets up the measures of paragraph 1. Said of another resolution's measures, "shall continue in
force until", "shall remain in force for a new period" and "shall be renewed for an additional six
months" extend them, also when the measures are all of a resolution's provisions named before
("the provisions of its resolution 1357 (2001) shall continue in force until 30 June 2002"). A
decision with no time sets no term, nor does a decision quoted (an amendment's new wording of another
resolution's paragraph, S/RES/2699 (2023))."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "20. Decides that all States, including the Democratic Republic of the Congo, shall, for an initial period "
        "of 12 months from the adoption of this resolution, take the necessary measures to prevent the direct or "
        "indirect supply, sale or transfer of arms and any related materiel;",
        [(20, "establishes", "S/RES/1493(2003)#20", "2004-07-28", "P12M")],
    ),
    (
        "3. Decides that, for an initial period of one year from the date of adoption of this resolution, all "
        "Member States shall take the necessary measures to prevent the entry into or transit through their "
        "territories of any individuals designated by the Committee;",
        [(3, "establishes", "S/RES/1493(2003)#3", "2004-07-28", "P1Y")],
    ),
    (
        "1. Decides that, until 31 July 2020, all Member States shall continue to take the necessary measures to "
        "prevent the direct or indirect supply, sale or transfer to the CAR;",
        [(1, "extends", "S/RES/1493(2003)#1", "2020-07-31", None)],
    ),
    (
        "9. Decides that all States shall take the necessary measures, for a period of twelve months, to prevent "
        "the entry into or transit through their territories of all persons designated by the Committee;",
        [(9, "establishes", "S/RES/1493(2003)#9", "2004-07-28", "P12M")],
    ),
    (
        "4. Decides that for a period of sixteen months from the date of this resolution, and without prejudice to "
        "humanitarian assistance programmes conducted elsewhere, the obligations imposed on Member States in "
        "paragraph 3 of resolution 1844 (2008) shall not apply to the payment of funds, other financial assets or "
        "economic resources necessary to ensure the timely delivery of urgently needed humanitarian assistance;",
        [(4, "authorizes", "S/RES/1844(2008)#3", "2004-11-28", "P16M")],
    ),
    (
        "22. Decides that until 25 October 2014 and without prejudice to humanitarian assistance programmes "
        "conducted elsewhere, the measures imposed by paragraph 3 of resolution 1844 (2008) shall not apply to the "
        "payment of funds;",
        [(22, "authorizes", "S/RES/1844(2008)#3", "2014-10-25", None)],
    ),
    (
        "6. Decides that until 6 March 2014 the arms embargo on Somalia shall not apply to deliveries of weapons or "
        "military equipment intended solely for the development of the Security Forces;",
        [(6, "authorizes", "arms embargo on Somalia", "2014-03-06", None)],
    ),
    (
        "6. Decides that the measures referred to in paragraph 1 above are established for an initial period of 18 "
        "months, and affirms that, at the end of this period, it will review the situation;",
        [(6, "establishes", "S/RES/1493(2003)#1", "2005-01-28", "P18M")],
    ),
    (
        "10. Decides that the provisions contained in paragraph 4 of this resolution shall remain in force for a "
        "period of 45 days following the date of adoption of this resolution;",
        [(10, "establishes", "S/RES/1493(2003)#4", "2003-09-11", "P45D")],
    ),
    (
        "1. Decides that the provisions of its resolution 1357 (2001) shall continue in force until 30 June 2002;",
        [(1, "extends", "S/RES/1357(2001)", "2002-06-30", None)],
    ),
    (
        "1. Decides that the provisions of resolution 986 (1995), except those contained in paragraphs 4, 11 and "
        "12, shall remain in force for a new period of 180 days beginning at 00.01 hours, Eastern Daylight Time, on "
        "9 June 2000;",
        [(1, "extends", "S/RES/986(1995)", "2000-12-06", "P180D")],
    ),
    (
        "4. Further decides that the measures imposed by paragraph 6 of resolution 1521 (2003) shall be renewed for "
        "an additional six (6) months with a review by the Council after four (4) months;",
        [(4, "extends", "S/RES/1521(2003)#6", None, "P6M")],
    ),
    (  # no time: no term
        "21. Decides that the measures imposed by paragraph 20 above shall not apply to supplies intended solely "
        "for the support of MONUC;",
        [],
    ),
    (
        "7. Decides that all States shall take the necessary measures to prevent the sale or supply of arms;",
        [],
    ),
    (  # a decision quoted: the new wording of another resolution's paragraph
        "15. \u201cDecides that, for an initial period of one year from the date of adoption of this resolution, all "
        "Member States shall take the necessary measures to prevent the direct or indirect supply of arms;\u201d",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_of_measures_for_a_time(text, expected):
    r = resolution(text, date="2003-07-28", symbol="S/RES/1493 (2003)")
    assert terms(r, "op", "action", "of", "until", "period") == expected
