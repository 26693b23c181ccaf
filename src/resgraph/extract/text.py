"""The text-like formats (plain PDF text, Markdown, TSV) into light markup, keeping offsets.

Every transformation works on an `_OText`: a string and, for each of its characters, the index in
the decoded original, so that every fact's span can point into the file's own text. Characters a
reader inserts (`[^`, `]`, `: `, blank lines) point at the place they stand for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from resgraph.errors import InputError
from resgraph.extract.akn_meta import canonical_symbol
from resgraph.extract.dates import iso_date

__all__ = ["read_text", "read_tsv"]

SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "1234567890")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)

# --------------------------------------------------------------------------------------------
# text with offsets: every transformation keeps, for each output char, its original index


class _OText:
    """A string and, for each char, its index in the original decoded text."""

    __slots__ = ("s", "o")

    def __init__(self, s: str, o: list[int]):
        assert len(s) == len(o)
        self.s, self.o = s, o

    @classmethod
    def of(cls, s: str, base: int = 0) -> _OText:
        return cls(s, list(range(base, base + len(s))))

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match], Iterable]) -> _OText:
        """Replace matches; repl yields pieces: str (inserted, offset of the match start),
        int g (group g kept as is), or (g, str) (group g's chars converted one to one)."""
        out_s: list[str] = []
        out_o: list[int] = []
        pos = 0
        s, o = self.s, self.o
        for m in pattern.finditer(s):
            out_s.append(s[pos : m.start()])
            out_o.extend(o[pos : m.start()])
            anchor = o[m.start()] if m.start() < len(o) else (o[-1] + 1 if o else 0)
            for piece in repl(m):
                if isinstance(piece, str):
                    out_s.append(piece)
                    out_o.extend([anchor] * len(piece))
                elif isinstance(piece, int):
                    if m.start(piece) >= 0:
                        out_s.append(m.group(piece))
                        out_o.extend(o[m.start(piece) : m.end(piece)])
                else:
                    g, conv = piece
                    gs = m.start(g)
                    out_s.append(conv)
                    out_o.extend(o[gs + i] if gs + i < m.end(g) else anchor for i in range(len(conv)))
            pos = m.end()
        out_s.append(s[pos:])
        out_o.extend(o[pos:])
        return _OText("".join(out_s), out_o)

    def strip(self) -> _OText:
        s = self.s
        a = len(s) - len(s.lstrip())
        b = len(s.rstrip())
        if a >= b:
            return _OText("", [])
        return _OText(s[a:b], self.o[a:b])

    def __add__(self, other: _OText) -> _OText:
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

_TRAILING_SPACES = re.compile(r"(?<![ \t])[ \t]+$", re.M)  # from a run's first space: linear
_SUP_LINE = re.compile(rf"(?m)^([ \t]*)([{SUPERSCRIPTS}]+)[ \t]+(?=\S)")
_SUP_INLINE = re.compile(rf"[{SUPERSCRIPTS}]+")
_BULLET_NUM = re.compile(r"(?m)^([ \t]*)[-*•][ \t]+(?=(?:\d{1,3}\.|\([a-z]{1,2}\)|\([ivx]{1,5}\))\s)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_HEADING = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+")
_SUP_AMP_LINE = re.compile(r"(?m)^[ \t]*<sup>&(?:amp;)?</sup>(?:lt;|<)sup>(\w+)</sup>[ \t]*(?:&gt;)?[ \t]*")
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
    m = FRONT_MATTER.match(text)
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


def read_text(text: str, fmt: str) -> tuple[str, tuple[int, ...], list[tuple[str, str]]]:
    meta: list[tuple[str, str]] = []
    start = 0
    if fmt == "md":
        meta, start = _front_matter(text)
    t = _OText(text[start:], list(range(start, len(text))))
    t = t.sub(re.compile(r"\r\n?"), lambda m: ["\n"])
    t = _md_rules(t) if fmt == "md" else _plain_rules(t)
    t = t.sub(_TRAILING_SPACES, lambda m: [])
    t = t.strip()
    return t.s, tuple(t.o), meta


# --------------------------------------------------------------------------------------------
# TSV (one paragraph a row, Windows-1252)

_TSV_FNREF = re.compile(r"\[footnoteRef:(\w+)\]")
# linear: spaces are read from a run's first one only; the body ends at a non-space, so the spaces
# before "]" belong to the closing \s* alone; a body is at most 2,000 characters
_TSV_FNBODY = re.compile(r"(?<![ \t])[ \t]*\[(\d+):\s*(?:(.{0,2000}?\S)\s*|)\][ \t]*(?=\s|\[|$)")
_TSV_NUM = re.compile(r"^(\d{1,3}\.|\([a-z]{1,2}\)|\([ivx]{1,5}\))[ \t]{2,}")
_WS_RUN = re.compile(r"[ \t]{2,}")


def read_tsv(text: str, name: str) -> tuple[str, tuple[int, ...], list[tuple[str, str]]]:
    """(text, offsets, meta) of a TSV export, a row a paragraph (symbol, date, title, session, agenda
    item, paragraph): the first row's cells give the metadata and head the text, footnotes become
    `[^N]` lines, and every character keeps its offset in `text`. InputError when no row has text."""
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
            meta["date"] = iso_date(date[0].strip()) or date[0].strip()
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
