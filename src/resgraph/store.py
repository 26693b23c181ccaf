"""The on-disk graph store (Oxigraph): one named graph per source file, replaced atomically.

Loading writes the new triples to a staging graph and then MOVEs it over the file's graph in one
SPARQL update, which Oxigraph applies as a single transaction: a reader sees the old graph or the
new one, never a mix, and a failure leaves the store as it was. Query parameters are bound with
Oxigraph substitutions (SEP-0007), never pasted into the query text.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Union

import pyoxigraph as ox

from . import drafts
from .iris import DEFAULT_BASE, ONTOLOGY_NS, Minter
from .models import Record

XSD = "http://www.w3.org/2001/XMLSchema#"
INT_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
Param = Union[str, int, float, bool, ox.NamedNode, ox.Literal]
_IRI_OK = re.compile(r"^[^\s<>\"{}|^`\\]+$")


class Iri(str):
    """A parameter value to bind as an IRI rather than as a string literal."""


def term(value: Param) -> Union[ox.NamedNode, ox.Literal]:
    """A Python value as an RDF term for binding: str -> string literal, int -> xsd:integer."""
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, Iri):
        return ox.NamedNode(str(value))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    return ox.Literal(str(value))


def python(t: Any) -> Any:
    """An RDF term of a result as a plain Python value (IRI -> str, integer literal -> int)."""
    if t is None:
        return None
    if isinstance(t, ox.Literal):
        if t.datatype.value in INT_TYPES:
            try:
                return int(t.value)
            except ValueError:
                return t.value
        if t.datatype.value == XSD + "boolean":
            return t.value in ("true", "1")
        if t.datatype.value in (XSD + "decimal", XSD + "double", XSD + "float"):
            return float(t.value)
        return t.value
    return t.value


class GraphStore:
    """An Oxigraph store opened by path (None: in memory, for tests and benchmarks)."""

    def __init__(self, path: Optional[Union[str, Path]] = None, base: str = DEFAULT_BASE,
                 read_only: bool = False):
        self.path = Path(path) if path else None
        if self.path is None:
            self.store = ox.Store()
        elif read_only:
            self.store = ox.Store.read_only(str(self.path))
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self.store = ox.Store(str(self.path))
        self.minter = Minter(base)

    # ------------------------------------------------------------------ writing
    def replace_graph(self, graph_iri: str, ntriples: bytes) -> None:
        """Make `graph_iri` hold exactly these triples, atomically."""
        if not _IRI_OK.match(graph_iri):
            raise ValueError(f"not an IRI: {graph_iri!r}")
        staging = ox.NamedNode(graph_iri + "#staging")
        self.store.remove_graph(staging) if self.store.contains_named_graph(staging) else None
        self.store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=staging)
        # the IRIs were checked above and are minted by resgraph, never taken from a user
        self.store.update(f"MOVE SILENT GRAPH <{staging.value}> TO GRAPH <{graph_iri}>")

    def load_graph(self, graph) -> str:
        """Load an rdflib graph (from rdf.record_to_graph) as its own named graph."""
        from .rdf import to_ntriples
        self.replace_graph(str(graph.identifier), to_ntriples(graph))
        return str(graph.identifier)

    def load_record(self, record: Record) -> str:
        from .rdf import record_to_graph
        return self.load_graph(record_to_graph(record, self.minter.base))

    def remove_file(self, file: str) -> None:
        g = ox.NamedNode(self.minter.graph(file))
        if self.store.contains_named_graph(g):
            self.store.remove_graph(g)

    def flush(self) -> None:
        if self.path is not None:
            self.store.flush()

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, params: Optional[dict[str, Param]] = None) -> list[dict[str, Any]]:
        """SELECT rows as dicts of plain values; params are bound as substitutions."""
        subs = {ox.Variable(k): term(v) for k, v in (params or {}).items()}
        result = self.store.query(sparql, substitutions=subs, use_default_graph_as_union=True)
        if isinstance(result, bool):
            return [{"result": result}]
        names = [v.value for v in result.variables]
        return [{n: python(row[n]) for n in names} for row in result]

    def ask(self, sparql: str, params: Optional[dict[str, Param]] = None) -> bool:
        subs = {ox.Variable(k): term(v) for k, v in (params or {}).items()}
        return bool(self.store.query(sparql, substitutions=subs, use_default_graph_as_union=True))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def __len__(self) -> int:
        return len(self.store)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.store)

    def graph_ntriples(self, graph_iri: str) -> bytes:
        return self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri))

    def dump(self, fmt: str) -> bytes:
        """The whole store as N-Quads or TriG (named graphs kept)."""
        f = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}[fmt]
        return self.store.dump(format=f)

    # ------------------------------------------------------------------ draft lineage
    def draft_candidates(self) -> list[drafts.Candidate]:
        """Drafts and adopted resolutions as they stand in the store, for drafts.match."""
        rows = self.query(_CANDIDATES)
        by_iri: dict[str, dict] = {}
        for r in rows:
            by_iri.setdefault(r["doc"], r)
        texts: dict[str, list[tuple[int, str]]] = {}
        for r in self.query(_TEXTS):
            texts.setdefault(r["doc"], []).append((r["idx"], r["text"]))
        out = []
        for iri, r in by_iri.items():
            text = " ".join(t for _, t in sorted(texts.get(iri, [])))
            organ = r["organ"].rsplit("/", 1)[-1] if r.get("organ") else None
            if r["isDraft"]:
                year = r.get("year")
                if r.get("nested") and year is not None:
                    sessions = (year - 1945, year - 1944) if organ == "GA" else (year, year + 1)
                else:
                    sessions = (r["session"],) if r.get("session") is not None else ()
            else:
                sessions = (r["session"],) if r.get("session") is not None else ()
            out.append(drafts.Candidate(iri, bool(r["isDraft"]), organ, sessions, r.get("title") or "",
                                        drafts._norm(text)))
        return out

    def relink(self) -> list[tuple[str, str, float]]:
        """Recompute draft → adoption links over the whole store and replace the links graph."""
        from .rdf import links_graph
        links = drafts.match(self.draft_candidates())
        self.load_graph(links_graph(links, self.minter.base))
        return links


_PREFIX = f"PREFIX rg: <{ONTOLOGY_NS}>\nPREFIX eli: <http://data.europa.eu/eli/ontology#>\n" \
          "PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
# documents read from files (graph subjects) and the drafts nested in them
_CANDIDATES = _PREFIX + """
SELECT ?doc ?isDraft ?nested ?organ ?session ?year ?title WHERE {
  { ?g dcterms:subject ?doc }
  UNION
  { ?g dcterms:subject ?outer . ?outer rg:containsDraft ?doc . BIND(true AS ?nested)
    OPTIONAL { ?outer eli:date_document ?date . BIND(xsd:integer(SUBSTR(STR(?date), 1, 4)) AS ?year) } }
  BIND(EXISTS { ?doc a rg:DraftResolution } AS ?isDraft)
  OPTIONAL { ?doc rg:recommendedTo ?to }
  OPTIONAL { ?doc rg:adoptedBy ?by }
  BIND(COALESCE(?to, ?by) AS ?organ)
  OPTIONAL { ?doc rg:session/rg:sessionNumber ?session }
  OPTIONAL { ?doc dcterms:title ?title }
}"""
_TEXTS = _PREFIX + """
SELECT ?doc ?idx ?text WHERE {
  ?p eli:is_part_of ?doc ; rg:paragraphIndex ?idx ; rg:text ?text .
  ?p a ?cls . FILTER(?cls != rg:AnnexParagraph)
}"""
