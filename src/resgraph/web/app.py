"""The web app over a built store: one small factory that includes one router per concern.

Routers read what they need from ``app.state``: ``settings`` (a frozen Settings) and ``pool``
(the query workers, workers.Pool, started with the app and stopped with it). A router of pages
uses ``await request.app.state.pool.rows(query, substitutions)`` to query the store, so every
query of the app runs under the same time limit and memory cap, off the event loop.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware

from resgraph.graph.iris import DEFAULT_BASE
from resgraph.graph.storedir import version as store_version
from resgraph.web import named, openapi, pages
from resgraph.web.cache import ResponseCache
from resgraph.web.sparql import SparqlEndpoint
from resgraph.web.workers import QUEUE_WAIT, Pool, default_size

ENVIRONMENT = "RESGRAPH_SERVE"  # create_app's arguments (JSON) for the processes of from_environment


@dataclass(frozen=True)
class Settings:
    """What `resgraph serve` was asked for: the store, the IRI base, and the limits of a query."""

    store: Path
    base: str = DEFAULT_BASE
    timeout: float = 10.0
    workers: int = field(default_factory=default_size)  # create_app passes the resolved number
    memory_mb: int = 1024
    allow_network: bool = False
    version: str = ""
    queue_wait: float = QUEUE_WAIT  # changes when the store's files change: part of every ETag


class App(FastAPI):
    """FastAPI, with /sparql answered in front of it: a repeated GET from the response cache,
    any other GET, HEAD or POST by the endpoint's bare ASGI layer (sparql.py), without
    Starlette's middleware stack and routing; the rest of the site (and the CORS preflight of
    /sparql) goes through FastAPI as usual."""

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.front = ResponseCache(SparqlEndpoint(super().__call__))

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/sparql":
            scope["app"] = self  # what Starlette sets: the endpoint reads app.state
            await self.front(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


def create_app(
    store_path: Path,
    timeout: float = 10.0,
    *,
    base: str = DEFAULT_BASE,
    workers: int = 0,
    memory_mb: int = 1024,
    allow_network: bool = False,
    dumps: Path | None = None,
    queue_wait: float = QUEUE_WAIT,
    verify: bool = True,
) -> FastAPI:
    """The app serving the store at `store_path`: each query stopped `timeout` seconds (wall
    clock) after a worker took it, a request refused after `queue_wait` seconds without a worker
    (web/workers.py). Raises FileNotFoundError if no store is there, StoreError when a file of the
    store changed since its build (storedir.verify; verify=False when that was checked already)."""
    store_path = Path(store_path)
    workers = workers or default_size()  # 0: one per core plus one, at least 3
    if not (store_path / "CURRENT").exists():
        raise FileNotFoundError(f"{store_path}: no store here (run `resgraph build` first)")
    settings = Settings(
        store_path, base, timeout, workers, memory_mb, allow_network, store_version(store_path), queue_wait
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = Pool(store_path, workers, timeout, memory_mb, allow_network, base, queue_wait)
        await pool.start()
        app.state.pool = pool
        try:
            yield
        finally:
            await pool.close()

    # /docs and /redoc would load their scripts from a CDN: disabled; /openapi.json stays
    app = App(title="resgraph", description=__doc__, lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
        allow_headers=["*"],
        expose_headers=["ETag", "Content-Length", "Retry-After"],
        max_age=86400,
    )
    app.include_router(named.router)
    openapi.install(app)  # /sparql, which FastAPI does not route, described beside the rest
    pages.install(app, store_path, base, dumps, verify)  # last: its resource route answers every other path
    return app


def from_environment() -> FastAPI:
    """The app as each process of `resgraph serve --processes N` builds it (uvicorn's factory):
    create_app's arguments, as JSON in the environment variable RESGRAPH_SERVE (`serve` verified
    the store before it started the processes: they do not again). Every process has its own pool
    of query workers and its own response cache; they share the listening socket.
    Raises KeyError when the variable is not set, and what create_app raises."""
    args = json.loads(os.environ[ENVIRONMENT])
    dumps = args.pop("dumps", None)
    return create_app(Path(args.pop("store")), dumps=Path(dumps) if dumps else None, **args)
