"""/sparql: the SPARQL 1.1 Protocol over the store, read-only.

- The default graph is the UNION of all named graphs (each source file is a named graph, so
  queries without GRAPH see everything); `default-graph-uri` and `named-graph-uri` (or the
  query's own FROM / FROM NAMED) choose another dataset, as the protocol says.
- GET ?query=, POST of a form, POST of application/sparql-query; HEAD answers GET's headers.
- SELECT/ASK in SPARQL JSON, XML, CSV, TSV; CONSTRUCT/DESCRIBE in Turtle, N-Triples, RDF/XML and
  JSON-LD (with the package's context), chosen by Accept with q-values; 406 if none fits.
- GET /sparql without a query: the SPARQL 1.1 Service Description.
- Refusals (an update, SERVICE, a syntax error: 400; application/sparql-update: 415; a body too
  large: 413; a query past its time or memory: 503) are plain text saying why, readable from
  SPARQLWrapper's exception (`QueryBadFormed` message, or `HTTPError.read()`).
- ETag (weak: gzip varies the bytes) from the store's version and the request; If-None-Match
  gives 304 without running the query. CORS and gzip come from the app's middleware.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from resgraph.web import protocol
from resgraph.web.protocol import ProtocolError
from resgraph.web.serialize import RDF, RESULTS
from resgraph.web.workers import QueryFailed

router = APIRouter()
VARY = "Accept, Accept-Encoding"


def refusal(status: int, reason: str) -> Response:
    headers = {"Retry-After": "5"} if status == 503 else {}
    return Response(reason + "\n", status_code=status, media_type="text/plain; charset=utf-8", headers=headers)


def etag(version: str, req: protocol.SparqlRequest, results: str | None, rdf: str | None) -> str:
    h = hashlib.sha1()
    for part in (version, req.query or "", *req.default_graphs, "|", *req.named_graphs, results or "", rdf or ""):
        h.update(part.encode("utf-8") + b"\0")
    return f'W/"{h.hexdigest()[:20]}"'


def service_description(request: Request, rdf_media: str) -> Response:
    from resgraph.web.description import describe

    endpoint = str(request.url.replace(query=""))
    return Response(describe(endpoint, rdf_media), media_type=rdf_media, headers={"Vary": VARY})


async def _body(head: bytes, rest: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    yield head
    async for chunk in rest:
        yield chunk


@router.api_route("/sparql", methods=["GET", "HEAD", "POST"], summary="SPARQL 1.1 Protocol (read-only)")
async def sparql_endpoint(request: Request) -> Response:
    """Answer a SPARQL query (see the module docstring)."""
    try:
        body = await request.body() if request.method == "POST" else b""
        req = protocol.read(request.method, request.url.query, request.headers.get("content-type", ""), body)
        results, rdf = protocol.formats(request.headers.get("accept"), request.query_params.getlist("format"))
    except ProtocolError as e:
        return refusal(e.status, str(e))
    if req.query is None:
        if request.method == "POST" or req.default_graphs or req.named_graphs:
            return refusal(400, "no query: pass ?query=... or POST it (form field query, or application/sparql-query)")
        if rdf is None:
            return refusal(406, f"the service description is RDF: accept one of {', '.join(RDF)}")
        return service_description(request, rdf)
    if results is None and rdf is None:
        return refusal(
            406, f"none of the accepted types is served; results: {', '.join(RESULTS)}; graphs: {', '.join(RDF)}"
        )
    settings = request.app.state.settings
    tag = etag(settings.version, req, results, rdf)
    headers = {"ETag": tag, "Vary": VARY}
    if tag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    job: dict[str, Any] = {"query": req.query, "results": results, "rdf": rdf}
    if req.default_graphs or req.named_graphs:
        job["default"], job["named"] = list(req.default_graphs), list(req.named_graphs) or None
    try:
        answer = await request.app.state.pool.run(job)
    except QueryFailed as e:
        return refusal(e.status, str(e))
    media = answer.media + ("; charset=utf-8" if answer.media.startswith("text/") else "")
    if answer.rest is None:
        return Response(answer.head, media_type=media, headers=headers)
    return StreamingResponse(_body(answer.head, answer.rest), media_type=media, headers=headers)
