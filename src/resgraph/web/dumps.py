"""The dumps of the whole store (`/dump/NAME`, the void:dataDump of the dataset description),
written by `resgraph export` and never in the app's process.

A dump is served from `resgraph serve --dumps DIR` when `resgraph export -o DIR/NAME` wrote it
there (the way to publish: written once, beside the store). Otherwise the first request for it
starts a process of its own (`python -m resgraph.web.dumps STORE FILE`, the same streaming
export, PRIORITY nice levels below the app, on the cores of heavy queries) that writes it into a folder of the system's
temporary files named after the store and its version, so a rebuilt store gets new dumps. The
request waits for it at most WAIT seconds without holding the event loop; past that it gets a
503 with Retry-After saying the dump is being written. The processes of `serve --processes N`
share the folder; a file lock lets one of them write a dump and the others wait for it.

Dumps are gzipped files (application/gzip, never compressed again by the app), sent from the
file with a strong ETag (304 on If-None-Match) and byte ranges.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import fcntl
import hashlib
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from resgraph.graph import export
from resgraph.web.workers import heavy_cpus

NAMES = tuple(f"resgraph.{f}.gz" for f in export.FORMATS)  # the dumps written on demand
WAIT = 20.0  # seconds a request waits for a dump being written
PRIORITY = 10  # nice levels below the app: a dump is never in a hurry
RETRY_AFTER = 30
CACHE_PREFIX = "resgraph-dumps-"  # + a digest of the store's path, "-", its version


class DumpPending(Exception):
    """The dump is being written; str() says so, for the client."""


class DumpFailed(Exception):
    """The export of a dump failed; str() is its reason."""


class Dumps:
    """The dumps of the store at `store` (version: storedir.version), from `folder` when there."""

    def __init__(self, store: Path, version: str, folder: Path | None = None):
        self.store, self.folder = Path(store), Path(folder) if folder else None
        key = hashlib.sha256(str(self.store.resolve()).encode()).hexdigest()[:12]
        self.cache = Path(tempfile.gettempdir()) / f"{CACHE_PREFIX}{key}-{version}"
        self.writing: dict[str, asyncio.Task[None]] = {}
        self.started: dict[str, float] = {}

    def known(self, name: str) -> bool:
        """A name this server has a dump for (one of NAMES, or a .gz file of the dumps folder)."""
        return name in NAMES or bool(
            self.folder and name.endswith(".gz") and "/" not in name and (self.folder / name).is_file()
        )

    def ready(self, name: str) -> Path | None:
        for folder in (self.folder, self.cache):
            if folder is not None and (folder / name).is_file():
                return folder / name
        return None

    async def path(self, name: str) -> Path:
        """The file of the dump `name` (one of `known`), written first when need be. Raises
        DumpPending when it is not written within WAIT seconds, DumpFailed when its export failed."""
        if (found := self.ready(name)) is not None:
            return found
        task = self.writing.get(name)
        if task is None or (
            task.done() and (task.cancelled() or task.exception() is not None)
        ):  # a failed one is tried again
            self.started[name] = time.monotonic()
            task = self.writing[name] = asyncio.create_task(self._write(name))
        try:
            await asyncio.wait_for(asyncio.shield(task), WAIT)
        except asyncio.TimeoutError:
            since = time.monotonic() - self.started[name]
            raise DumpPending(f"the dump {name} is being written (for {since:.0f} s); try again later") from None
        found = self.ready(name)
        if found is None:
            raise DumpFailed(f"the export of {name} wrote no file")
        return found

    async def _write(self, name: str) -> None:
        self.cache.mkdir(parents=True, exist_ok=True)
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "resgraph.web.dumps",
            str(self.store),
            str(self.cache / name),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await proc.communicate()
        if proc.returncode != 0:
            lines = err.decode("utf-8", "replace").strip().splitlines() or [f"exit {proc.returncode}"]
            raise DumpFailed(f"the export of {name} failed: {lines[-1]}")


def etag(path: Path) -> str:
    """A strong ETag of a dump file: it changes when the file is written again."""
    st = path.stat()
    return '"' + hashlib.sha1(f"{path.name}\0{st.st_size}\0{st.st_mtime_ns}".encode()).hexdigest()[:20] + '"'


def write(store: Path, out: Path) -> None:
    """Write the dump `out` (its format from its name) from the store, unless another process
    has written it meanwhile (they take turns on out's lock file); then remove the dumps folders
    of the store's earlier versions. Raises ValueError for a name
    that names no export format, OSError when the file cannot be written, StoreError when the
    store cannot be opened."""
    from resgraph.graph.store import GraphStore

    with open(out.with_name(out.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if out.is_file():
            return
        export.export_to(GraphStore(store, read_only=True), out)  # to NAME.part, renamed when whole
    folder = out.parent  # a cache folder (Dumps.cache): those of the store's earlier versions are stale
    if folder.name.startswith(CACHE_PREFIX):
        for stale in folder.parent.glob(folder.name.rsplit("-", 1)[0] + "-*"):
            if stale != folder:
                shutil.rmtree(stale, ignore_errors=True)


def main(argv: list[str]) -> None:
    """`python -m resgraph.web.dumps STORE FILE`: write one dump, at a low priority; the process
    ends with the server that started it."""
    ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: never outlive the server
    with contextlib.suppress(OSError):
        os.nice(PRIORITY)
        os.sched_setaffinity(0, heavy_cpus()[1])  # off the core kept for short queries
    write(Path(argv[0]), Path(argv[1]))


if __name__ == "__main__":
    main(sys.argv[1:])
