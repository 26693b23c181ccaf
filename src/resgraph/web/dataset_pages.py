"""The dataset as a whole: its VoID/DCAT description, its dumps, a sitemap, the lineage graph.

The description is the named graph `<base>graph/dataset` that a build writes into the store
(graph/dataset.py); `/.well-known/void` serves it in the format asked for. Dumps (`/dump/NAME`,
the void:dataDump of the description) are files `resgraph export` wrote, in the dumps folder or
in a process of their own (dumps.py), never in the app's process. The sitemap lists the pages
worth crawling: every resource with a symbol, every vocabulary concept and session (named query
site-resources), in files of at most SITEMAP_LIMIT URLs under a sitemap index. Every read of the
store runs in the endpoint's query workers (page_queries.py).
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, PlainTextResponse, RedirectResponse, Response
from rdflib.namespace import RDF

from resgraph.graph.rdf import RG
from resgraph.graph.store import GraphStore
from resgraph.web import dumps, formats
from resgraph.web.page_queries import named_count, named_rows, page_call

if TYPE_CHECKING:
    from resgraph.web.pages import Site

SITEMAP_LIMIT = 50_000  # URLs one sitemap file may list (sitemaps.org)
XML = "application/xml"
MAX_NODES = 150  # resources a lineage view draws (the nearest to the resolution asked about)


def void_triples(store: GraphStore) -> list[ox.Triple]:
    """The dataset description the build wrote (empty when the store was built without one)."""
    g = ox.NamedNode(store.minter.dataset_graph())
    return [ox.Triple(q.subject, q.predicate, q.object) for q in store.store.quads_for_pattern(None, None, None, g)]


def sitemap(urls: list[str]) -> str:
    items = "".join(f"<url><loc>{escape(u)}</loc></url>\n" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + items + "</urlset>\n"
    )


def sitemap_index(urls: list[str]) -> str:
    items = "".join(f"<sitemap><loc>{escape(u)}</loc></sitemap>\n" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + items + "</sitemapindex>\n"
    )


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


def add_routes(r: APIRouter, site: Site) -> None:
    """/.well-known/void, /dump/NAME, /sitemap.xml."""
    methods = ["GET", "HEAD"]

    @r.api_route("/.well-known/void", methods=methods)
    async def void(request: Request) -> Response:
        from resgraph.web.page_calls import unpack

        triples = unpack(await page_call(request, site, "void"))
        if not triples:
            return site.not_found("the dataset description (the store was built without one)")
        fmt = formats.negotiate(request.headers.get("accept"), (*formats.RDF_FORMATS, formats.HTML))
        if fmt is None:
            return Response("406 Not Acceptable: the description is RDF (Turtle, JSON-LD, N-Triples, RDF/XML)\n", 406)
        if fmt == formats.HTML:  # a browser: the dataset's own page
            return RedirectResponse(site.local(site.base + "dataset"), 303, headers={"Vary": "Accept"})
        headers = {"Vary": "Accept"}
        return Response(formats.serialize(triples, fmt), media_type=fmt.media, headers=headers)

    @r.api_route("/dump/{name}", methods=methods)
    async def dump(request: Request, name: str) -> Response:
        if not site.dumps.known(name):
            return site.not_found(f"the dump {name}; dumps: {', '.join(dumps.NAMES)}")
        try:
            path = await site.dumps.path(name)
        except dumps.DumpPending as e:
            return PlainTextResponse(f"{e}\n", 503, headers={"Retry-After": str(dumps.RETRY_AFTER)})
        except dumps.DumpFailed as e:
            return PlainTextResponse(f"{e}\n", 500)
        tag = dumps.etag(path)
        if tag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
            return Response(status_code=304, headers={"ETag": tag})
        return FileResponse(path, media_type="application/gzip", filename=name, headers={"ETag": tag})

    @r.api_route("/sitemap.xml", methods=methods)
    async def sitemap_xml(request: Request) -> Response:
        """A sitemap index: one sitemap file per SITEMAP_LIMIT resources (named query site-resources)."""
        here = str(request.base_url).rstrip("/")  # a sitemap lists URLs of its own host
        files = max(1, -(-(await named_count(request, site, "site-resources")) // SITEMAP_LIMIT))
        return Response(sitemap_index([f"{here}/sitemap-{n}.xml" for n in range(1, files + 1)]), media_type=XML)

    @r.api_route("/sitemap-{number}.xml", methods=methods)
    async def sitemap_file(request: Request, number: int) -> Response:
        here = str(request.base_url).rstrip("/")
        offset = (number - 1) * SITEMAP_LIMIT
        rows = await named_rows(request, site, "site-resources", {}, SITEMAP_LIMIT, offset) if number > 0 else []
        if not rows:
            return site.not_found(f"sitemap file {number}")
        urls = [here + site.local(r["iri"]) for r in rows if r["iri"].startswith(site.base)]
        return Response(sitemap(urls), media_type=XML)
