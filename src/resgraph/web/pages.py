"""Linked data: every IRI under the base answers, for people in HTML and for machines in RDF.

`resgraph serve --base B` serves the resource `B` + path at `/path`: the path of
`https://w3id.org/resgraph/A/RES/67/186` is `/A/RES/67/186`, and the w3id.org redirect (deploy/
w3id/.htaccess) sends the IRI there. The representation follows the Accept header (HTML, Turtle,
JSON-LD, N-Triples, RDF/XML; 406 when none fits) or a suffix (`/A/RES/67/186.ttl`). The pages
render what describe.py and document.py return; they need no JavaScript. Besides the resources:
`/` (an index), `/lineage?symbol=` (the interactive lineage view), `/query` (a SPARQL page),
`/.well-known/void`, `/sitemap.xml`, `/dump/NAME` and `/static/` (scripts and styles shipped in
the package). `install` adds them all to an app, after its other routes: the resource route
answers every path those leave.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pyoxigraph as ox
from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from resgraph.graph import queries
from resgraph.graph.iris import DEFAULT_BASE, UNDOCS
from resgraph.graph.lineage import DEFAULT_DEPTH, DEFAULT_LIMIT
from resgraph.graph.namespaces import RG as ONTOLOGY_NS
from resgraph.graph.store import GraphStore
from resgraph.graph.storedir import version as store_version
from resgraph.resources import ONTOLOGY
from resgraph.web import dataset_pages, describe, document, formats, page_calls
from resgraph.web.dumps import Dumps
from resgraph.web.page_queries import lineage_page, named_count, named_rows, page_call, page_symbols
from resgraph.web.workers import QueryFailed

WEB = Path(__file__).parent
TEMPLATES = WEB / "templates"
STATIC = WEB / "static"
CREDIT = "Source: United Nations"
HOME_PAGE = 500  # documents listed on one page of the home page
_SAFE = "/()-.,:~"


class Site:
    """The store, the base and the templates that every page of one server shares."""

    def __init__(
        self,
        store_path: Path,
        base: str = DEFAULT_BASE,
        dumps: Path | None = None,
        version: str = "",
        verify: bool = True,
    ):
        self.base = base if base.endswith("/") else base + "/"
        self.store = GraphStore(store_path, base=self.base, read_only=True, verify=verify)
        self.dumps = Dumps(store_path, version or store_version(store_path), dumps)
        first = next(iter(self.store.store.named_graphs()), None)
        if first is not None and not first.value.startswith(self.base):
            built = first.value.rsplit("/graph/", 1)[0] + "/"
            raise ValueError(f"{store_path}: the store's IRIs are under {built}, not {self.base}; pass --base {built}")
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "xml"]))
        self.env.filters["local"] = self.local
        self.env.filters["short"] = lambda v: (
            v[len(self.base) :] if isinstance(v, str) and v.startswith(self.base) else v
        )
        self.env.globals.update(credit=CREDIT, base=self.base, undocs=UNDOCS)
        self.counts: dict[str, int] = {}  # rows of named queries, counted once (the store is read-only)

    def local(self, iri: str | None) -> str:
        """The path this server answers an IRI at (its own IRIs), else the IRI itself."""
        if not iri:
            return ""
        if iri.startswith(self.base):
            return "/" + iri[len(self.base) :]
        if iri.startswith(ONTOLOGY_NS.rstrip("#")):
            return "/ontology" + iri[len(ONTOLOGY_NS.rstrip("#")) :]
        return iri

    def html(self, template: str, status: int = 200, **data: Any) -> HTMLResponse:
        return HTMLResponse(self.env.get_template(template).render(**data), status_code=status)

    async def render(self, template: str, **data: Any) -> HTMLResponse:
        """html() in a thread: a large page takes milliseconds to render, which the event loop
        would take from every other request of the app (the endpoint's point queries too)."""
        return await run_in_threadpool(lambda: self.html(template, **data))

    def not_found(self, what: str) -> HTMLResponse:
        return self.html("notfound.html", 404, title="Not found", what=what)


def rdf_response(triples: list[ox.Triple], fmt: formats.Format, location: str) -> Response:
    headers = {"Vary": "Accept", "Content-Location": location}
    return Response(formats.serialize(triples, fmt), media_type=fmt.media, headers=headers)


def not_acceptable() -> Response:
    offered = ", ".join(f.media for f in formats.RESOURCE_FORMATS)
    return Response(f"406 Not Acceptable: this resource is available as {offered}\n", 406, media_type="text/plain")


def ontology_triples() -> list[ox.Triple]:
    """The ontology (resgraph.ttl), as served at its namespace."""
    path = ONTOLOGY / "resgraph.ttl"
    return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


def script_json(data: Any) -> str:
    """JSON to embed in a <script> element: '</' escaped so the text cannot close it."""
    return json.dumps(data).replace("</", "<\\/")


EXAMPLE = re.compile(r"e\.g\.\s+(\S+)")


def example_text(q: queries.Query) -> str:
    """A named query as an example to run on /sparql: its parameters, which the named-query
    runner binds, given the example values of its header in a VALUES block after `WHERE {`."""
    values = []
    for p in q.params:
        m = EXAMPLE.search(p.doc)
        if m and p.required:
            v = m[1].rstrip(".,;)")
            values.append(
                f"?{p.name} {{ {v if p.type == 'integer' else f'<{v}>' if p.type == 'iri' else json.dumps(v)} }}"
            )
    parts = re.split(r"(WHERE\s*\{)", q.text, maxsplit=1, flags=re.I)
    if not values or len(parts) != 3:
        return q.text
    head, sep, tail = parts
    block = "".join(f"\n  VALUES {v}" for v in values)
    return head + sep + block + tail


def router(site: Site) -> APIRouter:
    """Every page and representation of the site (see the module docstring); the resource route
    comes last and answers any path the others leave."""
    r = APIRouter()
    methods = ["GET", "HEAD"]
    dataset_pages.add_routes(r, site)

    @r.api_route("/", methods=methods, response_class=HTMLResponse)
    async def home(request: Request, page: int = 1) -> Response:
        """The documents, HOME_PAGE a page (named query documents), with links to the others."""
        if "documents" not in site.counts:  # the store does not change while it is served
            site.counts["documents"] = await named_count(request, site, "documents")
        total = site.counts["documents"]
        pages = max(1, -(-total // HOME_PAGE))
        if not 1 <= page <= pages:
            return site.not_found(f"page {page} of the documents (pages 1 to {pages})")
        docs = await named_rows(request, site, "documents", {}, HOME_PAGE, (page - 1) * HOME_PAGE)
        first = (page - 1) * HOME_PAGE + 1
        return await site.render("home.html", title="resgraph", documents=docs, total=total, page=page, pages=pages,
                         first=first, last=first + len(docs) - 1, queries=queries.available())  # fmt: skip

    @r.api_route("/static/{name}", methods=methods)
    def static(name: str) -> Response:
        path = STATIC / name
        if "/" in name or name.startswith(".") or not path.is_file():
            return site.not_found(f"/static/{name}")
        return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})

    @r.api_route("/lineage", methods=methods, response_class=HTMLResponse)
    async def lineage_view(
        request: Request,
        symbol: str = "A/RES/67/186",
        depth: int = Query(DEFAULT_DEPTH, ge=0, description="generations each way (0: all)"),
        offset: int = Query(0, ge=0, description="rows skipped, nearest first"),
    ) -> Response:
        found = await page_symbols(request, site, symbol)  # "67/186" as the command line reads it
        if len(found) != 1:
            return site.not_found(f"the lineage of {symbol}" + (f" (it may be {', '.join(found)})" if found else ""))
        symbol = found[0]
        page = await lineage_page(request, site, symbol, depth or None, DEFAULT_LIMIT, offset)
        rows = [dict(r) for r in page.rows]
        view = await page_call(request, site, "lineage_view", rows, symbol) if page.node else None
        if view is None:
            return site.not_found(f"the lineage of {symbol}")
        graph, chains = view["graph"], view["chains"]
        return await site.render(
            "lineage.html",
            title=f"Lineage of {symbol}",
            symbol=symbol,
            symbol_iri=site.store.minter.doc(symbol),
            graph=graph,
            graph_json=script_json(graph),
            chains=chains,
            page=page,
            depth=depth,
        )

    @r.api_route("/query", methods=methods, response_class=HTMLResponse)
    def query_page(example: str = "") -> Response:
        named = queries.available()
        chosen = named.get(example) or named.get("most-cited")
        return site.html(
            "query.html",
            title="SPARQL query",
            queries=named,
            text=example_text(chosen) if chosen else "",
            examples_json=script_json({n: example_text(q) for n, q in named.items()}),
        )

    @r.api_route("/ontology/context.jsonld", methods=methods)
    def jsonld_context() -> Response:
        return FileResponse(ONTOLOGY / "context.jsonld", media_type="application/ld+json")

    @r.api_route("/{path:path}", methods=methods)
    async def resource(path: str, request: Request) -> Response:
        return await answer(site, request, path)

    return r


def _iri_of(site: Site, request: Request, path: str) -> str:
    """The IRI a request names: the raw (still percent-encoded) path after the base, as minted."""
    raw = request.scope.get("raw_path")
    text = raw.decode("ascii", "replace").split("?", 1)[0].lstrip("/") if raw else quote(path, safe=_SAFE)
    return site.base + text


def candidates(site: Site, request: Request, path: str) -> list[tuple[str, str | None]]:
    """The IRIs a path may name, each with the suffix that asks for a format: the path as
    minted, without a format suffix, and with the escapes the minter writes."""
    out: list[tuple[str, str | None]] = []
    iris = [_iri_of(site, request, path)]
    requoted = site.base + quote(unquote(path), safe=_SAFE)
    if requoted not in iris:  # asked with other escapes ("1373%282001%29" for the minted "1373(2001)")
        iris.append(requoted)
    for iri in iris:
        out.append((iri, None))
        stem, dot, suffix = iri.rpartition(".")
        if dot and "." + suffix in formats.BY_SUFFIX:
            out.append((stem, "." + suffix))
    return out


async def locate(site: Site, request: Request, path: str) -> tuple[str, list[ox.Triple], formats.Format | None]:
    """The IRI a path names, its description and the format its suffix asks for (if any); the
    store is read by a query worker. Raises QueryFailed when that overran its limits."""
    if path in ("ontology", *(f"ontology{f.suffix}" for f in formats.RESOURCE_FORMATS)):
        fmt = formats.BY_SUFFIX.get(path[len("ontology") :]) if path != "ontology" else None
        return ONTOLOGY_NS.rstrip("#"), ontology_triples(), fmt
    iri, data, suffix = await page_call(request, site, "describe_first", candidates(site, request, path))
    return iri, page_calls.unpack(data), formats.BY_SUFFIX[suffix] if suffix else None


async def answer(site: Site, request: Request, path: str) -> Response:
    """A resource in the representation asked for; 404 when the store knows nothing about it.
    Raises QueryFailed when a query of its page fails (timed out: 503)."""
    iri, triples, fmt = await locate(site, request, path)
    if not triples:
        return site.not_found(iri)
    fmt = fmt or formats.negotiate(request.headers.get("accept"))
    if fmt is None:
        return not_acceptable()
    location = site.local(iri) + ("" if fmt == formats.HTML else fmt.suffix)
    if fmt != formats.HTML:
        return await run_in_threadpool(rdf_response, triples, fmt, location)
    alternates = {f.media: site.local(iri) + f.suffix for f in formats.RDF_FORMATS}
    page = describe.kind(triples, iri) if iri != ONTOLOGY_NS.rstrip("#") else "resource"
    common: dict[str, Any] = {"iri": iri, "alternates": alternates}
    rows, missing = {}, []
    for name, params in document.queries_for(page, iri, triples).items():
        try:
            if name == "lineage":  # the nearest generations, as the lineage view's first page
                rows[name] = list((await lineage_page(request, site, params["symbol"], node=iri)).rows)
            else:
                rows[name] = await named_rows(request, site, name, params)
        except QueryFailed as e:  # the page goes out without that section, saying why
            missing.append(f"{name}: {e}")
    common["missing"] = missing
    if page == "document":
        data = await page_call(request, site, "document_page", iri, page_calls.pack(triples), rows)
        response = await site.render("document.html", title=data["symbol"] or data["title"] or iri, doc=data, **common)
    elif page == "actor":
        data = document.actor_page(iri, triples, rows)
        response = await site.render("actor.html", title=data["name"], actor=data, **common)
    else:
        about = await page_call(request, site, "resource_page", iri, page_calls.pack(triples))
        ontology = iri == ONTOLOGY_NS.rstrip("#")
        if ontology:  # the package's file, not a resource of the store
            about["name"] = "resgraph ontology"
        defined = describe.terms(triples) if ontology else []
        response = await site.render(
            "resource.html",
            title=about["name"],
            tables=about["tables"],
            terms=defined,
            graph_size=len(triples) if about["is_graph"] else None,
            **common,
        )
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = ", ".join(f'<{u}>; rel="alternate"; type="{m}"' for m, u in alternates.items())
    return response


def install(
    app: FastAPI, store_path: Path, base: str = DEFAULT_BASE, dumps: Path | None = None, verify: bool = True
) -> Site:
    """Add the linked-data site to an app. Call it after the app's own routes: its resource route
    answers every path. Raises FileNotFoundError when there is no store at store_path, ValueError
    when its IRIs are not under `base`, StoreError when a file of the store changed since its
    build (unless verify is False: a process of `serve --processes N`, whose parent verified)."""
    if not Path(store_path).exists():
        raise FileNotFoundError(f"{store_path}: no store here (run `resgraph build` first)")
    settings = getattr(app.state, "settings", None)
    site = Site(Path(store_path), base, dumps, settings.version if settings is not None else "", verify)
    app.include_router(router(site))

    async def failed(request: Request, e: Exception) -> Response:  # a page's query timed out, say
        status = e.status if isinstance(e, QueryFailed) else 500
        page = site.html("notfound.html", status, title="Not available", what=request.url.path, reason=str(e))
        if status == 503:  # stopped at a limit, or the queue was full: worth trying again later
            page.headers["Retry-After"] = "5"
        return page

    app.add_exception_handler(QueryFailed, failed)
    return site
