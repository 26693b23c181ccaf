"""Where the file of each stored document lies on disk now, whatever folder a command runs in.

A document's graph names its file as the build was given it (`rg:sourceFile`, often a relative
path such as `data/resolutions/A-RES-67-186.txt`): that label is what users see and what the
provenance keeps, but read from another folder it names no file, and `resgraph status` called
every file gone. So a build also records, in the store folder's `sources.json` (not in the graph:
the builder's absolute paths are no part of the published data, and a graph's hash stays that of
its file), each document's file as an absolute path and as a path from the store folder. A file
is then looked for at its absolute path, then from where the store is now (a project moved or
copied with its store), and, for a store built before this record was kept (or whose record is
missing or damaged), at the path as given from the current folder and then from the folder
holding the store (where a build by relative paths usually runs, as the README's does).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from resgraph.extract.read import display_name
from resgraph.graph.storedir import SOURCES  # graph -> where its file was when a build last read it


@dataclass(frozen=True)
class Place:
    """Where a build read a document's file: absolute, and relative to the store folder (for a
    store moved with its files); `sha256` is the file's, so a record left by a build that did
    not finish is not taken for a file another build read since."""

    sha256: str
    path: str
    from_store: str


@dataclass(frozen=True)
class Located:
    """A stored file found: `path` on disk (None: gone) and `key`, its identity for comparing
    with the files a command names (the path on disk, or where it was last seen)."""

    path: str | None
    key: str


def key(file: str) -> str:
    """A file's identity whether named by its path on disk or as stored (read.display_name: a
    name that is not UTF-8 keeps its odd bytes as \\xNN escapes)."""
    return os.path.normcase(os.path.abspath(display_name(file)))


def on_disk(stored_name: str) -> str | None:
    """The path on disk of a file named as stored, or None when it is gone: the name itself, or
    the name with its \\xNN escapes turned back into the bytes they stand for."""
    if os.path.lexists(stored_name):
        return stored_name
    raw = re.sub(r"\\x([89a-f][0-9a-f])", lambda m: chr(0xDC00 + int(m.group(1), 16)), stored_name)
    return raw if raw != stored_name and os.path.lexists(raw) else None


def read_places(store_path: Path | None) -> dict[str, Place]:
    """graph -> Place from the store folder's record; {} for an in-memory store, a store built
    before the record was kept, or a record that cannot be read (never raises: a status or a
    build then falls back on the paths as given)."""
    if store_path is None:
        return {}
    try:
        data = json.loads((Path(store_path) / SOURCES).read_text(encoding="utf-8"))
        return {g: Place(p["sha256"], p["path"], p["from_store"]) for g, p in data["graphs"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def locate(file: str, sha256: str, place: Place | None, store_path: Path | None) -> Located:
    """Where the stored `file` (as given to the build that read it) is now: see the module's
    docstring for the order it is looked for in."""
    if place is not None and place.sha256 == sha256:
        tries = [place.path]
        if store_path is not None:
            tries.append(os.path.normpath(os.path.join(os.path.abspath(store_path), place.from_store)))
        last_seen = place.path
    else:
        tries = [file]
        if store_path is not None and not os.path.isabs(file):
            tries.append(os.path.join(os.path.dirname(os.path.abspath(store_path)), file))
        last_seen = file
    for t in tries:
        here = on_disk(t)
        if here is not None:
            return Located(here, key(t))
    return Located(None, key(last_seen))


def write_places(store: Any, built: list[str]) -> None:
    """Record where this build's files are (every stored document whose file it read, by the
    path as stored or the path it was found at) and keep what was recorded of the others; the
    record is written to a temporary file and renamed over the old one. Raises OSError when the
    store folder cannot be written (a full disk: the store then keeps its last record)."""
    from resgraph.graph.sources import stored

    if store.path is None:
        return
    root = os.path.abspath(store.path)
    old = read_places(store.path)
    files = {key(f) for f in built}
    out = {}
    for s in stored(store):
        found = locate(s.file, s.sha256, old.get(s.graph), store.path)
        read_now = key(s.file) if key(s.file) in files else found.key if found.key in files else None
        if read_now is not None:
            path = os.path.abspath(display_name(s.file if read_now == key(s.file) else str(found.path)))
            out[s.graph] = {"sha256": s.sha256, "path": path, "from_store": os.path.relpath(path, root)}
        elif s.graph in old and old[s.graph].sha256 == s.sha256:
            p = old[s.graph]
            out[s.graph] = {"sha256": p.sha256, "path": p.path, "from_store": p.from_store}
    tmp = Path(store.path) / (SOURCES + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    tmp.write_text(json.dumps({"version": 1, "graphs": out}, ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(tmp, Path(store.path) / SOURCES)
