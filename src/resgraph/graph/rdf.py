"""Records as rdflib graphs, the draft-link graph, and exports: the rdflib side of the RDF.

ntriples.py turns a record into N-Triples without rdflib, which is all a build needs; a Graph
(for validation, export and tests) is read back from those same lines, so both forms always agree.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from resgraph import __version__
from resgraph.graph import drafts, ntriples
from resgraph.graph import namespaces as ns
from resgraph.graph.iris import DEFAULT_BASE, Minter
from resgraph.models import Record, Serialized
from resgraph.resources import ONTOLOGY

# rdflib's namespaces of namespaces.py: its own (closed) ones for the W3C and DC vocabularies
RG = Namespace(ns.RG)
ELI = Namespace(ns.ELI)
CITO = Namespace(ns.CITO)
UNDO = Namespace(ns.UNDO)
ORG = Namespace(ns.ORG)
SHAPES = Namespace(ns.SHAPES)
PREFIXES = {prefix: Namespace(iri) for prefix, iri in ns.PREFIXES.items()}
__all__ = ["CITO", "DCTERMS", "ELI", "ORG", "OWL", "PROV", "RDF", "RDFS", "RG", "SH", "SHAPES", "SKOS", "UNDO", "XSD"]


def new_graph(identifier: str | None = None) -> Graph:
    g = Graph(identifier=URIRef(identifier) if identifier else None)
    for k, v in PREFIXES.items():
        g.bind(k, v)
    return g


def _graph(s: Serialized) -> Graph:
    """The graph of a record: its own N-Triples and the shared facts, parsed back by rdflib."""
    g = new_graph(s.graph)
    g.parse(data=s.nt + s.shared, format="nt")
    return g


def record_to_graph(record: Record, base: str = DEFAULT_BASE) -> Graph:
    """One record as its own named graph (identifier = the graph IRI of its source file),
    self-contained: it holds the shared facts about what it cites too, for validation and export."""
    return _graph(ntriples.convert(record, base))


def record_to_ntriples(record: Record, base: str = DEFAULT_BASE) -> Serialized:
    """N-Triples of a record without building an rdflib Graph: what a build loads and validates."""
    return ntriples.convert(record, base)


# ---------------------------------------------------------------------------- lineage of drafts
def link_drafts(records: Iterable[Record], base: str = DEFAULT_BASE) -> list[tuple[str, str, float]]:
    """(draft IRI, adopted IRI, score) for each draft whose adoption the records contain."""
    return drafts.match(drafts.candidates(records, base))


def _name(iri: str) -> str:
    """A document's symbol from its IRI (the minter keeps the symbol's characters), for a label."""
    from urllib.parse import unquote

    return unquote(iri.split("/", 3)[-1]) if iri.startswith("http") else iri


def links_graph(links: Iterable[tuple[str, str, float]], base: str = DEFAULT_BASE) -> Graph:
    """The cross-file graph of draft adoptions, rebuilt whole after each build."""
    m = Minter(base)
    g = new_graph(m.links_graph())
    for draft, adopted, score in links:
        d, a, node = URIRef(draft), URIRef(adopted), URIRef(m.link(draft, adopted))
        g.add((d, RG.draftAdoptedAs, a))
        g.add((node, RDF.type, RG.DraftLink))
        g.add((node, RDFS.label, Literal(f"{_name(draft)} adopted as {_name(adopted)}")))
        g.add((node, RG.linkedDraft, d))
        g.add((node, RG.linkedResolution, a))
        g.add((node, RG.score, Literal(f"{score:.4f}", datatype=XSD.decimal)))
        g.add((node, PROV.wasAttributedTo, URIRef(m.agent(__version__))))
    return g


# ---------------------------------------------------------------------------- reading and writing
FORMATS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld", "nt": "nt"}


def ontology_graph() -> Graph:
    g = new_graph()
    g.parse(ONTOLOGY / "resgraph.ttl", format="turtle")
    return g


def dataset(graphs: Iterable[Graph]) -> Dataset:
    ds = Dataset()
    for k, v in PREFIXES.items():
        ds.bind(k, v)
    for g in graphs:
        target = ds.graph(g.identifier)
        for t in g:
            target.add(t)
    return ds


def serialize(graphs: Iterable[Graph], fmt: str) -> str:
    """Turtle merges all graphs; TriG, N-Quads and JSON-LD keep one named graph per source file.
    ValueError for a format not in FORMATS."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    graphs = list(graphs)
    if fmt in ("ttl", "nt"):
        merged = new_graph()
        for g in graphs:
            for t in g:
                merged.add(t)
        return merged.serialize(format=FORMATS[fmt])
    ds = dataset(graphs)
    if fmt == "jsonld":
        context = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
        return ds.serialize(format="json-ld", context=context, auto_compact=True)
    return ds.serialize(format=FORMATS[fmt])


def to_ntriples(g: Graph) -> bytes:
    return g.serialize(format="nt", encoding="utf-8")


def parse_quads(data: str, fmt: str) -> list[Graph]:
    """Named graphs back from TriG / N-Quads text (the store's dump), for validation and export."""
    ds = Dataset()
    ds.parse(data=data, format=FORMATS.get(fmt, fmt))
    return [g for g in ds.graphs() if g.identifier != ds.default_graph.identifier or len(g)]
