"""A cache of whole /sparql responses, in front of everything else in the app (pure ASGI).

The store is opened read-only and does not change while it is served (a build needs the server
restarted: see sparql.py's ETag), so the answer to a GET is fixed by the request: the query string
and the headers that choose the response (Accept, Accept-Encoding, Origin). A repeated GET is
answered from memory without routing, middleware or a query worker. Only complete 200 answers of
at most MAX_ENTRY bytes are kept, up to MAX_BYTES in all (least recently used first out). A
request with `Cache-Control: no-cache` or `If-None-Match` goes through (the latter gets its 304).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import MutableMapping
from typing import Any

MAX_ENTRY = 256 * 1024
MAX_BYTES = 64 * 1024 * 1024
Scope = MutableMapping[str, Any]


class ResponseCache:
    """ASGI middleware: `app` wrapped with the cache of GET /sparql answers."""

    def __init__(self, app: Any, path: str = "/sparql", max_bytes: int = MAX_BYTES):
        self.app, self.path, self.max_bytes = app, path, max_bytes
        self.entries: OrderedDict[tuple[bytes, ...], tuple[dict[str, Any], bytes]] = OrderedDict()
        self.size = 0
        self.hits = self.misses = 0

    def _key(self, scope: Scope) -> tuple[bytes, ...] | None:
        accept = encoding = origin = b""
        for name, value in scope["headers"]:
            if name == b"accept":
                accept = value
            elif name == b"accept-encoding":
                encoding = b"gzip" if b"gzip" in value else b""
            elif name == b"origin":
                origin = b"*"
            elif name == b"if-none-match" or (name == b"cache-control" and b"no-cache" in value):
                return None
        return (scope["query_string"], accept, encoding, origin)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        key = self._key(scope)
        hit = self.entries.get(key) if key is not None else None
        if hit is not None:
            self.hits += 1
            self.entries.move_to_end(key)  # type: ignore[arg-type]
            head, body = hit
            await send(head)
            await send({"type": "http.response.body", "body": body if scope["method"] == "GET" else b""})
            return
        if key is None or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        self.misses += 1
        start: dict[str, Any] = {}
        parts: list[bytes] = []
        keep = True

        async def record(message: dict[str, Any]) -> None:
            nonlocal keep
            if message["type"] == "http.response.start":
                start.update(message)
                keep = message["status"] == 200
            elif message["type"] == "http.response.body" and keep:
                parts.append(message.get("body", b""))
                if sum(map(len, parts)) > MAX_ENTRY:
                    keep = False
                    parts.clear()
                if not message.get("more_body", False) and keep:
                    self._store(key, start, b"".join(parts))
            await send(message)

        await self.app(scope, receive, record)

    def _store(self, key: tuple[bytes, ...], start: dict[str, Any], body: bytes) -> None:
        if key in self.entries:
            return
        self.entries[key] = (start, body)
        self.size += len(body)
        while self.size > self.max_bytes and self.entries:
            _, (_, old) = self.entries.popitem(last=False)
            self.size -= len(old)
