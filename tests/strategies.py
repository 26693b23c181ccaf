"""Hypothesis strategies for hostile but plausible inputs: resolution texts assembled from the
pieces real ones are made of (openers, leads, numbers, symbols, aliases, footnotes) mixed with
runs of spaces and odd characters, and Akoma Ntoso trees of the elements the reader walks."""

from __future__ import annotations

from xml.sax.saxutils import escape

from hypothesis import strategies as st

OPENERS = [
    "The General Assembly,",
    "The Security Council,",
    "The Commission on Human Rights,",
    "The Economic and Social Council,",
    "The Conference of the Parties,",
]
LEADS = [
    "Recalling",
    "Reaffirming",
    "Noting",
    "Decides",
    "Requests",
    "Urges",
    "Calls upon",
    "Invites",
    "Encourages",
    "Also requests",
    "Reiterates",
]
WORDS = [
    "the Secretary-General",
    "the Commission",
    "the Government",
    "Japan",
    "Member States",
    "them",
    "its resolution 60/1",
    "resolutions 65/1 and 66/2",
    "A/RES/67/186",
    "S/RES/1373 (2001)",
    "to report",
    "at its sixty-eighth session",
    "and",
    "of the",
    "in",
    ",",
    ";",
    "[^1]",
    "“entitled”",
    "Annex",
    "(a)",
    "1.",
    "999.",
    "1000.",
    "%PDF-",
    "\t",
    "  ",
]
ODD = st.text(alphabet=st.sampled_from(list(" \t.,;:()[]^*_#<>&/-–—“”'\"0123456789aZé\u00a0\u2028")), max_size=40)


@st.composite
def paragraph(draw) -> str:
    """One paragraph: a lead or a number, then words, odd characters and long runs of spaces."""
    head = draw(
        st.one_of(st.sampled_from(LEADS), st.integers(0, 1200).map(lambda n: f"{n}. " + draw(st.sampled_from(LEADS))))
    )
    parts = draw(
        st.lists(st.one_of(st.sampled_from(WORDS), ODD, st.integers(0, 400).map(lambda n: " " * n)), max_size=30)
    )
    return head + " " + " ".join(parts)


@st.composite
def resolution_text(draw) -> str:
    """A resolution-like text in light markup (txt or md)."""
    header = draw(
        st.lists(
            st.sampled_from(
                ["A/RES/67/186", "Resolution adopted by the General Assembly", "Distr.: General", "67/186. Title"]
            ),
            max_size=4,
        )
    )
    opener = draw(st.one_of(st.sampled_from(OPENERS), st.sampled_from(OPENERS).map(lambda o: o[:-1] + " " * 300 + "!")))
    paras = draw(st.lists(paragraph(), min_size=1, max_size=12))
    notes = draw(st.lists(st.sampled_from(["[^1]: A/67/156.", "¹ See A/RES/60/1.", "[^x]:"]), max_size=3))
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n"]))
    return sep.join([*header, opener, *paras, *notes])


AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
BLOCKS = [
    "p",
    "paragraph",
    "subparagraph",
    "num",
    "content",
    "intro",
    "list",
    "item",
    "point",
    "blockList",
    "heading",
    "container",
    "block",
    "table",
    "tr",
    "td",
    "authorialNote",
    "quotedStructure",
    "component",
    "eol",
    "br",
    "i",
    "b",
    "ref",
    "a",
    "sup",
    "marker",
]


def _element(children: list[str], name: str, text: str) -> str:
    attrs = ' href="https://undocs.org/en/A/RES/60/1"' if name in ("a", "ref") else ""
    attrs += ' marker="1" placement="bottom"' if name == "authorialNote" else ""
    return f"<{name}{attrs}>{escape(text)}{''.join(children)}</{name}>"


@st.composite
def akn_tree(draw, depth: int = 0) -> str:
    name = draw(st.sampled_from(BLOCKS))
    text = draw(st.one_of(paragraph(), ODD, st.just("")))
    kids = [] if depth >= 6 else draw(st.lists(akn_tree(depth + 1), max_size=3))
    return _element(kids, name, text)


@st.composite
def akn_document(draw) -> bytes:
    """An Akoma Ntoso file: meta, a preface with a symbol, a preamble and a body of random trees."""
    preamble = "".join(draw(st.lists(akn_tree(), max_size=3)))
    body = "".join(draw(st.lists(akn_tree(), min_size=1, max_size=4)))
    kind = draw(st.sampled_from(["act", "statement", "doc"]))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><akomaNtoso xmlns="{AKN_NS}"><{kind} name="resolution">'
        "<preface><p><docNumber>A/RES/67/186</docNumber></p></preface>"
        f"<preamble><formula><p>{draw(st.sampled_from(OPENERS))}</p></formula>{preamble}</preamble>"
        f"<mainBody>{body}</mainBody></{kind}></akomaNtoso>"
    ).encode()
