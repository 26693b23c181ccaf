"""Read one input file into a `SourceText` in resgraph's light markup.

The format is told from the CONTENT (the extension is only a hint): PDF (`%PDF-`), Akoma Ntoso
XML (`<akomaNtoso`), TSV (tab-separated rows whose first column is a UN symbol), Markdown (YAML
front matter, `## ` headings, `<sup>`, `[^N]`, `*italic*`), otherwise plain text (PDF text).

Every reader normalises to the same markup, which `segment.py` reads:

* paragraphs are lines or blank-line-separated blocks; operative paragraphs begin `N. `,
  sub-paragraphs `(a) `;
* footnote markers are inline `[^N]`, footnote bodies their own line `[^N]: text`;
* everything else is plain text (no `*emphasis*`, `## `, list bullets, `<sup>`).

For text-like formats (txt, md, tsv) `offsets[i]` is the index in the decoded original of
`text[i]`; characters that the reader inserted (`[^`, `]`, `: `, blank lines) point at the
place they stand for. XML and PDF texts are assembled from a structure: offsets is None.
"""
from __future__ import annotations

import hashlib
import io
import re
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from .errors import InputError
from .models import SourceText

__all__ = ["read", "read_bytes", "detect_format", "undocs_links", "canonical_symbol"]

# --------------------------------------------------------------------------------------------
# decoding and detection

SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "1234567890")

_SYMBOL_CELL = re.compile(r"^[A-Z][A-Z0-9.\-]*(?:/[A-Za-z0-9.\-]+)+(?:\s*\([A-Z0-9\-]+\))?\s*$")
_MD_SIGNS = re.compile(
    r"(?m)^#{1,6}\s|<sup>|\[\^\w+\]"
)
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])[^*\n]{1,120}?(?<=[^\s*])\*(?![\w*])")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_RESOLUTION_WORDS = re.compile(
    r"\b(?:resolutions?|General Assembly|Council|Commission|Conference of the Parties|"
    r"Decides|Requests|Recalling|Reaffirming|Urges|Calls upon|Invites|Recommends|Encourages)\b",
    re.I,
)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (BOM allowed), UTF-16 with a BOM, else Windows-1252 when the bytes are not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(name, f"undecodable bytes (UTF-16 with errors at byte {e.start})") from None
    if b"\x00" in data[:65536]:
        raise InputError(name, "binary content, not a resolution text (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_err = e.start
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            name, f"undecodable bytes: neither UTF-8 (bad byte at {utf8_err}) nor Windows-1252"
        ) from None


def _looks_tsv(text: str) -> bool:
    lines = [ln for ln in text.splitlines()[:200] if ln.strip()]
    if not lines:
        return False
    good = 0
    for ln in lines:
        cells = ln.split("\t")
        if len(cells) >= 4 and _SYMBOL_CELL.match(cells[0].strip()):
            good += 1
    return good >= max(1, len(lines) // 2)


def _looks_md(text: str) -> bool:
    if _FRONT_MATTER.match(text):
        return True
    if _MD_SIGNS.search(text):
        return True
    return len(_MD_ITALIC.findall(text[:200000])) >= 5


def detect_format(data: bytes, text: Optional[str] = None) -> str:
    """pdf | xml | tsv | md | txt, from the bytes (and the decoded text when given)."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-") or data[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if text is None:
        return "txt"
    start = text[:4096].lstrip("\ufeff \t\r\n")
    if "<akomaNtoso" in text[:8192] or (start.startswith("<") and re.match(r"<(?:\?xml|!--|!DOCTYPE|[A-Za-z])", start)):
        return "xml"
    if _looks_tsv(text):
        return "tsv"
    if _looks_md(text):
        return "md"
    return "txt"


# --------------------------------------------------------------------------------------------
# text with offsets: every transformation keeps, for each output char, its original index


class _OText:
    """A string and, for each char, its index in the original decoded text."""

    __slots__ = ("s", "o")

    def __init__(self, s: str, o: list[int]):
        assert len(s) == len(o)
        self.s, self.o = s, o

    @classmethod
    def of(cls, s: str, base: int = 0) -> "_OText":
        return cls(s, list(range(base, base + len(s))))

    def sub(self, pattern: "re.Pattern[str]", repl: Callable[[re.Match], Iterable]) -> "_OText":
        """Replace matches; repl yields pieces: str (inserted, offset of the match start),
        int g (group g kept as is), or (g, str) (group g's chars converted one to one)."""
        out_s: list[str] = []
        out_o: list[int] = []
        pos = 0
        s, o = self.s, self.o
        for m in pattern.finditer(s):
            out_s.append(s[pos:m.start()])
            out_o.extend(o[pos:m.start()])
            anchor = o[m.start()] if m.start() < len(o) else (o[-1] + 1 if o else 0)
            for piece in repl(m):
                if isinstance(piece, str):
                    out_s.append(piece)
                    out_o.extend([anchor] * len(piece))
                elif isinstance(piece, int):
                    if m.start(piece) >= 0:
                        out_s.append(m.group(piece))
                        out_o.extend(o[m.start(piece):m.end(piece)])
                else:
                    g, conv = piece
                    gs = m.start(g)
                    out_s.append(conv)
                    out_o.extend(o[gs + i] if gs + i < m.end(g) else anchor for i in range(len(conv)))
            pos = m.end()
        out_s.append(s[pos:])
        out_o.extend(o[pos:])
        return _OText("".join(out_s), out_o)

    def strip(self) -> "_OText":
        s = self.s
        a = len(s) - len(s.lstrip())
        b = len(s.rstrip())
        if a >= b:
            return _OText("", [])
        return _OText(s[a:b], self.o[a:b])

    def __add__(self, other: "_OText") -> "_OText":
        return _OText(self.s + other.s, self.o + other.o)


def _join(parts: list[_OText], sep: str) -> _OText:
    s: list[str] = []
    o: list[int] = []
    for i, p in enumerate(parts):
        if i:
            s.append(sep)
            anchor = o[-1] if o else (p.o[0] if p.o else 0)
            o.extend([anchor] * len(sep))
        s.append(p.s)
        o.extend(p.o)
    return _OText("".join(s), o)


# --------------------------------------------------------------------------------------------
# plain text (PDF-extracted) and Markdown

_SUP_LINE = re.compile(rf"(?m)^([ \t]*)([{SUPERSCRIPTS}]+)[ \t]+(?=\S)")
_SUP_INLINE = re.compile(rf"[{SUPERSCRIPTS}]+")
_BULLET_NUM = re.compile(r"(?m)^([ \t]*)[-*•][ \t]+(?=(?:\d{1,3}\.|\([a-z]{1,2}\)|\([ivx]{1,5}\))\s)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_HEADING = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+")
_SUP_AMP_LINE = re.compile(
    r"(?m)^[ \t]*<sup>&(?:amp;)?</sup>(?:lt;|<)sup>(\w+)</sup>[ \t]*(?:&gt;)?[ \t]*"
)
_SUP_AMP_LINE2 = re.compile(r"(?m)^[ \t]*(?:&lt;|<)sup(?:&gt;|>)(\w+)(?:&lt;|<)/sup(?:&gt;|>)[ \t]+(?=\S)")
_SUP_TAG = re.compile(r"<sup>\s*(\w{1,4})\s*</sup>")
_SUP_STRAY = re.compile(r"</?sup>")
_FN_DEF_MD = re.compile(r"(?m)^[ \t]*(\[\^\w+\]:)[ \t]*")
_ESCAPES = re.compile(r"\\([*_\[\]#\\.()-])")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " "}
_ENTITY = re.compile("|".join(map(re.escape, _ENTITIES)))
_HR = re.compile(r"(?m)^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$")


def _superscripts(t: _OText) -> _OText:
    # a line that starts with superscript digits and a space is a footnote body
    t = t.sub(_SUP_LINE, lambda m: [1, "[^", (2, m.group(2).translate(SUP_TO_DIGIT)), "]: "])
    # inline superscripts are markers (leave those that became "[^N]: " alone: they are digits now)
    return t.sub(_SUP_INLINE, lambda m: ["[^", (0, m.group(0).translate(SUP_TO_DIGIT)), "]"])


def _emphasis(t: _OText) -> _OText:
    t = t.sub(_BOLD, lambda m: [1])
    t = t.sub(_ITALIC, lambda m: [1])
    return t.sub(_BOLD, lambda m: [1])  # "***x***" and nested


def _plain_rules(t: _OText) -> _OText:
    """PDF text: superscript footnote numbers, list bullets before numbers, stray emphasis."""
    t = _superscripts(t)
    t = t.sub(_BULLET_NUM, lambda m: [1])
    return _emphasis(t)


def _md_rules(t: _OText) -> _OText:
    t = t.sub(_SUP_AMP_LINE, lambda m: ["[^", 1, "]: "])
    t = t.sub(_SUP_AMP_LINE2, lambda m: ["[^", 1, "]: "])
    t = t.sub(_SUP_TAG, lambda m: ["[^", 1, "]"])
    t = t.sub(_SUP_STRAY, lambda m: [])
    t = t.sub(_HEADING, lambda m: [])
    t = t.sub(_HR, lambda m: [])
    t = _emphasis(t)
    t = t.sub(_ESCAPES, lambda m: [1])
    t = t.sub(_ENTITY, lambda m: [(0, _ENTITIES[m.group(0)])])
    t = _plain_rules(t)
    t = t.sub(_FN_DEF_MD, lambda m: [1, " "])
    return t


def _front_matter(text: str) -> tuple[list[tuple[str, str]], int]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return [], 0
    meta: list[tuple[str, str]] = []
    try:
        import yaml

        data = yaml.safe_load(m.group(1))
    except Exception:
        data = None
    if isinstance(data, dict):
        for k, v in data.items():
            if v is None or isinstance(v, (dict, list)):
                continue
            meta.append((str(k), str(v).strip()))
    else:  # tolerate front matter that YAML rejects: key: value lines
        for ln in m.group(1).splitlines():
            if ":" in ln:
                k, v = ln.split(":", 1)
                meta.append((k.strip(), v.strip().strip("\"'")))
    meta = [(k, canonical_symbol(v) or v) if k == "symbol" else (k, v) for k, v in meta]
    return meta, m.end()


def _read_text(text: str, fmt: str) -> tuple[str, tuple[int, ...], list[tuple[str, str]]]:
    meta: list[tuple[str, str]] = []
    start = 0
    if fmt == "md":
        meta, start = _front_matter(text)
    t = _OText(text[start:], list(range(start, len(text))))
    t = t.sub(re.compile(r"\r\n?"), lambda m: ["\n"])
    t = _md_rules(t) if fmt == "md" else _plain_rules(t)
    t = t.sub(re.compile(r"[ \t]+$", re.M), lambda m: [])
    t = t.strip()
    return t.s, tuple(t.o), meta


# --------------------------------------------------------------------------------------------
# TSV (one paragraph a row, Windows-1252)

_TSV_FNREF = re.compile(r"\[footnoteRef:(\w+)\]")
_TSV_FNBODY = re.compile(r"[ \t]*\[(\d+):\s*(.*?)\s*\][ \t]*(?=\s|\[|$)")
_TSV_NUM = re.compile(r"^(\d{1,3}\.|\([a-z]{1,2}\)|\([ivx]{1,5}\))[ \t]{2,}")
_WS_RUN = re.compile(r"[ \t]{2,}")


def _read_tsv(text: str, name: str) -> tuple[str, tuple[int, ...], list[tuple[str, str]]]:
    parts: list[_OText] = []
    meta: dict[str, str] = {}
    pos = 0
    first = True
    for line in text.splitlines(keepends=True):
        base = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        if not body.strip():
            continue
        cells: list[tuple[str, int]] = []
        off = base
        for c in body.split("\t"):
            cells.append((c, off))
            off += len(c) + 1
        while len(cells) < 7:
            cells.append(("", off))
        sym, date, title, session, agenda, para = cells[:6]
        if first:
            first = False
            meta["symbol"] = canonical_symbol(sym[0].strip()) or sym[0].strip()
            meta["date"] = _iso_date(date[0].strip()) or date[0].strip()
            if date[0].strip():
                meta["date_text"] = date[0].strip()
            meta["title"] = re.sub(r"^\s*\d{4}/\d+\.\s*|^\s*\d+/\d+\.\s*", "", title[0]).strip()
            meta["session"] = session[0].strip()
            ag = agenda[0].strip()
            meta["agenda_item"] = re.sub(r"^Agenda item\s*", "", ag, flags=re.I)
            for cell in (sym, agenda, session, title):
                ot = _OText.of(cell[0], cell[1])
                ot = ot.sub(_WS_RUN, lambda m: [(0, " ")])
                ot = ot.strip()
                if ot.s:
                    parts.append(ot)
        ot = _OText.of(para[0], para[1])
        # footnote bodies "[3:   E/CN.15/2018/11.]" become their own line after the paragraph
        ot = ot.sub(_TSV_FNBODY, lambda m: ["\n[^", 1, "]: ", 2])
        ot = ot.sub(_TSV_FNREF, lambda m: ["[^", 1, "]"])
        ot = ot.strip()
        ot = ot.sub(_TSV_NUM, lambda m: [1, " "])
        if ot.s:
            parts.append(ot)
    if not parts:
        raise InputError(name, "empty TSV: no rows")
    t = _join(parts, "\n\n")
    return t.s, tuple(t.o), [(k, v) for k, v in meta.items() if v]


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}


def _iso_date(s: str) -> Optional[str]:
    m = re.match(r"^\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*$", s)
    if m and m.group(2).lower() in _MONTHS:
        try:
            return datetime(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1))).date().isoformat()
        except ValueError:
            return None
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", s)
    return m.group(0).strip() if m else None


# --------------------------------------------------------------------------------------------
# symbols

_BODY_CODES = {
    "unga": "GA", "ga": "GA", "unsc": "SC", "sc": "SC", "unecosoc": "ECOSOC", "ecosoc": "ECOSOC",
    "unga-hrc": "HRC", "hrc": "HRC", "unhrc": "HRC",
}


def canonical_symbol(s: Optional[str]) -> Optional[str]:
    """`S/RES/1526 (2004)` → `S/RES/1526(2004)`; `a/res/74/170` → `A/RES/74/170`; strip undocs
    prefixes. None when the string is not symbol-like."""
    if not s:
        return None
    s = s.strip()
    s = re.sub(r"^(?:https?://)?(?:www\.)?undocs\.org/+", "", s, flags=re.I)
    s = re.sub(r"^/*(?:(?:en|fr|es|ar|ru|zh)/+)?", "", s)
    s = re.sub(r"\s+", " ", s).strip().rstrip(".")
    s = re.sub(r"\s+\(", "(", s)
    s = re.sub(r"\s*/\s*", "/", s)
    if not re.match(r"^[A-Za-z]+(?:\.\d+)?/", s):
        return None
    head, _, tail = s.partition("(")
    return head.upper() + (("(" + tail) if tail else "")


def _symbol_from_frbr(this: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(symbol, body, date) from `/akn/un/statement/deliberation/unga/2019-12-18/74-170/!main/`."""
    m = re.search(r"/akn/un/[^/]+/[^/]+/([^/]+)/(\d{4}-\d{2}-\d{2})/([^/!]+)", this or "")
    if not m:
        return None, None, None
    code, date, num = m.group(1).lower(), m.group(2), m.group(3)
    body = _BODY_CODES.get(code)
    sym = None
    if body == "GA":
        sym = "A/RES/" + num.replace("-", "/", 1) if "-" in num else None
        if num.upper().startswith(("S-", "ES-")):
            k = num.split("-")
            sym = f"A/RES/{k[0].upper()}-{k[1]}/{k[2]}" if len(k) == 3 else None
    elif body == "HRC":
        sym = "A/HRC/RES/" + num.replace("-", "/", 1) if "-" in num else None
    elif body == "ECOSOC":
        sym = "E/RES/" + num.replace("-", "/", 1) if "-" in num else None
    elif body == "SC":
        a, _, b = num.partition("-")
        sym = f"S/RES/{a}({b})" if b else f"S/RES/{a}"
    return sym, body, date


# --------------------------------------------------------------------------------------------
# Akoma Ntoso

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_WS = re.compile(r"\s+")
_ANNEX_LINE = re.compile(r"^\s*Annex(?:es)?(?:\s+[IVX]+)?\s*$")
_SKIP = {"meta", "img", "docketNumber"}
_BLOCKS = {"p", "heading", "subheading", "intro", "wrapUp", "tr", "listIntroduction", "listWrapUp",
           "num", "formula", "docProponent", "crossHeading", "tblock"}


def _local(el) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return "#"
    return tag.rsplit("}", 1)[-1]


def _parse_xml(data: bytes, name: str):
    from lxml import etree

    parser = etree.XMLParser(
        recover=False, resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True,
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


_INLINE_BLOCKS = {"p", "td", "th", "tr", "content", "intro", "wrapUp", "heading", "subheading", "item",
                  "listIntroduction", "listWrapUp", "blockContainer", "container", "tblock", "num", "li"}
_PADDED = {"docDate", "docNumber", "session", "docTitle", "docStatus", "docAuthority", "docProponent"}
_STRUCT = {"paragraph", "point", "item", "list", "blockList", "subparagraph", "table", "container"}


class _AknText:
    """Walks an AKN document into blank-line-separated blocks of light markup."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.notes: list[tuple[str, str]] = []  # footnotes waiting for the end of their block
        self.auto_marker = 0

    # ---- inline text: footnote markers in place, note bodies collected
    def inline(self, el, out: list[str]) -> None:
        name = _local(el)
        if name == "#" or name in _SKIP:
            pass
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
        elif name in ("eol", "br"):
            out.append(" ")
        else:
            pad = name in _INLINE_BLOCKS or name in _PADDED
            if pad:
                out.append(" ")
            if el.text:
                out.append(el.text)
            for child in el:
                self.inline(child, out)
            if pad:
                out.append(" ")
        if el.tail:
            out.append(el.tail)

    def text_of(self, el) -> str:
        out: list[str] = [el.text or ""]
        for child in el:
            self.inline(child, out)
        return _clean("".join(out))

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
        if name in ("formula", "container", "blockContainer", "content", "embeddedStructure",
                    "quotedStructure", "intro", "wrapUp"):
            if self.structured(el):
                for child in el:
                    self.walk(child)
            else:
                self.emit(self.text_of(el))
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
        if (el.text or "").strip() or name in ("p", "heading", "subheading", "crossHeading", "num",
                                                "tblock", "listIntroduction", "listWrapUp"):
            self.emit(self.text_of(el))
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
        pending: Optional[str] = None
        for child in el:
            cname = _local(child)
            if cname == "#":
                continue
            if cname == "num" and pending is None:
                pending = self.text_of(child)
                continue
            if cname in ("heading", "subheading"):
                self.emit(((pending + " ") if pending else "") + self.text_of(child))
                pending = None
                continue
            if cname in ("list", "blockList") and pending:
                intro = next((g for g in child if _local(g) in ("intro", "listIntroduction")), None)
                if intro is not None and not self.structured(intro):
                    self.emit(pending + " " + self.text_of(intro))
                    pending = None
                    for g in child:
                        if g is not intro:
                            self.walk(g)
                    continue
            if pending and cname in ("content", "intro", "p", "wrapUp") and not self.structured(child):
                self.emit(pending + " " + self.text_of(child))
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
        if not _ANNEX_LINE.match(first):
            self.blocks.insert(start, "Annex")


def _clean(s: str) -> str:
    s = _WS.sub(" ", s).strip()
    # no space between a word and its marker; "word ,[^1]" artefacts left alone
    s = re.sub(r"\s+(\[\^\w+\])", r"\1", s)
    return s


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
            body = _BODY_CODES.get((author.get("href") or "").lstrip("#").lower())
    else:
        fsym = None
    cover = doc.find("a:coverPage", ns)
    num_sym = None
    for e in doc.iter(f"{{{AKN_NS}}}docNumber"):
        if (e.get("refersTo") or "") == "#symbol":
            num_sym = canonical_symbol("".join(e.itertext()))
            break
    if num_sym and fsym and num_sym != fsym and num_sym.replace(" ", "").startswith(fsym):
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


def _read_xml(data: bytes, name: str) -> tuple[str, list[tuple[str, str]]]:
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


def undocs_links(path: Union[str, Path]) -> list[tuple[str, str]]:
    """(linked words, target) of every `<a href="https://undocs.org/...">` in an AKN file.
    The target is the href without the undocs.org address and language (`A/RES/217 (III)`)."""
    p = Path(path)
    root = _parse_xml(p.read_bytes(), str(p))
    out = []
    for a in root.iter(f"{{{AKN_NS}}}a"):
        href = a.get("href") or ""
        if "undocs.org" not in href.lower():
            continue
        target = re.sub(r"^(?:https?://)?(?:www\.)?undocs\.org/+", "", href.strip(), flags=re.I)
        target = re.sub(r"^(?:(?:en|fr|es|ar|ru|zh)/+)", "", target).strip("/ ")
        out.append((_clean("".join(a.itertext())), target))
    return out


# --------------------------------------------------------------------------------------------
# PDF


def _read_pdf(data: bytes, name: str) -> str:
    try:
        from pypdf import PdfReader
        import logging

        logging.getLogger("pypdf").setLevel(logging.ERROR)
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InputError(name, "unreadable PDF: encrypted") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as e:  # pypdf raises many types on broken files
        raise InputError(name, f"unreadable PDF: {type(e).__name__}: {str(e)[:120]}") from None
    text = "\n".join(pages)
    if not text.strip():
        raise InputError(name, "PDF without extractable text (scanned images?)")
    return text


# --------------------------------------------------------------------------------------------
# entry points


def read_bytes(data: bytes, name: str) -> SourceText:
    """Read the bytes of a file called `name` (used in messages and in SourceText.path)."""
    if not data or not data.strip():
        raise InputError(name, "empty file")
    digest = _sha256(data)
    fmt = detect_format(data)
    offsets: Optional[tuple[int, ...]] = None
    meta: list[tuple[str, str]] = []
    if fmt == "pdf":
        raw = _read_pdf(data, name)
        text, _, _ = _read_text(raw, "txt")
    else:
        decoded = _decode(data, name)
        if not decoded.strip():
            raise InputError(name, "empty file")
        fmt = detect_format(data, decoded)
        if fmt == "xml":
            text, meta = _read_xml(data, name)
        elif fmt == "tsv":
            text, offsets, meta = _read_tsv(decoded, name)
        else:
            text, offsets, meta = _read_text(decoded, fmt)
    if not text.strip():
        raise InputError(name, "no text in the file")
    if not _RESOLUTION_WORDS.search(text):
        raise InputError(name, "not a resolution text: no English resolution wording (resolution, organ or operative verb) found")
    return SourceText(
        path=name, format=fmt, text=text, sha256=digest, meta=tuple(meta), offsets=offsets
    )


def read(path: Union[str, Path]) -> SourceText:
    """Read one file. Raises InputError(path, reason) for what cannot be read as a resolution."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise InputError(str(path), "is a directory, not a file") from None
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from None
    return read_bytes(data, str(path))
