"""S/RES/2794 (2025), S/RES/2803 (2025), S/RES/2228 (2015), S/RES/1526 (2004), S/RES/1735 (2006),
S/RES/1855 (2008) (Akoma Ntoso): the annex sits inside the <mainBody>, after "Decides to remain
seized of the matter", as paragraphs of their own under a heading the segmenter did not know
("Designation Annex", "ANNEX 1 - President ...'s Comprehensive Plan", "Annex A: UNAMID benchmarks
...", "Annex I — Coversheet", "Annex to resolution 1526 (2004)"), numbered from 1 again. Its
paragraphs were operative paragraphs 1, 2, ... of the resolution: "Gaza will be ..." was S/RES/2803
op 1 beside "Endorses the Comprehensive Plan", and whatever the annex asked (its lettered lists,
its benchmarks) was read as the Council's, under the number of an early operative paragraph. The
annex's heading now starts the annex part, and so does a paragraph 1 after "remain seized"."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes
from tests.snippets import mandates, reports

HEAD = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#x"><FRBRWork>
  <FRBRthis value="/akn/un/statement/deliberation/unsc/2025-10-01/2794/!main/"/>
  <FRBRdate date="2025-10-01" name="adoption"/></FRBRWork></identification></meta>
<preamble><formula name="enactingFormula"><p><span class="italic">The Security Council</span>,</p></formula>
<container name="Recalling"><p><span class="italic">Recalling</span> its resolution 2653 (2022),</p></container>
</preamble><mainBody>"""
TAIL = "</mainBody></statement></akomaNtoso>"


def _op(n, text):
    return f'<paragraph class="SingleTxt"><num>{n}.</num><content><p>{text}</p></content></paragraph>'


def _para(text):
    return f'<paragraph class="SingleTxt"><content><p>{text}</p></content></paragraph>'


OPS = _op(1, "<span>Requests</span> the Secretary-General to submit a report to the Council by 1 June 2026;") + _op(
    2, "<span>Decides</span> to remain actively seized of the matter."
)
# the annex's paragraph 1 asks too: read as the Council's op 1 it was a second mandate of op 1
ANNEX_OPS = _op(1, "Requests the Panel of Experts to report to the Committee every month;") + _op(
    2, "Calls upon Member States to cooperate. a. from organisations listed in paragraph 1 of this resolution;"
)

CASES = [
    ("heading ending in Annex", '<paragraph class="H1"><p>Designation Annex</p></paragraph>' + ANNEX_OPS),
    ("heading with its title", _para("ANNEX 1 - The Comprehensive Plan to End the Conflict") + ANNEX_OPS),
    (
        "heading and title in one paragraph",
        _para("Annex A: benchmarks as set out in Annex 1 of S/2014/279") + ANNEX_OPS,
    ),
    ("heading with a dash", _para("Annex I — Coversheet") + ANNEX_OPS),
    ("annex to the resolution", _para("Annex to resolution 1526 (2004)") + ANNEX_OPS),
    ("no heading: numbered from 1 again after remain seized", ANNEX_OPS),
]


@pytest.mark.parametrize("label, annex", CASES, ids=[c[0] for c in CASES])
def test_an_annex_inside_the_main_body_is_the_annex(label, annex):
    src = read_bytes((HEAD + OPS + annex + TAIL).encode(), "S_RES_2794.xml")
    r = extract_source(src)
    main_ops = [p.number for p in r.paragraphs if p.kind == "operative" and p.part == "main"]
    assert main_ops == [1, 2]
    assert [p.number for p in r.paragraphs if p.part == "annex" and p.number] == [1, 2]
    # only the Council's own paragraph asks; the annex's requests are no mandates of op 1 or 2
    assert mandates(r, "op", "verb", "addressees") == [
        (1, "requests", ("SecretaryGeneral",)),
        (2, "decides", ("SecurityCouncil",)),
    ]
    assert reports(r, "op", "by", "to") == [(1, "SecretaryGeneral", "SecurityCouncil")]
    for p in r.paragraphs:  # every span still points at its paragraph's text
        assert src.text[p.span.start : p.span.end] == p.text


TEXT_CASES = [
    # a line of PDF text that begins with a reference to an annex is no annex heading
    "The Security Council,\n\n1. Decides that the measures set out in\nAnnex I to the present resolution, shall apply;\n\n"
    "2. Requests the Secretary-General to report to the Council by 1 June 2026;\n\n"
    "3. Decides to remain seized of the matter.\n",
]


@pytest.mark.parametrize("text", TEXT_CASES)
def test_a_reference_to_an_annex_at_a_line_start_is_no_heading(text):
    r = extract_source(read_bytes(text.encode(), "S_RES_1.txt"))
    assert [(p.kind, p.part, p.number) for p in r.paragraphs] == [
        ("operative", "main", 1),
        ("operative", "main", 2),
        ("operative", "main", 3),
    ]
