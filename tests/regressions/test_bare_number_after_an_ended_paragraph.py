"""S/RES/1292 (2000): in the Akoma Ntoso text each operative number stands in a paragraph of its
own ("1.") between blank lines. The last preambular paragraph ("Noting ..., and urging the parties
to cooperate ...,") was numbered 1 and every operative paragraph after it one too many: a bare
number takes the paragraph before it only when that one has not ended (PDF text that displaced
the number after the paragraph's first line)."""

import pytest

from resgraph.extract.segment import segment
from resgraph.models import SourceText

TEXT = (
    "The Security Council,\n\n"
    "Recalling all its previous resolutions on the Western Sahara,\n\n"
    "Noting the concern expressed in the report, and urging the parties to cooperate so as to achieve a "
    "lasting solution,\n\n"
    "1.\n\nDecides to extend the mandate of MINURSO until 31 May 2000;\n\n"
    "2.\n\nSupports the intention of the Secretary-General;\n\n"
    "3.\n\nRequests the Secretary-General to provide an assessment of the situation;\n\n"
    "4.\n\nDecides to remain seized of the matter."
)


@pytest.mark.parametrize(
    ("number", "opening"),
    [(1, "Decides to extend"), (2, "Supports the"), (3, "Requests the"), (4, "Decides to remain")],
)
def test_each_number_is_the_paragraph_after_it(number, opening):
    blocks = segment(SourceText("S_RES_1292.txt", "txt", TEXT, "0")).blocks
    ops = {b.paragraph.number: b.paragraph.text for b in blocks if b.paragraph.kind == "operative"}
    assert sorted(ops) == [1, 2, 3, 4]
    assert ops[number].startswith(opening)


def test_the_preambular_paragraph_stays_preambular():
    blocks = segment(SourceText("S_RES_1292.txt", "txt", TEXT, "0")).blocks
    noting = next(b.paragraph for b in blocks if b.paragraph.text.startswith("Noting"))
    assert (noting.kind, noting.number) == ("preambular", None)


def test_pdf_text_number_after_the_first_line_still_numbers_it():
    text = "The General Assembly,\nRecalling its resolution 66/181,\nCalls upon States to continue\n1.\ncooperating;\n"
    blocks = segment(SourceText("t.txt", "txt", text, "0")).blocks
    assert [(b.paragraph.kind, b.paragraph.number) for b in blocks] == [("preambular", None), ("operative", 1)]


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("Strongly deploring the fact that the death penalty is used,", "preambular"),  # A/HRC/RES/54/35
        ("Further recalling its resolution 1325 (2000),", "preambular"),
        ("Strongly condemns all attacks;", "operative"),
        ("Welcomes ongoing efforts;", "operative"),
    ],
)
def test_an_adverb_before_a_participle_opens_a_preambular_paragraph(lead, kind):
    """A/HRC/RES/54/35: "Strongly deploring ..." (an operative lead word, "Strongly", before a
    participle) was read as operative paragraph 1, and every operative paragraph after it was one
    too many."""
    text = f"The Human Rights Council,\n\nGuided by the Charter,\n\n{lead}\n\n1. Urges all States to act;"
    blocks = segment(SourceText("t.txt", "txt", text, "0")).blocks
    first = next(b.paragraph for b in blocks if b.paragraph.text.startswith(lead.split()[0]))
    assert first.kind == kind
    urges = next(b.paragraph for b in blocks if b.paragraph.text.startswith("Urges"))
    assert (urges.kind, urges.number) == ("operative", 1)
