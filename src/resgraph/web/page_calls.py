"""What a page reads from the store besides its named queries, run in a query worker.

A page of the linked-data site reads the store directly (describe.py's walks over
`quads_for_pattern`, labels, the drafts of a lineage): those reads run in the endpoint's query
workers like every query, under the same time limit and memory cap, never in the app's process.
The app asks for one of CALLS by name with plain arguments (workers.Pool.call); the worker runs
it on its own read-only store and sends back plain data. Triples travel as N-Triples (pickling
Oxigraph's terms one by one costs ten times more).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyoxigraph as ox

from resgraph.graph.store import GraphStore
from resgraph.web import dataset_reads, describe, document

NT = ox.RdfFormat.N_TRIPLES


def pack(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=NT) or b""


def unpack(data: bytes) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(data, format=NT)] if data else []


def describe_first(store: GraphStore, candidates: list[tuple[str, str | None]]) -> tuple[str, bytes, str | None]:
    """The first of (IRI, suffix) candidates the store describes: (IRI, its triples, suffix);
    (first IRI, b"", None) when none is known."""
    for iri, suffix in candidates:
        triples = describe.describe(store, iri)
        if triples:
            return iri, pack(triples), suffix
    return candidates[0][0], b"", None


def document_page(store: GraphStore, iri: str, triples: bytes, rows: dict[str, list[dict]]) -> dict[str, Any]:
    return document.document_page(store, iri, unpack(triples), rows)


def resource_page(store: GraphStore, iri: str, triples: bytes) -> dict[str, Any]:
    """A generic page's name, tables and whether the resource is a named graph."""
    found = unpack(triples)
    return {
        "name": describe.label(store, iri),
        "tables": describe.rows(store, iri, found),
        "is_graph": store.has_graph(iri),
    }


def lineage_view(store: GraphStore, rows: list[dict[str, Any]], symbol: str) -> dict[str, Any] | None:
    """The lineage view's graph (bounded: dataset_reads.lineage_graph) and chains; None when the
    resolution is not in the store."""
    if not rows and not describe.exists(store, store.minter.doc(symbol)):
        return None
    return {
        "graph": dataset_reads.lineage_graph(store, rows, symbol),
        "chains": document.lineage(store, rows, symbol),
    }


def void(store: GraphStore) -> bytes:
    return pack(dataset_reads.void_triples(store))


CALLS: dict[str, Callable[..., Any]] = {
    "describe_first": describe_first,
    "document_page": document_page,
    "resource_page": resource_page,
    "lineage_view": lineage_view,
    "void": void,
}


def run(store: GraphStore, name: str, args: list[Any]) -> Any:
    """CALLS[name](store, *args). Raises KeyError for a name not in CALLS."""
    return CALLS[name](store, *args)
