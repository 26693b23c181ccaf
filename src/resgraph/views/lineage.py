"""Lineage as chains and the citation network's shape, with networkx over query results.

The lineage query returns edges; a reader wants "66/181 → 2012/14 → 67/186". Derivation runs
from the older text to the newer: a cited resolution precedes the one that cites it, and a
resolution that recommends a draft precedes the resolution the draft became.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import networkx as nx

from resgraph.graph import queries


def edge_label(e: dict[str, Any]) -> str:
    """'cited (reiterates, op 10) by' for a citation read from old to new; the kind otherwise."""
    if e["kind"] == "cites":
        detail = ", ".join(x for x in (e.get("function"), f"op {e['op']}" if e.get("op") is not None else None) if x)
        return f"cited ({detail}) by" if detail else "cited by"
    return e["kind"]


def _derivation(rows: list[dict]) -> nx.MultiDiGraph:
    """Old → new edges, labelled with the best evidence (an operative citation beats a recital)."""
    g = nx.MultiDiGraph()
    for r in rows:
        src, dst = (r["to"], r["from"]) if r["kind"] == "cites" else (r["from"], r["to"])
        g.add_node(src, symbol=r.get("toSymbol" if r["kind"] == "cites" else "fromSymbol") or src)
        g.add_node(dst, symbol=r.get("fromSymbol" if r["kind"] == "cites" else "toSymbol") or dst)
        g.add_edge(src, dst, **r)
    return g


def chains_to(rows: list[dict], symbol: str) -> list[tuple[list[str], list[dict]]]:
    """The longest derivation chains that end at `symbol` (ancestor rows only), best first.

    Among chains of equal length, those whose edges are operative citations come first: they
    carry a mandate forward, where a preambular recall only acknowledges it.
    """
    g = _derivation([r for r in rows if r["direction"] == "ancestor"])
    target = next((n for n, d in g.nodes(data=True) if d.get("symbol") == symbol), None)
    if target is None:
        return []
    simple = nx.DiGraph()
    for u, v, d in g.edges(data=True):
        w = 1 + (d.get("op") is not None) + (d["kind"] != "cites")
        if not simple.has_edge(u, v) or simple[u][v]["w"] < w:
            simple.add_edge(u, v, w=w, data=d)
    anc = nx.ancestors(simple, target) | {target}
    sub = simple.subgraph(anc).copy()
    if not nx.is_directed_acyclic_graph(sub):  # a citation cycle (rare): cut back edges
        sub.remove_edges_from([(u, v) for u, v, _ in nx.find_cycle(sub)][-1:])
    best: dict[str, tuple[int, int, list[str]]] = {}
    for n in reversed(list(nx.topological_sort(sub))):
        if n == target:
            best[n] = (0, 0, [n])
            continue
        options = [
            (best[v][0] + 1, best[v][1] + sub[n][v]["w"], [n] + best[v][2]) for v in sub.successors(n) if v in best
        ]
        if options:
            best[n] = max(options, key=lambda t: (t[0], t[1]))
    starts = sorted(
        (v for k, v in best.items() if k != target and not any(True for _ in sub.predecessors(k))),
        key=lambda t: (-t[0], -t[1], t[2]),
    )
    out = []
    for _, _, path in starts:
        edges = [sub[u][v]["data"] for u, v in pairwise(path)]
        out.append(([g.nodes[n]["symbol"] for n in path], edges))
    return out


def graph_stats(store, top: int = 10) -> dict[str, Any]:
    """Most cited, PageRank, components and longest chains of the whole derivation network."""
    read = {r["doc"] for r in queries.run(store, "documents", {})}
    symbols: dict[str, str] = {}
    g = nx.DiGraph()
    for r in queries.run(store, "derivation-edges", {}):
        src, dst = (r["to"], r["from"]) if r["kind"] == "cites" else (r["from"], r["to"])
        symbols.update({k: v for k, v in ((r["from"], r["fromSymbol"]), (r["to"], r["toSymbol"])) if v})
        if src != dst:
            g.add_edge(src, dst, kind=r["kind"])
    name = lambda n: symbols.get(n, n)  # noqa: E731
    cited = sorted(((name(n), d) for n, d in g.out_degree() if d), key=lambda t: (-t[1], t[0]))[:top]
    pr = nx.pagerank(nx.reverse(g, copy=False)) if len(g) else {}
    ranked = sorted(pr.items(), key=lambda t: (-t[1], name(t[0])))[:top]
    comps = list(nx.weakly_connected_components(g))
    dag = g if nx.is_directed_acyclic_graph(g) else nx.condensation(g)
    chains = []
    if len(g):
        path = nx.dag_longest_path(dag)
        if dag is not g:
            members = nx.get_node_attributes(dag, "members")
            path = [sorted(members[c])[0] for c in path]
        chains.append([name(n) for n in path])
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "in_corpus": len(read),
        "components": len(comps),
        "largest_component": max((len(c) for c in comps), default=0),
        "most_cited": [{"symbol": s, "cited_by": d} for s, d in cited],
        "pagerank": [{"symbol": name(n), "pagerank": round(p, 5)} for n, p in ranked],
        "longest_chains": chains,
    }
