"""read.py: format detection, normalisation to light markup, offsets, meta, bad inputs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resgraph.errors import InputError
from resgraph.extract.read import canonical_symbol, read, read_bytes, undocs_links

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
SEEDS = SHARED / "seeds"


def _write(tmp_path: Path, name: str, data) -> Path:
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def _check_offsets(src, original: str) -> None:
    """Every char the reader kept maps back to the same char of the decoded original."""
    assert src.offsets is not None and len(src.offsets) == len(src.text)
    inserted = set("[]^:\n ")
    for i, ch in enumerate(src.text):
        o = src.offsets[i]
        assert 0 <= o < len(original)
        if original[o] != ch:
            # only the reader's own markup (and converted superscript digits) may differ
            assert ch in inserted or ch.isdigit() or ch in "&<>\"'", (i, ch, original[o])


# --------------------------------------------------------------------------------------------
# plain text (PDF text)

TXT = (
    "2012/14. Strengthening the rule of law\n"
    "The General Assembly,\n"
    "Recalling the Convention¹ and the Protocols thereto,²³\n"
    "¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n"
    "²³ Ibid., vol. 2349.\n"
    "- 1. Requests the Secretary-General to report;\n"
)


@pytest.mark.parametrize(
    "snippet, expected",
    [
        (
            "The General Assembly,\nRecalling the Convention¹ and\n",
            "The General Assembly,\nRecalling the Convention[^1] and",
        ),
        ("The Council,\n¹ Ibid., vol. 2349.\n", "The Council,\n[^1]: Ibid., vol. 2349."),
        ("The Council,\n¹² A/67/156.\n", "The Council,\n[^12]: A/67/156."),
        ("The Council,\nof 1988, ⁴ as well\n", "The Council,\nof 1988, [^4] as well"),
        ("The Council,\n- 7. Also encourages States;\n", "The Council,\n7. Also encourages States;"),
        ("The Council,\n3. Decides to remain seized.\n", "The Council,\n3. Decides to remain seized."),
    ],
)
def test_txt_rules(tmp_path, snippet, expected):
    src = read(_write(tmp_path, "r.txt", snippet))
    assert src.format == "txt"
    assert src.text == expected
    _check_offsets(src, snippet)


def test_txt_superscripts_and_offsets(tmp_path):
    src = read(_write(tmp_path, "res.txt", TXT))
    assert src.format == "txt"
    assert "Convention[^1] and the Protocols thereto,[^23]" in src.text
    assert "\n[^1]: United Nations, Treaty Series, vol. 2225, No. 39574.\n" in src.text
    assert "\n[^23]: Ibid., vol. 2349.\n" in src.text
    assert "\n1. Requests the Secretary-General" in src.text
    assert "\nThe General Assembly,\n" in src.text  # line breaks kept
    _check_offsets(src, TXT)
    # a span of the text maps back to the same words in the file
    i = src.text.index("Recalling")
    assert TXT[src.offsets[i] : src.offsets[i] + 9] == "Recalling"
    # the "1" of "[^1]" is the converted superscript
    j = src.text.index("[^1]") + 2
    assert TXT[src.offsets[j]] == "¹"


def test_sha256_of_raw_bytes(tmp_path):
    import hashlib

    data = ("\ufeff" + TXT).encode("utf-8")
    src = read(_write(tmp_path, "bom.txt", data))
    assert src.sha256 == hashlib.sha256(data).hexdigest()
    assert src.text.startswith("2012/14.")  # the BOM is not text


def test_cp1252_fallback(tmp_path):
    data = "The General Assembly,\nRecalling its resolution 70/1 “Transforming our world”,\n".encode("cp1252")
    src = read(_write(tmp_path, "w.txt", data))
    assert "“Transforming our world”" in src.text


# --------------------------------------------------------------------------------------------
# Markdown

MD = """---
symbol: A/RES/80/11
title: "2025 review of the United Nations peacebuilding architecture"
date: "2025-12-01"
---

## **Resolution adopted by the General Assembly**

## 80/11. Peacebuilding

The General Assembly,

*Recalling* its resolution 70/262,<sup>1</sup> and **stressing** the *Charter*,

<sup>&</sup>lt;sup>1</sup> Resolution 70/262.

- 1. *Requests* the Secretary-General to report;[^2]

[^2]: A/79/552.
"""


def test_md(tmp_path):
    src = read(_write(tmp_path, "a.txt", MD))  # Markdown despite .txt: told by content
    assert src.format == "md"
    assert src.meta_get("symbol") == "A/RES/80/11"
    assert src.meta_get("title") == "2025 review of the United Nations peacebuilding architecture"
    assert src.meta_get("date") == "2025-12-01"
    t = src.text
    assert t.startswith("Resolution adopted by the General Assembly\n\n80/11. Peacebuilding")
    assert "Recalling its resolution 70/262,[^1] and stressing the Charter," in t
    assert "\n[^1]: Resolution 70/262.\n" in t
    assert "\n1. Requests the Secretary-General to report;[^2]\n" in t
    assert t.endswith("\n[^2]: A/79/552.")
    assert "*" not in t and "<sup>" not in t and "##" not in t and "---" not in t
    _check_offsets(src, MD)
    i = t.index("Recalling")
    assert MD[src.offsets[i] : src.offsets[i] + 9] == "Recalling"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Convention<sup>12</sup> and", "Convention[^12] and"),
        ("<sup>&</sup>lt;sup>3</sup> E/CN.15/2004/9.", "[^3]: E/CN.15/2004/9."),
        ("<sup>&</sup><sup>4</sup> Ibid.", "[^4]: Ibid."),
        ("## **ECOSOC Resolution 2004/28**", "ECOSOC Resolution 2004/28"),
        ("Agenda item 14 (*c*)", "Agenda item 14 (c)"),
    ],
)
def test_md_conversions(tmp_path, line, expected):
    text = "## The Economic and Social Council,\n\n" + line + "\n"
    src = read(_write(tmp_path, "m.md", text))
    assert src.format == "md"
    assert src.text.split("\n\n")[1] == expected
    _check_offsets(src, text)


# --------------------------------------------------------------------------------------------
# TSV


def _tsv_row(par: str) -> str:
    return "\t".join(
        [
            "E/RES/2018/16",
            "20 July 2018",
            "2018/16.   Follow-up to the Congress ",
            "2018 session",
            "Agenda item 19 (c)",
            par,
            "",
        ]
    )


def test_tsv(tmp_path):
    rows = [
        "",
        "The General Assembly,",
        "Having considered the report of the Secretary-General,[footnoteRef:3] [3:       E/CN.15/2018/11.] ",
        "1.   Requests the Secretary-General to report; ",
        "42nd plenary meeting ",
    ]
    raw = "\r\n".join(_tsv_row(r) for r in rows) + "\r\n"
    data = raw.encode("cp1252")
    src = read(_write(tmp_path, "E_RES_2018_16.tsv", data))
    assert src.format == "tsv"
    assert dict(src.meta) | {} == {
        "symbol": "E/RES/2018/16",
        "date": "2018-07-20",
        "date_text": "20 July 2018",
        "title": "Follow-up to the Congress",
        "session": "2018 session",
        "agenda_item": "19 (c)",
    }
    assert src.text == (
        "E/RES/2018/16\n\nAgenda item 19 (c)\n\n2018 session\n\n2018/16. Follow-up to the Congress\n\n"
        "The General Assembly,\n\n"
        "Having considered the report of the Secretary-General,[^3]\n[^3]: E/CN.15/2018/11.\n\n"
        "1. Requests the Secretary-General to report;\n\n42nd plenary meeting"
    )
    _check_offsets(src, raw)


# --------------------------------------------------------------------------------------------
# Akoma Ntoso

AKN = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta>
      <identification source="#DGACM">
        <FRBRWork>
          <FRBRthis value="/akn/un/statement/deliberation/unga/2019-12-18/74-170/!main/"/>
          <FRBRdate date="2019-12-18" name="adoption"/>
          <FRBRauthor href="ga" as="author"/>
        </FRBRWork>
      </identification>
    </meta>
    <coverPage>
      <p><docNumber refersTo="#symbol">A/RES/74/170</docNumber></p>
      <p><session refersTo="#generalAssembly" value="74">Seventy-fourth session</session></p>
      <p><inline name="agenda item">Agenda item 106</inline></p>
    </coverPage>
    <preface>
      <p><docNumber>74/170.</docNumber>
        <docTitle refersTo="#resolutionTitle">Integrating sport into youth crime prevention</docTitle></p>
    </preface>
    <preamble>
      <formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
      <container name="Recalling" eId="container_2">
        <p xml:space="preserve">	<span class="italic">Recalling</span> its resolution <a href="https://undocs.org/en/A/RES/70/1">70/1</a>,<authorialNote marker="1" placement="bottom" eId="authorialNote_1"><p>	 	Resolution <a href="https://undocs.org//en/A/RES/217 (III)">217 A (III)</a>.</p></authorialNote> and the Charter,</p>
      </container>
    </preamble>
    <mainBody>
      <paragraph eId="para_1"><num>	1.</num>
        <content><p><span class="italic">Invites</span> Member States to act;</p></content>
      </paragraph>
      <paragraph eId="para_2"><num>2.</num>
        <list>
          <intro><p><span class="italic">Requests</span> the Secretary-General:</p></intro>
          <point><num>(a)</num><content><p>To report;</p></content></point>
        </list>
      </paragraph>
      <paragraph eId="para_3"><content><p>Recommends the adoption of the draft;</p></content></paragraph>
    </mainBody>
    <conclusions><p><inline name="adoptionMeeting">50th plenary meeting</inline><eol/><docDate date="2019-12-18" refersTo="#adoptionDate">18 December 2019</docDate></p></conclusions>
    <attachments><attachment><doc name="annex"><mainBody>
      <paragraph><content><p>Model strategies</p></content></paragraph>
      <paragraph><num>1.</num><content><p>Member States should act.</p></content></paragraph>
    </mainBody></doc></attachment></attachments>
  </statement>
</akomaNtoso>
"""


def test_akn(tmp_path):
    p = _write(tmp_path, "A_RES_74_170.xml", AKN)
    src = read(p)
    assert src.format == "xml" and src.offsets is None
    m = dict(src.meta)
    assert m["symbol"] == "A/RES/74/170"
    assert m["date"] == "2019-12-18"
    assert m["body"] == "GA"
    assert m["title"] == "Integrating sport into youth crime prevention"
    assert m["session"] == "74"
    assert m["agenda_item"] == "106"
    assert src.text.split("\n\n") == [
        "A/RES/74/170",
        "Seventy-fourth session",
        "Agenda item 106",
        "74/170. Integrating sport into youth crime prevention",
        "The General Assembly,",
        "Recalling its resolution 70/1,[^1] and the Charter,",
        "[^1]: Resolution 217 A (III).",
        "1. Invites Member States to act;",
        "2. Requests the Secretary-General:",
        "(a) To report;",
        "Recommends the adoption of the draft;",
        "50th plenary meeting",
        "18 December 2019",
        "Annex",
        "Model strategies",
        "1. Member States should act.",
    ]
    assert "undocs" not in src.text and "href" not in src.text
    assert undocs_links(p) == [("70/1", "A/RES/70/1"), ("217 A (III)", "A/RES/217 (III)")]


def test_akn_sc_symbol_and_body(tmp_path):
    xml = (
        AKN.replace("unga/2019-12-18/74-170", "unsc/2004-01-30/1526-2004")
        .replace("A/RES/74/170</docNumber>", "S/RES/1526 (2004)</docNumber>")
        .replace('href="ga"', 'href="sc"')
    )
    src = read(_write(tmp_path, "sc.xml", xml))
    assert src.meta_get("symbol") == "S/RES/1526(2004)"
    assert src.meta_get("body") == "SC"


@pytest.mark.parametrize(
    "raw, canon",
    [
        ("S/RES/1526 (2004)", "S/RES/1526(2004)"),
        ("https://undocs.org/en/a/res/74/170", "A/RES/74/170"),
        ("/en/A/RES/217 (III)", "A/RES/217(III)"),
        ("A/HRC/RES/54/14", "A/HRC/RES/54/14"),
        ("Resolution 1526", None),
    ],
)
def test_canonical_symbol(raw, canon):
    assert canonical_symbol(raw) == canon


# --------------------------------------------------------------------------------------------
# PDF


def test_pdf(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "The General Assembly,", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "Recalling its resolution 66/181 of 19 December 2011,", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "1. Requests the Secretary-General to report thereon.", new_x="LMARGIN", new_y="NEXT")
    p = tmp_path / "res.pdf"
    pdf.output(str(p))
    src = read(p)
    assert src.format == "pdf" and src.offsets is None
    text = re.sub(r"[ \t]+", " ", src.text)
    assert "The General Assembly," in text
    assert "Recalling its resolution 66/181 of 19 December 2011," in text
    assert "1. Requests the Secretary-General to report thereon." in text


def test_pdf_detected_by_content(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "The Security Council, Decides to remain seized of the matter.", new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    src = read_bytes(data, "upload.bin")
    assert src.format == "pdf" and "Security Council" in src.text


# --------------------------------------------------------------------------------------------
# bad input


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n", "empty file"),
        ("bin.txt", b"\x00\x01\x02The General Assembly\x00", "binary content, not a resolution text (NUL bytes)"),
        ("bad.txt", b"The General Assembly \x81\x8d\x8f\x90\x9d\xff", "undecodable bytes"),
        ("trunc.xml", AKN[: len(AKN) // 2].encode(), "malformed XML: "),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nendobj\ntrailer garbage", "PDF"),
        ("recipe.txt", b"Mix the flour with the eggs and bake for twenty minutes.", "not a resolution text"),
        ("other.xml", b"<html><body>The General Assembly</body></html>", "not Akoma Ntoso"),
    ],
)
def test_bad_input(tmp_path, name, data, reason):
    p = _write(tmp_path, name, data)
    with pytest.raises(InputError) as ei:
        read(p)
    assert ei.value.path == str(p)
    assert reason in ei.value.reason
    assert str(p) in str(ei.value) and reason in str(ei.value)
    assert "\n" not in str(ei.value)


def test_truncated_xml_names_line(tmp_path):
    p = _write(tmp_path, "t.xml", AKN[: AKN.index("<mainBody>") + 20])
    with pytest.raises(InputError, match=r"malformed XML: .*line \d+"):
        read(p)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "nope.txt")


# --------------------------------------------------------------------------------------------
# the shared corpus and seeds (skipped where ../shared is absent)


def _need(p: Path) -> None:
    if not p.exists():
        pytest.skip(f"{p} not available")


@pytest.mark.parametrize(
    "pattern, fmt", [("000_*.txt", "txt"), ("001_*.txt", "txt"), ("003_*.txt", "md"), ("004_*.txt", "md")]
)
def test_seeds(pattern, fmt):
    _need(SEEDS)
    (path,) = SEEDS.glob(pattern)
    src = read(path)
    assert src.format == fmt
    from resgraph.extract.read import _decode

    _check_offsets(src, _decode(path.read_bytes(), str(path)))
    assert "<sup>" not in src.text and "**" not in src.text
    assert not re.search("[¹²³⁴⁵⁶⁷⁸⁹⁰]", src.text)


def test_seed_000_footnotes():
    _need(SEEDS)
    (path,) = SEEDS.glob("000_*.txt")
    t = read(path).text
    assert "\n[^1]: General Assembly resolution 65/230, annex." in t
    assert "the Protocols thereto,[^2] the United Nations Convention against Corruption[^3]" in t
    assert "\n7. Also encourages" in t


def test_corpus_all_files_read():
    _need(CORPUS)
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".xml", ".md", ".tsv") and p.name != "README.md")
    assert len(files) > 100
    for p in files:
        src = read(p)
        assert src.meta_get("symbol"), p
        assert src.text.strip()
        if src.format == "xml":
            assert "undocs.org" not in src.text


def test_corpus_xml_meta():
    _need(CORPUS)
    cases = {
        "A_RES_74_170.xml": ("A/RES/74/170", "GA", "2019-12-18"),
        "E_RES_2021_21.xml": ("E/RES/2021/21", "ECOSOC", "2021-07-22"),
        "S_RES_1526_2004.xml": ("S/RES/1526(2004)", "SC", "2004-01-30"),
        "A_HRC_RES_54_14.xml": ("A/HRC/RES/54/14", "HRC", None),
    }
    for name, (sym, body, date) in cases.items():
        src = read(CORPUS / name)
        assert src.meta_get("symbol") == sym
        assert src.meta_get("body") == body
        if date:
            assert src.meta_get("date") == date


def test_corpus_ecosoc_nested_draft_in_order():
    _need(CORPUS)
    t = read(CORPUS / "E_RES_2021_21.xml").text
    a = t.index("Recommends to the General Assembly the adoption of the following draft resolution:")
    b = t.index("\n\nThe General Assembly,\n\n")
    c = t.index("\n\n1. Encourages Member States")
    assert a < b < c
    assert "\nAnnex\n" not in t


def test_corpus_annex_line():
    _need(CORPUS)
    t = read(CORPUS / "A_RES_76_181.xml").text
    assert "\n\nAnnex\n\nKyoto Declaration" in t


def test_corpus_tsv():
    _need(CORPUS)
    src = read(CORPUS / "E_RES_2018_16.tsv")
    assert src.format == "tsv"
    assert src.meta_get("symbol") == "E/RES/2018/16"
    assert src.meta_get("agenda_item") == "19 (c)"
    assert "\n\n1. Reiterates its invitation" in src.text
    assert "[footnoteRef" not in src.text
    assert "\n[^3]: E/CN.15/2018/11." in src.text


def test_corpus_undocs_links_match_answers():
    _need(CORPUS)
    import json

    answers = [json.loads(ln) for ln in (CORPUS / "answers" / "undocs_links.jsonl").read_text().splitlines() if ln]
    want = [(a["text"], a["target"]) for a in answers if a["file"] == "A_RES_74_170.xml"]
    got = undocs_links(CORPUS / "A_RES_74_170.xml")
    assert len(got) == len(want)
    assert [t for t, _ in got] == [t for t, _ in want]


def test_akn_document_collection_parts(tmp_path):
    """Resolutions A and B: a documentCollection whose parts sit in <components> beside it."""
    xml = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <documentCollection name="publication">
    <meta><identification source="#x"><FRBRWork>
      <FRBRthis value="/akn/un/statement/deliberation/unga/2019-12-13/74-92/!main/"/>
      <FRBRdate date="2019-12-13" name="adoption"/></FRBRWork></identification></meta>
    <coverPage><p><docNumber refersTo="#symbol">A/RES/74/92 A-B</docNumber></p></coverPage>
  </documentCollection>
  <components>
    <component><statement name="resolution"><preface><p>A Information in the service of humanity</p></preface>
      <preamble><formula name="enactingFormula"><p>The General Assembly,</p></formula></preamble>
      <mainBody><paragraph><num>1.</num><content><p>Urges all countries to cooperate;</p></content></paragraph></mainBody>
    </statement></component>
    <component><statement name="resolution"><preface><p>B United Nations public information policies</p></preface>
      <mainBody><paragraph><num>1.</num><content><p>Reaffirms the central role;</p></content></paragraph></mainBody>
    </statement></component>
  </components>
</akomaNtoso>"""
    src = read(_write(tmp_path, "74_92.xml", xml))
    assert src.meta_get("symbol") == "A/RES/74/92"
    assert src.meta_get("symbol_as_written") == "A/RES/74/92 A-B"
    blocks = src.text.split("\n\n")
    assert blocks[1:] == [
        "A Information in the service of humanity",
        "The General Assembly,",
        "1. Urges all countries to cooperate;",
        "B United Nations public information policies",
        "1. Reaffirms the central role;",
    ]
    assert "Annex" not in blocks


def _akn_body(main: str) -> str:
    """An ECOSOC resolution of 2025 whose mainBody is `main`."""
    return f"""<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta><identification source="#x"><FRBRWork>
      <FRBRthis value="/akn/un/statement/deliberation/unecosoc/2025-07-29/2025-15/!main/"/>
      <FRBRdate date="2025-07-29" name="adoption"/></FRBRWork></identification></meta>
    <preamble><formula name="enactingFormula"><p><span class="italic">The Economic and Social Council</span></p></formula></preamble>
    <mainBody>{main}</mainBody>
  </statement>
</akomaNtoso>"""


def test_akn_embedded_structure_is_walked_into_blocks(tmp_path):
    """E/RES/2025/15: the draft recommended to the Assembly sits inside the recommending <p> as an
    <embeddedStructure>; its opener and paragraphs are blocks of their own, not one paragraph."""
    main = """<paragraph><content><p>\t<span class="italic">Recommends</span> to the General Assembly the adoption
      of the following draft resolution:<authorialNote marker="1"><p>E/2025/30.</p></authorialNote>
<embeddedStructure>
<container name="formula"><p>
<span class="italic">\tThe General Assembly</span>,</p></container>
<container name="Recalling"><p><span class="italic">Recalling </span>its resolution 76/181,<authorialNote
  marker="2"><p>Resolution <a href="https://undocs.org/en/A/RES/76/181">76/181</a>, annex.</p></authorialNote></p></container>
<p>Noting the report,</p>
<paragraph><num>1.</num><content><p><span class="italic">Encourages</span> Governments to act;</p></content></paragraph>
<paragraph><num>2.</num><content><p><span class="italic">Requests</span> the Secretary-General to submit a
  report to the General Assembly at its eighty-first session.</p></content></paragraph>
</embeddedStructure> </p></content></paragraph>"""
    src = read(_write(tmp_path, "E_RES_2025_15.xml", _akn_body(main)))
    assert src.text.split("\n\n") == [
        "The Economic and Social Council",
        "Recommends to the General Assembly the adoption of the following draft resolution:[^1]",
        "[^1]: E/2025/30.",
        "The General Assembly,",
        "Recalling its resolution 76/181,[^2]",
        "[^2]: Resolution 76/181, annex.",
        "Noting the report,",
        "1. Encourages Governments to act;",
        "2. Requests the Secretary-General to submit a report to the General Assembly at its eighty-first session.",
    ]


def test_akn_quoted_structure_after_its_paragraphs_number(tmp_path):
    """S/RES/2699 op 14: the replacing text (a <quotedStructure> in a <mod>) follows the numbered
    paragraph that quotes it, with its own points; the text after it is a block again."""
    main = """<paragraph><num>14.</num><content>
      <p><span class="italic">Decides</span> that paragraph 11 shall be replaced by the following:</p>
      <p><mod><quotedStructure>
        <p>\u201c<span class="italic">Decides</span> that this measure shall not apply to:</p>
        <point><num>a.</num><content><p>The supply to the mission;\u201d</p></content></point>
      </quotedStructure></mod> and that paragraph 12 shall lapse;</p></content></paragraph>
    <paragraph><num>15.</num><content><p>Decides to remain seized.</p></content></paragraph>"""
    src = read(_write(tmp_path, "q.xml", _akn_body(main)))
    assert src.text.split("\n\n")[1:] == [
        "14. Decides that paragraph 11 shall be replaced by the following:",
        "\u201cDecides that this measure shall not apply to:",
        "a. The supply to the mission;\u201d",
        "and that paragraph 12 shall lapse;",
        "15. Decides to remain seized.",
    ]
