"""Akoma Ntoso XML reader: the structure walk into resgraph's light markup.

Kept apart from `read.py` because it works on an lxml tree rather than on text with offsets
(its output carries no offsets) and is the only user of lxml. The metadata (FRBR, cover page),
canonical symbols and undocs.org links are read in `akn_meta.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from resgraph.errors import InputError
from resgraph.extract.akn_meta import AKN_NS, akn_meta, clean_text, local_name, parse_xml
from resgraph.extract.segment import ANNEX

__all__ = ["read_akn"]

_SKIP = {"meta", "img", "docketNumber"}
_BLOCKS = {
    "p",
    "heading",
    "subheading",
    "intro",
    "wrapUp",
    "tr",
    "listIntroduction",
    "listWrapUp",
    "num",
    "formula",
    "docProponent",
    "crossHeading",
    "tblock",
}


_INLINE_BLOCKS = {
    "p",
    "td",
    "th",
    "tr",
    "content",
    "intro",
    "wrapUp",
    "heading",
    "subheading",
    "item",
    "listIntroduction",
    "listWrapUp",
    "blockContainer",
    "container",
    "tblock",
    "num",
    "li",
}
# a table row's leading number, "1.\tIncome from staff assessment  273 171 400" (the income table of
# A/RES/74/264 B): a line of the table, not an operative paragraph "1." -- read so, the run of a chapeau's
# numbered decisions ("Resolves that, for 2020: 1. ... 2. ...") broke at it. Its full stop is written as a
# space: the row reads as the rows numbered without one ("1  Overall policymaking ...") and keeps its length
ROW_NUMBER = re.compile(r"^(\d{1,3}\s?)\.(?=\s)")
_PADDED = {"docDate", "docNumber", "session", "docTitle", "docStatus", "docAuthority", "docProponent"}
_STRUCT = {"paragraph", "point", "item", "list", "blockList", "subparagraph", "table", "container"}
# a structure carried inside a paragraph's text: the draft an ECOSOC resolution recommends to the
# General Assembly ("... the adoption of the following draft resolution:" and the whole draft inside
# the same <p>), or the text that a resolution's paragraph inserts into another ("replaced by the
# following:"). Its parts are blocks of their own, as if they followed the paragraph.
_NESTED = {"embeddedStructure", "quotedStructure"}
# inline, the elements read otherwise than as their text and their children's
_SPECIAL = _SKIP | {"#", "authorialNote", "sup", "eol", "br"}
_PADDED_INLINE = _INLINE_BLOCKS | _PADDED  # a space either side
# elements that, met directly inside such a structure, are blocks rather than running text
_BLOCK_LEVEL = (
    _STRUCT
    | _BLOCKS
    | _INLINE_BLOCKS
    | _NESTED
    | {
        "clause",
        "article",
        "section",
        "blockContainer",
        "content",
        "attachment",
        "component",
        "preamble",
        "mainBody",
        "preface",
        "conclusions",
        "coverPage",
    }
)


class _AknText:
    """Walks an AKN document into blank-line-separated blocks of light markup."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.notes: list[tuple[str, str]] = []  # footnotes waiting for the end of their block
        self.auto_marker = 0

    # ---- inline text: footnote markers in place, note bodies collected
    def inline(self, el, out: list[str], split: Callable[[list[str]], None] | None = None) -> None:
        """Append el's text (and tail) to out. With split, an embedded or quoted structure ends the
        block in out: split(out) emits it, the structure is walked into blocks of its own, and out
        restarts after it."""
        name = local_name(el)
        if name not in _SPECIAL and (split is None or name not in _NESTED):  # most elements
            pad = name in _PADDED_INLINE
            if pad:
                out.append(" ")
            text = el.text
            if text:
                out.append(text)
            for child in el:
                self.inline(child, out, split)
            if pad:
                out.append(" ")
        elif name == "#" or name in _SKIP:
            pass
        elif name in _NESTED and split is not None:
            split(out)
            out.clear()
            self.nested(el)
        elif name == "authorialNote":
            marker = re.sub(r"\W+", "", el.get("marker") or "")
            if not marker:
                self.auto_marker += 1
                marker = f"n{self.auto_marker}"
            out.append(f"[^{marker}]")
            body: list[str] = [el.text or ""]
            for child in el:
                self.inline(child, body)
            self.notes.append((marker, clean_text("".join(body))))
        elif name == "sup":
            txt = clean_text("".join(el.itertext()))
            out.append(f"[^{txt}]" if re.fullmatch(r"\d{1,3}", txt) else txt)
        else:  # eol, br
            out.append(" ")
        tail = el.tail
        if tail:
            out.append(tail)

    def text_of(self, el) -> str:
        out: list[str] = [el.text or ""]
        for child in el:
            self.inline(child, out)
        return clean_text("".join(out))

    def emit_text(self, el, prefix: str = "") -> None:
        """el's text as one block, after prefix (a paragraph's number). An embedded or quoted
        structure inside it splits it: the text before it (with the prefix) is one block, the
        structure's parts follow as blocks of their own, the text after it is another block."""
        lead = [prefix]

        def block(parts: list[str]) -> None:
            self.emit(lead[0] + " " + clean_text("".join(parts)))
            lead[0] = ""

        out: list[str] = [el.text or ""]
        for child in el:
            self.inline(child, out, block)
        block(out)

    def nested(self, el) -> None:
        """An embedded or quoted structure: its opener, paragraphs and numbered paragraphs each a
        block (with its number), running text between them a block of its own."""

        def block(parts: list[str]) -> None:
            self.emit(clean_text("".join(parts)))

        out: list[str] = [el.text or ""]
        for child in el:
            if local_name(child) in _BLOCK_LEVEL:
                block(out)
                out = [child.tail or ""]
                self.walk(child)
            else:
                self.inline(child, out, block)
        block(out)

    def emit(self, text: str) -> None:
        text = text.strip()
        if text:
            self.blocks.append(text)
        self.flush_notes()

    def flush_notes(self) -> None:
        for marker, body in self.notes:
            self.blocks.append(f"[^{marker}]: {body}")
        self.notes = []

    @staticmethod
    def structured(el) -> bool:
        return any(local_name(c) in _STRUCT for c in el)

    # ---- structural walk
    def walk(self, el) -> None:
        """Emit el as blocks: each kind of element has its step (see `_WALKS`); an element with
        text of its own, or a text element, is one block; any other is walked into."""
        name = local_name(el)
        if name in _SKIP or name == "#":
            return
        step = _WALKS.get(name)
        if step is not None:
            step(self, el)
        elif (el.text or "").strip() or name in _TEXT_ELEMENTS:
            self.emit_text(el)
        else:
            self.children(el)

    def children(self, el) -> None:
        for child in el:
            self.walk(child)

    def front_or_back(self, el) -> None:
        """A cover page, preface or conclusions: its paragraphs line by line."""
        for child in el:
            if local_name(child) in ("p", "block", "tblock", "container"):
                self.line_with_eols(child)
            else:
                self.walk(child)

    def container(self, el) -> None:
        """A container of structures is walked into; one of running text is one block."""
        if self.structured(el):
            self.children(el)
        else:
            self.emit_text(el)

    def table(self, el) -> None:
        """A row a block, its cells two spaces apart; a leading number's full stop a space (ROW_NUMBER)."""
        for tr in el.iter(f"{{{AKN_NS}}}tr"):
            cells = [self.text_of(td) for td in tr if local_name(td) in ("td", "th")]
            self.emit(ROW_NUMBER.sub(r"\1 ", "  ".join(c for c in cells if c), count=1))

    def line_with_eols(self, p) -> None:
        """A cover-page, preface or conclusions paragraph; `<eol/>` splits it into lines."""
        pieces: list[list[str]] = [[p.text or ""]]
        for child in p:
            if local_name(child) == "eol":
                pieces.append([child.tail or ""])
            else:
                self.inline(child, pieces[-1])
        for piece in pieces:
            txt = clean_text("".join(piece))
            if txt:
                self.blocks.append(txt)
        self.flush_notes()

    def numbered(self, el) -> None:
        """`N. text` from `<num>` and the content; a list's intro carries the number."""
        pending: str | None = None
        for child in el:
            cname = local_name(child)
            if cname == "#":
                continue
            if cname == "num" and pending is None:
                pending = self.text_of(child)
                continue
            if cname in ("heading", "subheading"):
                self.emit_text(child, pending or "")
                pending = None
                continue
            if cname in ("list", "blockList") and pending:
                intro = next((g for g in child if local_name(g) in ("intro", "listIntroduction")), None)
                if intro is not None and not self.structured(intro):
                    self.emit_text(intro, pending)
                    pending = None
                    for g in child:
                        if g is not intro:
                            self.walk(g)
                    continue
            if pending and cname in ("content", "intro", "p", "wrapUp") and not self.structured(child):
                self.emit_text(child, pending)
                pending = None
                continue
            if pending:
                self.emit(pending)
                pending = None
            self.walk(child)
        if pending:
            self.emit(pending)

    def annex(self, el) -> None:
        """An attachment or component: an `Annex` line first, unless its own first line says so.
        A component holding a nested draft (ECOSOC) stays in order without an Annex line."""
        start = len(self.blocks)
        first_el = next((c for c in el if local_name(c) != "#"), None)
        inner_name = ((first_el.get("name") if first_el is not None else "") or "").lower()
        for child in el:
            self.walk(child)
        if local_name(el) == "component" and "annex" not in inner_name:
            return
        first = self.blocks[start] if len(self.blocks) > start else ""
        if not ANNEX.match(first):
            self.blocks.insert(start, "Annex")


def read_akn(data: bytes, name: str) -> tuple[str, list[tuple[str, str]]]:
    """(text, meta) of an Akoma Ntoso file; InputError for other XML or malformed bytes."""
    root = parse_xml(data, name)
    if local_name(root) != "akomaNtoso":
        raise InputError(name, f"XML but not Akoma Ntoso (root element <{local_name(root)}>)")
    docs = [c for c in root if local_name(c) != "#"]
    if not docs:
        raise InputError(name, "Akoma Ntoso document without content")
    w = _AknText()
    # a documentCollection (resolutions A and B) has its parts in <components> beside it
    for doc in docs:
        for child in doc:
            w.walk(child)
    w.flush_notes()
    return "\n\n".join(w.blocks), akn_meta(root)


# how walk reads an element, by name
_WALKS: dict[str, Callable[[_AknText, Any], None]] = {
    **dict.fromkeys(("coverPage", "preface", "conclusions"), _AknText.front_or_back),
    **dict.fromkeys(_NESTED, _AknText.nested),
    **dict.fromkeys(("formula", "container", "blockContainer", "content", "intro", "wrapUp"), _AknText.container),
    **dict.fromkeys(("paragraph", "point", "item", "subparagraph", "clause", "article", "section"), _AknText.numbered),
    **dict.fromkeys(("list", "blockList"), _AknText.children),
    **dict.fromkeys(("attachment", "component"), _AknText.annex),
    "table": _AknText.table,
}
# elements that are one block of text even when they hold none of their own
_TEXT_ELEMENTS = {"p", "heading", "subheading", "crossHeading", "num", "tblock", "listIntroduction", "listWrapUp"}
