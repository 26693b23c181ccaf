"""A/RES/74/264 B (and the income estimates B of 75/254, 76/247, 77/264, 78/254, 79/259, 80/244): under the
unnumbered chapeau "Resolves that, for 2020:", op 1 approves the income estimates "as follows:" and a table
follows whose rows are numbered in their first cell ("1.\\tIncome from staff assessment  273 171 400", "2. General
income", "3. Services to the public"). The reader emitted each row as a block and the segmenter read the rows as
operative paragraphs 1-3, so the chapeau's run of numbered decisions broke at the row numbered 1 and B 2 ("The
income from staff assessment shall be credited ...") and B 3 gave no decision (heldout34 21). A table row's leading
"N." is now no paragraph number: its full stop is read as a space (the text keeps its length, every span stays
where it was), as the rows numbered without one ("1  Overall policymaking ...", A's table) always read. Not taken:
a <paragraph>'s own <num> outside a table, and a number later in the row."""

import pytest

from resgraph.extract.akn import read_akn
from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes
from tests.snippets import AKN_HEAD, AKN_TAIL, akn_op, akn_paragraphs, mandates


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td><p>{c}</p></td>" for c in cells) + "</tr>"


TABLE = (
    "<container><table>"
    + "<tr><th><p>Income section</p></th><th><p>Amount</p><p>(United States dollars)</p></th></tr>"
    + _row("1.\tIncome from staff assessment", "273 171 400")
    + _row("2.\tGeneral income", "21 744 000")
    + _row("3.\tServices to the public", "675 300")
    + _row("\tTotal", "295 590 700")
    + "</table></container>"
)
INCOME = (
    akn_op("", "<span>Resolves</span> that, for 2020:")
    + akn_op(
        "1.",
        "Estimates of income other than assessments on Member States totalling 295,590,700 United States dollars "
        "are approved as follows:",
    )
    + TABLE
    + akn_op(
        "2.",
        "The income from staff assessment shall be credited to the Tax Equalization Fund in accordance with the "
        "provisions of General Assembly resolution 973 (X) of 15 December 1955;",
    )
    + akn_op(
        "3.",
        "Direct expenses of the United Nations Postal Administration not provided for under the budget "
        "appropriations shall be charged against the income derived from those activities.",
    )
)
GA = {"organ": "The General Assembly", "date": "2019-12-27"}


def _record(body: str):
    doc = AKN_HEAD.format(preamble="", **GA) + body + AKN_TAIL
    return extract_source(read_bytes(doc.encode(), "snippet.xml"))


def test_rows_are_no_paragraphs():
    assert [p for p in akn_paragraphs(INCOME, **GA) if p[0] == "operative"] == [
        ("operative", 0, None, "Resolves that,"),
        ("operative", 1, None, "Estimates of"),
        ("operative", 2, None, "The income"),
        ("operative", 3, None, "Direct expenses"),
    ]


def test_the_chapeau_governs_the_paragraphs_after_the_table():
    assert mandates(_record(INCOME), "op", "verb", "addressees") == [
        (1, "decides", ("GeneralAssembly",)),
        (2, "decides", ("GeneralAssembly",)),
        (3, "decides", ("GeneralAssembly",)),
    ]


@pytest.mark.parametrize(
    "cells,row",
    [
        (("1.\tIncome from staff assessment", "273 171 400"), "1  Income from staff assessment  273 171 400"),
        (("1.", "Statement that the notice is given"), "1   Statement that the notice is given"),  # A/RES/77/100
        (("1 .\tCHOL RYONG", "8606173"), "1   CHOL RYONG  8606173"),
        # not taken: a number later in the row, a year, a row with no number
        (("Total", "2. General"), "Total  2. General"),
        (("2015. Budget", "100"), "2015. Budget  100"),
        (("\tTotal", "295 590 700"), "Total  295 590 700"),
    ],
)
def test_a_row_keeps_its_length_without_its_full_stop(cells, row):
    doc = AKN_HEAD.format(preamble="", **GA) + "<container><table>" + _row(*cells) + "</table></container>" + AKN_TAIL
    text, _ = read_akn(doc.encode(), "snippet.xml")
    assert text.split("\n\n")[-1] == row


def test_a_paragraph_number_outside_a_table_is_kept():
    assert akn_paragraphs(akn_op("1.", "Requests the Secretary-General to report;"), **GA) == [
        ("operative", 1, None, "Requests the")
    ]
