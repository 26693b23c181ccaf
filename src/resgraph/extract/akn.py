"""Akoma Ntoso XML reader: the structure walk into light markup, FRBR metadata, undocs.org links.

Kept apart from `read.py` because it works on an lxml tree rather than on text with offsets
(its output carries no offsets) and is the only user of lxml. `canonical_symbol` lives here
with the FRBR symbol logic it grew from; the Markdown and TSV readers import it from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from resgraph.errors import InputError
from resgraph.extract.segment import ANNEX
from resgraph.vocab import load

__all__ = ["read_akn", "undocs_links", "canonical_symbol", "AKN_NS"]

_VOCAB = load()  # the organs and their codes

# --------------------------------------------------------------------------------------------
# symbols

# an undocs.org address before a symbol, and the language folder after it
_UNDOCS = re.compile(r"^(?:https?://)?(?:www\.)?undocs\.org/+", re.I)
_LANGUAGE = re.compile(r"^(?:(?:en|fr|es|ar|ru|zh)/+)")


def canonical_symbol(s: str | None) -> str | None:
    """`S/RES/1526 (2004)` → `S/RES/1526(2004)`; `a/res/74/170` → `A/RES/74/170`; strip undocs
    prefixes. None when the string is not symbol-like."""
    if not s:
        return None
    s = s.strip()
    s = _LANGUAGE.sub("", _UNDOCS.sub("", s).lstrip("/"))
    s = re.sub(r"\s+", " ", s).strip().rstrip(".")
    s = re.sub(r"\s+\(", "(", s)
    s = re.sub(r"\s*/\s*", "/", s)
    if not re.match(r"^[A-Za-z]+(?:\.\d+)?/", s):
        return None
    head, _, tail = s.partition("(")
    # a file holding parts A to C of one resolution ("A/RES/76/247 A-C", "A/RES/75/101A-B") is
    # named by the resolution's number; a single part keeps its letter ("A/RES/76/247B")
    head = re.sub(r"^(\w+/RES/[\w-]+/\d+)\s*[A-Z]\s*-\s*[A-Z]$", r"\1", head, flags=re.I)
    head = re.sub(r"^(\w+/RES/[\w-]+/\d+)\s+([A-Z])$", r"\1\2", head, flags=re.I)
    return head.upper() + (("(" + tail) if tail else "")


def _symbol_from_frbr(this: str) -> tuple[str | None, str | None, str | None]:
    """(symbol, body, date) from `/akn/un/statement/deliberation/unga/2019-12-18/74-170/!main/`.

    The organ is the one organs.yaml gives the code (`codes`); the number's parts, joined by "-",
    fill its resolution pattern in the pattern's order: 74-170 is A/RES/74/170, 1373-2001 is
    S/RES/1373(2001), a special session's S-24-2 is A/RES/S-24/2."""
    m = re.search(r"/akn/un/[^/]+/[^/]+/([^/]+)/(\d{4}-\d{2}-\d{2})/([^/!]+)", this or "")
    if not m:
        return None, None, None
    code, date, num = m.group(1), m.group(2), m.group(3)
    body = _VOCAB.organ_of_code(code)
    organ = _VOCAB.organs[body] if body else None
    return (_frbr_number_symbol(organ.resolution, num) if organ and organ.resolution else None), body, date


def _frbr_number_symbol(pattern: str, num: str) -> str | None:
    """A resolution pattern ("A/RES/{s}/{n}", "S/RES/{n}({s})") filled from an FRBR number."""
    if pattern.index("{n}") < pattern.index("{s}"):  # number first: the year may be missing
        n, _, s = num.partition("-")
        return pattern.format(n=n, s=s) if s else pattern.split("{n}")[0] + n
    if num.upper().startswith(("S-", "ES-")):  # a special session: S-24-2
        k = num.split("-")
        return pattern.format(s=f"{k[0].upper()}-{k[1]}", n=k[2]) if len(k) == 3 else None
    s, dash, n = num.partition("-")
    return pattern.format(s=s, n=n) if dash else None


# --------------------------------------------------------------------------------------------
# the document

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_SPACE_MARKER = re.compile(r"\s+(\[\^\w+\])")
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


def _local(el) -> str:
    """An element's name without its namespace; "#" for an entity or other non-element node."""
    try:
        return _NAMES[el.tag]
    except KeyError:
        tag = el.tag
        name = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else "#"
        if len(_NAMES) < 4096:  # bounded, whatever tags a file makes up
            _NAMES[tag] = name
        return name


_NAMES: dict = {}  # tag -> local name: documents have a few dozen tags, each met thousands of times


def _parse_xml(data: bytes, name: str):
    from lxml import etree

    parser = etree.XMLParser(
        recover=False,
        resolve_entities=False,
        no_network=True,
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        msg = str(e.msg if getattr(e, "msg", None) else e).strip()
        line = getattr(e, "lineno", None)
        where = f" (line {line})" if line and f"line {line}" not in msg else ""
        raise InputError(name, f"malformed XML: {msg}{where}") from None
    except ValueError as e:
        raise InputError(name, f"malformed XML: {e}") from None


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
        name = _local(el)
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
        elif name in _NESTED:
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
            self.notes.append((marker, _clean("".join(body))))
        elif name == "sup":
            txt = _clean("".join(el.itertext()))
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
        return _clean("".join(out))

    def emit_text(self, el, prefix: str = "") -> None:
        """el's text as one block, after prefix (a paragraph's number). An embedded or quoted
        structure inside it splits it: the text before it (with the prefix) is one block, the
        structure's parts follow as blocks of their own, the text after it is another block."""
        lead = [prefix]

        def block(parts: list[str]) -> None:
            self.emit(lead[0] + " " + _clean("".join(parts)))
            lead[0] = ""

        out: list[str] = [el.text or ""]
        for child in el:
            self.inline(child, out, block)
        block(out)

    def nested(self, el) -> None:
        """An embedded or quoted structure: its opener, paragraphs and numbered paragraphs each a
        block (with its number), running text between them a block of its own."""

        def block(parts: list[str]) -> None:
            self.emit(_clean("".join(parts)))

        out: list[str] = [el.text or ""]
        for child in el:
            if _local(child) in _BLOCK_LEVEL:
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
        return any(_local(c) in _STRUCT for c in el)

    # ---- structural walk
    def walk(self, el) -> None:
        name = _local(el)
        if name in _SKIP or name == "#":
            return
        if name in ("coverPage", "preface", "conclusions"):
            for child in el:
                if _local(child) in ("p", "block", "tblock", "container"):
                    self.line_with_eols(child)
                else:
                    self.walk(child)
            return
        if name in _NESTED:
            self.nested(el)
            return
        if name in ("formula", "container", "blockContainer", "content", "intro", "wrapUp"):
            if self.structured(el):
                for child in el:
                    self.walk(child)
            else:
                self.emit_text(el)
            return
        if name in ("paragraph", "point", "item", "subparagraph", "clause", "article", "section"):
            self.numbered(el)
            return
        if name in ("list", "blockList"):
            for child in el:
                self.walk(child)
            return
        if name in ("attachment", "component"):
            self.annex(el)
            return
        if name == "table":
            for tr in el.iter(f"{{{AKN_NS}}}tr"):
                cells = [self.text_of(td) for td in tr if _local(td) in ("td", "th")]
                self.emit("  ".join(c for c in cells if c))
            return
        if (el.text or "").strip() or name in (
            "p",
            "heading",
            "subheading",
            "crossHeading",
            "num",
            "tblock",
            "listIntroduction",
            "listWrapUp",
        ):
            self.emit_text(el)
            return
        for child in el:
            self.walk(child)

    def line_with_eols(self, p) -> None:
        """A cover-page, preface or conclusions paragraph; `<eol/>` splits it into lines."""
        pieces: list[list[str]] = [[p.text or ""]]
        for child in p:
            if _local(child) == "eol":
                pieces.append([child.tail or ""])
            else:
                self.inline(child, pieces[-1])
        for piece in pieces:
            txt = _clean("".join(piece))
            if txt:
                self.blocks.append(txt)
        self.flush_notes()

    def numbered(self, el) -> None:
        """`N. text` from `<num>` and the content; a list's intro carries the number."""
        pending: str | None = None
        for child in el:
            cname = _local(child)
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
                intro = next((g for g in child if _local(g) in ("intro", "listIntroduction")), None)
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
        first_el = next((c for c in el if _local(c) != "#"), None)
        inner_name = ((first_el.get("name") if first_el is not None else "") or "").lower()
        for child in el:
            self.walk(child)
        if _local(el) == "component" and "annex" not in inner_name:
            return
        first = self.blocks[start] if len(self.blocks) > start else ""
        if not ANNEX.match(first):
            self.blocks.insert(start, "Annex")


def _clean(s: str) -> str:
    s = " ".join(s.split())  # str.split's whitespace is re's \s: runs of it one space, none at the ends
    # no space between a word and its marker; "word ,[^1]" artefacts left alone
    return _SPACE_MARKER.sub(r"\1", s) if "[^" in s else s


def _akn_meta(root) -> list[tuple[str, str]]:
    ns = {"a": AKN_NS}
    doc = next((c for c in root if _local(c) not in ("#",)), root)
    meta: dict[str, str] = {}
    work = doc.find("a:meta/a:identification/a:FRBRWork", ns)
    sym = body = date = None
    if work is not None:
        for tag in ("FRBRnumber", "FRBRalias"):
            e = work.find(f"a:{tag}", ns)
            if e is not None and canonical_symbol(e.get("value")):
                sym = canonical_symbol(e.get("value"))
                break
        this = work.find("a:FRBRthis", ns)
        fsym, body, fdate = _symbol_from_frbr(this.get("value") if this is not None else "")
        sym = sym or None
        for d in work.findall("a:FRBRdate", ns):
            if (d.get("name") or "").lower() in ("adoption", "draft", "") and d.get("date"):
                date = d.get("date")
                break
        if not date:
            date = fdate
        author = work.find("a:FRBRauthor", ns)
        if not body and author is not None:
            body = _VOCAB.organ_of_code(author.get("href") or "")
    else:
        fsym = None
    cover = doc.find("a:coverPage", ns)
    num_sym = None
    for e in doc.iter(f"{{{AKN_NS}}}docNumber"):
        if (e.get("refersTo") or "") == "#symbol":
            written = re.sub(r"\s+", " ", "".join(e.itertext())).strip()
            num_sym = canonical_symbol(written)
            if num_sym and re.search(r"\d\s*[A-Z]\s*-\s*[A-Z]$", written):
                meta["symbol_as_written"] = written  # "A/RES/74/92 A-B": the parts of one resolution
            break
    # the FRBR identifier names a multi-part resolution by its number; a file holding one part
    # ("A/RES/76/246 B") keeps its letter, so that parts A and B do not merge into one node
    if (
        num_sym
        and fsym
        and num_sym != fsym
        and num_sym.replace(" ", "").startswith(fsym)
        and not re.fullmatch(re.escape(fsym) + r"[A-Z]", num_sym)
    ):
        meta["symbol_as_written"] = num_sym  # "A/RES/74/92 A-B": the parts of one resolution
        num_sym = fsym
    meta["symbol"] = sym or num_sym or fsym or ""
    if fsym and meta["symbol"] and fsym.replace(" ", "").upper() != meta["symbol"].replace(" ", "").upper():
        meta["frbr_symbol"] = fsym
    if not date:
        for e in doc.iter(f"{{{AKN_NS}}}docDate"):
            if (e.get("refersTo") or "") == "#adoptionDate" and e.get("date"):
                date = e.get("date")
                break
    meta["date"] = date or ""
    meta["body"] = body or ""
    title = None
    for e in doc.iter(f"{{{AKN_NS}}}docTitle"):
        if (e.get("refersTo") or "") == "#resolutionTitle":
            title = _clean("".join(e.itertext()))
            break
    meta["title"] = title or ""
    for e in doc.iter(f"{{{AKN_NS}}}session"):
        meta["session"] = (e.get("value") or _clean("".join(e.itertext()))).strip()
        break
    for e in doc.iter(f"{{{AKN_NS}}}inline"):
        n = (e.get("name") or "").lower()
        if n == "agenda item" and "agenda_item" not in meta:
            txt = _clean("".join(e.itertext()))
            meta["agenda_item"] = (e.get("title") or re.sub(r"^Agenda items?\s*", "", txt, flags=re.I)).strip()
        elif n == "adoptionmeeting" and "meeting" not in meta:
            meta["meeting"] = _clean("".join(e.itertext()))
        elif n == "originating document" and "originating_document" not in meta:
            meta["originating_document"] = _clean("".join(e.itertext()))
    if cover is not None:
        for e in cover.iter(f"{{{AKN_NS}}}docDate"):
            if (e.get("refersTo") or "") == "#dateOfIssuance" and e.get("date"):
                meta["distributed"] = e.get("date")
                break
        for e in cover.iter(f"{{{AKN_NS}}}docAuthority"):
            if (e.get("refersTo") or "") == "#issuingBody":
                meta["organ"] = _clean("".join(e.itertext()))
    return [(k, v) for k, v in meta.items() if v]


def read_akn(data: bytes, name: str) -> tuple[str, list[tuple[str, str]]]:
    """(text, meta) of an Akoma Ntoso file; InputError for other XML or malformed bytes."""
    root = _parse_xml(data, name)
    if _local(root) != "akomaNtoso":
        raise InputError(name, f"XML but not Akoma Ntoso (root element <{_local(root)}>)")
    docs = [c for c in root if _local(c) != "#"]
    if not docs:
        raise InputError(name, "Akoma Ntoso document without content")
    w = _AknText()
    # a documentCollection (resolutions A and B) has its parts in <components> beside it
    for doc in docs:
        for child in doc:
            w.walk(child)
    w.flush_notes()
    return "\n\n".join(w.blocks), _akn_meta(root)


def undocs_links(path: str | Path) -> list[tuple[str, str]]:
    """(linked words, target) of every `<a href="https://undocs.org/...">` in an AKN file.
    The target is the href without the undocs.org address and language (`A/RES/217 (III)`)."""
    p = Path(path)
    root = _parse_xml(p.read_bytes(), str(p))
    out = []
    for a in root.iter(f"{{{AKN_NS}}}a"):
        href = a.get("href") or ""
        if "undocs.org" not in href.lower():
            continue
        target = _LANGUAGE.sub("", _UNDOCS.sub("", href.strip())).strip("/ ")
        out.append((_clean("".join(a.itertext())), target))
    return out
