"""The citation network for graph visualisers: GEXF (Gephi), GraphML, Cytoscape.js JSON, DOT (Graphviz).

Edges come from the named query `citation-network`; networkx writes every format, so the files
open as they are in the tools that analysts and researchers already use.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from resgraph.graph import queries
from resgraph.graph.store import GraphStore

FORMATS = ("gexf", "graphml", "cytoscape", "dot")


def network(store: GraphStore, organ: str | None = None) -> nx.DiGraph:
    """Citing → cited, one edge per pair, weighted by the number of citations, with their functions."""
    g = nx.DiGraph()
    for row in queries.run(store, "citation-network", {"organ": organ}):
        for node, org in ((row["from"], row.get("fromOrgan")), (row["to"], row.get("toOrgan"))):
            g.add_node(node, label=node, organ=org or "")
        g.add_edge(row["from"], row["to"], weight=int(row["weight"]), functions=row.get("functions") or "")
    return g


def write(g: nx.DiGraph, fmt: str, out: Path) -> None:
    if fmt == "gexf":
        nx.write_gexf(g, out)
    elif fmt == "graphml":
        nx.write_graphml(g, out)
    elif fmt == "cytoscape":
        out.write_text(json.dumps(nx.cytoscape_data(g), ensure_ascii=False, indent=1), encoding="utf-8")
    elif fmt == "dot":
        quoted = nx.relabel_nodes(g, {n: f'"{n}"' for n in g})  # symbols hold "/" and "(": DOT needs quotes
        for _, d in quoted.nodes(data=True):
            d["label"] = f'"{d["label"]}"'
        for _, _, d in quoted.edges(data=True):
            d["functions"] = f'"{d["functions"]}"'
        nx.nx_pydot.write_dot(quoted, out)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
