"""Which representation a client asked for, and the RDF of a description written in it.

People get HTML; RDF clients get Turtle, JSON-LD (compacted with ontology/context.jsonld, so
that `symbol`, `cites`, `title` read as names), N-Triples or RDF/XML, chosen by the Accept header
with its q-values (RFC 9110 12.5.1) or by a suffix on the IRI (`.ttl`, `.jsonld`, `.nt`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from resgraph.graph.rdf import PREFIXES
from resgraph.resources import ONTOLOGY


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
ALIASES = {"application/x-turtle": TURTLE, "text/n3": TURTLE, "text/plain": NTRIPLES, "application/json": JSONLD}
_OX = {TURTLE: ox.RdfFormat.TURTLE, NTRIPLES: ox.RdfFormat.N_TRIPLES, RDFXML: ox.RdfFormat.RDF_XML}


def accepted(header: str | None) -> list[tuple[str, float]]:
    """(media range, q) of an Accept header, in the order written; no header accepts anything."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    out = []
    for part in header.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for p in params:
            k, _, v = p.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(v)))
                except ValueError:
                    q = 0.0
        out.append((media.lower(), q))
    return out


def negotiate(header: str | None, offers: Iterable[Format] = RESOURCE_FORMATS) -> Format | None:
    """The offer the client prefers (highest q, the most specific range deciding each offer's q,
    the server's order breaking ties), or None when it accepts none of them (answer 406)."""
    ranges = accepted(header)
    best: tuple[float, int, Format] | None = None
    for rank, offer in enumerate(offers):
        medias = {offer.media} | {m for m, f in ALIASES.items() if f == offer}
        q, specificity = 0.0, -1
        for media, mq in ranges:
            s = _specificity(media, medias, offer.media.split("/")[0])
            if s > specificity:
                q, specificity = mq, s
        if specificity >= 0 and q > 0 and (best is None or (q, -rank) > (best[0], -best[1])):
            best = (q, rank, offer)
    return best[2] if best else None


def _specificity(media: str, medias: set[str], main_type: str) -> int:
    """How closely a media range names an offer: 2 exactly, 1 by its type (text/*), 0 by */*."""
    if media in medias:
        return 2
    if media == main_type + "/*":
        return 1
    return 0 if media == "*/*" else -1


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """ontology/context.jsonld's @context: the names JSON-LD documents are compacted with."""
    return json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def serialize(triples: list[ox.Triple], fmt: Format) -> bytes:
    """The triples in an RDF format. Raises ValueError for HTML (not an RDF format)."""
    if fmt in _OX:
        prefixes = {k: str(v) for k, v in PREFIXES.items()} if fmt != NTRIPLES else None
        return ox.serialize(triples, format=_OX[fmt], prefixes=prefixes) or b""
    if fmt == JSONLD:
        from rdflib import Graph

        g = Graph()
        g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", format="nt")
        return g.serialize(format="json-ld", context=context(), auto_compact=True).encode("utf-8")
    raise ValueError(f"{fmt.name} is not an RDF format")
