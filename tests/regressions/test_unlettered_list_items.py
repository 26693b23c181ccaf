"""S/RES/2640 (2022) op 26 (a)(iii), S/RES/1739 (2007) op 2 (a), S/RES/2531 (2020) op 3, S/RES/2514 (2020) op 41, E/RES/2021/29
op 0 (Akoma Ntoso): the items of a list that are not lettered, "– to support, monitor and supervise
the ceasefire, ... and to report to the Security Council on violations of it," (a <point> whose
<num> is a dash) or "• steps taken to deter ..." after "should include:", were paragraphs of
kind "other": neither the operative paragraph nor its sub-paragraph, so the mandate and report
extractors never read them. The same befell the lettered items of an unnumbered operative paragraph
(ECOSOC's "Recommends the following ...: (a) ... (i) ..."; a sub-paragraph needed a numbered one
before it) and every item past "(xxviii)". Such an item now belongs to the paragraph or sub-paragraph
that introduced the list, and its span is still its text in the source."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes
from resgraph.extract.segment import segment
from tests.snippets import reports

HEAD = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#x"><FRBRWork>
  <FRBRthis value="/akn/un/statement/deliberation/{frbr}/!main/"/>
  <FRBRdate date="2022-06-29" name="adoption"/></FRBRWork></identification></meta>
<preamble><formula name="enactingFormula"><p><span class="italic">The {organ}</span>,</p></formula>
<container name="Recalling"><p><span class="italic">Recalling</span> its previous resolutions,</p></container>
</preamble><mainBody>{body}</mainBody></statement></akomaNtoso>"""
SC = {"frbr": "unsc/2022-06-29/2640", "organ": "Security Council"}
ECOSOC = {"frbr": "unecosoc/2021-07-22/2021-29", "organ": "Economic and Social Council"}


def _point(num, text):
    return f"<point><num>{num}</num><content><p>\t{text}</p></content></point>"


DASHES = (
    "<paragraph><num>26.</num><list><intro><p><span>Decides</span> that MINUSMA’s mandate shall include the "
    "following priority tasks:</p></intro>"
    + _point("(a)", "To support the implementation of the defence and security measures of the Agreement, notably:")
    + "<sublist>"
    + _point("–", "to support the cantonment of armed groups,")
    + _point(
        "–",
        "to support, monitor and supervise the ceasefire, and to report to the Security Council on violations of it,",
    )
    + "</sublist></list></paragraph>"
    + "<paragraph><num>27.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph>"
)
HEADED = (
    "<paragraph><num>2.</num><list><intro><p><span>Decides</span> that UNOCI shall have the following mandate:</p>"
    "</intro>"
    + _point("(a)", "<span>Monitoring of the cessation of hostilities and movements of armed groups</span>")
    + "<sublist>"
    + _point("–", "To observe and monitor the implementation of the ceasefire agreement,")
    + _point(
        "–", "To liaise with the national armed forces and to report to the Security Council on their cooperation,"
    )
    + "</sublist></list></paragraph>"
    + "<paragraph><num>3.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph>"
)
BULLETS = (
    "<paragraph><num>41.</num><list><intro><p><span>Requests</span> the Secretary-General to submit a report to "
    "the Security Council every 90 days, and <span>underscores</span> that such reporting should include:</p></intro>"
    + _point("•", "specific and detailed reporting on the protection of civilians,")
    + _point("•", "steps taken to deter sexual violence,")
    + "</list></paragraph>"
    + "<paragraph><num>42.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph>"
)
ECOSOC_OP0 = (
    "<paragraph><content><p><span>Recommends</span> the following for consideration by national Governments:</p>"
    "</content></paragraph>"
    "<paragraph><content><p>(a)\tGovernments are encouraged to consider taking the following actions:</p></content>"
    "</paragraph>"
    + "".join(f"<paragraph><content><p>({r})\tTo act on item {r};</p></content></paragraph>" for r in ("i", "xxviii"))
    + "<paragraph><content><p>(b)\tThe Secretary-General is requested to report to the Council on its implementation;</p></content>"
    "</paragraph>"
)

CASES = [
    (
        "dash items of a sub-paragraph",
        SC,
        DASHES,
        # (kind, number or label) of each paragraph after the preamble
        [("operative", 26), ("subparagraph", "(a)"), ("operative", 27)],
        "to report to the Security Council on violations of it",
        [(26, "SecurityCouncil")],
    ),
    (
        "dash items after a sub-paragraph's heading",
        SC,
        HEADED,
        [("operative", 2), ("subparagraph", "(a)"), ("operative", 3)],
        "to report to the Security Council on their cooperation",
        [(2, "SecurityCouncil")],
    ),
    (
        "bullets after 'should include:'",
        SC,
        BULLETS,
        [("operative", 41), ("operative", 42)],
        "steps taken to deter sexual violence",
        [(41, "SecurityCouncil")],
    ),
    (
        "lettered and roman items of an unnumbered operative paragraph",
        ECOSOC,
        ECOSOC_OP0,
        [("operative", 0), ("subparagraph", "(a)"), ("subparagraph", "(i)")]
        + [("subparagraph", "(xxviii)"), ("subparagraph", "(b)")],
        "To act on item xxviii;",
        [(0, "ECOSOC")],
    ),
]


@pytest.mark.parametrize("label, organ, body, paragraphs, item, expected_reports", CASES, ids=[c[0] for c in CASES])
def test_an_unlettered_item_belongs_to_the_paragraph_that_lists_it(
    label, organ, body, paragraphs, item, expected_reports
):
    src = read_bytes(HEAD.format(body=body, **organ).encode(), "S_RES_2640.xml")
    r = extract_source(src)
    ops = [p for p in r.paragraphs if p.kind != "preambular"]
    assert [(p.kind, p.number if p.kind == "operative" else p.label) for p in ops] == paragraphs
    holder = next(p for p in ops if item in p.text)
    for b in segment(src).blocks:  # every piece of a paragraph's text is the source's text where it points
        for at, start, n in b.pieces:
            assert b.paragraph.text[at : at + n] == src.text[start : start + n]
    assert holder.span.start <= src.text.index(item) < holder.span.end
    # the report asked in an item is read (who reports is the report extractor's business)
    assert reports(r, "op", "to") == expected_reports
