"""The Security Council's drafts that were not adopted (corpus-full's "SC/Not adopted", 19 files, e.g.
S/2023/773 of 18 October 2023) carry their own symbol in <docNumber refersTo="#symbol">: a Council
document symbol, S/2023/773, with no "L." as a General Assembly draft has. The identity kept a
draft's symbol only when it held "/L.", so all 19 were read with no symbol (the gold's README: a
draft's symbol is null only when its text carries none). Now kept; and the record's documents are the
*other* documents it names, so the draft's own symbol in its header is not a document it cites."""

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes

DRAFT = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="draftResolution">
<meta><identification source="#x"><FRBRWork>
  <FRBRthis value="/akn/un/statement/deliberation/unsc/2023-10-18/2023-773/!main/"/>
  <FRBRdate date="2023-10-18" name="voting"/><FRBRauthor href="sc" as="author"/></FRBRWork></identification></meta>
<coverPage><p><docNumber refersTo="#symbol">{symbol}</docNumber></p></coverPage>
<preface><p><docTitle refersTo="sponsors">Brazil: draft resolution</docTitle></p></preface>
<preamble><formula name="enactingFormula"><p><span class="italic">The Security Council</span>,</p></formula>
<container name="Recalling"><p><span class="italic">Recalling </span>its resolution 2334 (2016),</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="italic">Requests</span> the Secretary-General to
report to the Council within 24 hours on the implementation of this resolution;</p></content></paragraph></mainBody>
</statement></akomaNtoso>"""

CASES = [
    # (docNumber, symbol read, status)
    ("S/2023/773", "S/2023/773", "draft"),
    ("S/2024/826/Rev.1", "S/2024/826/REV.1", "draft"),  # canonical_symbol's upper case
    # a draft never carries a resolution's symbol: one that does is not trusted as the draft's own
    ("S/RES/2712 (2023)", None, "draft"),
]


def test_council_draft_symbol():
    got = []
    for number, _, _ in CASES:
        r = extract_source(read_bytes(DRAFT.format(symbol=number).encode(), "draft.xml"))
        got.append((number, r.symbol, r.status))
        assert number.upper() not in {d.symbol.upper() for d in r.documents}, (
            "the draft's own symbol is no other document"
        )
        assert [c.target for c in r.citations] == ["S/RES/2334(2016)"]
        assert [(m.op, m.verb, m.addressees) for m in r.mandates] == [(1, "requests", ("SecretaryGeneral",))]
    assert got == CASES
