"""Which representation a client asked for, and the RDF of a description written in it.

People get HTML; RDF clients get Turtle, JSON-LD (compacted with ontology/context.jsonld, so
that `symbol`, `cites`, `title` read as names), N-Triples or RDF/XML, chosen by the Accept header
with its q-values (RFC 9110 12.5.1, negotiated as the SPARQL endpoint negotiates) or by a suffix
on the IRI (`.ttl`, `.jsonld`, `.nt`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from resgraph.graph.rdf import PREFIXES
from resgraph.web import protocol
from resgraph.web import serialize as serialize_endpoint


@dataclass(frozen=True)
class Format:
    name: str
    media: str
    suffix: str


HTML = Format("html", "text/html", ".html")
TURTLE = Format("turtle", "text/turtle", ".ttl")
JSONLD = Format("jsonld", "application/ld+json", ".jsonld")
NTRIPLES = Format("ntriples", "application/n-triples", ".nt")
RDFXML = Format("rdfxml", "application/rdf+xml", ".rdf")
RESOURCE_FORMATS = (HTML, TURTLE, JSONLD, NTRIPLES, RDFXML)  # in the server's order of preference
RDF_FORMATS = RESOURCE_FORMATS[1:]
BY_SUFFIX = {f.suffix: f for f in RESOURCE_FORMATS}
# other names clients send, as the endpoint reads them, except that plain JSON asked of a
# resource is its JSON-LD (the endpoint's JSON is query results, which a description is not)
RESOURCE_ALIASES = {**serialize_endpoint.ALIASES, "application/json": JSONLD.media}
_OX = {TURTLE: ox.RdfFormat.TURTLE, NTRIPLES: ox.RdfFormat.N_TRIPLES, RDFXML: ox.RdfFormat.RDF_XML}


def negotiate(header: str | None, offers: Iterable[Format] = RESOURCE_FORMATS) -> Format | None:
    """The offer the client prefers, by the endpoint's negotiation (protocol.choose: highest q,
    then the most specific range, then the server's order; the first offer without an Accept),
    or None when it accepts none of them (answer 406)."""
    offers = tuple(offers)
    media = protocol.choose(header, [f.media for f in offers], offers[0].media, RESOURCE_ALIASES)
    return next((f for f in offers if f.media == media), None)


def serialize(triples: list[ox.Triple], fmt: Format) -> bytes:
    """The triples in an RDF format. Raises ValueError for HTML (not an RDF format)."""
    if fmt in _OX:
        prefixes = {k: str(v) for k, v in PREFIXES.items()} if fmt != NTRIPLES else None
        return ox.serialize(triples, format=_OX[fmt], prefixes=prefixes) or b""
    if fmt == JSONLD:
        return serialize_endpoint.jsonld(triples)
    raise ValueError(f"{fmt.name} is not an RDF format")
