"""Which files a store's documents came from, against the files on disk: the documents one build
reads from two files (one graph each, the fuller file wins), what `build --prune` removes and what
`resgraph status` shows.

A document is identified by its symbol (and part), not by its path (iris.Minter.document_graph):
the same corpus built by absolute and by relative paths is one set of graphs, and a file whose
bytes did not change gives the same graph hash, so a rebuild skips it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from resgraph.graph.source_paths import Located, locate, read_places
from resgraph.graph.source_paths import key as _key

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
    """A file or document and how the store stands to it: current, changed, gone, new, duplicate,
    failing (a build cannot read it; note says why) or skipped (a file of a folder given that is
    not of a type resgraph reads; note says why)."""

    state: str
    file: str
    doc: str | None = None
    note: str | None = None  # a duplicate: which file a build keeps and why


def stored(store: Any) -> list[Stored]:
    """The store's document graphs with their source files (queries/store/graph-sources.rq)."""
    from resgraph.graph.store import sparql

    rows = store.store.query(sparql("graph-sources"))
    out = []
    for r in rows:
        doc = r["doc"].value if r["doc"] is not None else ""
        out.append(Stored(r["g"].value, r["file"].value, r["source"].value.rsplit("/", 1)[-1], doc))
    return sorted(set(out), key=lambda s: (s.file, s.graph))


def _slim(res: dict[str, Any]) -> dict[str, Any]:
    return {k: res[k] for k in ("path", "paragraphs", "format")}


class Chooser:
    """Which file a document is kept from when a build reads it from two: the one with more
    paragraphs (the fuller text), then the structured format (XML, Markdown, TSV before text and
    PDF), then the first in path order."""

    def __init__(self) -> None:
        # graph -> what is compared of the kept file's result: the whole result (its N-Triples
        # and text) kept for every file of a build grew the build by 170 MB a thousand files
        self.seen: dict[str, dict[str, Any]] = {}

    def take(self, res: dict[str, Any]) -> tuple[bool, dict[str, str] | None]:
        """(whether to write res, a note when it met another file of its document)."""
        old = self.seen.get(res["graph"])
        if old is None or _key(old["path"]) == _key(res["path"]):
            self.seen[res["graph"]] = _slim(res)
            return True, None
        win = (-res["paragraphs"], FORMAT_RANK.get(res["format"], 9)) < (
            -old["paragraphs"],
            FORMAT_RANK.get(old["format"], 9),
        )
        kept, dropped = (res, old) if win else (old, res)
        if win:
            self.seen[res["graph"]] = _slim(res)
        note = {
            "symbol": res.get("symbol") or res["graph"],
            "kept": kept["path"],
            "dropped": dropped["path"],
            "reason": why_kept(kept, dropped),
            "paths": f"{kept['path']} | {dropped['path']}",
        }
        return win, note


def why_kept(kept: dict[str, Any], dropped: dict[str, Any]) -> str:
    """Why Chooser keeps one file of a document over another, in words."""
    if kept["paragraphs"] != dropped["paragraphs"]:
        return f"more paragraphs ({kept['paragraphs']} against {dropped['paragraphs']})"
    if kept["format"] != dropped["format"]:
        return f"a structured format ({kept['format']} over {dropped['format']})"
    return "first in path order; same paragraphs and format"


def gone(store: Any, built: Iterable[str]) -> list[Stored]:
    """Document graphs whose file is gone from disk (looked for where source_paths.locate looks,
    so a build run from another folder, or by other paths, than the one that stored it prunes
    nothing it can find). A file this build read, by the path as stored or the path it is found
    at, is never gone; nor is a file under a folder this build walked that the walk skips (a type
    it does not read, a hidden file, a README): it was built by naming it and is still there."""
    files = {_key(f) for f in built}
    out = []
    for s, at in located(store, stored(store)):
        if _key(s.file) in files or at.key in files:
            continue
        if at.path is None:
            out.append(s)
    return out


def located(store: Any, docs: list[Stored]) -> list[tuple[Stored, Located]]:
    """Each stored document with where its file is now (source_paths.locate)."""
    places = read_places(store.path)
    return [(s, locate(s.file, s.sha256, places.get(s.graph), store.path)) for s in docs]


def _sha256(path: str) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def status(store: Any, paths: Iterable[str | Path] = (), workers: int | None = None) -> list[State]:
    """How the store stands to the files: each document's file current (same bytes), changed
    (other bytes: a build replaces it) or gone (missing: `build --prune` removes it), and each file
    under `paths` that no document came from new (a build adds it) or, when it holds a document
    the store or another of these files already has, duplicate: its note says which file a build
    of `paths` keeps and why, as the build would (Chooser); a new or changed file that a build
    cannot read is failing, its note saying why (not new: a build would not add it; not changed:
    the store keeps what it read before); the files of those folders that a build does not read
    (extract.sources.walk) are skipped, their note saying why. New and changed files are extracted
    (in `workers` processes); the stored file a build would read again is too."""
    from resgraph.extract.sources import walk

    docs = stored(store)
    where = located(store, docs)
    keys = {s.graph: at.key for s, at in where}
    found = walk(paths)
    files = [str(f) for f in found.files]
    known = set(keys.values())
    new = [f for f in files if _key(f) not in known]
    notes = _duplicates(docs, keys, files, new, workers)
    out, disk = [], {}
    for s, at in where:
        digest = _sha256(at.path) if at.path else None
        state = "gone" if digest is None else "current" if digest == s.sha256 else "changed"
        if state == "changed":
            disk[str(at.path)] = s.file
        out.append(State(state, s.file, s.doc, notes.get(s.file, (None, None))[1]))
    failing = {disk[f]: why for f, why in _failing(list(disk), workers).items()}
    out = [
        State(
            "failing",
            x.file,
            x.doc,
            f"a build fails on it, the store keeps the document read before: {failing[x.file]}",
        )
        if x.state == "changed" and x.file in failing
        else x
        for x in out
    ]
    for f in new:
        state, note = notes.get(f, ("new", None))
        out.append(State(state or "new", f, None, note))
    # a file the walk skips that the store holds a document of was built by naming it: it is
    # current or changed above, not also skipped
    out.extend(State("skipped", str(k.path), None, k.reason) for k in found.skipped if _key(str(k.path)) not in known)
    return out


def _failing(files: list[str], workers: int | None) -> dict[str, str]:
    """file -> why a build fails on it, for the files that cannot be read (extract_many)."""
    import os

    from resgraph.extract.limits import time_limit
    from resgraph.extract.pipeline import extract_many
    from resgraph.models import Failure

    if not files:
        return {}
    done = extract_many(files, time_limit(), workers or os.cpu_count() or 1)
    return {f: r.reason for f, r in zip(files, done, strict=True) if isinstance(r, Failure)}


def _duplicates(
    docs: list[Stored], keys: dict[str, str], files: list[str], new: list[str], workers: int | None
) -> dict[str, tuple]:
    """file -> (state, note) for the new files that hold a document the store or another new file
    holds, for the new files that cannot be read (failing, and why), and for the stored files a
    build would replace; `keys` is each stored graph's file as found on disk (located)."""
    import os

    from resgraph.extract.limits import time_limit
    from resgraph.extract.pipeline import extract_many
    from resgraph.graph.iris import DEFAULT_BASE, Minter
    from resgraph.models import Failure

    if not new:
        return {}
    m = Minter(docs[0].graph.rsplit("graph/", 1)[0] if docs else DEFAULT_BASE)  # the store's base
    read: dict[str, dict[str, Any]] = {}
    out: dict[str, tuple] = {}

    def extract(paths: list[str]) -> None:
        for f, r in zip(paths, extract_many(paths, time_limit(), workers or os.cpu_count() or 1), strict=True):
            if isinstance(r, Failure):
                out[f] = ("failing", r.reason)
                continue
            g = m.document_graph(m.record(r.symbol, r.draft_symbol, r.sha256))
            sym = r.symbol or r.draft_symbol or g
            read[f] = {"path": f, "graph": g, "paragraphs": len(r.paragraphs), "format": r.format, "symbol": sym}

    extract(new)
    by_graph = {s.graph: s for s in docs}
    again = {keys[s.graph] for s in docs if s.graph in {r["graph"] for r in read.values()}}
    extract([f for f in files if _key(f) in again])  # a build reads them again: they take part
    chooser = Chooser()
    for f in files:  # in the build's order
        if f in read:
            chooser.take(read[f])
    by_key = {_key(f): r for f, r in read.items()}
    for f, r in read.items():
        if _key(f) in again:
            continue
        kept, home = chooser.seen[r["graph"]], by_graph.get(r["graph"])
        was = f"stored from {home.file}; " if home else ""
        if kept["path"] != f:
            out[f] = ("duplicate", f"{r['symbol']}: {was}a build keeps {kept['path']} over it ({why_kept(kept, r)})")
        elif home and keys[home.graph] in by_key:
            why = why_kept(r, by_key[keys[home.graph]])
            out[f] = ("duplicate", f"{r['symbol']}: {was}a build keeps this file over {home.file} ({why})")
        elif home:
            out[f] = (
                "duplicate",
                f"{r['symbol']}: {was}a build of these files keeps this file ({home.file} is not among them)",
            )
    for g, kept in chooser.seen.items():
        home = by_graph.get(g)
        if home and keys[home.graph] != _key(kept["path"]):
            out[home.file] = (None, f"a build replaces it with {kept['path']}")
    return out
