"""What the dataset pages read from the store (the VoID description, a lineage's graph), apart
from their routes (dataset_pages.py): these run in the query workers (page_calls.py), which so
import neither FastAPI nor the site's routes (a second of every worker's start, before it could
answer its first query).
"""

from __future__ import annotations

from collections import deque
from typing import Any

import pyoxigraph as ox
from rdflib.namespace import RDF

from resgraph.graph.rdf import RG
from resgraph.graph.store import GraphStore

MAX_NODES = 150  # resources a lineage view draws (the nearest to the resolution asked about)


def void_triples(store: GraphStore) -> list[ox.Triple]:
    """The dataset description the build wrote (empty when the store was built without one)."""
    g = ox.NamedNode(store.minter.dataset_graph())
    return [ox.Triple(q.subject, q.predicate, q.object) for q in store.store.quads_for_pattern(None, None, None, g)]


def lineage_graph(
    store: GraphStore, rows: list[dict[str, Any]], symbol: str, max_nodes: int | None = None
) -> dict[str, Any]:
    """Nodes and edges of a lineage (named query lineage rows) for the browser view, drawn from
    the older text to the newer: each edge with its kind, function, paragraph and draft score;
    nodes that are drafts, and the resolution asked about, marked. At most `max_nodes` (MAX_NODES)
    (the nearest: see nearest) and the edges between them; `more` counts what was left out (the
    lineage of S/RES/1373(2001) in corpus-full has 951 nodes and 8,773 edges)."""
    nodes: dict[str, dict] = {}
    edges: dict[tuple, dict] = {}
    draft_type = ox.NamedNode(str(RG.DraftResolution))
    for r in rows:
        for iri, sym in ((r["from"], r.get("fromSymbol")), (r["to"], r.get("toSymbol"))):
            if iri not in nodes:
                is_draft = any(
                    True
                    for _ in store.store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(str(RDF.type)), draft_type)
                )
                nodes[iri] = {
                    "id": iri,
                    "label": sym or iri.rsplit("/", 1)[-1],
                    "draft": is_draft,
                    "focus": sym == symbol,
                }
        old, new = (r["to"], r["from"]) if r["kind"] == "cites" else (r["from"], r["to"])
        key = (old, new, r["kind"], r.get("function"), r.get("op"))
        edges[key] = {
            "source": old,
            "target": new,
            "kind": r["kind"],
            "function": r.get("function"),
            "op": r.get("op"),
            "score": r.get("score"),
            "draft": r["kind"] != "cites",
            "label": _edge_label(r),
        }
    kept = nearest(nodes, list(edges.values()), MAX_NODES if max_nodes is None else max_nodes)
    drawn = [e for e in edges.values() if e["source"] in kept and e["target"] in kept]
    return {
        "nodes": sorted((nodes[n] for n in kept), key=lambda n: n["label"]),
        "edges": drawn,
        "more": {"nodes": len(nodes) - len(kept), "edges": len(edges) - len(drawn)},
    }


def nearest(nodes: dict[str, dict], edges: list[dict], limit: int) -> set[str]:
    """At most `limit` nodes: the resolution asked about and those fewest edges away from it
    (either way), so a bounded view shows its closest ancestors and descendants."""
    if len(nodes) <= limit:
        return set(nodes)
    around: dict[str, list[str]] = {}
    for e in edges:
        around.setdefault(e["source"], []).append(e["target"])
        around.setdefault(e["target"], []).append(e["source"])
    start = [n for n, v in nodes.items() if v["focus"]] or list(nodes)[:1]
    kept = dict.fromkeys(start)
    todo = deque(start)
    while todo and len(kept) < limit:
        for m in sorted(around.get(todo.popleft(), [])):
            if m not in kept and len(kept) < limit:
                kept[m] = None
                todo.append(m)
    return set(kept)


def _edge_label(r: dict[str, Any]) -> str:
    if r["kind"] != "cites":
        return r["kind"].replace("-", " ") + (f" ({r['score']:.2f})" if r.get("score") is not None else "")
    return (r.get("function") or "cites") + (f" op {r['op']}" if r.get("op") is not None else "")
