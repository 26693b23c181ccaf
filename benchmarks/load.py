"""A small HTTP/1.1 load generator for benchmarks/serve.py: `clients` keep-alive connections,
each sending GET requests one after the other for `seconds`, the request of each turn taken in
round-robin from a list of paths, so a query can differ on every request (hey repeats one URL,
which a response cache would answer). A turn may also be a *sequence* of requests sent one
after the other on the connection, each waiting for the answer before (a lineage walked
generation by generation: what one user action costs); then the times, requests/s and statuses
are those of whole turns (a turn's status: its first non-2xx, else its last). Raw asyncio
streams, requests encoded beforehand: the generator's own CPU per request is small and the same
for every server it drives.

    python benchmarks/load.py http://127.0.0.1:8000 /sparql?query=... [more paths] -c 8 -z 5
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass
class Tally:
    times: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0
    requests: int = 0  # HTTP requests answered (more than turns when a turn is a sequence)

    def summary(self, seconds: float) -> dict:
        """requests/s, p50 and p99 in ms, count of non-2xx answers (and of broken connections)."""
        t = sorted(self.times)
        pct = lambda p: round(t[min(len(t) - 1, int(p * len(t)))] * 1000, 1) if t else None  # noqa: E731
        non2xx = sum(n for s, n in self.statuses.items() if not 200 <= s < 300) + self.errors
        five = sum(n for s, n in self.statuses.items() if s >= 500)
        return {"rps": round(len(t) / seconds), "p50": pct(0.5), "p99": pct(0.99), "non2xx": non2xx, "5xx": five,
                "n": len(t), "statuses": dict(self.statuses), "errors": self.errors,
                "requests": self.requests}  # fmt: skip


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one whole response; (status, whether the server keeps the connection)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip().lower()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif status not in (204, 304):
        await reader.read()  # till the server closes
        return status, False
    return status, headers.get("connection") != "close"


async def _client(host: str, port: int, requests: itertools.cycle, deadline: float, tally: Tally) -> None:
    reader = writer = None
    while time.monotonic() < deadline:
        if writer is None:
            reader, writer = await asyncio.open_connection(host, port)
        assert reader is not None
        t = time.monotonic()
        turn = next(requests)
        status, keep = 0, True
        try:
            for request in turn if isinstance(turn, tuple) else (turn,):
                if not keep:
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, port)
                writer.write(request)
                got, keep = await asyncio.wait_for(_read_response(reader), max(0.1, deadline + 60 - t))
                tally.requests += 1
                if status == 0 or 200 <= status < 300:  # a turn's first failure is its status
                    status = got
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError):
            tally.errors += 1
            writer.close()
            writer = None
            continue
        tally.times.append(time.monotonic() - t)
        tally.statuses[status] = tally.statuses.get(status, 0) + 1
        if not keep:
            writer.close()
            writer = None
    if writer is not None:
        writer.close()


@dataclass(frozen=True)
class Post:
    """A POST of `body` (bytes, with its media type) to `path`, instead of a GET."""

    path: str
    body: bytes
    media: str


Request = str | Post  # a GET of a path, or a POST
Turn = Request | tuple[Request, ...]  # one request, or a sequence of them (see the module docstring)


def encode(host: str, port: int, request: Request, headers: dict[str, str]) -> bytes:
    if isinstance(request, Post):
        head = [
            f"POST {request.path} HTTP/1.1",
            f"Content-Type: {request.media}",
            f"Content-Length: {len(request.body)}",
        ]
        body = request.body
    else:
        head, body = [f"GET {request} HTTP/1.1"], b""
    lines = [*head, f"Host: {host}:{port}", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _encoded(host: str, port: int, turn: Turn, headers: dict[str, str]) -> bytes | tuple[bytes, ...]:
    if isinstance(turn, tuple):
        return tuple(encode(host, port, r, headers) for r in turn)
    return encode(host, port, turn, headers)


async def run(base: str, paths: list[Turn], clients: int, seconds: float, headers: dict[str, str]) -> dict:
    """Drive `base` with the turns of `paths` (round-robin, shared by all clients: GETs of
    paths, POSTs, or sequences of them) from `clients` connections for `seconds`; the summary of
    Tally.summary."""
    u = urlsplit(base)
    host, port = u.hostname or "127.0.0.1", u.port or 80
    requests = itertools.cycle([_encoded(host, port, p, headers) for p in paths])
    tally = Tally()
    start = time.monotonic()
    deadline = start + seconds
    await asyncio.gather(*(_client(host, port, requests, deadline, tally) for _ in range(clients)))
    return tally.summary(time.monotonic() - start)


def drive(base: str, paths: list[Turn], clients: int, seconds: float, headers: dict[str, str] | None = None) -> dict:
    """run() from synchronous code, in an event loop of its own."""
    return asyncio.run(run(base, paths, clients, seconds, headers or {}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("-c", type=int, default=8)
    ap.add_argument("-z", type=float, default=5.0)
    ap.add_argument("-H", action="append", default=[])
    args = ap.parse_args()
    headers = dict(h.split(": ", 1) for h in args.H)
    print(drive(args.base, args.paths, args.c, args.z, headers))


if __name__ == "__main__":
    main()
