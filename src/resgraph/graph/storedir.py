"""The store's folder: what may be opened as a store, one writer at a time, and what a killed
build left behind.

A build refuses a path that is a file, a folder holding other files (it would have turned it into
a store among them), and an Oxigraph folder that lost its CURRENT file (opening it would start an
empty store over the old one). It holds `build.lock` (an exclusive flock, released by the kernel
when the build dies) while it writes. A first build's bulk load spools to `bulk-*.nq` and Oxigraph
writes `bulk-*.sst` beside it; `bulk-pending` marks the load as begun: a build that finds it knows
the last one died loading into an empty store, so it empties the store again (nothing that was
stored before is lost: the store was empty) and removes the spool and the unfinished files.

A build ends by sealing the store (`sealed`: each of Oxigraph's .sst files, which are never
changed once written, with its size, time and SHA-256); opening the store checks every sealed
file that was written to since (its size or time differ) against its hash: a damaged file is
refused in one line rather than read (a damaged block sent Oxigraph's joins into a loop that
took all the memory of the machine).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from resgraph.errors import StoreError

LOCK = "build.lock"
PENDING = "bulk-pending"
FINISH = "finish-pending"  # a build wrote and has not finished: the next one redoes the last steps
SEAL = "sealed"  # name size mtime_ns sha256 of each .sst file, as the last build left them
SOURCES = "sources.json"  # where each document's file is (source_paths), beside the store's files
LEFTOVER_PREFIX = "bulk-"  # resgraph's spool and Oxigraph's bulk-loader files alike
ROCKSDB_SIGNS = ("CURRENT", "IDENTITY", "MANIFEST-", "OPTIONS-", "LOCK", "LOG")


def _is_rocksdb_file(name: str) -> bool:
    return name.startswith(ROCKSDB_SIGNS) or name.endswith((".sst", ".log", ".blob"))


def check(path: Path, writing: bool) -> None:
    """Raise StoreError when `path` cannot be a store: a file, a folder of other files, a store
    without its CURRENT file; for reading, also a path that does not exist."""
    if path.exists() and not path.is_dir():
        raise StoreError(str(path), "is a file, not a store folder")
    if not path.exists():
        if writing:
            return
        raise StoreError(str(path), "no store here; run `resgraph build PATHS --store ...` first")
    try:
        names = [
            n
            for n in os.listdir(path)
            if n not in (LOCK, FINISH, SEAL, SEAL + ".tmp", SOURCES, SOURCES + ".tmp")
            and not n.startswith(LEFTOVER_PREFIX)
        ]
    except OSError as e:
        raise StoreError(str(path), f"cannot read the folder ({e.strerror or e})") from None
    if not names:
        if writing:
            return
        raise StoreError(str(path), "an empty folder, not a store; run `resgraph build PATHS --store ...` first")
    if "CURRENT" not in names:
        if any(_is_rocksdb_file(n) for n in names) and any(n.startswith("MANIFEST-") for n in names):
            raise StoreError(
                str(path), "damaged store: its CURRENT file is missing; restore the folder or build a new store"
            )
        shown = ", ".join(sorted(names)[:3]) + (", ..." if len(names) > 3 else "")
        raise StoreError(str(path), f"not a resgraph store: a folder holding other files ({shown}); give a new folder")


@contextlib.contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """Hold the store's build lock; StoreError at once when another build holds it."""
    path.mkdir(parents=True, exist_ok=True)
    fd = os.open(path / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            other = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise StoreError(str(path), f"another build is writing to this store (pid {other}); wait for it") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock; a killed build's lock goes with its process


def leftovers(path: Path) -> list[Path]:
    """Files a killed build left in the store folder: the spool, Oxigraph's unfinished bulk files,
    a seal or a record of the sources half written."""
    if not path.is_dir():
        return []
    return sorted(
        p
        for p in path.iterdir()
        if (p.name.startswith(LEFTOVER_PREFIX) and p.name != PENDING) or p.name in (SEAL + ".tmp", SOURCES + ".tmp")
    )


def interrupted_bulk(path: Path) -> bool:
    """Whether the last build died during its first bulk load (the store holds part of it)."""
    return (path / PENDING).exists()


def _mark(marker: Path, pending: bool) -> None:
    """Create a marker file durably (fsync'd before the work it guards goes on), or remove it."""
    if pending:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.fsync(fd)
        os.close(fd)
    else:
        marker.unlink(missing_ok=True)


def mark_bulk(path: Path, pending: bool) -> None:
    """Mark a bulk load as begun (pending) or done, durably before the load goes on."""
    _mark(path / PENDING, pending)


def finish_pending(path: Path) -> bool:
    """Whether the last build died after writing and before its last steps (draft links, the
    dataset's description, compaction): this build redoes them even if nothing changes."""
    return (path / FINISH).exists()


def mark_finish(path: Path, pending: bool) -> None:
    """Mark a build's writing as begun (pending) or its last steps as done."""
    _mark(path / FINISH, pending)


def clean(path: Path) -> list[str]:
    """Remove what a killed build left; names of the files removed."""
    removed = []
    for p in leftovers(path):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
            removed.append(p.name)
    return removed


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _sealed(path: Path) -> dict[str, tuple[int, int, str]]:
    """The seal: .sst name -> (size, mtime_ns, sha256); lines that do not parse are left out."""
    out = {}
    with contextlib.suppress(OSError):
        for line in (path / SEAL).read_text(encoding="ascii", errors="replace").splitlines():
            parts = line.split()
            if len(parts) == 4 and parts[1].isdigit() and parts[2].isdigit():
                out[parts[0]] = (int(parts[1]), int(parts[2]), parts[3])
    return out


def seal(path: Path) -> None:
    """Record each .sst file of the store (a file sealed before and not written since keeps its
    hash: only the new ones are read, on every core: hashlib lets go of the GIL, and after a first
    build that is 1.2 GB). Written to a temporary file and renamed over the seal."""
    old = _sealed(path)
    files = []
    for p in sorted(path.glob("*.sst")):
        if p.name.startswith(LEFTOVER_PREFIX):
            continue
        try:  # Oxigraph, still open, may remove a file it compacted away meanwhile
            st = p.stat()
        except FileNotFoundError:
            continue
        if st.st_size == 0:  # a compaction's output not written yet: no finished .sst is empty
            continue
        was = old.get(p.name)
        files.append((p, st, was[2] if was and was[:2] == (st.st_size, st.st_mtime_ns) else None))
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        digests = list(pool.map(lambda f: f[2] or _sha256_if_there(f[0]), files))
    lines = [f"{p.name} {st.st_size} {st.st_mtime_ns} {d}\n" for (p, st, _), d in zip(files, digests, strict=True) if d]
    tmp = path / (SEAL + ".tmp")
    tmp.write_text("".join(lines), encoding="ascii")
    os.replace(tmp, path / SEAL)


def _sha256_if_there(path: Path) -> str | None:
    try:
        return _sha256(path)
    except FileNotFoundError:
        return None


def verify(path: Path) -> None:
    """Raise StoreError when a sealed .sst file was written to since the seal and no longer holds
    what it held (a file rewritten with the same bytes passes; a file the seal does not list, which
    a killed build wrote, is left to Oxigraph's own checks)."""
    for name, (size, mtime, digest) in _sealed(path).items():
        p = path / name
        try:
            st = p.stat()
        except FileNotFoundError:  # compacted away since: Oxigraph no longer reads it
            continue
        if (st.st_size, st.st_mtime_ns) == (size, mtime):
            continue
        if st.st_size > size:  # still being written by a compaction when sealed: it only grew
            continue
        if st.st_size != size:
            why = f"{st.st_size:,} bytes where the build that wrote it left {size:,}"
        elif _sha256(p) != digest:
            why = "other bytes than the build that wrote it left: its SHA-256 differs"
        else:
            continue
        raise StoreError(str(path), f"damaged store: {name} holds {why}; restore the folder or build a new store")


def version(path: Path) -> str:
    """A digest of the store's file names, sizes and modification times: it changes when a build
    writes the store (a served store is read-only, and its server restarted after a build); part
    of every ETag of the endpoint and of the dumps' folder name."""
    h = hashlib.sha1()
    for p in sorted(Path(path).iterdir()):
        st = p.stat()
        h.update(f"{p.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]
