"""Build (or update) a store from resolution files: the library function behind `resgraph build`.

Extraction, conversion and validation of a file are one unit of work in a process pool (they are
CPU-bound and independent); only the store is written from the main process, one atomic graph
replacement per file, so a failed file leaves the store as it was and the rest of the batch goes
on. A first build into an empty store loads everything in one bulk load after the workers.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from resgraph.errors import InputError
from resgraph.extract.limits import TIME_LIMIT
from resgraph.extract.read import display_name
from resgraph.extract.sources import walk
from resgraph.graph import drafts
from resgraph.graph.iris import DEFAULT_BASE
from resgraph.models import BuildResult, Failure, Problem
from resgraph.pool import Pool

BATCH = 250  # files written per transaction

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as files are processed ("building") and once per later
stage ("loading the store", ...), so a command line can draw a bar and a service can log."""

_STORED: frozenset[str] = frozenset()  # in a worker: the graph hashes the store already holds
_CANDIDATES = False  # in a worker: whether the build wants each file's draft candidates


def _init_worker(stored: frozenset[str], candidates: bool) -> None:
    """A worker's view of the build: what the store holds, and whether the store was empty (only
    then are the files' draft candidates all there are; otherwise relink reads the store). The
    vocabularies are loaded and their regexes compiled here, before any file's time limit runs: a
    second or more under load."""
    from resgraph.extract.pipeline import warm_up

    global _STORED, _CANDIDATES
    _STORED, _CANDIDATES = stored, candidates
    warm_up()


def _work(path: str, base: str, check: bool, limit: float | None = None) -> dict[str, Any]:
    """One file, in a worker process: extract, convert, validate; plain data back. A graph the
    store already holds unchanged (same hash) is not validated again. An extraction that takes
    longer than `limit` seconds is that file's error (and the pool kills a worker that overruns
    it by far)."""
    from resgraph.extract.pipeline import extract_file
    from resgraph.graph.ntriples import convert_with_triples
    from resgraph.graph.validate import validate_serialized

    try:
        record = extract_file(path, limit=limit)
        s, triples = convert_with_triples(record, base)
        problems = []
        if check and s.hash not in _STORED:
            problems = [(v.severity, str(v), v.kind) for v in validate_serialized(s, triples, base)]
        return {
            "path": path,
            "symbol": record.symbol or record.draft_symbol,
            "paragraphs": len(record.paragraphs),
            "format": record.format,
            "graph": s.graph,
            "nt": s.nt,
            "triples": s.count,
            "hash": s.hash,
            "shared": s.shared,
            "problems": problems,
            "drafts": drafts.candidates([record], base) if _CANDIDATES else [],
        }
    except InputError as e:
        return {"path": path, "error": e.reason}
    except Exception as e:  # a converter bug on one file must not stop the batch
        return {"path": path, "error": f"conversion failed ({type(e).__name__}: {e})"}


def _describe(store: Any, base: str, changed: bool) -> int | None:
    """The dataset's VoID/DCAT description, written last but for compaction: it counts what the
    other graphs hold, so it is rewritten whenever they change (or when it is missing). Returns
    the quads of the store when it was written (counted on the way), else None."""
    from resgraph.graph import dataset

    if changed or not store.has_graph(store.minter.dataset_graph()):
        # the old description is dropped first: counted with the rest it grew at each rewrite,
        # so a rebuild (or a rerun after a kill) described a store a clean build does not hold
        if store.has_graph(store.minter.dataset_graph()):
            store.remove_graph(store.minter.dataset_graph())
        return dataset.write(store, base)
    return None


def _no_progress(stage: str, done: int, total: int) -> None:
    """The default progress callback: silent."""


class _Tally:
    """Counts of a build as it goes (mutable), frozen into a BuildResult at the end."""

    def __init__(self, files: int) -> None:
        self.files = files
        self.loaded = self.violations = self.warnings = self.triples_loaded = 0
        self.unchanged = self.added = self.replaced = 0
        self.failed: list[Failure] = []
        self.problems: list[Problem] = []

    def problem(self, path: str, severity: str, text: str, kind: str) -> None:
        if severity == "Violation":
            self.violations += 1
        else:
            self.warnings += 1
        self.problems.append(Problem(path, severity, text, kind))


def build(
    paths: Iterable[str | Path],
    store_path: str | Path | None,
    base: str = DEFAULT_BASE,
    workers: int | None = None,
    check: bool = True,
    progress: Progress | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    time_limit: float | None = TIME_LIMIT,
    prune: bool = False,
) -> BuildResult:
    """Build or update the store at `store_path` (None: in memory) from the files under `paths`.

    Files that cannot be read are reported in `BuildResult.failed` (and to `on_failure` as they
    happen) and the rest go on; so is a file whose extraction takes longer than `time_limit`
    seconds (None: no limit). A document read from two files is one graph: the fuller file is
    kept and `BuildResult.duplicates` says which and why. With `prune`, the documents of files
    that are gone (sources.gone) are removed. Raises StoreError when the store cannot be opened
    or is locked by another build, OSError when it cannot be written as a whole (a full disk):
    the store then holds what it held.
    """
    store, result = build_store(paths, store_path, base, workers, check, progress, on_failure, time_limit, prune)
    del store
    return result


def _store_batch(store: Any, batch: list[dict[str, Any]], known: dict[str, str], t: _Tally, fail: Callable) -> None:
    """Write a batch of the workers' files; if the batch cannot be written, each file is retried
    alone, and one that still cannot is reported to `fail` (the store stays as it was for it)."""
    if not batch:
        return
    try:
        counts = store.sync([(r["graph"], r["nt"], r["hash"], r["shared"]) for r in batch], known)
    except Exception:
        counts = {"unchanged": 0, "added": 0, "replaced": 0}
        for r in batch:
            try:
                for k, v in store.sync([(r["graph"], r["nt"], r["hash"], r["shared"])], known).items():
                    counts[k] += v
            except Exception as e:  # the store stays as it was for this file
                fail(r["path"], f"could not be stored ({e})")
                continue
            t.loaded += 1
            t.triples_loaded += r["triples"]
    else:
        t.loaded += len(batch)
        t.triples_loaded += sum(r["triples"] for r in batch)
    t.unchanged += counts["unchanged"]
    t.added += counts["added"]
    t.replaced += counts["replaced"]


def _finish(
    store: Any,
    t: _Tally,
    links: list[tuple[str, str, float]] | None,
    base: str,
    check: bool,
    tell: Progress,
    redo: bool = False,
) -> tuple[int, int]:
    """After the files: the vocabulary checked and written, the draft links recomputed when
    anything changed, the dataset described (_describe), the store compacted (last: anything written after compaction slowed the
    lineage query by a fifth) and flushed. Returns the number of draft links and of quads."""
    from resgraph.graph.vocab_rdf import vocab_ntriples

    if check:
        from resgraph.graph.validate import validate_vocabulary

        for v in validate_vocabulary(base):
            t.problem("ontology/vocab", v.severity, str(v), v.kind)
    changed = bool(t.added or t.replaced or redo)
    tell("writing the vocabularies", t.files, t.files)
    store.replace_graph(base.rstrip("/") + "/graph/vocabularies", vocab_ntriples(base))
    tell("linking drafts", t.files, t.files)
    if changed or not store.has_graph(store.minter.links_graph()):
        draft_links = len(store.relink(links))
        store.relink_terms()
    else:  # nothing changed: the links stand
        draft_links = store.draft_link_count()
    tell("describing the dataset", t.files, t.files)
    quads = _describe(store, base, changed)
    if changed:
        tell("compacting", t.files, t.files)
        store.optimize()
    store.flush()
    return draft_links, len(store) if quads is None else quads


def build_store(
    paths: Iterable[str | Path],
    store_path: str | Path | None,
    base: str = DEFAULT_BASE,
    workers: int | None = None,
    check: bool = True,
    progress: Progress | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    time_limit: float | None = TIME_LIMIT,
    prune: bool = False,
) -> tuple[Any, BuildResult]:
    """`build`, returning the open GraphStore too (for tests and in-memory stores). The store is
    written under its build lock; what a killed build left is cleaned first (`recovered`)."""
    paths = list(paths)
    found = walk(paths)
    files = [str(p) for p in found.files]
    with _opened(store_path, base) as (store, recovered):
        from resgraph.graph import storedir
        from resgraph.graph.source_paths import write_places

        redo = store.path is not None and storedir.finish_pending(store.path)
        if store.path is not None:
            storedir.mark_finish(store.path, pending=True)
        try:
            result = _build_into(store, files, base, workers, check, progress, on_failure, time_limit, redo)
            if prune:
                result = _prune(store, result, files, base)
            if store.path is not None:
                write_places(store, files)  # where its files are, for a status run elsewhere
                storedir.mark_finish(store.path, pending=False)
                storedir.seal(store.path)
        except BaseException:
            if store.bulk_pending():  # an empty store stays empty: nothing half-loaded is kept
                store.abort_bulk()
            raise
    return store, replace(result, recovered=recovered, skipped=found.skipped)


@contextlib.contextmanager
def _opened(store_path: str | Path | None, base: str) -> Iterator[tuple[Any, tuple[str, ...]]]:
    """The store, opened for writing under its build lock, with what a killed build left
    removed: the spool and unfinished bulk files, a first load cut short (the store is emptied
    again: it was empty before), staging graphs of an older resgraph. StoreError when the path
    cannot be a store or another build holds the lock."""
    from resgraph.graph import storedir
    from resgraph.graph.store import GraphStore

    if store_path is None:
        yield GraphStore(None, base), ()
        return
    path = Path(store_path)
    storedir.check(path, writing=True)
    with storedir.writer_lock(path):
        store = GraphStore(path, base)
        notes = []
        if storedir.interrupted_bulk(path):
            store.abort_bulk()
            notes.append("a first build killed while loading: its partial load was removed")
        removed = storedir.clean(path)
        if removed:
            notes.append(f"removed {len(removed)} files a killed build left ({', '.join(removed[:3])})")
        staged = store.drop_staging()
        if staged:
            notes.append(f"removed {staged} staging graphs a killed build left")
        yield store, tuple(notes)


def _build_into(
    store: Any,
    files: list[str],
    base: str,
    workers: int | None,
    check: bool,
    progress: Progress | None,
    on_failure: Callable[[Failure], None] | None,
    time_limit: float | None,
    redo: bool = False,
) -> BuildResult:
    """The build proper, into an open store (`redo`: the last steps are done even if nothing
    changes, as a build killed before them left them undone)."""
    from resgraph.graph.sources import Chooser

    tell = progress or _no_progress
    t = _Tally(len(files))
    known = store.graph_hashes()
    fresh = not store.graphs()  # an empty store has no state to keep: write in bulk, skip transactions
    if fresh:
        store.begin_bulk()
    pending: list[dict[str, Any]] = []
    links = None  # draft -> adoption, when computed from this build's candidates
    chooser, duplicates = Chooser(), []
    late: list[dict[str, Any]] = []  # a document's fuller file found after the other was written

    def fail(path: str, reason: str) -> None:
        f = Failure(path, reason)
        t.failed.append(f)
        if on_failure:
            on_failure(f)

    def write() -> None:
        _store_batch(store, pending[:], known, t, fail)
        pending.clear()

    workers = workers or os.cpu_count() or 1
    # a worker is killed when a file overruns the limit by far: its extraction did not return
    hard = None if time_limit is None else time_limit * 1.5 + 5
    # drafts and the resolutions they may have become, spooled to a file (their texts would
    # otherwise stay in memory to the end of the build): matched in a worker once all are read
    with (
        Pool(workers, (_init_worker, (frozenset(known.values()), fresh)), hard) as pool,
        drafts.spool_file(store.path, fresh) as candidates,
    ):
        results = pool.run([(_work, (f, base, check, time_limit)) for f in files])
        for done, (i, ok, res) in enumerate(results, 1):
            tell("building", done, len(files))
            if not ok:
                fail(display_name(files[i]), res)
                continue
            if "error" in res:
                fail(res["path"], res["error"])
                continue
            keep, note = chooser.take(res)
            if note:
                duplicates.append(note)
            if not keep:
                continue
            for severity, text, kind in res["problems"]:
                t.problem(res["path"], severity, text, kind)
            if note:  # it wins over a file of its document read before: replace that one
                pending[:] = [r for r in pending if r["graph"] != res["graph"]]
                late.append(res)
                continue
            pending.append(res)
            if candidates is not None:
                drafts.spool(res["drafts"], candidates)
            if len(pending) >= BATCH:
                write()
        write()
        if fresh:
            # Oxigraph's bulk loader spreads its work over every core and waits for the slowest
            # part: beside the workers it took twice as long, so the store loads once they are done.
            # A store that was empty holds this build's files only, so their draft candidates are
            # all there are: they are matched in a worker while the store loads.
            assert candidates is not None
            candidates.flush()
            matching = pool.call(drafts.match_spooled, candidates.name)
            tell("loading the store", len(files), len(files))
            store.end_bulk()
            links = matching()
    _store_batch(store, late, known, t, fail)
    draft_links, quads = _finish(store, t, links, base, check, tell, redo)
    result = BuildResult(
        store_path=str(store.path) if store.path is not None else None,
        files=t.files,
        loaded=t.loaded,
        failed=tuple(t.failed),
        violations=t.violations,
        warnings=t.warnings,
        problems=tuple(t.problems),
        triples_loaded=t.triples_loaded,
        unchanged=t.unchanged,
        added=t.added,
        replaced=t.replaced,
        draft_links=draft_links,
        store_quads=quads,
        duplicates=tuple(duplicates),
    )
    return result


def _prune(store: Any, result: BuildResult, files: list[str], base: str) -> BuildResult:
    """Remove the documents whose files are gone (sources.gone); the draft links and the
    dataset's description are brought up to date when any was."""
    from resgraph.graph.sources import gone

    removed = gone(store, files)
    for s in removed:
        store.remove_graph(s.graph)
    if removed:
        store.relink()
        _describe(store, base, True)
        store.flush()
    return replace(result, pruned=tuple(s.file for s in removed), store_quads=len(store))
