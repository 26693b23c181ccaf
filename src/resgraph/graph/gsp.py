"""HTTP to a triple store's write services: the SPARQL 1.1 Graph Store Protocol (PUT, DELETE, GET
of one named graph), Oxigraph's bulk N-Quads POST, and SPARQL Update.

One httpx client per thread, kept for the whole publish: its connections stay open (keep-alive),
and digest authentication (Virtuoso) keeps its nonce per client, so a request is not first
refused with 401 to learn it. Network errors, 5xx, 408 and 429 are retried with exponential
backoff; any other refusal is final.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

import httpx

from resgraph.graph.remote import VIRTUOSO_MAX_ROWS, Endpoint, RemoteError, sparql_term
from resgraph.graph.store import Iri


@dataclass(frozen=True)
class Target:
    """Where to publish: the SPARQL query and update endpoints and the Graph Store endpoint."""

    query: str
    update: str
    graph_store: str
    engine: str = "generic"
    user: str | None = None
    password: str | None = None

    def endpoint(self) -> Endpoint:
        return Endpoint(self.query, self.engine, self.user, self.password)


class Client:
    """Requests to a Target's Graph Store and update endpoints, retried with backoff."""

    def __init__(self, t: Target, retries: int = 5, backoff: float = 0.5, timeout: float = 300.0):
        self.t, self.retries, self.backoff, self.timeout = t, retries, backoff, timeout
        self._local = threading.local()
        self._clients: list[httpx.Client] = []
        self._lock = threading.Lock()

    def _http(self) -> httpx.Client:
        c = getattr(self._local, "client", None)
        if c is None:
            auth = httpx.DigestAuth(self.t.user, self.t.password or "") if self.t.user else None
            limits = httpx.Limits(max_keepalive_connections=2, keepalive_expiry=60)
            c = self._local.client = httpx.Client(auth=auth, timeout=self.timeout, limits=limits)
            with self._lock:
                self._clients.append(c)
        return c

    def close(self) -> None:
        """Close every thread's connections."""
        with self._lock:
            for c in self._clients:
                c.close()
            self._clients.clear()

    def request(self, method: str, url: str, ok: Iterable[int] = (), **kw) -> httpx.Response:
        """Send with retries; raise RemoteError with the server's reason when it does not succeed."""
        for attempt in range(self.retries + 1):
            try:
                r = self._http().request(method, url, **kw)
            except httpx.TransportError as e:
                reason = f"{type(e).__name__}: {e}"
            else:
                if r.is_success or r.status_code in ok:
                    return r
                reason = f"HTTP {r.status_code}: {r.text[:200].strip()}"
                if r.status_code < 500 and r.status_code not in (408, 429):
                    break  # a refusal, not a hiccup: retrying will not help
            if attempt < self.retries:
                time.sleep(self.backoff * 2**attempt)
        raise RemoteError(f"{method} {url}: {reason}")

    def put(self, graph: str, ntriples: bytes) -> None:
        """Replace a graph with these N-Triples."""
        headers = {"Content-Type": "application/n-triples; charset=utf-8"}
        self.request("PUT", self.t.graph_store, params={"graph": graph}, content=ntriples, headers=headers)

    def post_quads(self, nquads: bytes) -> None:
        """Add N-Quads to the target's dataset in one request, through Oxigraph's bulk loader
        (`no_transaction`: about twice as fast as a PUT per graph; a request cut short may leave
        part of its data, which the counts that follow catch)."""
        headers = {"Content-Type": "application/n-quads"}
        self.request("POST", self.t.graph_store + "?no_transaction", content=nquads, headers=headers)

    def delete(self, graph: str) -> None:
        self.request("DELETE", self.t.graph_store, ok=(404,), params={"graph": graph})

    def get(self, graph: str) -> bytes:
        """A graph's N-Triples (empty when the target has no such graph). Virtuoso answers a GET
        with at most ResultSetMaxRows triples (10,001 of the registry's 83,808 on corpus-full):
        a graph that long is read again as CONSTRUCTs a page at a time (`_pages`)."""
        r = self.request(
            "GET", self.t.graph_store, ok=(404,), params={"graph": graph}, headers={"Accept": "application/n-triples"}
        )
        data = b"" if r.status_code == 404 else r.content
        if self.t.engine == "virtuoso" and data.count(b"\n") >= VIRTUOSO_MAX_ROWS:
            return self._pages(graph)
        return data

    def _pages(self, graph: str, page: int = VIRTUOSO_MAX_ROWS) -> bytes:
        """A graph's N-Triples through the query endpoint, `page` triples a request: Virtuoso's
        own way past its cap, the triples sorted in a sub-select and the outer query cut by
        OFFSET and LIMIT (it refuses to sort more than 10,000 rows for an outer OFFSET)."""
        g = sparql_term(Iri(graph))
        inner = f"SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }} ORDER BY ?s ?p ?o"
        parts: list[bytes] = []
        while True:
            q = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {{ {inner} }} }} OFFSET {page * len(parts)} LIMIT {page}"
            r = self.request("POST", self.t.query, data={"query": q}, headers={"Accept": "application/n-triples"})
            parts.append(r.content)
            if r.content.count(b"\n") < page:
                return b"".join(p if p.endswith(b"\n") or not p else p + b"\n" for p in parts)

    def update(self, sparql: str) -> None:
        self.request("POST", self.t.update, data={"update": sparql})
