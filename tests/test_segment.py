"""Segmenting: PDF text that displaced numbers, page breaks, nested drafts, annexes, sub-paragraphs."""

from resgraph.extract.segment import segment
from resgraph.models import SourceText


def seg(text):
    return segment(SourceText("t.txt", "txt", text, "0"))


def kinds(s):
    return [(b.paragraph.kind, b.paragraph.part, b.paragraph.number, b.paragraph.label) for b in s.blocks]


def test_pdf_number_after_the_first_line_and_before_it():
    text = (
        "The General Assembly,\nRecalling its resolution 66/181,\n"
        "Calls upon relevant entities of the United Nations system to continue\n1.\ncooperating in that area;\n"
        "_______________\n 2.\nReaffirms the importance of the programme;\n"
        "Also reaffirms the importance of the work of the United Nations Office\n3.\non Drugs and Crime;\n"
        "4. Requests the Secretary-General to report.\n"
    )
    s = seg(text)
    assert kinds(s) == [
        ("preambular", "main", None, None),
        ("operative", "main", 1, None),
        ("operative", "main", 2, None),
        ("operative", "main", 3, None),
        ("operative", "main", 4, None),
    ]
    assert s.blocks[1].paragraph.text == (
        "Calls upon relevant entities of the United Nations system to continue cooperating in that area;"
    )


def test_paragraph_continues_after_a_footnote_block_on_a_page_break():
    text = (
        "The Economic and Social Council,\n\nStressing the need for cooperation between Member States, to\n\n"
        "[^2]: Ibid., vol. 2349, No. 42146.\n\ncounter transnational organized crime,\n\n"
        "1. Invites Member States to act and the United Nations\n\n[^3]: A/67/156.\n\nConvention against Corruption;\n"
    )
    s = seg(text)
    assert [b.paragraph.text for b in s.blocks] == [
        "Stressing the need for cooperation between Member States, to counter transnational organized crime,",
        "Invites Member States to act and the United Nations Convention against Corruption;",
    ]
    assert [f.marker for f in s.footnotes] == ["2", "3"]


def test_nested_draft_and_its_organ():
    text = (
        "The Economic and Social Council\n\nRecommends to the General Assembly the adoption of the following draft resolution:\n\n"
        "The General Assembly,\n\nRecalling its resolution 66/102,\n\n1. Requests the Secretary-General to report.\n"
    )
    s = seg(text)
    assert s.opener == "Economic and Social Council" and s.draft_opener == "General Assembly"
    assert kinds(s) == [
        ("operative", "main", 0, None),
        ("preambular", "draft", None, None),
        ("operative", "draft", 1, None),
    ]


def test_annex_is_kept_apart_and_subparagraphs_have_parents():
    text = (
        "The General Assembly,\n\nRecalling its resolution 66/102,\n\n"
        "1. Requests the Secretary-General to report on:\n\n(a) The difficulties;\n\n(b) The ways;\n\n"
        "2. Adopts the principles annexed to the present resolution.\n\nAnnex\n\n1. Every State shall act.\n"
    )
    s = seg(text)
    assert kinds(s) == [
        ("preambular", "main", None, None),
        ("operative", "main", 1, None),
        ("subparagraph", "main", None, "(a)"),
        ("subparagraph", "main", None, "(b)"),
        ("operative", "main", 2, None),
        ("annex", "annex", 1, None),
    ]
    assert s.blocks[2].paragraph.parent == 1


def test_markers_are_taken_out_of_the_text_and_spans_map_back():
    text = (
        "The General Assembly,\n\nRecalling the Convention[^1] and the Protocols,[^2]\n\n[^1]: A/1/2.\n[^2]: A/1/3.\n"
    )
    s = seg(text)
    b = s.blocks[0]
    assert b.paragraph.text == "Recalling the Convention and the Protocols,"
    assert [m for m, _ in b.markers] == ["1", "2"]
    i = b.paragraph.text.index("Protocols")
    span = b.to_source(i, i + len("Protocols"))
    assert text[span.start : span.end] == "Protocols"
