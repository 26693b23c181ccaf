"""Where a SHACL problem is, in words: the resolution of a file's graph and the paragraph of a
focus node ("A/RES/67/186, op 14"), read from the few triples that name them.

validate.py reports each problem with these; they look the names up in a small store of the
naming triples alone, built once per file that has a problem.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from resgraph.graph.rdf import DCTERMS, ELI, PROV, RG

# the triples that name a problem's resolution and paragraph (resolution, paragraph_label)
_NAMED_BY = (
    DCTERMS.subject,
    RG.symbol,
    PROV.wasDerivedFrom,
    RG.sourceFile,
    ELI.is_part_of,
    RG.paragraphIndex,
    RG.inParagraph,
)
_NAMING = re.compile(
    rb"^<[^>]*> <(?:" + b"|".join(re.escape(str(p).encode()) for p in _NAMED_BY) + rb")> [^\n]*\n", re.M
)
_NAMING_TERMS = frozenset(f"<{p}>" for p in _NAMED_BY)


def _naming_lines(triples: Iterable[tuple[str, str, str]]) -> bytes | None:
    """The lines _NAMING finds, from the triples; None when a subject has two values of one of
    those predicates: the lookups take the first, so the lines' own order is wanted then."""
    found: dict[tuple[str, str], str] = {}
    for s, p, o in triples:
        if p in _NAMING_TERMS and s[0] == "<" and found.setdefault((s, p), o) != o:
            return None
    return "".join([f"{s} {p} {o} .\n" for (s, p), o in found.items()]).encode("utf-8")


def data(lines: Callable[[], bytes], triples: Collection[tuple[str, str, str]] | None = None) -> ox.Store:
    """The naming triples of a file's N-Triples (`lines()` makes them) in a store to look names
    up in; from `triples`, the same lines split, when they are given and need no lines' order."""
    store = ox.Store()
    naming = None if triples is None else _naming_lines(triples)
    store.load(b"".join(_NAMING.findall(lines())) if naming is None else naming, format=ox.RdfFormat.N_TRIPLES)
    return store


def _value(data: ox.Store, s, p: URIRef) -> ox.NamedNode | ox.BlankNode | ox.Literal | None:
    """The first object of (s, p) in data: None when s is no IRI or has no p (or a triple term)."""
    if not isinstance(s, (URIRef, ox.NamedNode)):
        return None
    node = s if isinstance(s, ox.NamedNode) else ox.NamedNode(str(s))
    for q in data.quads_for_pattern(node, ox.NamedNode(str(p)), None):
        return None if isinstance(q.object, ox.Triple) else q.object
    return None


def paragraph_label(data: ox.Store, focus) -> str | None:
    """ "op 14", "pp 2", "draft op 10": the paragraph `focus` is, or is in; None if neither."""
    is_para = _value(data, focus, ELI.is_part_of) is not None and _value(data, focus, RG.paragraphIndex) is not None
    para = ox.NamedNode(str(focus)) if is_para else _value(data, focus, RG.inParagraph)
    if not isinstance(para, ox.NamedNode):
        return None
    tail = para.value.split("/")
    # .../op/14, .../draft/op/10, .../op/3/a, .../pp/2, .../para/7
    for i in range(len(tail) - 1, 0, -1):
        if tail[i] in ("op", "pp", "para", "annex"):
            label = " ".join(tail[i:])
            return ("draft " + label) if tail[i - 1] == "draft" else label
    return para.value


def resolution(data: ox.Store, graph_id: str | None) -> str:
    """The symbol of the document of graph `graph_id` (the draft's file when it has none)."""
    subject = _value(data, URIRef(graph_id), DCTERMS.subject) if graph_id else None
    if subject is None:
        subjects = data.quads_for_pattern(None, ox.NamedNode(str(DCTERMS.subject)), None)
        subject = next((q.object for q in subjects if not isinstance(q.object, ox.Triple)), None)
    if subject is None:
        return graph_id or "(unknown document)"
    symbol = _value(data, subject, RG.symbol)
    if symbol is not None:
        return symbol.value
    source = _value(data, subject, PROV.wasDerivedFrom)
    path = _value(data, source, RG.sourceFile) if source is not None else None
    return f"draft in {Path(path.value).name}" if path is not None else subject.value
