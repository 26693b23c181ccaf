"""A read-only SPARQL endpoint over the on-disk store (SPARQL 1.1 Protocol, FastAPI).

A public endpoint meets hostile queries. Updates are refused (only `Store.query` runs, on a store
opened read-only), SERVICE is refused (no requests to other hosts), query text and result size are
capped, and each query runs in a forked child process that is killed when it overruns its time:
Oxigraph cannot interrupt a running query, but the operating system can end a process.
"""

from __future__ import annotations

import multiprocessing as mp
import re
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import Response

from resgraph.graph import queries as named_queries
from resgraph.graph.store import GraphStore

MAX_QUERY_CHARS = 20_000
FORMATS = {  # media type asked for -> (pyoxigraph results format name, media type returned)
    "application/sparql-results+json": ("JSON", "application/sparql-results+json"),
    "application/json": ("JSON", "application/sparql-results+json"),
    "text/csv": ("CSV", "text/csv"),
    "text/tab-separated-values": ("TSV", "text/tab-separated-values"),
    "application/sparql-results+xml": ("XML", "application/sparql-results+xml"),
}
STRINGS = re.compile(r"\"\"\".*?\"\"\"|'''.*?'''|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>|#[^\n]*", re.S)
UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX|BASE)\s+\S+(?:\s+<[^>]*>)?\s*)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I
)


class QueryRefused(ValueError):
    """A query the endpoint will not run, with the reason a user can act on."""


def check(query: str) -> None:
    """Refuse what a read-only public endpoint must not run; raise QueryRefused saying why."""
    if not query.strip():
        raise QueryRefused("empty query")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryRefused(f"query longer than {MAX_QUERY_CHARS} characters")
    bare = STRINGS.sub(" ", query)  # keywords inside strings, IRIs and comments do not count
    if UPDATE.match(bare):
        raise QueryRefused("SPARQL Update is not allowed on this endpoint (read-only)")
    if re.search(r"\bSERVICE\b", bare, re.I):
        raise QueryRefused("SERVICE (federated query) is not allowed on this endpoint")


def _child(store_path: str, query: str, fmt: str, max_bytes: int, conn) -> None:
    try:
        import pyoxigraph as ox

        store = ox.Store.read_only(store_path)
        result = store.query(query)
        if isinstance(result, ox.QuerySolutions) or isinstance(result, ox.QueryBoolean):
            body = result.serialize(format=getattr(ox.QueryResultsFormat, fmt))
        else:  # CONSTRUCT / DESCRIBE
            body = result.serialize(format=ox.RdfFormat.N_TRIPLES)
        if len(body) > max_bytes:
            conn.send(("too-big", len(body)))
        else:
            conn.send(("ok", body))
    except SyntaxError as e:
        conn.send(("syntax", str(e)))
    except Exception as e:  # noqa: BLE001 - reported to the client as a 500 with its reason
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def run_query(
    store_path: Path, query: str, fmt: str = "JSON", timeout: float = 10.0, max_bytes: int = 50_000_000
) -> bytes:
    """Run one query in a child process; raise HTTPException with a clear reason on any failure."""
    try:
        check(query)
    except QueryRefused as e:
        raise HTTPException(400, str(e)) from None
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(str(store_path), query, fmt, max_bytes, child), daemon=True)
    proc.start()
    child.close()
    if not parent.poll(timeout):
        proc.kill()
        proc.join()
        raise HTTPException(503, f"query did not finish within {timeout:g} s and was stopped")
    kind, payload = parent.recv()
    proc.join()
    if kind == "ok":
        return payload
    if kind == "syntax":
        raise HTTPException(400, f"SPARQL syntax error: {payload}")
    if kind == "too-big":
        raise HTTPException(413, f"result of {payload} bytes exceeds the limit of {max_bytes}; add a LIMIT")
    raise HTTPException(500, payload)


def create_app(store_path: Path, timeout: float = 10.0) -> FastAPI:
    store_path = Path(store_path)
    if not store_path.exists():
        raise FileNotFoundError(f"{store_path}: no store here (run `resgraph build` first)")
    app = FastAPI(title="resgraph SPARQL endpoint", description=__doc__)

    def negotiate(request: Request) -> tuple[str, str]:
        accept = request.headers.get("accept", "")
        for media, pair in FORMATS.items():
            if media in accept:
                return pair
        return FORMATS["application/sparql-results+json"]

    async def _answer(request: Request, query: str | None) -> Response:
        if query is None:
            raise HTTPException(400, "no query: pass ?query=... or POST it")
        fmt, media = negotiate(request)
        body = run_query(store_path, query, fmt, timeout)
        if body.startswith(b"<") and fmt == "JSON" and not body.startswith(b"<?xml"):
            media = "application/n-triples"
        return Response(body, media_type=media)

    @app.get("/sparql")
    async def sparql_get(request: Request, query: str | None = None) -> Response:
        return await _answer(request, query)

    @app.post("/sparql")
    async def sparql_post(request: Request) -> Response:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("application/sparql-query"):
            return await _answer(request, (await request.body()).decode("utf-8", "replace"))
        form = await request.form()
        if "update" in form:
            raise HTTPException(400, "SPARQL Update is not allowed on this endpoint (read-only)")
        q = form.get("query")
        return await _answer(request, q if isinstance(q, str) else None)

    @app.get("/queries")
    async def list_queries() -> dict[str, Any]:
        return {
            name: {
                "answers": q.answers,
                "parameters": {p.name: {"type": p.type, "required": p.required, "doc": p.doc} for p in q.params},
            }
            for name, q in named_queries.available().items()
        }

    @app.get("/queries/{name}")
    async def run_named(name: str, request: Request) -> dict[str, Any]:
        try:
            q = named_queries.load(name)
        except named_queries.QueryError as e:
            raise HTTPException(404, str(e)) from None
        try:
            rows = named_queries.run(GraphStore(store_path, read_only=True), name, dict(request.query_params))
        except named_queries.QueryError as e:
            raise HTTPException(400, str(e)) from None
        return {"query": name, "answers": q.answers, "rows": rows}

    return app
