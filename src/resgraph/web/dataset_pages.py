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

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, PlainTextResponse, RedirectResponse, Response

from resgraph.web import dumps, formats
from resgraph.web.page_queries import named_count, named_rows, page_call

if TYPE_CHECKING:
    from resgraph.web.pages import Site

SITEMAP_LIMIT = 50_000  # URLs one sitemap file may list (sitemaps.org)
XML = "application/xml"


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
