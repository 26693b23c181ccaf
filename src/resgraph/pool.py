"""Worker processes for `build` and `extract`, each file under a time limit.

concurrent.futures cannot stop one task: a worker stuck on one file (a pathological text, a
reader blocked in C) held the whole build, and killing it broke the pool for every other file.
Here each worker is a process of its own with a pipe: the parent sees when a task starts, kills a
worker whose task overruns the limit, reports that file, and starts a new worker for the rest.
A worker also dies with its parent (PR_SET_PDEATHSIG on Linux, else a thread that watches the
parent): a killed build leaves no orphaned worker behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

Task = tuple[Callable[..., Any], tuple[Any, ...]]


def die_with_parent(parent: int) -> None:
    """Make this process end when `parent` does: the kernel's parent-death signal where there is
    one (Linux), and a thread that watches the parent id everywhere (it also covers the moment
    between fork and prctl)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _serve(conn: Connection, parent: int, init: Task | None) -> None:
    """A worker: run tasks from the pipe, say when each starts, send back (index, ok, value)."""
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if init:
        init[0](*init[1])
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        index, fn, args = msg
        conn.send(("start", index))
        try:
            conn.send(("done", index, True, fn(*args)))
        except BaseException as e:  # the task's error is its result, the worker goes on
            conn.send(("done", index, False, f"{type(e).__name__}: {e}"))


class _Worker:
    def __init__(self, ctx: Any, init: Task | None) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, os.getpid(), init), daemon=True)
        self.proc.start()
        child.close()
        self.queued: deque[int] = deque()  # task indexes sent, in order
        self.started: float | None = None  # when the first of them started

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


class Pool:
    """`workers` processes that run tasks, each killed and replaced when a task overruns `limit`
    seconds (None: no limit). Use as a context manager; `run` yields results in task order."""

    def __init__(self, workers: int, init: Task | None = None, limit: float | None = None, depth: int = 2):
        self.ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        self.init, self.limit, self.depth = init, limit, depth
        self.workers = [_Worker(self.ctx, init) for _ in range(max(1, workers))]

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        for w in self.workers:
            w.stop(kill=exc[0] is not None)
        self.workers = []

    def run(self, tasks: list[Task]) -> Iterator[tuple[int, bool, Any]]:
        """(index, ok, value) for every task, in order: ok False with the reason ("timed out after
        N s", "worker died ...", or the task's exception) for a task that failed."""
        todo: deque[int] = deque(range(len(tasks)))
        done: dict[int, tuple[bool, Any]] = {}
        nxt = 0
        while nxt < len(tasks):
            for w in list(self.workers):  # keep each worker `depth` tasks deep: none waits on the parent
                while todo and len(w.queued) < self.depth:
                    i = todo.popleft()
                    fn, args = tasks[i]
                    try:
                        w.conn.send((i, fn, args))
                    except OSError:  # it died on its last task: that one fails, this one waits
                        todo.appendleft(i)
                        self._replace(w, todo, done, f"worker died ({_death(w)})")
                        break
                    w.queued.append(i)
            self._collect(todo, done)
            while nxt in done:
                ok, value = done.pop(nxt)
                yield nxt, ok, value
                nxt += 1

    def _collect(self, todo: deque[int], done: dict[int, tuple[bool, Any]]) -> None:
        """Wait for messages (at most until the next deadline); handle overruns and deaths."""
        busy = [w for w in self.workers if w.queued]
        if not busy:
            return
        now = time.monotonic()
        timeout = None
        if self.limit is not None:
            due = [w.started + self.limit - now for w in busy if w.started is not None]
            timeout = max(0.0, min(due)) if due else self.limit
        ready = wait([w.conn for w in busy], timeout)
        for w in busy:
            if w.conn in ready:
                try:
                    msg = w.conn.recv()
                except (EOFError, OSError):
                    self._replace(w, todo, done, f"worker died ({_death(w)})")
                    continue
                if msg[0] == "start":
                    w.started = time.monotonic()
                else:
                    _, i, ok, value = msg
                    done[i] = (ok, value)
                    w.queued.popleft()
                    w.started = None
            elif self.limit is not None and w.started is not None and time.monotonic() - w.started > self.limit:
                self._replace(w, todo, done, f"timed out after {self.limit:g} s; the worker was stopped")

    def _replace(self, w: _Worker, todo: deque[int], done: dict[int, tuple[bool, Any]], reason: str) -> None:
        """Kill a worker: its running task fails with `reason`, its queued ones go back first."""
        w.stop(kill=True)
        if w.queued:
            done[w.queued.popleft()] = (False, reason)
            todo.extendleft(reversed(w.queued))
        self.workers[self.workers.index(w)] = _Worker(self.ctx, self.init)

    def call(self, fn: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        """Run fn(*args) in an idle worker, without a time limit; returns a function that waits
        for its result (the parent can do its own work in between) and raises RuntimeError with
        the worker's message when fn failed there."""
        w = self.workers[0]
        w.conn.send((-1, fn, args))
        w.queued.append(-1)

        def result() -> Any:
            while True:
                msg = w.conn.recv()
                if msg[0] == "done":
                    w.queued.popleft()
                    if not msg[2]:
                        raise RuntimeError(msg[3])
                    return msg[3]

        return result


def _death(w: _Worker) -> str:
    w.proc.join(1)
    code = w.proc.exitcode
    if code is not None and code < 0:
        return f"killed by signal {-code}" + (", out of memory?" if -code == signal.SIGKILL else "")
    return f"exit status {code}"
