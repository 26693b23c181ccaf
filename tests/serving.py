"""`resgraph serve` started by a test on a free loopback port and stopped by its pid."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

# seconds a test waits for `resgraph serve` to answer: it starts in a few seconds, but the tests
# share a loaded machine (one start took 81 s at load 13, nice 15); a server that ends early is
# reported at once, so only a hung one waits this long
START_WAIT = 300.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def served(store: Path, *args: str, ready_path: str = "/sparql?query=ASK%7B%7D") -> Iterator[str]:
    """The URL of a `resgraph serve` on `store` (extra CLI args), up until the block ends."""
    port = free_port()
    log = tempfile.TemporaryFile()  # not a pipe: a server that logs much would block on a full one
    proc = subprocess.Popen(
        [sys.executable, "-m", "resgraph", "serve", "--store", str(store), "--port", str(port), *args],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + START_WAIT
        while True:
            if proc.poll() is not None:
                log.seek(0)
                out = log.read().decode("utf-8", "replace")
                raise RuntimeError(f"resgraph serve exited with {proc.returncode}: {out}")
            try:
                urllib.request.urlopen(url + ready_path, timeout=2)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
