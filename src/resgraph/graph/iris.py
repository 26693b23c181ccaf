"""Stable IRIs and canonical-symbol parsing, without rdflib.

The same symbol must give the same IRI in every graph, whoever mints it (converter, queries,
CLI), so that a citation in one file meets the resolution of another file. Symbols are parsed with
patterns generated from ontology/vocab/organs.yaml: adding an organ there adds its symbols here.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from resgraph import vocab

DEFAULT_BASE = "https://w3id.org/resgraph/"
UNDOCS = "https://undocs.org/en/"
_SAFE = "/()-.,"
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(s: str) -> int:
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = ROMAN[a]
        total += -v if b != " " and ROMAN[b] > v else v
    return total


@dataclass(frozen=True)
class Symbol:
    """A parsed canonical symbol: which organ, resolution or decision, session, number, year."""

    text: str
    organ: str  # key of organs.yaml
    kind: str  # resolution | decision
    session: str | None  # as written: 67, S-24, ES-10, XXI, 2012
    number: str
    session_number: int | None = None  # regular session ordinal (or the year, for annual organs)
    year: int | None = None


def _pattern(template: str, old_style: bool) -> str:
    if old_style:  # A/RES/2200(XXI), E/RES/1296(XLIV): number then roman session in brackets
        template = template.replace("{s}/{n}", "{n}({s})")
        s_group = r"(?P<s>[IVXLCDM]+)"
    else:
        s_group = r"(?P<s>(?:S-|ES-)?\d+)"
    out = re.escape(template).replace(r"\{s\}", s_group).replace(r"\{n\}", r"(?P<n>\d+[A-Z]?)")
    return "^" + out + "$"


@lru_cache(maxsize=1)
def _symbol_patterns() -> tuple[tuple[re.Pattern, str, str, bool], ...]:
    out = []
    for key, organ in vocab.load().organs.items():
        for kind, tmpl in (("resolution", organ.resolution), ("decision", organ.decision)):
            if not tmpl:
                continue
            out.append((re.compile(_pattern(tmpl, False)), key, kind, False))
            if "{s}/{n}" in tmpl:
                out.append((re.compile(_pattern(tmpl, True)), key, kind, True))
    return tuple(out)


def session_year(organ: str, session: int) -> int | None:
    """The year an organ's session N opens, from the calendar in organs.yaml (None if unknown)."""
    o = vocab.load().organs.get(organ)
    return o.session_year(session) if o else None


@lru_cache(maxsize=16384)  # a file and a corpus cite the same symbols again and again
def parse_symbol(text: str) -> Symbol | None:
    """Parse a canonical symbol (A/RES/67/186, S/RES/1373(2001), A/RES/2200(XXI)) or return None."""
    s = re.sub(r"\s+", "", text or "")
    for rx, organ, kind, old in _symbol_patterns():
        m = rx.match(s)
        if not m:
            continue
        sess, num = m.group("s"), m.group("n")
        if old:
            ordinal: int | None = roman_to_int(sess)
            year = session_year(organ, roman_to_int(sess))
        elif sess.isdigit():
            ordinal = int(sess)
            year = session_year(organ, ordinal)
        else:  # special and emergency special sessions: their own numbering, the year they opened
            ordinal, year = None, dict(vocab.load().organs[organ].special).get(sess)
        if organ == "SC":  # S/RES/1373(2001): the bracket is the year, there are no sessions
            return Symbol(s, organ, kind, None, num, None, int(sess))
        return Symbol(s, organ, kind, sess, num, ordinal, year)
    return None


DOC_SESSION = (  # documents of a session: reports, drafts (A/67/156, A/C.3/67/L.15, A/HRC/20/18)
    (re.compile(r"^A/HRC/(\d+)/"), "HRC"),
    (re.compile(r"^A/(?:C\.\d/)?(\d{1,3})/"), "GA"),
    (re.compile(r"^E/(\d{4})/"), "ECOSOC"),
)


YEAR_DOCUMENT = re.compile(r"^S/(\d{4})/")  # the Security Council has no sessions: S/2007/349


def document_session(symbol: str) -> tuple[str, int | None, int | None] | None:
    """(organ, session, year) of a session document's symbol (session None for the Security
    Council's documents, numbered by year), or None."""
    compact = re.sub(r"\s+", "", symbol or "")
    for rx, organ in DOC_SESSION:
        m = rx.match(compact)
        if m:
            n = int(m.group(1))
            return organ, n, session_year(organ, n)
    m = YEAR_DOCUMENT.match(compact)
    return ("SC", None, int(m.group(1))) if m else None


@lru_cache(maxsize=16384)
def _quoted(value: str, safe: str) -> str:
    """urllib's quote, remembered: a build quotes the same keys and symbols over and over."""
    return quote(value, safe=safe)


@lru_cache(maxsize=16384)
def _symbol_path(symbol: str) -> str:
    """A symbol as the path of its IRI (spaces dropped, quoted)."""
    return quote(re.sub(r"\s+", "", symbol), safe=_SAFE)


class Minter:
    """Mints every IRI resgraph writes, from one configurable base."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith("/") else base + "/"

    def doc(self, symbol: str) -> str:
        return self.base + _symbol_path(symbol)

    def draft(self, sha256: str) -> str:
        """A draft that carries no symbol is named by its content: the same text, the same IRI."""
        return self.base + "draft/" + sha256[:16]

    def record(self, symbol: str | None, draft_symbol: str | None, sha256: str) -> str:
        if symbol:
            return self.doc(symbol)
        if draft_symbol:
            return self.doc(draft_symbol)
        return self.draft(sha256)

    def nested_draft(self, doc_iri: str) -> str:
        return doc_iri + "/draft"

    def graph(self, file: str) -> str:
        """A graph named by a file path (the stores of resgraph before documents named graphs)."""
        return self.base + "graph/" + hashlib.sha256(file.encode("utf-8")).hexdigest()[:20]

    def document_graph(self, doc_iri: str) -> str:
        """One named graph per document (its symbol and part, or a symbol-less draft's content),
        not per path: the same corpus built by absolute and by relative paths, or one document
        read from two files, is one graph; building a changed file replaces it."""
        return self.base + "graph/" + hashlib.sha256(doc_iri.encode("utf-8")).hexdigest()[:20]

    def source(self, sha256: str) -> str:
        return self.base + "source/" + sha256

    def activity(self, sha256: str, version: str) -> str:
        return self.base + f"activity/extract/{sha256[:16]}/{_quoted(version, '.')}"

    def agent(self, version: str) -> str:
        return self.base + "agent/resgraph/" + _quoted(version, ".")

    def registry_graph(self) -> str:
        """Facts that follow from symbols alone, kept once for all files (see ntriples._Converter.share)."""
        return self.base + "graph/registry"

    def dataset_graph(self) -> str:
        """The dataset's VoID/DCAT description (graph/dataset.py), rewritten by every build."""
        return self.base + "graph/dataset"

    def publication_graph(self) -> str:
        """On a target `resgraph publish` writes to: each published graph's hash and triple count."""
        return self.base + "graph/publication"

    def links_graph(self) -> str:
        return self.base + "graph/draft-links"

    def term_links_graph(self) -> str:
        """The cross-file graph linking each extension to the earlier term it extends."""
        return self.base + "graph/term-links"

    def link(self, draft: str, adopted: str) -> str:
        h = hashlib.sha256((draft + " " + adopted).encode("utf-8")).hexdigest()[:16]
        return self.base + "link/" + h

    def actor(self, key: str) -> str:
        return self.base + "actor/" + _quoted(key, "")

    def organ(self, key: str) -> str:
        return self.base + "organ/" + _quoted(key, "")

    def verb(self, key: str) -> str:
        return self.base + "verb/" + _quoted(key, "")

    def function(self, key: str) -> str:
        return self.base + "function/" + _quoted(key, "")

    def session(self, organ: str, label: str) -> str:
        return self.base + f"session/{_quoted(organ, '')}/{_quoted(label, '-')}"

    def country(self, iso3: str) -> str:
        return self.base + "country/" + _quoted(iso3.upper(), "")

    def treaty(self, number: str) -> str:
        return self.base + "treaty/unts/" + _quoted(number, "-")

    @staticmethod
    def undocs(symbol: str) -> str:
        return UNDOCS + _quoted(symbol, _SAFE)


def function_property(function: str) -> str:
    """rg: local name of a citation function: takes-into-consideration -> takesIntoConsideration."""
    head, *rest = function.split("-")
    return head + "".join(w.capitalize() for w in rest)
