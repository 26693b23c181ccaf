"""The pool of query workers behind the endpoint: queries run side by side, each under a time
limit and a memory cap, without blocking the app's event loop.

Each worker (worker.py) is a process with the store opened read-only once, without a network.
Nothing goes to the client before a query has finished: an answer up to STREAM_AFTER bytes comes
back in memory, a larger one is written by the worker to a file in the pool's folder and then
streamed to the client from it (up to MAX_BYTES, else 413). So a query stopped at its limit is
always a 503 with its reason, never a 200 cut short, and the server never holds a large result in
memory. A worker that overruns is killed (SIGKILL frees its memory at once) and replaced in the
background; one that ends by itself ran out of its memory cap.

What a query can count on (what the limits mean for users):

- *The limit is wall-clock time, counted from the moment the query reaches its worker.* A query
  still running `timeout` seconds after its worker was handed it is stopped (its worker killed,
  which frees its memory at once) and the client gets a 503 saying so, whatever the machine's
  load: a client never waits longer than the limit (+ one TICK of the watch) for a query that
  runs. On a busy machine a heavy query gets less of a core and may be stopped sooner in CPU
  terms; it is told so, with the CPU seconds it had used.
- *Waiting for a worker is bounded separately, and not counted against the query.* A request
  waits in a queue, in order (short queries before heavy ones, lanes.py), for at most
  `queue_wait` seconds; then, or at once when QUEUE_LIMIT requests already wait in this app
  process, it is refused with 503, Retry-After and the reason. Its time limit starts only when a
  worker takes it.
- *Heavy queries yield.* A query that has spent NICE_AFTER seconds of CPU is heavy: until it is
  done its worker runs NICE levels below the others and on every core but one (heavy_cpus), and
  heavy queries get at most all workers but RESERVE (lanes.py), so short queries keep a core,
  their latency and a worker while heavy ones run.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import pickle
import shutil
import struct
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resgraph.graph.iris import DEFAULT_BASE
from resgraph.web.child import Child
from resgraph.web.lanes import Lanes

STREAM_AFTER = 1 << 20
MAX_BYTES = 500 << 20
NICE_AFTER = 0.2  # CPU seconds after which a query is heavy
NICE = 5  # heavy queries below short ones; not so far that other users' jobs starve them
RESERVE = 1  # workers of a pool kept from heavy queries (the fast lane)
QUEUE_WAIT = 30.0  # seconds a request may wait for a worker (the pool's default); then 503 with Retry-After
QUEUE_LIMIT = 256  # requests an app process lets wait for a worker; past it, 503 with Retry-After
TICK = 0.1  # seconds between two looks of the watch at the running queries
DEFAULT_MAX = 8  # query workers an app process starts at most unless told (default_size)


def default_size() -> int:
    """Query workers an app process starts unless told: one per core it may run on plus one, at
    least 3 and at most DEFAULT_MAX (each holds the store open, about 200 MB). Queries are CPU
    work, so more workers than that add no throughput; but a heavy query is only known as heavy
    after NICE_AFTER seconds of CPU, and until then it holds a fast-lane worker. With 2 workers
    (one heavy slot, one fast lane) such a query took the only fast-lane worker from the point
    probes: their p99 under 4 heavy queries was 128.7 ms on 2 cores, against 2.8 ms with 3 workers,
    which also gave the better point throughput (0.60x Oxigraph's at 8 clients, against 0.54x;
    benchmarks/serve.py, quiet machine)."""
    return max(3, min(DEFAULT_MAX, len(os.sched_getaffinity(0)) + 1))


CLOCK = os.sysconf("SC_CLK_TCK")


class QueryFailed(Exception):
    """A query that gave no result; str() is the reason for the client, `status` the HTTP status."""

    def __init__(self, reason: str, status: int):
        super().__init__(reason)
        self.status = status


@dataclass
class Answer:
    """A query's answer: the media type, the bytes read so far, and the rest (None: complete)."""

    media: str
    head: bytes
    rest: AsyncIterator[bytes] | None = None


@dataclass(eq=False)
class Worker:
    proc: Child
    started: float = 0.0
    niced: bool = False
    busy: bool = field(default=False)
    heavy: bool = False  # its query holds a heavy slot (lanes.py)
    key: object = None  # what identifies its request, to remember it when it turns heavy
    deadline: float = 0.0  # time.monotonic() at which its query is stopped
    cpu0: float | None = None  # the worker's CPU seconds when the watch first saw its query
    overran: bool = False  # it was killed at its time limit
    spent: float = 0.0  # CPU seconds its query had used when the watch last looked

    async def frame(self) -> tuple[bytes, bytes]:
        return await self.proc.frame()

    def kill(self) -> None:
        self.proc.kill()


def _unlink(path: str) -> None:
    if path:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _read(path: str) -> AsyncIterator[bytes]:
    """The chunks of a complete result file; the file is unlinked at once (the open file stays
    readable), so nothing is left behind however the response ends."""
    f = open(path, "rb")  # noqa: SIM115 - closed by the generator, or when it is collected
    _unlink(path)

    async def chunks() -> AsyncIterator[bytes]:
        with f:
            while chunk := await asyncio.to_thread(f.read, 1 << 16):
                yield chunk

    return chunks()


def heavy_cpus() -> tuple[set[int], set[int]]:
    """(the cores this process may run on, the cores heavy queries may run on): all but the
    first when there are two or more, so that one core is always left to the short queries and
    the app, whatever the heavy queries are doing. (A worker runs its query in its main thread,
    whose id is the process's: that is the thread whose priority and cores are set.)"""
    cpus = os.sched_getaffinity(0)
    return set(cpus), (set(cpus) - {min(cpus)} if len(cpus) > 1 else set(cpus))


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds a process has used (/proc/PID/stat), None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rpartition(b")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK


def request_key(request: dict[str, Any]) -> object:
    """What identifies a query request (its text, dataset, formats and bound values), to know
    it again as heavy; None for a page's call, which is not remembered."""
    if "query" not in request:
        return None
    subs = request.get("substitutions") or {}
    dataset = (tuple(request.get("default") or ()), tuple(request.get("named") or ()))
    return (request["query"], request.get("results"), request.get("rdf"), dataset, repr(sorted(subs.items())))


class Pool:
    """`size` workers on the store at `store`, each query limited to `timeout` seconds (wall
    clock, from when a worker takes it) and to `memory_mb` MB of memory beyond what a worker
    holds with the store open; a request waits at most `queue_wait` seconds for a worker."""

    def __init__(
        self,
        store: Path,
        size: int = 6,
        timeout: float = 10.0,
        memory_mb: int = 1024,
        allow_network: bool = False,
        base: str = DEFAULT_BASE,
        queue_wait: float = QUEUE_WAIT,
    ):
        self.store, self.size, self.timeout, self.memory_mb = Path(store), size, timeout, memory_mb
        self.queue_wait = queue_wait
        self.base = base
        self.allow_network = allow_network
        self.lanes: Lanes[Worker] = Lanes(size - RESERVE)
        self.workers: set[Worker] = set()
        self.network = "unknown"
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False
        self.spool_dir = tempfile.mkdtemp(prefix="resgraph-results-")  # large results, complete, before they are sent
        self.nice = os.getpriority(os.PRIO_PROCESS, 0)  # the workers' own; a long query gets NICE more
        self.cpus, self.heavy_cpus = heavy_cpus()

    # ------------------------------------------------------------------ life cycle
    async def _spawn(self) -> Worker:
        args = [str(self.store), str(self.memory_mb), self.base] + (["allow-network"] if self.allow_network else [])
        env = {**os.environ, "MALLOC_ARENA_MAX": "2"}
        proc = await Child.start(args, env)
        w = Worker(proc)
        try:
            kind, payload = await proc.first_frame(120)
        except (asyncio.IncompleteReadError, asyncio.TimeoutError):
            raise RuntimeError(f"a query worker on {self.store} did not start") from None
        info = json.loads(payload)
        if kind != b"H":
            w.kill()
            proc.close()
            raise RuntimeError(f"a query worker could not start: {info['reason']}")
        self.network = info["network"]
        self.workers.add(w)
        return w

    async def start(self) -> None:
        """Start every worker; raise RuntimeError saying why one could not start."""
        for w in await asyncio.gather(*(self._spawn() for _ in range(self.size))):
            self.lanes.put(w)
        self._tasks.add(asyncio.create_task(self._watch()))

    async def close(self) -> None:
        self._closed = True
        for t in self._tasks:
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)  # a respawn closes what it started
        for w in list(self.workers):
            w.kill()
            with contextlib.suppress(Exception):
                await w.proc.wait()
            w.proc.close()
        self.workers.clear()
        shutil.rmtree(self.spool_dir, ignore_errors=True)

    def _replace(self, w: Worker) -> None:
        """Kill a worker (if it still runs) and start another in its place, in the background."""
        w.kill()
        self.workers.discard(w)
        self.lanes.discard(w)
        if w.busy:
            w.busy = False
            self.lanes.finished(w.heavy)

        async def respawn() -> None:
            with contextlib.suppress(Exception):
                await w.proc.wait()
            w.proc.close()
            while not self._closed:
                try:
                    self.lanes.put(await self._spawn())
                    return
                except RuntimeError:
                    await asyncio.sleep(1)

        if not self._closed:
            task = asyncio.create_task(respawn())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            task.add_done_callback(lambda _: w.proc.close())  # also when close() cancels it, even before it ran

    def _release(self, w: Worker) -> None:
        w.busy = False
        self.lanes.finished(w.heavy)
        if w.niced:
            try:
                os.setpriority(os.PRIO_PROCESS, w.proc.pid, self.nice)
                if self.heavy_cpus != self.cpus:
                    os.sched_setaffinity(w.proc.pid, self.cpus)
                w.niced = False
            except OSError:  # not allowed to raise a priority again: a fresh worker instead
                self._replace(w)
                return
        self.lanes.put(w)

    async def _watch(self) -> None:
        """Kill the worker of a query past its deadline (run() then answers 503); count a query
        that has spent NICE_AFTER seconds of CPU as heavy (lanes.py), and lower the CPU priority
        of workers running heavy queries. (One watch for all, every TICK: no timer or task per
        query. The CPU time a query used before the watch first saw it, at most one TICK of it,
        is not counted towards NICE_AFTER.)"""
        while True:
            await asyncio.sleep(TICK)
            now = time.monotonic()
            for w in list(self.workers):
                if not w.busy or w.overran:
                    continue
                used = cpu_seconds(w.proc.pid)
                if used is None:
                    continue  # it ended: run() sees its pipe close
                if w.cpu0 is None:
                    w.cpu0 = used
                w.spent = spent = used - w.cpu0
                if now >= w.deadline:  # stopped: run() answers 503
                    w.overran = True
                    w.kill()
                    continue
                if not w.heavy and spent > NICE_AFTER:
                    w.heavy = True
                    self.lanes.turned_heavy(w.key)
                if w.heavy and not w.niced:
                    with contextlib.suppress(OSError):
                        w.niced = True
                        os.setpriority(os.PRIO_PROCESS, w.proc.pid, min(19, self.nice + NICE))
                        if self.heavy_cpus != self.cpus:
                            os.sched_setaffinity(w.proc.pid, self.heavy_cpus)

    # ------------------------------------------------------------------ queries
    def _overran(self, w: Worker, timeout: float) -> QueryFailed:
        self._replace(w)
        wall = time.monotonic() - w.started
        return QueryFailed(
            f"query did not finish within {timeout:g} s, its time limit, and was stopped after {wall:.1f} s"
            f" ({w.spent:.1f} s of CPU); add a LIMIT or narrow it",
            503,
        )

    async def _died(self, w: Worker) -> QueryFailed:
        code: int | str = "unknown"
        with contextlib.suppress(asyncio.TimeoutError):
            code = await asyncio.wait_for(w.proc.wait(), 2)
        self._replace(w)
        return QueryFailed(
            f"query needed more than its {self.memory_mb} MB memory cap and was stopped (worker exit {code})", 503
        )

    async def run(self, request: dict[str, Any], timeout: float | None = None) -> Answer:
        """Run one request (see worker.answer for its fields) within `timeout` seconds from when
        a worker takes it (the module docstring says what the limits mean). Raises QueryFailed
        with the status to answer: the worker's own refusal (400, 406, 413), or 503 when the
        query overran its time or memory, or the queue was full, or no worker was free within
        the pool's queue_wait."""
        timeout = self.timeout if timeout is None else timeout
        key = request_key(request)
        heavy = self.lanes.is_heavy(key)
        if self.lanes.waiting_count() >= QUEUE_LIMIT:
            raise QueryFailed(f"{QUEUE_LIMIT} queries are waiting for a query worker already; try again later", 503)
        try:
            w = await self.lanes.get(heavy, self.queue_wait)
        except asyncio.TimeoutError:
            raise QueryFailed(
                f"all {self.size} query workers stayed busy for {self.queue_wait:g} s; try again later", 503
            ) from None
        w.busy, w.heavy, w.key, w.started = True, heavy, key, time.monotonic()
        w.deadline, w.cpu0, w.spent = w.started + timeout, None, 0.0  # the query's own time starts now
        if w.proc.returncode is not None:
            self._replace(w)
            return await self.run(request, timeout)
        job = {**request, "spool_dir": self.spool_dir, "spool_after": STREAM_AFTER, "max_bytes": MAX_BYTES}
        data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            w.proc.write(struct.pack(">I", len(data)) + data)
        except (BrokenPipeError, ConnectionResetError):
            raise await self._died(w) from None
        spool = ""

        async def frames() -> Answer:
            nonlocal spool
            media = b""
            while True:
                kind, payload = await w.frame()
                if kind == b"A":
                    self._release(w)
                    media, _, body = payload.partition(b"\0")
                    return Answer(media.decode(), body)
                if kind == b"S":
                    media, _, path = payload.partition(b"\0")
                    spool = path.decode()
                elif kind == b"Z":
                    self._release(w)
                    return Answer(media.decode(), b"", _read(spool))
                elif kind == b"E":
                    info = json.loads(payload)
                    self._release(w)
                    raise QueryFailed(info["reason"], info["status"])

        try:
            return await frames()
        except asyncio.IncompleteReadError:
            _unlink(spool)
            if w.overran:
                raise self._overran(w, timeout) from None
            raise await self._died(w) from None
        except asyncio.CancelledError:  # the client went away: the worker is mid-answer
            _unlink(spool)
            self._replace(w)
            raise

    async def rows(self, query: str, substitutions: dict[str, list[str]] | None = None) -> dict[str, Any]:
        """A SELECT's SPARQL JSON results over the union of the graphs, parameters bound as
        substitutions (["iri", value] or ["lit", value, datatype]); a large answer is parsed in a
        thread, off the event loop. Raises QueryFailed."""
        answer = await self.run(
            {"query": query, "results": "application/sparql-results+json", "rdf": None, "substitutions": substitutions}
        )
        body = answer.head
        if answer.rest is not None:
            body += b"".join([c async for c in answer.rest])
        parsed: dict[str, Any] = json.loads(body) if len(body) < 1 << 16 else await asyncio.to_thread(json.loads, body)
        return parsed

    async def call(self, name: str, *args: Any) -> Any:
        """page_calls.CALLS[name](store, *args), run by a worker under the time limit and memory
        cap of a query. Raises QueryFailed (503 when it overran)."""
        answer = await self.run({"call": name, "args": list(args)})
        return pickle.loads(answer.head)  # from the worker this pool started
