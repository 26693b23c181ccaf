"""A query worker: one process, one read-only store opened once, queries one at a time.

Run as ``python -m resgraph.web.worker STORE MEMORY_MB BASE``; the app's pool (workers.py) starts
several, sends each request as a frame on stdin and reads the answer as frames on stdout. A
request is a query (answer) or one of page_calls.CALLS, the store reads of a page (call). The
pool kills a worker whose query overruns its time and starts a fresh one: Oxigraph cannot
interrupt a running query, but the operating system can end a process and take back its memory.

Before it reads any query a worker

- leaves the network: it moves into a new, empty network namespace (unshare(CLONE_NEWNET), as root,
  or inside a new user namespace otherwise), where no address but an unconfigured loopback exists,
  so even a SERVICE that slipped past check.py cannot connect anywhere; if the kernel refuses,
  the worker says so on stderr and the pool refuses to start unless allowed (`--allow-network`);
- caps its address space (RLIMIT_AS) at what it uses with the store open plus MEMORY_MB: a query
  that needs more fails its allocation and the process ends, which the pool reports as a 503.

Frames: request = 4-byte length + a pickled dict (the app is this process's parent); answer = 1-byte kind + 4-byte length + payload, kinds
H (at start: JSON saying the worker is ready), A (a whole answer: media type, NUL, the body),
S (media type, NUL, the file the body goes to), Z (that file is complete), E (error JSON:
status, reason). A small answer is one frame: one write and one read a query.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import json
import os
import pickle
import resource
import signal
import struct
import sys
import tempfile
from typing import Any, BinaryIO

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
CHUNK = 64 * 1024
PR_SET_PDEATHSIG = 1


def isolate_network() -> str | None:
    """Move this process into an empty network namespace; None on success, else the reason."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWNET) == 0:
        return None
    first = os.strerror(ctypes.get_errno())
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0:
        try:  # keep our own uid inside the user namespace, so the store's files stay readable
            with open("/proc/self/setgroups", "w") as f:
                f.write("deny")
            with open("/proc/self/uid_map", "w") as f:
                f.write(f"{uid} {uid} 1")
            with open("/proc/self/gid_map", "w") as f:
                f.write(f"{gid} {gid} 1")
        except OSError:
            pass
        return None
    return f"unshare(CLONE_NEWNET) refused: {first}; in a user namespace: {os.strerror(ctypes.get_errno())}"


def address_space() -> int:
    """Bytes of virtual memory this process maps now (from /proc/self/statm)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


class Frames(io.RawIOBase):
    """Where a result is written: in memory up to `spool_after` bytes, then in a file of
    `spool_dir` (its path sent in an S frame). The pool sends nothing to the client before the
    query has finished, so a query stopped at its time limit is always a 503, and a large result
    is streamed to the client from the file, not held in memory. Past `max_bytes` it stops."""

    def __init__(self, out: BinaryIO, media: str, spool_dir: str | None, spool_after: int, max_bytes: int):
        self.out, self.spool_dir, self.spool_after, self.max_bytes = out, spool_dir, spool_after, max_bytes
        self.media = media.encode()
        self.buf, self.size, self.too_large, self.path = bytearray(), 0, False, ""
        self.spool: BinaryIO | None = None

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        self.size += len(b)
        if self.size > self.max_bytes:
            self.too_large = True
            raise OSError(f"result larger than {self.max_bytes} bytes")
        if self.spool is not None:
            self.spool.write(b)
        else:
            self.buf += b
            if len(self.buf) > self.spool_after:
                fd, self.path = tempfile.mkstemp(prefix="result-", suffix=".part", dir=self.spool_dir)
                self.spool = os.fdopen(fd, "wb")
                send(self.out, b"S", self.media + b"\0" + self.path.encode())
                self.out.flush()
                self.spool.write(self.buf)
                self.buf.clear()
        return len(b)

    def flush(self) -> None:
        """Oxigraph flushes as it goes; what was written is sent by finish()."""

    def finish(self) -> None:
        if self.spool is not None:
            self.spool.close()
            send(self.out, b"Z", b"")
        else:
            send(self.out, b"A", self.media + b"\0" + bytes(self.buf))

    def discard(self) -> None:
        if self.spool is not None:
            self.spool.close()
            with contextlib.suppress(OSError):
                os.unlink(self.path)


def send(out: BinaryIO, kind: bytes, payload: bytes) -> None:
    out.write(kind + struct.pack(">I", len(payload)) + payload)


def _term(spec: list[str]) -> Any:
    import pyoxigraph as ox

    if spec[0] == "iri":
        return ox.NamedNode(spec[1])
    return ox.Literal(spec[1], datatype=ox.NamedNode(spec[2])) if len(spec) > 2 else ox.Literal(spec[1])


def answer(store: Any, req: dict[str, Any], out: BinaryIO) -> None:
    """Run one request and write its frames. Errors a user can act on are E frames; a failure of
    the worker itself (out of memory) ends the process and the pool reports it."""
    import pyoxigraph as ox

    from resgraph.web.check import QueryRefused, check
    from resgraph.web.serialize import RDF, RESULTS, jsonld

    try:
        reading = check(req["query"])
    except QueryRefused as e:
        send(out, b"E", json.dumps({"status": e.status, "reason": str(e)}).encode())
        return
    kwargs: dict[str, Any] = {}
    if req.get("default") is not None or req.get("named") is not None:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in req.get("default") or []]
        if req.get("named") is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in req["named"]]
    elif not reading.has_from:
        kwargs["use_default_graph_as_union"] = True
    if req.get("substitutions"):
        kwargs["substitutions"] = {ox.Variable(k): _term(v) for k, v in req["substitutions"].items()}
    try:
        result = store.query(req["query"], **kwargs)
        rdf = isinstance(result, ox.QueryTriples)
        media = req.get("rdf") if rdf else req.get("results")
        if media is None:
            kind = "RDF graph (CONSTRUCT/DESCRIBE)" if rdf else "SPARQL results (SELECT/ASK)"
            send(out, b"E", json.dumps({"status": 406, "reason": f"none of the accepted types fits {kind}"}).encode())
            return
        frames = Frames(
            out, media, req.get("spool_dir"), req.get("spool_after", 1 << 20), req.get("max_bytes", 1 << 30)
        )
        try:
            if media == "application/ld+json":
                frames.write(jsonld(result))
            elif rdf:
                result.serialize(frames, format=RDF[media])
            else:
                result.serialize(frames, format=RESULTS[media])
        except Exception:
            frames.discard()
            if frames.too_large:
                reason = f"result larger than {frames.max_bytes} bytes; add a LIMIT"
                send(out, b"E", json.dumps({"status": 413, "reason": reason}).encode())
                return
            raise
        frames.finish()
    except MemoryError:
        os._exit(3)  # the pool sees the worker end and answers 503: the query overran its memory cap
    except SyntaxError as e:
        send(out, b"E", json.dumps({"status": 400, "reason": f"SPARQL syntax error: {e}"}).encode())
    except (OSError, ValueError, RuntimeError) as e:
        send(out, b"E", json.dumps({"status": 500, "reason": f"{type(e).__name__}: {e}"}).encode())


def call(store: Any, req: dict[str, Any], out: BinaryIO) -> None:
    """Run one of page_calls.CALLS and send its result, pickled, as an A frame."""
    from resgraph.web import page_calls

    try:
        result = page_calls.run(store, req["call"], req["args"])
    except MemoryError:
        os._exit(3)
    except (KeyError, ValueError, OSError, RuntimeError) as e:
        send(out, b"E", json.dumps({"status": 500, "reason": f"{type(e).__name__}: {e}"}).encode())
        return
    send(out, b"A", b"application/x-python-pickle\0" + pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))


def main(argv: list[str]) -> None:
    store_path, memory_mb, base = argv[0], int(argv[1]), argv[2]
    allow_network = len(argv) > 3 and argv[3] == "allow-network"
    out = sys.stdout.buffer
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # never outlive the server
    if os.getppid() == 1:
        return
    reason = isolate_network()
    if reason and not allow_network:
        send(out, b"E", json.dumps({"status": 500, "reason": reason}).encode())
        out.flush()
        return
    import resgraph.web.page_calls  # noqa: F401 - imported before the cap
    import resgraph.web.serialize  # noqa: F401
    from resgraph.graph.store import GraphStore
    from resgraph.web.check import check

    # not verified again: the app that started this worker verified the store's files (pages.Site)
    graph_store = GraphStore(store_path, base=base, read_only=True, verify=False)
    store = graph_store.store
    store.query("ASK { ?s ?p ?o }", use_default_graph_as_union=True)
    send(out, b"H", json.dumps({"ready": os.getpid(), "network": reason or "none"}).encode())
    out.flush()  # ready: the pool counts this worker in while it loads the rest below
    check("ASK { ?s ?p ?o }")  # loads rdflib's parser before the cap, and before the first query is read
    if memory_mb > 0:
        cap = address_space() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    stdin = sys.stdin.buffer
    while True:
        head = stdin.read(4)
        if len(head) < 4:
            return
        (n,) = struct.unpack(">I", head)
        req = pickle.loads(stdin.read(n))  # from the app that started this process
        if "call" in req:
            call(graph_store, req, out)
        else:
            answer(store, req, out)
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
