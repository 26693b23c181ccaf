"""One self-contained HTML page that draws the citation network in the browser, offline.

Cytoscape.js (3.35.0 from the npm registry, vendored with its licence in resgraph/web/static)
is inlined into the page with the network's elements and stylesheet, so the file opens from a
disk, a mail attachment or a USB stick with no network and no CDN. A click on a node shows its
title, organ, year and undocs.org link; a legend names the organ colours and the edge kinds.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx

from resgraph.views.network import DRAFT_EDGE, cytoscape, organ_colours

CYTOSCAPE = Path(__file__).resolve().parents[1] / "web" / "static" / "cytoscape.min.js"

_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>__TITLE__</title>
<style>
body { margin: 0; font: 14px/1.4 Helvetica, Arial, sans-serif; color: #222; display: flex; height: 100vh; }
#cy { flex: 1; min-width: 0; }
aside { width: 300px; padding: 12px 16px; border-left: 1px solid #ddd; overflow: auto; background: #fafafa; }
h1 { font-size: 16px; margin: 0 0 8px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 6px; vertical-align: -1px; }
.line { display: inline-block; width: 24px; height: 0; margin-right: 6px; vertical-align: 4px; }
ul { padding-left: 0; list-style: none; margin: 4px 0 12px; }
#info { margin-top: 12px; padding-top: 8px; border-top: 1px solid #ddd; }
small { color: #666; }
</style></head>
<body>
<div id="cy"></div>
<aside>
<h1>__TITLE__</h1>
<small>__COUNTS__. Arrows point from the citing text to the text it cites (or from a draft's
holder to the resolution it became). Click a node for its details; drag to move, scroll to zoom.</small>
<h2 style="font-size:14px">Organs</h2><ul>__ORGANS__</ul>
<h2 style="font-size:14px">Edges</h2><ul>
<li><span class="line" style="border-top:2px solid #8A8A8A"></span>cites (label: main function, ×citations)</li>
<li><span class="line" style="border-top:4px solid __DRAFT__"></span>draft adopted as</li></ul>
<div id="info"><small>Source: United Nations. Built by resgraph.</small></div>
</aside>
<script>__CYTOSCAPE__</script>
<script>
const net = __DATA__;
const cy = cytoscape({
  container: document.getElementById("cy"),
  elements: net.elements,
  style: net.style,
  wheelSensitivity: 0.3,
  layout: __LAYOUT__,
});
const focus = __FOCUS__;
if (focus) cy.getElementById(focus).addClass("focus");
const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
cy.on("tap", "node", (e) => {
  const d = e.target.data();
  document.getElementById("info").innerHTML =
    "<b>" + esc(d.label) + "</b> <small>" + esc(d.kind) + "</small><br>" + esc(d.title) +
    "<br><small>" + esc(d.organ) + (d.year ? ", " + d.year : "") + "</small><br>" +
    (d.undocs ? '<a href="' + esc(d.undocs) + '">undocs.org</a> · ' : "") + "<small>" + esc(d.iri) + "</small>";
});
document.body.dataset.rendered = String(cy.nodes().length) + " nodes, " + String(cy.edges().length) + " edges";
</script>
</body></html>
"""


def page(g: nx.DiGraph, title: str | None = None) -> str:
    """The page for `g` (its `around` node, when set, is marked and laid out at the centre).
    Raises OSError if the vendored Cytoscape.js is missing from the installation."""
    focus = g.graph.get("around")
    title = title or (f"Citation network around {focus}" if focus else "Citation network")
    data = cytoscape(g)
    if focus:  # rings by distance from the focus: its citations and citers first, theirs next
        dist = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), focus)
        far = max(dist.values(), default=0)
        for n in data["elements"]["nodes"]:
            n["data"]["ring"] = far - dist.get(n["data"]["id"], far)
        layout = {"name": "concentric", "minNodeSpacing": 70, "spacingFactor": 1.15, "animate": False,
                  "concentric": "__FOCUS_FN__", "levelWidth": "__LEVEL_FN__"}  # fmt: skip
    else:
        layout = {"name": "cose", "animate": False, "nodeRepulsion": 40000, "idealEdgeLength": 120}
    used = sorted({d.get("organ") for _, d in g.nodes(data=True) if d.get("organ")})
    colours = organ_colours()
    organs = "".join(
        f'<li><span class="swatch" style="background:{colours.get(o, "#BBB")}"></span>{html.escape(o)}</li>'
        for o in used
    )
    text = json.dumps(layout).replace('"__FOCUS_FN__"', "(n) => n.data('ring')").replace('"__LEVEL_FN__"', "() => 1")
    safe = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (
        _TEMPLATE.replace("__CYTOSCAPE__", CYTOSCAPE.read_text(encoding="utf-8").replace("</script", "<\\/script"))
        .replace("__DATA__", safe)
        .replace("__LAYOUT__", text)
        .replace("__FOCUS__", json.dumps(focus))
        .replace("__TITLE__", html.escape(title))
        .replace("__COUNTS__", f"{g.number_of_nodes()} documents, {g.number_of_edges()} edges")
        .replace("__ORGANS__", organs)
        .replace("__DRAFT__", DRAFT_EDGE)
    )
