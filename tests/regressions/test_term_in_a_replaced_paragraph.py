"""Measures set in the words a paragraph writes into another resolution: "Decides that paragraph 11 of
resolution 2653 (2022) shall be replaced by the following: “Decides that, for an initial period of one year from
the date of adoption of this resolution, all Member States shall take the necessary measures to prevent ...”"
(S/RES/2699 (2023) op 14) was a term of S/RES/2699(2023)#14, the text's own paragraph; the quoted paragraph is
paragraph 11 of resolution 2653 from now on (heldout19 04 op 14: of=S/RES/2653(2022)#11). Near misses kept: the
same measures set in a paragraph's own words, with no paragraph replaced, stay the text's own; a replacement whose
quotation sets no term gives none; measures the paragraph sets in its own words after the quotation stay its own.
A replacement that leaves out the resolution's year ("paragraph 5 of resolution 2292 shall be replaced", S/RES/2733
(2024)) takes it from the text's citation of that resolution; with none, the term stays as read."""

import pytest

from tests.snippets import resolution, terms

PREAMBLE = "Recalling its resolutions,"  # cites none

CASES = [
    (
        "S/RES/2699 (2023)",
        "2023-10-02",
        PREAMBLE,
        "14. Decides that paragraph 11 of resolution 2653 (2022) shall be replaced by the following: “Decides that, "
        "for an initial period of one year from the date of adoption of this resolution, all Member States shall "
        "take the necessary measures to prevent the direct or indirect supply, sale, or transfer to Haiti of small "
        "arms, light weapons, and ammunition;”",
        [(14, "establishes", "S/RES/2653(2022)#11", "2024-10-02", "P1Y")],
    ),
    (
        "S/RES/2371 (2017)",
        "2017-08-05",
        PREAMBLE,
        "8. Decides that paragraph 26 of resolution 2321 (2016) shall be replaced by the following: “Decides that "
        "the DPRK shall not supply, sell or transfer coal, iron, and iron ore, decides that for sales and "
        "transactions of iron and iron ore for which written contracts have been finalized prior to the adoption of "
        "this resolution, all States may allow those shipments to be imported into their territories up to 30 days "
        "from the date of adoption of this resolution with notification provided to the Committee;”",
        [(8, "authorizes", "S/RES/2321(2016)#26", "2017-09-04", "P30D")],
    ),
    (  # the year left out, the resolution cited in the preamble with its year
        "S/RES/2699 (2023)",
        "2023-10-02",
        "Recalling its resolution 2653 (2022),",
        "14. Decides that paragraph 11 of resolution 2653 shall be replaced by the following: “Decides that, "
        "for an initial period of one year from the date of adoption of this resolution, all Member States shall "
        "take the necessary measures to prevent the direct or indirect supply, sale, or transfer to Haiti of small "
        "arms, light weapons, and ammunition;”",
        [(14, "establishes", "S/RES/2653(2022)#11", "2024-10-02", "P1Y")],
    ),
    (  # near miss: the year left out and the resolution nowhere cited with one: the term stays as read
        "S/RES/2699 (2023)",
        "2023-10-02",
        PREAMBLE,
        "14. Decides that paragraph 11 of resolution 2653 shall be replaced by the following: “Decides that, "
        "for an initial period of one year from the date of adoption of this resolution, all Member States shall "
        "take the necessary measures to prevent the direct or indirect supply, sale, or transfer to Haiti of small "
        "arms, light weapons, and ammunition;”",
        [(14, "establishes", "S/RES/2699(2023)#14", "2024-10-02", "P1Y")],
    ),
    (  # near miss: the measures set in the paragraph's own words after the quotation stay its own
        "S/RES/2699 (2023)",
        "2023-10-02",
        PREAMBLE,
        "14. Decides that paragraph 11 of resolution 2653 (2022) shall be replaced by the following: “Calls upon "
        "all Member States to inspect in their territory vessels bound to Haiti;”, and further decides that, for a "
        "period of one year from the date of adoption of this resolution, all Member States shall take the "
        "necessary measures to prevent the direct or indirect supply, sale, or transfer to Haiti of small arms, "
        "light weapons, and ammunition;",
        [(14, "establishes", "S/RES/2699(2023)#14", "2024-10-02", "P1Y")],
    ),
    (  # near miss: the measures set in the paragraph's own words
        "S/RES/2653 (2022)",
        "2022-10-21",
        PREAMBLE,
        "11. Decides that, for an initial period of one year from the date of adoption of this resolution, all "
        "Member States shall take the necessary measures to prevent the direct or indirect supply, sale, or "
        "transfer to Haiti of small arms, light weapons, and ammunition;",
        [(11, "establishes", "S/RES/2653(2022)#11", "2023-10-21", "P1Y")],
    ),
    (  # near miss: a replacement whose quotation sets no time
        "S/RES/1973 (2011)",
        "2011-03-17",
        PREAMBLE,
        "13. Decides that paragraph 11 of resolution 1970 (2011) shall be replaced by the following paragraph : "
        "“Calls upon all Member States to inspect in their territory vessels and aircraft bound to or from the "
        "Libyan Arab Jamahiriya”;",
        [],
    ),
]


@pytest.mark.parametrize("symbol,adopted,preamble,text,expected", CASES)
def test_term_in_a_replaced_paragraph(symbol, adopted, preamble, text, expected):
    r = resolution(text, date=adopted, symbol=symbol, preamble=preamble)
    assert terms(r, "op", "action", "of", "until", "period") == expected
