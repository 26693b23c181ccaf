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
  gives 304 without running the query. CORS on every answer, gzip when asked.

It is a bare ASGI layer in front of the app, not a FastAPI route: a point query is answered in a
fraction of a millisecond by its worker, and routing, request objects and two middlewares cost
more than that. What the layer does not answer (OPTIONS: the CORS preflight) goes on to the app.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import zlib
from collections.abc import AsyncIterator, MutableMapping
from typing import Any

from resgraph.web import protocol
from resgraph.web.protocol import ProtocolError
from resgraph.web.serialize import RDF, RESULTS
from resgraph.web.workers import Answer, QueryFailed

VARY = b"Accept, Accept-Encoding"
GZIP_MIN = 1000  # bytes below which an answer goes out as it is
GZIP_INLINE = 64 * 1024  # bytes up to which the event loop compresses an answer itself (well under 1 ms)
CORS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-expose-headers", b"ETag, Content-Length, Retry-After"),
]
Scope = MutableMapping[str, Any]


def etag(version: str, req: protocol.SparqlRequest, results: str | None, rdf: str | None) -> str:
    h = hashlib.sha1()
    for part in (version, req.query or "", *req.default_graphs, "|", *req.named_graphs, results or "", rdf or ""):
        h.update(part.encode("utf-8") + b"\0")
    return f'W/"{h.hexdigest()[:20]}"'


class Reply:
    """What goes back: status, media type, headers, and the body (bytes, or chunks to stream)."""

    def __init__(self, status: int, media: str, body: bytes = b"", headers: list[tuple[bytes, bytes]] | None = None):
        self.status, self.media, self.body = status, media, body
        self.headers = headers or []
        self.rest: AsyncIterator[bytes] | None = None


def refusal(status: int, reason: str) -> Reply:
    headers = [(b"retry-after", b"5")] if status == 503 else []
    return Reply(status, "text/plain; charset=utf-8", (reason + "\n").encode(), headers)


def service_description(scope: Scope, headers: dict[bytes, bytes], rdf_media: str) -> Reply:
    from resgraph.web.description import describe

    host = headers.get(b"host", b"").decode("latin-1") or "{}:{}".format(*(scope.get("server") or ("localhost", 80)))
    endpoint = f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}{scope['path']}"
    return Reply(200, rdf_media, describe(endpoint, rdf_media), [(b"vary", VARY)])


async def answer(scope: Scope, headers: dict[bytes, bytes], body: bytes) -> Reply:
    """The reply to one /sparql request (see the module docstring)."""
    app = scope["app"]
    method, query_string = scope["method"], scope["query_string"].decode("latin-1")
    try:
        req = protocol.read(method, query_string, headers.get(b"content-type", b"").decode("latin-1"), body)
        fmt = [v for k, v in protocol.pairs(query_string) if k == "format" and v] if "format=" in query_string else []
        accept = headers.get(b"accept")
        results, rdf = protocol.negotiate(accept.decode("latin-1") if accept is not None else None, tuple(fmt))
    except ProtocolError as e:
        return refusal(e.status, str(e))
    if req.query is None:
        if method == "POST" or req.default_graphs or req.named_graphs:
            return refusal(400, "no query: pass ?query=... or POST it (form field query, or application/sparql-query)")
        if rdf is None:
            return refusal(406, f"the service description is RDF: accept one of {', '.join(RDF)}")
        return service_description(scope, headers, rdf)
    if results is None and rdf is None:
        return refusal(
            406, f"none of the accepted types is served; results: {', '.join(RESULTS)}; graphs: {', '.join(RDF)}"
        )
    tag = etag(app.state.settings.version, req, results, rdf)
    tagged = [(b"etag", tag.encode()), (b"vary", VARY)]
    if tag in [t.strip() for t in headers.get(b"if-none-match", b"").decode("latin-1").split(",")]:
        return Reply(304, "", b"", tagged)
    job: dict[str, Any] = {"query": req.query, "results": results, "rdf": rdf}
    if req.default_graphs or req.named_graphs:
        job["default"], job["named"] = list(req.default_graphs), list(req.named_graphs) or None
    try:
        got: Answer = await app.state.pool.run(job)
    except QueryFailed as e:
        return refusal(e.status, str(e))
    reply = Reply(200, got.media + ("; charset=utf-8" if got.media.startswith("text/") else ""), got.head, tagged)
    reply.rest = got.rest
    return reply


async def _gzipped(head: bytes, rest: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """A large answer, compressed as it is read from its file, in a thread: compressing is CPU
    work that would hold every other request of the app while it ran in the event loop."""
    z = zlib.compressobj(6, zlib.DEFLATED, 31)
    yield await asyncio.to_thread(z.compress, head)
    async for chunk in rest:
        if out := await asyncio.to_thread(z.compress, chunk):
            yield out
    yield z.flush()


async def compressed(data: bytes) -> bytes:
    """gzip of an answer held in memory; past GZIP_INLINE bytes in a thread (see _gzipped)."""
    if len(data) <= GZIP_INLINE:
        return gzip.compress(data, 6)
    return await asyncio.to_thread(gzip.compress, data, 6)


async def _read_body(receive: Any) -> bytes:
    """The request's body, read no further than one byte past what the protocol accepts."""
    parts, size = [], 0
    while True:
        message = await receive()
        parts.append(message.get("body", b""))
        size += len(parts[-1])
        if not message.get("more_body", False) or size > protocol.MAX_BODY:
            return b"".join(parts)


class SparqlEndpoint:
    """ASGI middleware: GET, HEAD and POST of `path` answered here (see the module docstring);
    everything else goes on to `app`. Reads the app's `state.settings` and `state.pool`."""

    def __init__(self, app: Any, path: str = "/sparql"):
        self.app, self.path = app, path

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] != self.path or scope["method"] not in ("GET", "HEAD", "POST"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        body = await _read_body(receive) if scope["method"] == "POST" else b""
        reply = await answer(scope, headers, body)
        out = list(reply.headers)
        if reply.media:
            out.append((b"content-type", reply.media.encode()))
        if b"origin" in headers:
            out += CORS
        zipped = b"gzip" in headers.get(b"accept-encoding", b"") and reply.status == 200
        if reply.rest is not None:  # a large answer, from the worker's file
            rest = _gzipped(reply.body, reply.rest) if zipped else reply.rest
            if zipped:
                out.append((b"content-encoding", b"gzip"))
            await send({"type": "http.response.start", "status": reply.status, "headers": out})
            if scope["method"] == "GET":
                if not zipped:
                    await send({"type": "http.response.body", "body": reply.body, "more_body": True})
                async for chunk in rest:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
            return
        data = reply.body
        if zipped and len(data) >= GZIP_MIN:
            data = await compressed(data)
            out.append((b"content-encoding", b"gzip"))
        out.append((b"content-length", str(len(data)).encode()))
        await send({"type": "http.response.start", "status": reply.status, "headers": out})
        await send({"type": "http.response.body", "body": data if scope["method"] != "HEAD" else b""})
