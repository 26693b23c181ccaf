"""A real `resgraph serve` for the tests: started on a free loopback port, stopped by its pid.

The tests talk to it over HTTP (httpx, SPARQLWrapper, curl-like raw sockets), as users do.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

# seconds a test waits for `resgraph serve` to answer: it starts in a few seconds, but the tests
# share a loaded machine (one start took 81 s at load 13, nice 15); a server that ends early is
# reported at once, so only a hung one waits this long
START_WAIT = 300.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(store: Path, *args: str, wait: float = START_WAIT) -> Iterator[str]:
    """Run `resgraph serve --store STORE ARGS` and yield its base URL; stop it by pid afterwards."""
    port = free_port()
    cmd = [sys.executable, "-c", "from resgraph.cli import app; app()", "serve", "--store", str(store)]
    proc = subprocess.Popen([*cmd, "--port", str(port), *args], stderr=subprocess.PIPE, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + wait
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"resgraph serve ended: {proc.stderr.read().decode() if proc.stderr else ''}")
            try:
                if httpx.get(url + "/queries", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("resgraph serve did not answer in time")
            time.sleep(0.2)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # the server and its query workers, by the server's pid
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.stderr:
            proc.stderr.close()
