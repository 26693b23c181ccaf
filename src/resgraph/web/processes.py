"""`resgraph serve --processes N`: N app processes on one port, each with a listening socket of
its own (SO_REUSEPORT), so that the kernel spreads the connections over them.

uvicorn's own multi-process mode shares one listening socket between its processes: the process
that wakes first accepts every connection waiting (asyncio accepts a backlog's worth at once), so
32 clients connecting together landed 30 on one process and 2 on the other, and one event loop
with its workers did nearly all the work while the other idled. With a socket each, the kernel
hashes every new connection to one of the processes listening. A process listens only once its
app has started (asyncio calls listen() when it starts serving), and the first ones wait for each
other before they do, so the port answers once every process is ready, and connections made then
are spread over all of them. A process that ends is started again.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import signal
import socket
import threading
import time
from multiprocessing.connection import wait
from typing import Any

QUICK_EXIT = 10.0  # seconds: a process that ends sooner after its start ends the server (it would again)
START_WAIT = 300.0  # seconds the first processes wait for each other to start before they listen


def bound_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to host:port with SO_REUSEPORT, not yet listening. Raises OSError
    (the port is taken by a server without SO_REUSEPORT, or the address is not local)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def _together(app: Any, barrier: Any) -> Any:
    """The ASGI app, its start reported to the server (which then listens) only once every
    process waiting at `barrier` has started its own (or after START_WAIT seconds)."""

    async def wrapped(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "lifespan" or barrier is None:
            await app(scope, receive, send)
            return

        async def started(message: Any) -> None:
            if message["type"] == "lifespan.startup.complete":
                with contextlib.suppress(threading.BrokenBarrierError):
                    await asyncio.to_thread(barrier.wait, START_WAIT)
            await send(message)

        await app(scope, receive, started)

    return wrapped


def _process(entry: str, host: str, port: int, environment: dict[str, str], barrier: Any) -> None:
    """One app process: the app of uvicorn's factory `entry`, on a socket of its own."""
    import uvicorn
    from uvicorn.importer import import_from_string

    os.environ.update(environment)
    sock = bound_socket(host, port)
    app = _together(import_from_string(entry)(), barrier)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[sock])


def serve(entry: str, host: str, port: int, processes: int, environment: dict[str, str]) -> int:
    """Run `processes` app processes (uvicorn factory `entry`, with `environment` added to each
    one's) on host:port until SIGTERM or SIGINT, starting again one that ends. Returns the exit
    status: 0 when stopped by a signal, 1 when a process ended within QUICK_EXIT seconds of its
    start (a store or port it cannot use: it would end again). Raises OSError when the port
    cannot be bound."""
    probe = bound_socket(host, port)  # a taken port fails here, before any process starts
    port = probe.getsockname()[1]  # port 0: the one the system chose, for every process
    probe.close()
    context = multiprocessing.get_context("spawn")
    stopping = False
    barrier = context.Barrier(processes)

    def start(together: Any = None) -> tuple[Any, float]:
        p = context.Process(target=_process, args=(entry, host, port, environment, together), daemon=False)
        p.start()
        return p, time.monotonic()

    running = [start(barrier) for _ in range(processes)]

    def stop(signum: int, _frame: Any) -> None:
        nonlocal stopping
        stopping = True
        barrier.abort()  # processes still waiting for the others go on, and see the signal
        for p, _ in running:
            if p.is_alive():
                os.kill(p.pid, signal.SIGTERM)  # uvicorn's graceful stop: the pool's workers go with it

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    status = 0
    try:
        while running:
            wait([p.sentinel for p, _ in running])
            for item in list(running):
                p, began = item
                if p.is_alive():
                    continue
                running.remove(item)
                p.join()
                if stopping:
                    continue
                if time.monotonic() - began < QUICK_EXIT:
                    status = 1
                    stop(signal.SIGTERM, None)
                else:
                    running.append(start())
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    return status
