"""A/RES/74/258 op 6 and its yearly successors (75/248, 76/242, 77/260, 78/248; Akoma Ntoso): a left-to-right
mark that prints nothing stands after the paragraph's number ("6.\u200e Reaffirms its decision, contained in
paragraph 4 of its resolution 61/261, ..."). The segmenter did not see "6." as a number before a paragraph, and
op 6 was lost (scripts/paragraph_audit.py: dropped). The Akoma Ntoso reader drops the characters that print
nothing (direction marks, zero-width spaces and joiners, soft hyphens), inside the text as well."""

import pytest

from tests.snippets import akn_op, akn_paragraphs, akn_pre

CASES = [
    (
        "mark right after the number",
        "6.\u200e <span>Reaffirms</span> its decision;",
        ("operative", 6, None, "Reaffirms its"),
    ),
    (
        "a space, then the mark",
        "6. \u200e <span>Reaffirms</span> its decision;",
        ("operative", 6, None, "Reaffirms its"),
    ),
    ("a zero-width space", "6.\u200b<span>Reaffirms</span> its decision;", ("operative", 6, None, "Reaffirms its")),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_the_number_before_a_mark_that_prints_nothing(label, text, expected):
    body = akn_op("5.", "<span>Acknowledges</span> the evolving nature of the system;") + akn_op("", text)
    got = akn_paragraphs(
        body, preamble=akn_pre("<span>Recalling</span> its resolutions,"), organ="The General Assembly"
    )
    assert got == [("preambular", None, None, "Recalling its"), ("operative", 5, None, "Acknowledges the"), expected]


def test_a_mark_inside_the_text_is_gone():
    body = akn_op("1.", "<span>Takes note</span> of the report of the \u200eHigh-level Panel;")
    got = akn_paragraphs(body, organ="The General Assembly")
    assert got == [("operative", 1, None, "Takes note")]
    from resgraph.extract.read import read_bytes
    from tests.snippets import AKN_HEAD, AKN_TAIL

    doc = AKN_HEAD.format(date="2020-01-01", organ="The General Assembly", preamble="") + body + AKN_TAIL
    assert "the High-level Panel;" in read_bytes(doc.encode(), "x.xml").text
