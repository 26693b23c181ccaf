"""The formats the endpoint answers in: media type -> Oxigraph format, JSON-LD with the context.

SELECT and ASK results: SPARQL JSON, XML, CSV, TSV. CONSTRUCT and DESCRIBE graphs: Turtle,
N-Triples, RDF/XML (written by Oxigraph as they are produced) and JSON-LD, compacted with the
package's ontology/context.jsonld (written inline, so a client needs nothing from the network).
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from resgraph.resources import ONTOLOGY

RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
RDF = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
# other names clients send for the same formats (SPARQLWrapper, browsers, older tools)
ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "application/x-turtle": "text/turtle",
    "text/plain": "application/n-triples",
    "application/json-ld": "application/ld+json",
}


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The JSON-LD @context of the package (ontology/context.jsonld)."""
    ctx: dict[str, Any] = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    return ctx


def jsonld(triples: Any) -> bytes:
    """A CONSTRUCT/DESCRIBE result as JSON-LD compacted with the package's context (rdflib's
    serializer: Oxigraph's writes no context). Not streamed: compaction needs the whole graph."""
    from rdflib import Graph

    g = Graph()
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    out: str = g.serialize(format="json-ld", context=context(), auto_compact=True)
    return out.encode("utf-8")
