"""A list whose items end without a stop (names: "– Mr. Erik Møse (Norway)", "– Ms. Inés Mónica Weinberg de Roca
(Argentina)") read the paragraph after it into its last item: "Requests States, to continue to make every effort
..." after the judges whose terms S/RES/1684 (2006) extends was op 0's words, its mandate lost. After a list's
item and a blank line (the next element), a paragraph an operative verb opens is a paragraph of its own; words
that open none stay the item's."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes
from tests.snippets import AKN_HEAD, AKN_TAIL, akn_op, akn_paragraphs, mandates

LIST = (
    akn_op("1.", "<span>Decides</span> to extend the term of office of the following judges until 31 December 2008:")
    + akn_op("–", "Mr. Erik Møse (Norway)")
    + akn_op("–", "Ms. Inés Mónica Weinberg de Roca (Argentina)")
)

CASES = [
    (
        "an operative verb after the names",
        akn_op("", "<span>Requests</span> States to ensure that their nationals remain available."),
        [("operative", 1, None, "Decides to"), ("operative", 2, None, "Requests States")],
    ),
    (
        "more words of the list",
        akn_op("", "who shall serve until the end of their cases."),
        [("operative", 1, None, "Decides to")],
    ),
]


@pytest.mark.parametrize("label, after, expected", CASES, ids=[c[0] for c in CASES])
def test_a_paragraph_after_a_list_of_names(label, after, expected):
    assert akn_paragraphs(LIST + after) == expected


def test_its_mandate_is_found():
    body = LIST + akn_op("", "<span>Requests</span> States to ensure that their nationals remain available.")
    doc = AKN_HEAD.format(date="2006-05-30", organ="The Security Council", preamble="") + body + AKN_TAIL
    r = extract_source(read_bytes(doc.encode(), "snippet.xml"))
    assert mandates(r, "op", "verb", "addressees") == [
        (1, "decides", ("SecurityCouncil",)),
        (2, "requests", ("States",)),
    ]
