"""Found in the hand check of the active Security Council terms (tests/mandate_gold/terms_check.md):
"Decides to extend, until 31 July 2026, the measures as set out or extended in paragraphs 2 and 4
of resolution 2745 (2024), decides to extend, until 31 August 2026, the mandate of the Panel of
Experts as set forth in paragraph 6 of resolution 2745 (2024)" (S/RES/2789 (2025) op 1) gave one
term, the Panel's, ending on the measures' date: a second "decides to extend" after a comma is a
term of its own, and measures named with more words before "in paragraphs" ("the measures as set
out or extended in", "the measures on arms and travel imposed by", S/RES/1647 (2005) op 1 (a)
and (b)) are the measures of those paragraphs (the DRC renewal S/RES/2825 (2026) is said so too).
"the measures as set out in paragraphs 1 to 6 of resolution 2293 (2016)" (S/RES/2783 (2025) op 1)
are those of paragraphs 1 to 6, not of 1 and 6."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides to extend, until 31 July 2026, the measures as set out or extended in paragraphs 2 and 4 of "
        "resolution 2745 (2024), decides to extend, until 31 August 2026, the mandate of the Panel of Experts as set "
        "forth in paragraph 6 of resolution 2745 (2024), and decides that the Panel of Experts shall report;",
        "2025-07-29",
        [
            (1, "extends", "S/RES/2745(2024)#2,4", "2026-07-31", None),
            (1, "extends", "PanelOfExperts2127", "2026-08-31", None),
        ],
    ),
    (
        "1. Decides, on the basis of its assessment of progress made towards meeting the conditions for lifting the "
        "measures: (a) To renew the measures on arms and travel imposed by paragraphs 2 and 4 of resolution 1521 "
        "(2003) for a further period of 12 months from the date of adoption of this resolution;",
        "2005-12-20",
        [(1, "extends", "S/RES/1521(2003)#2,4", "2006-12-20", "P12M")],
    ),
    (
        "1. Decides to renew until 1 July 2026 the measures as set out in paragraphs 1 to 6 of resolution 2293 (2016), "
        "including its reaffirmations therein;",
        "2025-06-30",
        [(1, "extends", "S/RES/2293(2016)#1,2,3,4,5,6", "2026-07-01", None)],
    ),
    (  # a comma before another directive that sets no term cuts nothing
        "2. Decides to extend the mandate of UNMISS until 30 April 2026, decides that UNMISS shall consist of up to "
        "17,000 troops;",
        "2025-05-08",
        [(2, "extends", "UNMISS", "2026-04-30", None)],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_each_term_of_a_paragraph(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected
