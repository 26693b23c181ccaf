"""Akoma Ntoso metadata and symbols: the FRBR identification, the cover page and inline markers,
canonical symbols, undocs.org links, and the XML parsing the text walk (akn.py) shares.

`canonical_symbol` lives here with the FRBR symbol logic it grew from; the Markdown and TSV
readers use it too. Organs are named by their Akoma Ntoso codes in organs.yaml (`codes`).
"""

from __future__ import annotations

import re
from pathlib import Path

from resgraph.errors import InputError
from resgraph.vocab import load

__all__ = ["akn_meta", "canonical_symbol", "undocs_links", "parse_xml", "AKN_NS"]

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_NS = {"a": AKN_NS}
_SPACE_MARKER = re.compile(r"(?<!\s)\s+(\[\^\w+\])")  # from a run's first space only: linear
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
# XML


def local_name(el) -> str:
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


def parse_xml(data: bytes, name: str):
    """The root element of `data`, parsed without resolving entities or reaching the network (files
    from outside are not trusted), comments and processing instructions dropped; InputError for
    malformed XML, with its line where lxml gives one."""
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


# characters that print nothing: direction marks, joiners, soft hyphens gone, a zero-width space a space. A mark
# after a paragraph's number ("6.\u200e Reaffirms its decision", A/RES/74/258 and its yearly successors) hid the
# number from the segmenter: the paragraph was lost
_INVISIBLE = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff\u00ad")) | {
    0x200B: " "
}
# any of them: str.translate with a dict reads a non-ASCII text a character at a time in Python's slow path, a search
# for a class runs in C, and few texts hold one (the translation was 2% of the extraction time)
_ANY_INVISIBLE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")


def clean_text(s: str) -> str:
    """An element's text as one line: characters that print nothing gone, runs of white space one space,
    none at the ends, no space before a footnote marker (the Akoma Ntoso reader and the metadata read text
    alike)."""
    if not s.isascii() and _ANY_INVISIBLE.search(s):
        s = s.translate(_INVISIBLE)
    s = " ".join(s.split())  # str.split's whitespace is re's \s: runs of it one space, none at the ends
    # no space between a word and its marker; "word ,[^1]" artefacts left alone
    return _SPACE_MARKER.sub(r"\1", s) if "[^" in s else s


# --------------------------------------------------------------------------------------------
# metadata


def akn_meta(root) -> list[tuple[str, str]]:
    """(key, value) metadata of an Akoma Ntoso document, empty values left out.

    symbol (FRBR number or alias, else the cover's docNumber, else the FRBR work IRI's), with
    symbol_as_written for a multi-part resolution and frbr_symbol when the IRI's differs; date
    (FRBR adoption date, else the docDate marked #adoptionDate); body; title; session;
    agenda_item, meeting, originating_document (inline markers); distributed and organ (cover)."""
    doc = next((c for c in root if local_name(c) != "#"), root)
    meta: dict[str, str] = {}
    sym, fsym, body, date = _frbr_work(doc)
    num_sym = _one_part(_doc_number(doc, meta), fsym, meta)
    meta["symbol"] = sym or num_sym or fsym or ""
    if fsym and meta["symbol"] and fsym.replace(" ", "").upper() != meta["symbol"].replace(" ", "").upper():
        meta["frbr_symbol"] = fsym
    meta["date"] = date or _first_date(doc.iter(f"{{{AKN_NS}}}docDate"), "#adoptionDate") or ""
    meta["body"] = body or ""
    meta["title"] = next(
        (
            clean_text("".join(e.itertext()))
            for e in doc.iter(f"{{{AKN_NS}}}docTitle")
            if _refers(e, "#resolutionTitle")
        ),
        "",
    )
    for e in doc.iter(f"{{{AKN_NS}}}session"):
        meta["session"] = (e.get("value") or clean_text("".join(e.itertext()))).strip()
        break
    _inline_meta(doc, meta)
    cover = doc.find("a:coverPage", _NS)
    if cover is not None:
        distributed = _first_date(cover.iter(f"{{{AKN_NS}}}docDate"), "#dateOfIssuance")
        if distributed:
            meta["distributed"] = distributed
        for e in cover.iter(f"{{{AKN_NS}}}docAuthority"):
            if _refers(e, "#issuingBody"):
                meta["organ"] = clean_text("".join(e.itertext()))
    return [(k, v) for k, v in meta.items() if v]


def _refers(e, target: str) -> bool:
    return (e.get("refersTo") or "") == target


def _first_date(elements, target: str) -> str | None:
    """The date attribute of the first element that refers to target and has one."""
    return next((e.get("date") for e in elements if _refers(e, target) and e.get("date")), None)


def _frbr_work(doc) -> tuple[str | None, str | None, str | None, str | None]:
    """(symbol, the work IRI's symbol, body, date) from meta/identification/FRBRWork: the symbol
    of FRBRnumber or FRBRalias, the first adoption (or draft, or unnamed) FRBRdate else the IRI's,
    the IRI's organ else FRBRauthor's. All None without a FRBRWork."""
    work = doc.find("a:meta/a:identification/a:FRBRWork", _NS)
    if work is None:
        return None, None, None, None
    sym = None
    for tag in ("FRBRnumber", "FRBRalias"):
        e = work.find(f"a:{tag}", _NS)
        if e is not None and canonical_symbol(e.get("value")):
            sym = canonical_symbol(e.get("value"))
            break
    this = work.find("a:FRBRthis", _NS)
    fsym, body, fdate = _symbol_from_frbr(this.get("value") if this is not None else "")
    dates = (d for d in work.findall("a:FRBRdate", _NS) if (d.get("name") or "").lower() in ("adoption", "draft", ""))
    date = next((d.get("date") for d in dates if _real_date(d.get("date"))), None) or fdate
    author = work.find("a:FRBRauthor", _NS)
    if not body and author is not None:
        body = _VOCAB.organ_of_code(author.get("href") or "")
    return sym, fsym, body, date


def _real_date(value: str | None) -> bool:
    """A date, not a placeholder: some Security Council files of 2000-2012 carry the adoption date
    "0001-01-01" (S/RES/1287 (2000), adopted 31 January 2000, the date of its FRBR IRI)."""
    return bool(value) and not re.match(r"0\d{3}-", value or "")


def _doc_number(doc, meta: dict[str, str]) -> str | None:
    """The canonical symbol of the docNumber marked #symbol; "A/RES/74/92 A-B" (the parts of one
    resolution) is kept as written in meta["symbol_as_written"]."""
    for e in doc.iter(f"{{{AKN_NS}}}docNumber"):
        if _refers(e, "#symbol"):
            written = re.sub(r"\s+", " ", "".join(e.itertext())).strip()
            num_sym = canonical_symbol(written)
            if num_sym and re.search(r"\d\s*[A-Z]\s*-\s*[A-Z]$", written):
                meta["symbol_as_written"] = written
            return num_sym
    return None


def _one_part(num_sym: str | None, fsym: str | None, meta: dict[str, str]) -> str | None:
    """The FRBR identifier names a multi-part resolution by its number: a docNumber that extends
    it ("A/RES/74/92 A-B") is the FRBR symbol, kept as written; a file holding one part
    ("A/RES/76/246 B") keeps its letter, so that parts A and B do not merge into one node."""
    if (
        num_sym
        and fsym
        and num_sym != fsym
        and num_sym.replace(" ", "").startswith(fsym)
        and not re.fullmatch(re.escape(fsym) + r"[A-Z]", num_sym)
    ):
        meta["symbol_as_written"] = num_sym
        return fsym
    return num_sym


def _inline_meta(doc, meta: dict[str, str]) -> None:
    """The first agenda item, adoption meeting and originating document of the inline markers."""
    for e in doc.iter(f"{{{AKN_NS}}}inline"):
        n = (e.get("name") or "").lower()
        if n == "agenda item" and "agenda_item" not in meta:
            txt = clean_text("".join(e.itertext()))
            meta["agenda_item"] = (e.get("title") or re.sub(r"^Agenda items?\s*", "", txt, flags=re.I)).strip()
        elif n == "adoptionmeeting" and "meeting" not in meta:
            meta["meeting"] = clean_text("".join(e.itertext()))
        elif n == "originating document" and "originating_document" not in meta:
            meta["originating_document"] = clean_text("".join(e.itertext()))


def undocs_links(path: str | Path) -> list[tuple[str, str]]:
    """(linked words, target) of every `<a href="https://undocs.org/...">` in an AKN file.
    The target is the href without the undocs.org address and language (`A/RES/217 (III)`)."""
    p = Path(path)
    root = parse_xml(p.read_bytes(), str(p))
    out = []
    for a in root.iter(f"{{{AKN_NS}}}a"):
        href = a.get("href") or ""
        if "undocs.org" not in href.lower():
            continue
        target = _LANGUAGE.sub("", _UNDOCS.sub("", href.strip())).strip("/ ")
        out.append((clean_text("".join(a.itertext())), target))
    return out
