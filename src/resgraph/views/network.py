"""The citation network a person can read: documents as labelled nodes, citations and draft
adoptions as typed edges, for Gephi (GEXF), yEd and igraph (GraphML), Cytoscape (JSON with a
stylesheet), Graphviz (DOT) and a browser (network_page.html: one self-contained page).

Rows come from three named queries (network-citations, network-adoptions, network-documents);
this module groups them into a networkx graph, filters it, and writes the formats. A node carries
its symbol, label, title, organ, year, kind (resolution, decision, draft, document), IRI and
undocs.org page; an edge its kind (cites, draft-adopted-as), weight (citations it stands for), a
count per citation function (each its own attribute) and the primary function (the most frequent).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from resgraph import vocab
from resgraph.graph import queries
from resgraph.graph.store import GraphStore

FORMATS = ("gexf", "graphml", "cytoscape", "dot", "html")
KINDS = {"Resolution": "resolution", "Decision": "decision", "DraftResolution": "draft", "Report": "report"}
PALETTE = (  # Okabe-Ito, readable by colour-blind readers, then lighter tones
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
    "#7F7F7F", "#8C564B", "#BCBD22", "#17BECF", "#9467BD",
)  # fmt: skip
DRAFT_EDGE = "#D55E00"


class NetworkError(ValueError):
    """A filter the network cannot apply (unknown organ, function or symbol); str() says which."""


@dataclass(frozen=True)
class Filters:
    """Which part of the network to keep; None keeps all."""

    around: str | None = None
    depth: int = 1
    since: int | None = None
    until: int | None = None
    function: str | None = None
    organ: str | None = None


def organ_colours() -> dict[str, str]:
    """Organ key -> colour, in the order of organs.yaml (stable across runs and files)."""
    return {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(vocab.load().organs)}


def _key(iri: str, symbol: str | None, base: str) -> str:
    """A node's name: its symbol, or for a draft without one its IRI after the base (draft/…)."""
    return symbol or (iri[len(base) :] if iri.startswith(base) else iri)


def _short(label: str, width: int = 36) -> str:
    """A label that fits under a node: a draft without symbol is named by its (long) title."""
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def _year(row: dict[str, Any]) -> int | None:
    for value in (row.get("adopted"), row.get("citedDate")):
        if isinstance(value, str) and value[:4].isdigit():
            return int(value[:4])
    year = row.get("year")
    return year if isinstance(year, int) else None


def _kind(kinds: str) -> str:
    names = {k.rsplit("#", 1)[-1] for k in (kinds or "").split()}
    return next((KINDS[k] for k in KINDS if k in names), "document")


def network(store: GraphStore, filters: Filters | None = None) -> nx.DiGraph:
    """The citation network of the store, filtered. Raises NetworkError for an unknown organ,
    function or symbol, or a --since after --until (an empty network would hide the typo)."""
    f = filters or Filters()
    if f.since is not None and f.until is not None and f.since > f.until:
        raise NetworkError(f"--since {f.since} is after --until {f.until}: the window holds no year")
    v = vocab.load()
    if f.organ is not None and f.organ not in v.organs:
        raise NetworkError(f"unknown organ {f.organ!r}; organs: {', '.join(v.organs)}")
    if f.function is not None and f.function not in v.functions:
        raise NetworkError(f"unknown citation function {f.function!r}; functions: {', '.join(v.functions)}")
    base = store.minter.base
    docs = {r["doc"]: r for r in queries.run(store, "network-documents")}
    key = {iri: _key(iri, r.get("symbol"), base) for iri, r in docs.items()}
    g = nx.DiGraph()
    for iri, r in docs.items():
        attrs = {
            "symbol": r.get("symbol") or "",
            "label": r.get("symbol") or _short(r.get("label") or key[iri]),
            "title": r.get("title") or "",
            "organ": r.get("organ") or "",
            "kind": _kind(r.get("kinds") or ""),
            "iri": iri,
            "undocs": r.get("undocs") or "",
        }
        year = _year(r)
        if year is not None:
            attrs["year"] = year
        g.add_node(key[iri], **attrs)
    functions: dict[tuple[str, str], Counter] = defaultdict(Counter)
    citations: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in queries.run(store, "network-citations"):
        pair = (key[r["citing"]], key[r["cited"]])
        citations[pair].add(r["citation"])
        functions[pair][r.get("function") or "refers-to"] += 1
    order = list(v.functions)
    for (a, b), found in functions.items():
        primary = min(found, key=lambda fn: (-found[fn], order.index(fn) if fn in order else len(order), fn))
        counts = {fn.replace("-", "_"): n for fn, n in sorted(found.items())}
        g.add_edge(
            a,
            b,
            kind="cites",
            weight=len(citations[a, b]),
            primary=primary,
            functions=" ".join(sorted(found)),
            **counts,
        )
    for r in queries.run(store, "network-adoptions"):
        found_a, found_b = key.get(r.get("container") or r["draft"]), key.get(r["adopted"])
        if found_a is None or found_b is None:
            continue
        a, b = found_a, found_b
        old = g.get_edge_data(a, b) or {}
        g.add_edge(
            a,
            b,
            **{**old, "kind": "draft-adopted-as", "weight": old.get("weight", 1), "score": float(r.get("score") or 0)},
        )
        g.edges[a, b].setdefault("primary", "draft-adopted-as")
    g.remove_nodes_from(list(nx.isolates(g)))  # a nested draft stands for its holder
    return _filtered(g, f)


def _filtered(g: nx.DiGraph, f: Filters) -> nx.DiGraph:
    keep = [
        (a, b)
        for a, b, d in g.edges(data=True)
        if (f.organ is None or g.nodes[a].get("organ") == f.organ)
        and (f.function is None or d.get(f.function.replace("-", "_")))
        and all(_in_years(g.nodes[n], f) for n in (a, b))
    ]
    out = g.edge_subgraph(keep).copy() if (f.organ or f.function or f.since or f.until) else g
    if f.around is not None:
        if f.around not in out:
            raise NetworkError(
                f"{f.around} is not in the network (is the symbol canonical, and does it cite or is it cited?)"
            )
        near = nx.single_source_shortest_path_length(out.to_undirected(as_view=True), f.around, cutoff=f.depth)
        out = out.subgraph(near).copy()
        out.graph["around"] = f.around
    return out


def _in_years(node: dict[str, Any], f: Filters) -> bool:
    if f.since is None and f.until is None:
        return True
    year = node.get("year")
    return year is not None and (f.since is None or year >= f.since) and (f.until is None or year <= f.until)


def edge_label(d: dict[str, Any]) -> str:
    """What an edge says in a picture: "recalls", "reaffirms ×3", "draft adopted as"."""
    if d.get("kind") == "draft-adopted-as":
        return "draft adopted as"
    n = d.get("weight", 1)
    return str(d.get("primary", "cites")).replace("-", " ") + (f" ×{n}" if n > 1 else "")


def write(g: nx.DiGraph, fmt: str, out: Path) -> None:
    """Write `g` as `fmt` (one of FORMATS) to `out`. Raises ValueError for an unknown format."""
    if fmt == "gexf":
        nx.write_gexf(g, out)
    elif fmt == "graphml":
        nx.write_graphml(g, out)
    elif fmt == "cytoscape":
        out.write_text(json.dumps(cytoscape(g), ensure_ascii=False, indent=1), encoding="utf-8")
    elif fmt == "dot":
        out.write_text(dot(g), encoding="utf-8")
    elif fmt == "html":
        from resgraph.views.network_page import page

        out.write_text(page(g), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def stylesheet() -> list[dict[str, Any]]:
    """A Cytoscape stylesheet: nodes labelled and coloured by organ, edges labelled, arrows shown,
    draft adoptions bold and orange."""
    style: list[dict[str, Any]] = [
        {"selector": "node", "style": {
            "label": "data(label)", "background-color": "#BBBBBB", "font-size": 11, "text-valign": "bottom",
            "text-margin-y": 4, "width": 18, "height": 18, "text-background-color": "#FFFFFF",
            "text-background-opacity": 0.8, "text-background-padding": 1}},
        {"selector": "node[kind = 'decision']", "style": {"shape": "diamond"}},
        {"selector": "node[kind = 'draft']", "style": {"shape": "round-rectangle", "border-width": 2, "border-style": "dashed"}},
        {"selector": "edge", "style": {
            "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 1.2, "line-color": "#8A8A8A",
            "target-arrow-color": "#8A8A8A", "label": "data(label)", "font-size": 9, "color": "#333333",
            "text-rotation": "autorotate", "text-background-color": "#FFFFFF", "text-background-opacity": 0.85,
            "width": "mapData(weight, 1, 10, 1, 5)"}},
        {"selector": "edge[kind = 'draft-adopted-as']", "style": {
            "line-color": DRAFT_EDGE, "target-arrow-color": DRAFT_EDGE, "width": 4, "line-style": "solid",
            "color": DRAFT_EDGE}},
        {"selector": ".focus", "style": {"border-width": 4, "border-color": "#000000", "width": 28, "height": 28}},
    ]  # fmt: skip
    for organ, colour in organ_colours().items():
        style.append({"selector": f"node[organ = '{organ}']", "style": {"background-color": colour}})
    return style


def cytoscape(g: nx.DiGraph) -> dict[str, Any]:
    """Cytoscape.js / Cytoscape desktop JSON: the elements, each edge labelled, and the stylesheet."""
    data = nx.cytoscape_data(g)
    for e in data["elements"]["edges"]:
        e["data"]["label"] = edge_label(e["data"])
        e["data"]["id"] = f"{e['data']['source']}->{e['data']['target']}"
    data["style"] = stylesheet()
    return data


def _ink(colour: str) -> str:
    """Black or white text, whichever reads better on a fill colour (#RRGGBB)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#FFFFFF"


def _q(text: Any) -> str:
    """A DOT string: quotes and backslashes escaped; a line break becomes DOT's centred \\n."""
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot(g: nx.DiGraph) -> str:
    """Graphviz DOT: nodes labelled with symbol and year and filled with their organ's colour,
    edges labelled with their function (draft adoptions bold and orange), a legend of organs."""
    colours = organ_colours()
    lines = [
        "digraph citations {",
        '  graph [rankdir=LR, overlap=false, splines=true, fontname="Helvetica", nodesep=0.25, ranksep=0.6];',
        '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10, fillcolor="#DDDDDD"];',
        '  edge [fontname="Helvetica", fontsize=8, color="#777777", fontcolor="#333333", arrowsize=0.7];',
    ]
    for n, d in sorted(g.nodes(data=True)):
        shown = [d.get("label", n)] + ([str(d["year"])] if d.get("year") else [])
        fill = colours.get(d.get("organ", ""), "#DDDDDD")
        attrs = {"label": "\n".join(shown), "fillcolor": fill, "fontcolor": _ink(fill), "tooltip": d.get("title") or n}
        if d.get("undocs"):
            attrs["URL"] = d["undocs"]
        if d.get("kind") == "draft":
            attrs["style"] = "rounded,filled,dashed"
        if g.graph.get("around") == n:
            attrs["penwidth"] = "3"
        lines.append(f"  {_q(n)} [" + ", ".join(f"{k}={_q(v)}" for k, v in attrs.items()) + "];")
    for a, b, d in sorted(g.edges(data=True)):
        attrs = {"label": edge_label(d), "penwidth": str(min(1 + d.get("weight", 1) / 2, 4))}
        if d.get("kind") == "draft-adopted-as":
            attrs |= {"color": DRAFT_EDGE, "fontcolor": DRAFT_EDGE, "penwidth": "3", "style": "bold"}
        lines.append(f"  {_q(a)} -> {_q(b)} [" + ", ".join(f"{k}={_q(v)}" for k, v in attrs.items()) + "];")
    used = sorted({d.get("organ") for _, d in g.nodes(data=True) if d.get("organ")})
    if used:
        lines.append('  subgraph cluster_legend { label="organs"; fontname="Helvetica"; fontsize=9; style=dashed;')
        for o in used:
            fill = colours.get(o, "#DDDDDD")
            lines.append(f"    {_q('legend ' + o)} [label={_q(o)}, fillcolor={_q(fill)}, fontcolor={_q(_ink(fill))}];")
        lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def summary(g: nx.DiGraph) -> dict[str, Any]:
    kinds = Counter(d.get("kind") for _, _, d in g.edges(data=True))
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), **{k: n for k, n in kinds.items() if k}}
