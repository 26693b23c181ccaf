"""Security Council texts whose Akoma Ntoso lost the operative numbers the printed text has (no <num>, none in the
text): S/RES/1585 (2005) "Decides to extend the mandate of UNAMIS ... until 17 March 2005," and "Decides to remain
actively seized of the matter.", and 1588, 1661, 1668, 1684, 1732, 1849. The segmenter read the first as op 0 and
the next as 1, 2: every fact one paragraph off (scripts/numbering_audit.py: zero_then_more, xml_unnumbered). A part
of the text with two or more operative paragraphs and no number is numbered 1, 2, 3 ...; a single one stays 0,
and the paragraphs of a part that has numbers keep the repair they had."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes
from tests.snippets import AKN_HEAD, AKN_TAIL, akn_op, akn_paragraphs, mandates, terms

PRE = [("preambular", None, None, "Recalling its")]

CASES = [
    (
        "two paragraphs",
        akn_op("", "<span>Decides</span> to extend the mandate of UNAMIS until 17 March 2005,")
        + akn_op("", "<span>Decides</span> to remain actively seized of the matter."),
        [("operative", 1, None, "Decides to"), ("operative", 2, None, "Decides to")],
    ),
    (
        "three paragraphs",
        akn_op("", "<span>Decides</span> to extend the mandate of UNMEE for a period of one month until 15 April 2006;")
        + akn_op("", "<span>Demands</span> that the two parties fully comply with resolution 1640 (2005);")
        + akn_op("", "<span>Decides</span> to remain actively seized of the matter."),
        [
            ("operative", 1, None, "Decides to"),
            ("operative", 2, None, "Demands that"),
            ("operative", 3, None, "Decides to"),
        ],
    ),
    (
        "a single paragraph stays 0",
        akn_op("", "<span>Forwards</span> the following nominations to the General Assembly:"),
        [("operative", 0, None, "Forwards the")],
    ),
    (
        "one unnumbered among numbered ones",
        akn_op("1.", "<span>Decides</span> to act;")
        + akn_op("", "<span>Requests</span> the Secretary-General to report;")
        + akn_op("3.", "<span>Decides</span> to remain seized of the matter."),
        [
            ("operative", 1, None, "Decides to"),
            ("operative", 2, None, "Requests the"),
            ("operative", 3, None, "Decides to"),
        ],
    ),
]


@pytest.mark.parametrize("label, body, expected", CASES, ids=[c[0] for c in CASES])
def test_the_numbers_a_text_lost(label, body, expected):
    got = akn_paragraphs(
        body, preamble='<container name="x"><p><span>Recalling</span> its resolutions,</p></container>'
    )
    assert got == PRE + expected


def test_the_facts_go_under_the_printed_numbers():
    body = akn_op("", "<span>Decides</span> to extend the mandate of UNAMIS until 17 March 2005,") + akn_op(
        "", "<span>Decides</span> to remain actively seized of the matter."
    )
    doc = AKN_HEAD.format(date="2005-03-10", organ="The Security Council", preamble="") + body + AKN_TAIL
    r = extract_source(read_bytes(doc.encode(), "snippet.xml"))
    assert mandates(r, "op", "verb") == [(1, "decides"), (2, "decides")]
    assert terms(r, "op", "action", "until") == [(1, "extends", "2005-03-17")]
