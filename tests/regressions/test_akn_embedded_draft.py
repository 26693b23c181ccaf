"""E/RES/2025/15, 2025/16, 2025/17, 2024/10, 2023/26, 2023/27 and 2022/14 (Akoma Ntoso): the draft
that the Council recommends to the General Assembly sits inside the recommending paragraph, an
<embeddedStructure> in its <p>. The reader flattened it into that paragraph, so the whole draft
(≈10,000 characters) was "op 0": its mandates and reports were the Council's op 0 (E/RES/2025/15
reported a General Assembly session 35 of 1980), contains_draft_for stayed None and no paragraph was
part of a draft. The structure's parts are now blocks of their own, as in E/RES/2021/21 where the
draft follows the paragraph."""

import pytest

from resgraph.extract.pipeline import extract_file
from tests.snippets import mandates, reports

HEAD = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#x"><FRBRWork>
  <FRBRthis value="/akn/un/statement/deliberation/unecosoc/2025-07-29/2025-15/!main/"/>
  <FRBRdate date="2025-07-29" name="adoption"/></FRBRWork></identification></meta>
<preamble><formula name="enactingFormula"><p><span class="italic">The Economic and Social Council</span></p></formula></preamble>
<mainBody>"""
TAIL = "</mainBody></statement></akomaNtoso>"
RECOMMENDS = (
    '<p>\t<span class="italic">Recommends</span> to the General Assembly the adoption of the following '
    "draft resolution:\n<embeddedStructure>{}</embeddedStructure></p>"
)
OPENER = '<container name="formula"><p>\n<span class="italic">\tThe General Assembly</span>,</p></container>'
RECALLING = (
    '<container name="Recalling"><p><span class="italic">Recalling </span>its resolution '
    '<a href="https://undocs.org/en/A/RES/76/181">76/181</a> of 16 December 2021,<authorialNote marker="1">'
    "<p>Resolution 76/181, annex.</p></authorialNote></p></container>"
)


def _op(n, text):
    return f"<paragraph><num>{n}.</num><content><p>{text}</p></content></paragraph>"


DRAFT = (
    OPENER
    + RECALLING
    + _op(1, '<span class="italic">Encourages</span> Governments to act;')
    + _op(
        2,
        "<span>Requests</span> the Secretary-General to ensure proper preparations through the Commission on Crime "
        "Prevention and Criminal Justice at its thirty-fifth session and to submit a report to the General Assembly "
        "at its eighty-first session;",
    )
)

CASES = [
    # E/RES/2025/15: an unnumbered recommending paragraph, the draft's preamble in containers
    (
        f"<paragraph><content>{RECOMMENDS.format(DRAFT)}</content></paragraph>",
        {
            "paragraphs": [
                ("operative", "main", 0),
                ("preambular", "draft", None),
                ("operative", "draft", 1),
                ("operative", "draft", 2),
            ],
            "mandates": [
                (0, "recommends", ("GeneralAssembly",)),
                (1, "encourages", ("States",)),
                (2, "requests", ("SecretaryGeneral",)),
            ],
            "reports_due": [(2, "SecretaryGeneral", "GeneralAssembly", 81, 2026)],
            "citations": [("A/RES/76/181", "draft", "text"), ("A/RES/76/181", "draft", "footnote")],
        },
    ),
    # a numbered recommending paragraph; the draft's preamble as bare <p>s
    (
        f"<paragraph><num>1.</num><content>{RECOMMENDS.format(OPENER + '<p>Noting the report,</p>' + _op(1, 'Invites States to act.'))}"
        "</content></paragraph>",
        {
            "paragraphs": [("operative", "main", 1), ("preambular", "draft", None), ("operative", "draft", 1)],
            "mandates": [(1, "recommends", ("GeneralAssembly",)), (1, "invites", ("States",))],
            "reports_due": [],
            "citations": [],
        },
    ),
]


@pytest.mark.parametrize("main, expected", CASES)
def test_the_draft_inside_the_paragraph_is_the_assemblys(tmp_path, main, expected):
    p = tmp_path / "E_RES_2025_15.xml"
    p.write_text(HEAD + main + TAIL, encoding="utf-8")
    r = extract_file(p)
    assert (r.symbol, r.body, r.contains_draft_for) == ("E/RES/2025/15", "ECOSOC", "GA")
    assert [(x.kind, x.part, x.number) for x in r.paragraphs] == expected["paragraphs"]
    assert mandates(r, "op", "verb", "addressees") == expected["mandates"]
    assert reports(r, "op", "by", "to", "session", "year") == expected["reports_due"]
    assert [(c.target, r.paragraphs[c.paragraph].part, c.via) for c in r.citations] == expected["citations"]
