"""Paragraphs read as operative paragraphs that took the number of another (Akoma Ntoso):

* S/RES/2416 (2018) op 6, S/RES/2445, 2469, 2497, S/RES/2705 (2023) op 3: the items of a numbered
  list inside an operative paragraph ("... on the steps taken towards the following:" and
  <point><num>1.</num>) were operative paragraphs 1, 2, 3 again, so a view by number printed
  them under the resolution's first paragraphs;
* S/RES/2321 (2016) op 26, S/RES/2371 (2017) op 8: "... shall be replaced by the following:" and
  the quoted paragraph (“Decides that the DPRK shall not supply ...) was an unnumbered operative
  paragraph, repaired to the next paragraph's number (27 twice);
* S/RES/2140 (2014), S/RES/2607 (2021): the headings "Further Measures", "Further exemptions to the
  arms embargo" opened with an operative adverb and were operative paragraphs 10, 34 beside the
  real ones.

The list's items are now sub-paragraphs "(1)", "(2)" of their paragraph, the quoted words part of
the paragraph that quotes them, the heading no paragraph of the resolution."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes
from resgraph.extract.segment import segment

HEAD = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#x"><FRBRWork>
  <FRBRthis value="/akn/un/statement/deliberation/unsc/2018-05-14/2416/!main/"/>
  <FRBRdate date="2018-05-14" name="adoption"/></FRBRWork></identification></meta>
<preamble><formula name="enactingFormula"><p><span class="italic">The Security Council</span>,</p></formula>
<container name="Recalling"><p><span class="italic">Recalling</span> its previous resolutions,</p></container>
</preamble><mainBody>{}
<paragraph><num>9.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph>
</mainBody></statement></akomaNtoso>"""


def _op(n, text):
    return f"<paragraph><num>{n}.</num><content><p>{text}</p></content></paragraph>"


def _point(num, text):
    return f"<point><num>{num}</num><content><p>\t{text}</p></content></point>"


NUMBERED_LIST = (
    _op(1, "Decides to extend the mandate of UNISFA until 15 November 2018;")
    + "<paragraph><num>2.</num><list><intro><p><span>Requests</span> the parties to update the AUHIP and invites "
    "the AUHIP to update it by 15 October 2018 on the steps taken towards the following:</p></intro>"
    + _point("1.", "Resolution of the final status of Abyei;")
    + _point("2.", "Implementation of all decisions of the Committee;")
    + _point("3.", "Steps to promote reconciliation of the communities;")
    + "</list></paragraph>"
    + _op(3, "Urges continued progress toward the establishment of the interim institutions;")
)
QUOTED = (
    _op(1, "Decides to extend the mandate of the Panel of Experts until 1 April 2018;")
    + _op(2, "Decides that paragraph 29 of resolution 2270 (2016) shall be replaced by the following:")
    + "<paragraph><content><p>“Decides that the DPRK shall not supply, sell or transfer coal, and that all "
    "States shall prohibit the procurement of such items from the DPRK;”</p></content></paragraph>"
    + _op(3, "Directs the Panel of Experts to report to the Committee every month;")
)
HEADING = (
    _op(1, "Calls on all parties to comply with their obligations under international law;")
    + "<paragraph><subheading>Further Measures</subheading></paragraph>"
    + _op(2, "Decides that all Member States shall freeze the funds of the individuals designated;")
)

CASES = [
    (
        "a numbered list inside a paragraph",
        NUMBERED_LIST,
        [("operative", 1), ("operative", 2), ("subparagraph", "(1)"), ("subparagraph", "(2)")]
        + [("subparagraph", "(3)"), ("operative", 3), ("operative", 9)],
    ),
    (
        "a quoted paragraph",
        QUOTED,
        [("operative", 1), ("operative", 2), ("operative", 3), ("operative", 9)],
    ),
    ("a title-case heading after an adverb", HEADING, [("operative", 1), ("operative", 2), ("operative", 9)]),
    (
        "a heading after an adverb",
        HEADING.replace("Further Measures", "Further exemptions to the arms embargo"),
        [("operative", 1), ("operative", 2), ("operative", 9)],
    ),
]


@pytest.mark.parametrize("label, body, expected", CASES, ids=[c[0] for c in CASES])
def test_no_paragraph_takes_a_second_operative_number(label, body, expected):
    src = read_bytes(HEAD.format(body).encode(), "S_RES_2416.xml")
    r = extract_source(src)
    got = [(p.kind, p.number if p.kind == "operative" else p.label) for p in r.paragraphs if p.kind != "preambular"]
    assert [g for g in got if g[0] in ("operative", "subparagraph")] == expected
    ops = [p.number for p in r.paragraphs if p.kind == "operative"]
    assert len(ops) == len(set(ops))
    assert all(m.op in ops for m in r.mandates)
    for b in segment(src).blocks:  # every piece of a paragraph's text is the source's text where it points
        for at, start, n in b.pieces:
            assert b.paragraph.text[at : at + n] == src.text[start : start + n]


def test_the_quoted_words_are_the_quoting_paragraphs():
    r = extract_source(read_bytes(HEAD.format(QUOTED).encode(), "S_RES_2321.xml"))
    op2 = next(p for p in r.paragraphs if p.kind == "operative" and p.number == 2)
    assert op2.text.endswith("procurement of such items from the DPRK;”")
