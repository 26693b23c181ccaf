"""The SPARQL 1.1 Service Description that GET /sparql answers without a query.

It says what the endpoint does (SPARQL 1.1 Query, no update, no federation), that its default
graph is the union of the named graphs (sd:UnionDefaultGraph), and the formats it answers in.
The terms come from the W3C Service Description and Formats vocabularies (imports.ttl).
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF

from resgraph.graph import namespaces as ns

SD = Namespace(ns.SD)
FORMATS = Namespace(ns.FORMATS)
FORMAT_NAMES = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "RDF_XML", "JSON-LD")  # fmt: skip
RDFLIB_FORMAT = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}


def graph(endpoint: str) -> Graph:
    """The service description of the endpoint at `endpoint` as an rdflib Graph."""
    g = Graph()
    g.bind("sd", SD)
    s, dataset, default = URIRef(endpoint), BNode(), BNode()
    g.add((s, RDF.type, SD.Service))
    g.add((s, SD.endpoint, s))
    g.add((s, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((s, SD.feature, SD.UnionDefaultGraph))
    for name in FORMAT_NAMES:
        g.add((s, SD.resultFormat, FORMATS[name]))
    g.add((s, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    g.add(
        (
            default,
            DCTERMS.description,
            Literal("The union of all named graphs: one named graph per source document, plus the registry graph."),
        )
    )
    return g


@lru_cache(maxsize=32)
def describe(endpoint: str, media: str) -> bytes:
    """The description serialised in `media` (one of RDFLIB_FORMAT)."""
    out: str = graph(endpoint).serialize(format=RDFLIB_FORMAT[media])
    return out.encode("utf-8")
