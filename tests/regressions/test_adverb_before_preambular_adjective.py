"""A/RES/74/134, 74/141, 74/157, 75/151, E/RES/2022/23 (Akoma Ntoso): "Deeply concerned that ...",
"Deeply concerned also about ...", "Deeply alarmed that ..." in the preamble were read as operative
paragraphs: "Deeply" opens both kinds ("Deeply regrets" is operative) and the word after it was
looked at only for a participle in -ing. Unnumbered, they took numbers 0, 1, ... before the real
operative paragraph 1, so a view by number printed the preamble under the early operative
paragraphs and their verbs ("calls upon" inside them) were mandates. An adverb before an adjective
that opens preambular paragraphs ("concerned", "alarmed", "convinced", "aware") is preambular."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes

HEAD = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#x"><FRBRWork>
  <FRBRthis value="/akn/un/statement/deliberation/unga/2019-12-18/74-134/!main/"/>
  <FRBRdate date="2019-12-18" name="adoption"/></FRBRWork></identification></meta>
<preamble><formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
{}</preamble><mainBody>
<paragraph><num>1.</num><content><p><span>Takes note</span> of the report of the Secretary-General;</p></content></paragraph>
<paragraph><num>2.</num><content><p><span>Deeply regrets</span> the loss of life;</p></content></paragraph>
</mainBody></statement></akomaNtoso>"""


def _pre(text):
    return f'<container name="x"><p><span class="italic">{text}</span></p></container>'


CASES = [
    "Deeply concerned that the situation of girls persists, and calls upon States to act,",
    "Deeply concerned also about the continuing lack of information,",
    "Deeply alarmed that water-related diseases hit children hardest,",
    "Further convinced that education matters,",
    "Deeply concerned, also, about violence against children,",
]


@pytest.mark.parametrize("text", CASES)
def test_an_adverb_before_a_preambular_adjective_is_preambular(text):
    src = read_bytes(HEAD.format(_pre("Recalling its resolution 72/154,") + _pre(text)).encode(), "74_134.xml")
    r = extract_source(src)
    assert [(p.kind, p.number) for p in r.paragraphs] == [
        ("preambular", None),
        ("preambular", None),
        ("operative", 1),
        ("operative", 2),
    ]
    # the preamble asks nothing: only the operative paragraphs carry mandates
    assert {m.op for m in r.mandates} <= {1, 2}
    assert r.paragraphs[3].lead == "deeply regrets the loss"
