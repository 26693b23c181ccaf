"""A numbered list inside an item lettered without parentheses (Akoma Ntoso <point><num>a.</num>),
S/RES/2713 (2023) op 45, S/RES/2705 (2023) op 3:

    45. Requests the following reports to the Security Council:
        a. from the GFRS, ..., by 1 May 2024 and then by 1 October 2024, reports which includes: i. ...
        b. from the Secretary-General:
           i. an update on progress ... by 15 October 2024, and requests that this assessment is:
              1. extended to all regions of Somalia ...; and,
              2. elaborates an additional benchmark ...;
        c. from organisations and states listed in paragraph 34.c ..., by 15 November 2024, an update

The lettered items are running text of the paragraph (the segmenter makes sub-paragraphs of "(a)"
only); the numbered items were made its sub-paragraphs "(1)", "(2)", and item c. was read as the
text of "(2)": the paragraph was cut at "requests that this assessment is:" (the annotators saw the
tail printed under op 2). The numbered items are now running text of the paragraph as the letters
around them are, so the paragraph is whole; a numbered list directly inside a paragraph ("towards
the following:" and "1.", S/RES/2416 (2018) op 6) is still its sub-paragraphs."""

import pytest

from resgraph.extract.read import read_bytes
from resgraph.extract.segment import segment

HEAD = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#x"><FRBRWork>
  <FRBRthis value="/akn/un/statement/deliberation/unsc/2023-12-01/2713/!main/"/>
  <FRBRdate date="2023-12-01" name="adoption"/></FRBRWork></identification></meta>
<preamble><formula name="enactingFormula"><p><span class="italic">The Security Council</span>,</p></formula>
<container name="Recalling"><p><span class="italic">Recalling</span> its previous resolutions,</p></container>
</preamble><mainBody>
<paragraph><num>44.</num><content><p>Decides that paragraph 4 shall not apply to supplies of protective clothing;</p></content></paragraph>
<paragraph><num>45.</num><list><intro><p><span class="italic">Requests</span> the following reports to the Security Council:</p></intro>
{}
</list></paragraph>
<paragraph><num>46.</num><content><p>Decides to remain actively seized of the matter.</p></content></paragraph>
</mainBody></statement></akomaNtoso>"""


def _point(num, text):
    return f"<point><num>{num}</num><content><p> {text}</p></content></point>"


# S/RES/2713 (2023) op 45, shortened
LETTERED = (
    _point("a.", "from the GFRS, by 1 May 2024 and then by 1 October 2024, reports which includes:")
    + "<sublist>"
    + _point("i.", "a description of Somalia’s security and police institutions;")
    + "</sublist>"
    + _point("b.", "from the Secretary-General:")
    + "<sublist>"
    + _point(
        "i.", "an update on progress against each indicator by 15 October 2024, and requests that this assessment is:"
    )
    + "<sublist>"
    + _point("1.", "extended to all regions of Somalia where practicable; and,")
    + _point("2.", "elaborates an additional benchmark on the safe management of chemical precursors;")
    + "</sublist></sublist>"
    + _point(
        "c.",
        "from organisations and states listed in paragraph 34.c, by 15 November 2024, an update on the support provided;",
    )
)
# the same list directly inside the paragraph (S/RES/2416 (2018) op 6): its sub-paragraphs
NUMBERED = _point("1.", "Resolution of the final status of Abyei;") + _point("2.", "Implementation of all decisions;")

CASES = [
    (
        "numbered items of a lettered item",
        LETTERED,
        [("operative", 44), ("operative", 45), ("operative", 46)],
        ["c. from organisations and states", "1. extended to all regions", "by 15 November 2024"],
    ),
    (
        "numbered items of the paragraph",
        NUMBERED,
        [("operative", 44), ("operative", 45), ("subparagraph", "(1)"), ("subparagraph", "(2)"), ("operative", 46)],
        ["Requests the following reports to the Security Council:"],
    ),
]


@pytest.mark.parametrize("label, items, expected, in45", CASES, ids=[c[0] for c in CASES])
def test_numbered_items_inside_a_lettered_item(label, items, expected, in45):
    src = read_bytes(HEAD.format(items).encode(), "S_RES_2713.xml")
    paras = [b.paragraph for b in segment(src).blocks]
    got = [(p.kind, p.number if p.kind == "operative" else p.label) for p in paras]
    assert [g for g in got if g[0] in ("operative", "subparagraph")] == expected
    op45 = next(p for p in paras if p.kind == "operative" and p.number == 45)
    for words in in45:
        assert words in op45.text
    assert all(p.parent == 45 for p in paras if p.kind == "subparagraph")


def test_verbs_of_items_lettered_without_parentheses():
    # S/RES/2713 (2023) op 27 (the heldout5 gold), 2806 (2025) op 29, 2657 (2022) op 10, 2705 (2023) ops 7-9:
    # the lettered items stay in the paragraph's text, and the verb after an item's letter is a mandate
    # as after "; and"; not a verb in the base form ("Signals its intention ... to: a. schedule ...; b. request
    # the Secretary-General to work urgently", S/RES/2741 (2024) op 10: no request)
    from tests.snippets import facts, resolution

    r = resolution(
        "27. Reiterates its request for Member States to provide information to the Panel, and assist them: "
        "a. requests the Government of Somalia to facilitate access for the Panel to armouries; b. encourages the "
        "Panel to coordinate closely with the Ministry of Defence; c. urges the Government of Somalia to share "
        "information with the Panel;\n\n"
        "28. Signals its intention to: a. schedule a Security Council meeting by 2 August 2024; b. request the "
        "Secretary-General to work urgently with the African Union;\n",
        date="2023-12-01",
    )
    assert facts(r.mandates, ("op", "verb")) == [
        (27, "requests"),  # the request it reiterates
        (27, "requests"),
        (27, "encourages"),
        (27, "urges"),
    ]
