"""A paragraph that the document numbers in its operative part but that a participle opens ("12. Recalling its
resolution 1502 of 26 August 2003, reaffirms the obligation of all parties ..., and also urges all those concerned
to allow full unimpeded access by humanitarian personnel ...;", S/RES/1545 (2004) op 12; "97. Recalling the threat
...", S/RES/2253 (2015); "20. Reiterating its concern ...", S/RES/2344 (2017); build_gold.PARTICIPLE_OPERATIVE) is
operative paragraph 12, after op 11 and before op 13, not a paragraph of the preamble: its mandates are its own.

In every form the number is printed: an Akoma Ntoso <num>, "12." in text, Markdown, PDF text with the number alone
before the paragraph or after its first line, one paragraph a line. Where the number lost its full stop or its space
("12 Recalling ...", "12\\tRecalling ...", "12.Recalling ...", the forms of op_numbers.undotted_number) it was read
only before an operative verb: the paragraph was a block of no paragraph and its mandate was lost (those rows fail
before the fix). A number that is not the next one, or a name after it ("12 Beijing Declaration ..."), stays text;
a participle's paragraph before op 1 stays the preamble's."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes
from resgraph.extract.segment import segment
from tests.snippets import AKN_HEAD, AKN_TAIL, akn_op, akn_pre, mandates

PRE = "Recalling its previous resolutions and the statements of its President on Burundi,"
OP11 = "Requests all parties to cooperate fully with the deployment and operations of ONUB;"
RECALLING = (
    "Recalling its resolution 1502 of 26 August 2003, reaffirms the obligation of all parties to comply fully with "
    "international humanitarian law, and also urges all those concerned to allow full unimpeded access by "
    "humanitarian personnel to all people in need of assistance;"
)
OP13 = "Decides to remain actively seized of the matter."
RECALLING_1, RECALLING_2 = RECALLING[:50], RECALLING[50:]  # a PDF text's lines: the number after the first


def akn(num: str, text: str) -> bytes:
    body = akn_op("11.", OP11) + akn_op(num, text) + akn_op("13.", OP13)
    head = AKN_HEAD.format(date="2004-05-21", organ="The Security Council", preamble=akn_pre(PRE))
    return (head + body + AKN_TAIL).encode()


def text(body: str) -> bytes:
    return f"The Security Council,\n\n{PRE}\n\n{body}\n".encode()


def lines(*rows: str) -> bytes:
    return "\n".join(("The Security Council,", PRE, *rows, "")).encode()


def markdown(body: str) -> bytes:
    return f"---\nsymbol: S/RES/1545 (2004)\ndate: 2004-05-21\n---\n\nThe Security Council,\n\n*{PRE}*\n\n{body}\n".encode()


OPS = [(11, "requests"), (12, "urges"), (13, "decides")]
LOST = [(11, "requests"), (13, "decides")]  # the paragraph read as text of no paragraph: its mandate lost

CASES = [
    ("akn <num>12.</num>", akn("12.", RECALLING), "xml", 12, OPS),
    ("akn number in the text, a space for its stop", akn("", "12 " + RECALLING), "xml", 12, OPS),
    ("akn number in the text, a tab for its stop", akn("", "\t12\t" + RECALLING), "xml", 12, OPS),
    ("akn number in the text, no space after its stop", akn("", "12." + RECALLING), "xml", 12, OPS),
    ("akn number in the text, the stop after the space", akn("", "12 ." + RECALLING), "xml", 12, OPS),
    ("text, blank lines", text(f"11. {OP11}\n\n12. {RECALLING}\n\n13. {OP13}"), "txt", 12, OPS),
    ("text, a space for the stop", text(f"11. {OP11}\n\n12 {RECALLING}\n\n13. {OP13}"), "txt", 12, OPS),
    ("one paragraph a line", lines(f"11. {OP11}", f"12. {RECALLING}", f"13. {OP13}"), "txt", 12, OPS),
    ("one paragraph a line, a tab", lines(f"11. {OP11}", f"12\t{RECALLING}", f"13. {OP13}"), "txt", 12, OPS),
    ("pdf, the number alone before", text(f"11.\n\n{OP11}\n\n12.\n\n{RECALLING}\n\n13.\n\n{OP13}"), "txt", 12, OPS),
    (
        "pdf, the number after the first line",
        lines(OP11[:30], "11.", OP11[30:], RECALLING_1, "12.", RECALLING_2, OP13[:20], "13.", OP13[20:]),
        "txt",
        12,
        OPS,
    ),
    ("markdown", markdown(f"11. {OP11}\n\n12. *Recalling*{RECALLING[9:]}\n\n13. {OP13}"), "md", 12, OPS),
    # not the next number: text of op 11's, as before
    ("akn, a number past the next", akn("", "14 " + RECALLING), "xml", None, LOST),
    # a name, no participle's paragraph: "Beijing" ends as a participle does, the word after it is a name's
    ("akn, a name after the number", akn("", "12 Beijing Declaration and Platform for Action;"), "xml", None, LOST),
]


def segmented(doc: bytes, fmt: str) -> list[tuple]:
    src = read_bytes(doc, f"snippet.{fmt}")
    return [(b.paragraph.kind, b.paragraph.number, b.paragraph.text.split()[0]) for b in segment(src).blocks]


@pytest.mark.parametrize(("label", "doc", "fmt", "number", "ops"), CASES, ids=[c[0] for c in CASES])
def test_a_numbered_participle_paragraph_is_operative(label, doc, fmt, number, ops):
    paragraphs = segmented(doc, fmt)
    assert paragraphs[0] == ("preambular", None, "Recalling")  # the preamble's own participle stays the preamble's
    numbered = [(kind, n) for kind, n, _ in paragraphs if n is not None]
    expected = [("operative", 11), ("operative", number), ("operative", 13)] if number else None
    assert numbered == (expected or [("operative", 11), ("operative", 13)])
    r = extract_source(read_bytes(doc, f"snippet.{fmt}"))
    assert mandates(r, "op", "verb") == ops
