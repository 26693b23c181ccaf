"""What the store says about one resource: its triples for RDF clients, labels for people.

A resource's description is every triple whose subject it is, plus the triples of the resources
minted under its IRI that it reaches or that reach it (a resolution's paragraphs, citations,
mandates, reporting requirements: `<res>/op/14`, `<res>/citation/3`), plus, up to a cap, the
triples by which other resources point at it (what cites it). Everything is read with
`quads_for_pattern`, which Oxigraph answers from its indexes: no scan of the store, so a page of
the 2.87 M-quad corpus costs milliseconds. A named graph's description is its content.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from resgraph.graph.rdf import RG
from resgraph.graph.store import GraphStore, python

MAX_INCOMING = 2000  # triples pointing at a resource from elsewhere, kept in its description
MAX_PARTS = 20000  # resources minted under one IRI that a description walks
LABEL_PROPERTIES = tuple(ox.NamedNode(str(p)) for p in (RG.symbol, SKOS.prefLabel, DCTERMS.title, RDFS.label))


def exists(store: GraphStore, iri: str) -> bool:
    """True when the store holds a triple about `iri` (as subject) or a named graph so named."""
    node = ox.NamedNode(iri)
    return any(True for _ in store.store.quads_for_pattern(node, None, None)) or store.has_graph(iri)


def describe(store: GraphStore, iri: str, max_incoming: int = MAX_INCOMING) -> list[ox.Triple]:
    """The triples that describe `iri` (see the module docstring), without repeats; [] when the
    store knows nothing about it. Raises ValueError for a string that is not an IRI."""
    node = ox.NamedNode(iri)
    if store.has_graph(iri):  # a named graph answers with what it holds
        return [
            ox.Triple(q.subject, q.predicate, q.object) for q in store.store.quads_for_pattern(None, None, None, node)
        ]
    prefix = iri + "/"
    out: dict[ox.Triple, None] = {}
    seen, todo = {iri}, deque([node])
    incoming = 0
    while todo and len(seen) <= MAX_PARTS:
        n = todo.popleft()
        for q in store.store.quads_for_pattern(n, None, None):
            out[ox.Triple(q.subject, q.predicate, q.object)] = None
            o = q.object
            if isinstance(o, ox.NamedNode) and o.value.startswith(prefix) and o.value not in seen:
                seen.add(o.value)
                todo.append(o)
        for q in store.store.quads_for_pattern(None, None, n):
            s = q.subject
            if isinstance(s, ox.NamedNode) and s.value.startswith(prefix):
                if s.value not in seen:
                    seen.add(s.value)
                    todo.append(s)
            elif n == node and incoming < max_incoming:
                t = ox.Triple(q.subject, q.predicate, q.object)
                if t not in out:
                    incoming += 1
                    out[t] = None
    return list(out)


def label(store: GraphStore, iri: str) -> str:
    """What to call a resource: its symbol, preferred label, title or rdfs:label, else the IRI's
    last segments."""
    node = ox.NamedNode(iri)
    for p in LABEL_PROPERTIES:
        best = None
        for q in store.store.quads_for_pattern(node, p, None):
            o = q.object
            if isinstance(o, ox.Literal) and (best is None or o.language in ("en", None)):
                best = o.value
        if best:
            return best
    return short_name(iri)


def short_name(iri: str) -> str:
    """A readable tail of an IRI: the fragment, else the path after a known kind of resource."""
    if "#" in iri:
        return iri.rsplit("#", 1)[1]
    return iri.rstrip("/").rsplit("/", 1)[-1]


def labels(store: GraphStore, iris: Iterable[str]) -> dict[str, str]:
    return {i: label(store, i) for i in dict.fromkeys(iris)}


def index(triples: Iterable[ox.Triple]) -> dict[str, dict[str, list]]:
    """subject IRI -> property IRI -> values (IRIs as str, literals as Python values)."""
    out: dict[str, dict[str, list]] = {}
    for t in triples:
        if not isinstance(t.subject, ox.NamedNode):
            continue
        props = out.setdefault(t.subject.value, {})
        props.setdefault(t.predicate.value, []).append(python(t.object))
    return out


def rows(store: GraphStore, iri: str, triples: list[ox.Triple]) -> dict[str, list[dict]]:
    """A generic page's tables: the resource's own properties and what points at it, each value
    with its label and whether it is a link."""
    node = ox.NamedNode(iri)
    mine = [t for t in triples if t.subject == node]
    theirs = [t for t in triples if t.object == node and t.subject != node]
    iris = [t.object.value for t in mine if isinstance(t.object, ox.NamedNode)]
    iris += [t.subject.value for t in theirs if isinstance(t.subject, ox.NamedNode)]
    iris += [t.predicate.value for t in mine + theirs]
    names = labels(store, iris)  # only what the page shows: a named graph's page lists its own triples

    def cell(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> dict:
        if isinstance(term, ox.NamedNode):
            return {"iri": term.value, "label": names.get(term.value, term.value)}
        return {"iri": None, "label": str(python(term)) if isinstance(term, ox.Literal) else str(term)}

    own = [{"property": cell(t.predicate), "value": cell(t.object)} for t in mine]
    pointing = [{"subject": cell(t.subject), "property": cell(t.predicate)} for t in theirs]
    own.sort(key=lambda r: (r["property"]["label"], r["value"]["label"]))
    pointing.sort(key=lambda r: (r["property"]["label"], r["subject"]["label"]))
    return {"own": own, "pointing": pointing}


def types(triples: Iterable[ox.Triple], iri: str) -> set[str]:
    rdf_type = str(RDF.type)
    return {
        t.object.value
        for t in triples
        if isinstance(t.subject, ox.NamedNode)
        and t.subject.value == iri
        and t.predicate.value == rdf_type
        and isinstance(t.object, ox.NamedNode)
    }


def kind(triples: list[ox.Triple], iri: str) -> str:
    """Which page shows a resource: document, actor or resource (the generic one)."""
    ts = types(triples, iri)
    if ts & {str(RG.Resolution), str(RG.Decision), str(RG.DraftResolution)}:
        return "document"
    if str(RG.Actor) in ts:
        return "actor"
    return "resource"


def terms(triples: Iterable[ox.Triple]) -> list[dict[str, str]]:
    """The classes and properties an ontology defines, each with its kind, label and comment."""
    kinds = {str(OWL.Class): "class", str(OWL.ObjectProperty): "property", str(OWL.DatatypeProperty): "property"}
    by = index(triples)
    out = []
    for iri, props in by.items():
        kind = next((kinds[t] for t in props.get(str(RDF.type), []) if t in kinds), None)
        if kind:
            name = (props.get(str(RDFS.label)) or [short_name(iri)])[0]
            comment = (props.get(str(RDFS.comment)) or [""])[0]
            out.append({"iri": iri, "kind": kind, "label": str(name), "comment": str(comment)})
    return sorted(out, key=lambda t: (t["kind"], t["iri"]))
