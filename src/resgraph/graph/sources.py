"""Which files a store's documents came from, against the files on disk: the documents one build
reads from two files (one graph each, the fuller file wins), what `build --prune` removes and what
`resgraph status` shows.

A document is identified by its symbol (and part), not by its path (iris.Minter.document_graph):
the same corpus built by absolute and by relative paths is one set of graphs, and a file whose
bytes did not change gives the same graph hash, so a rebuild skips it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT_RANK = {"xml": 0, "md": 1, "tsv": 2, "txt": 3, "pdf": 4}  # structure first, PDF text last


@dataclass(frozen=True)
class Stored:
    """A document graph of the store and the file it was read from."""

    graph: str
    file: str
    sha256: str
    doc: str


@dataclass(frozen=True)
class State:
    """A file or document and how the store stands to it: current, changed, gone or new."""

    state: str
    file: str
    doc: str | None = None


def stored(store: Any) -> list[Stored]:
    """The store's document graphs with their source files (queries/store/graph-sources.rq)."""
    from resgraph.graph.store import sparql

    rows = store.store.query(sparql("graph-sources"))
    out = []
    for r in rows:
        doc = r["doc"].value if r["doc"] is not None else ""
        out.append(Stored(r["g"].value, r["file"].value, r["source"].value.rsplit("/", 1)[-1], doc))
    return sorted(set(out), key=lambda s: (s.file, s.graph))


def _key(file: str) -> str:
    return os.path.normcase(os.path.abspath(file))


class Chooser:
    """Which file a document is kept from when a build reads it from two: the one with more
    paragraphs (the fuller text), then the structured format (XML, Markdown, TSV before text and
    PDF), then the first in path order."""

    def __init__(self) -> None:
        self.seen: dict[str, dict[str, Any]] = {}  # graph -> the kept file's result

    def take(self, res: dict[str, Any]) -> tuple[bool, dict[str, str] | None]:
        """(whether to write res, a note when it met another file of its document)."""
        old = self.seen.get(res["graph"])
        if old is None or _key(old["path"]) == _key(res["path"]):
            self.seen[res["graph"]] = res
            return True, None
        win = (-res["paragraphs"], FORMAT_RANK.get(res["format"], 9)) < (
            -old["paragraphs"],
            FORMAT_RANK.get(old["format"], 9),
        )
        kept, dropped = (res, old) if win else (old, res)
        if kept["paragraphs"] != dropped["paragraphs"]:
            why = f"more paragraphs ({kept['paragraphs']} against {dropped['paragraphs']})"
        elif kept["format"] != dropped["format"]:
            why = f"a structured format ({kept['format']} over {dropped['format']})"
        else:
            why = "first in path order; same paragraphs and format"
        if win:
            self.seen[res["graph"]] = res
        note = {
            "symbol": res.get("symbol") or res["graph"],
            "kept": kept["path"],
            "dropped": dropped["path"],
            "reason": why,
            "paths": f"{kept['path']} | {dropped['path']}",
        }
        return win, note


def gone(store: Any, built: Iterable[str], roots: Iterable[str | Path]) -> list[Stored]:
    """Document graphs whose file is gone: it no longer exists, or it lay under a folder this
    build read and was not among its files (then it was moved or renamed away)."""
    files = {_key(f) for f in built}
    dirs = [_key(str(r)) + os.sep for r in roots if Path(r).is_dir()]
    out = []
    for s in stored(store):
        k = _key(s.file)
        if k in files:
            continue
        if not os.path.exists(s.file) or any(k.startswith(d) for d in dirs):
            out.append(s)
    return out


def _sha256(path: str) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def status(store: Any, paths: Iterable[str | Path] = ()) -> list[State]:
    """How the store stands to the files: each document's file current (same bytes), changed
    (other bytes: a build replaces it) or gone (missing: `build --prune` removes it), and each file
    under `paths` that no document came from, new (a build adds it)."""
    from resgraph.extract.sources import files_of

    out = []
    known = set()
    for s in stored(store):
        known.add(_key(s.file))
        digest = _sha256(s.file)
        state = "gone" if digest is None else "current" if digest == s.sha256 else "changed"
        out.append(State(state, s.file, s.doc))
    for f in files_of(paths):
        if _key(str(f)) not in known:
            out.append(State("new", str(f)))
    return out
