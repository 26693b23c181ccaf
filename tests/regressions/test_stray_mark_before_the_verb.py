"""S/RES/2709 (2023) op 58 (a): the XML opens the item with a "(" it never closes ("(Requests the Secretary-General to
report to the Council on 15 February 2024, 15 June 2024 and 13 October 2024 ... of resolution 2659 (2022);"). The
paragraph's first word was "(Requests", no verb was read, and the mandate and its three reports were lost (heldout23
02, "The misses"). A mark before a paragraph's first word that the text never closes (an opening bracket of no pair)
or that closes nothing (a closing bracket or quotation mark, a dash, a stop) is no part of its words: the segmenter
drops it from the paragraph's text, the paragraph's span starting at the word. A bracket the text closes stays (a
heading in brackets), and so does an opening quotation mark (a quotation of several paragraphs opens each with one,
S/RES/1467 (2003)): `lead` and the verbs read past it."""

import pytest

from tests.snippets import akn_op, mandates, reports, resolution

ITEM = (
    "Requests the Secretary-General to report to the Council on 15 February 2024, 15 June 2024 and 13 October 2024 "
    "on the progress in implementing MINUSCA's mandate, including on all elements set out in paragraph 58 (a) of "
    "resolution 2659 (2022);"
)
DUES = [(58, "SecretaryGeneral", "SecurityCouncil", d) for d in ("2024-02-15", "2024-06-15", "2024-10-13")]

CASES = [
    ("an opening bracket of no pair", "(" + ITEM),
    ("a closing bracket", ")" + ITEM),
    ("a closing quotation mark", "\u201d" + ITEM),
    ("a dash and a space", "\u2013 " + ITEM),
    ("a stop and a space", ". " + ITEM),
    ("two marks", "[(" + ITEM),
]


@pytest.mark.parametrize("label, text", CASES, ids=[c[0] for c in CASES])
def test_the_verb_after_a_stray_mark_is_read(label, text):
    body = f"57. Decides to extend the mandate of MINUSCA;\n\n58.\n\n(a) {text}\n"
    r = resolution(body, date="2023-11-14")
    assert mandates(r, "op", "verb", "addressees") == [
        (57, "decides", ("SecurityCouncil",)),
        (58, "requests", ("SecretaryGeneral",)),
    ]
    assert reports(r, "op", "by", "to", "due") == DUES
    p = next(p for p in r.paragraphs if p.number == 58)
    assert p.text.startswith("Requests the Secretary-General")
    doc = f"---\ndate: 2023-11-14\n---\n\nThe Security Council,\n\nRecalling its resolutions,\n\n{body}"
    assert doc[p.span.start : p.span.end] == p.text  # the span is the text's (in the file), the mark left out


def test_a_stray_bracket_in_akoma_ntoso():
    """As S/RES/2709's XML has it: the list of op 58 without its introduction, item (a)'s <p> opening with "("."""
    from tests.snippets import akn_paragraphs

    body = (
        akn_op("57.", "<span>Decides</span> to extend the mandate of MINUSCA;")
        + '<paragraph><num>58.</num><list><point><num>(a)</num><content><p>\t(<span class="italic">Requests</span> '
        + ITEM.split(" ", 1)[1]
        + "</p></content></point><point><num>(b)</num><content><p><span>Further requests</span> the "
        "Secretary-General to provide the Council with an evaluation;</p></content></point></list></paragraph>"
    )
    assert akn_paragraphs(body) == [
        ("operative", 57, None, "Decides to"),
        ("operative", 58, None, "Requests the"),
        ("subparagraph", None, "(b)", "Further requests"),
    ]


@pytest.mark.parametrize(
    "text, first",
    [
        ("(Supporting the political process)", "(Supporting the"),  # a heading its brackets close
        ("\u201cDecides to adopt the attached declaration;", "\u201cDecides to"),  # a quotation's paragraph
        ("(the measures listed;", "(the measures"),  # no word that leads a paragraph after the mark
    ],
)
def test_marks_that_are_the_paragraphs_own_stay(text, first):
    from tests.snippets import akn_paragraphs

    got = akn_paragraphs(akn_op("1.", "<span>Decides</span> to act;") + akn_op("", text))
    assert got[-1][3] == first
