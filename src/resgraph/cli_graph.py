"""Graph commands of the `resgraph` CLI: build, query, lineage, stats, validate, export.

`register(app)` adds them to the lead's Typer app. Extraction, conversion and validation of a file
are one unit of work in a process pool (they are CPU-bound and independent); only the store is
written from the main process, one atomic graph replacement per file, so a failed file leaves the
store as it was and the rest of the batch goes on.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import drafts
from .errors import InputError
from .iris import DEFAULT_BASE

# piped output (a file, a pager, CI logs) gets wide tables rather than rich's default of 80 columns
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, soft_wrap=True)
SKIP_NAMES = {"readme.md", "license", "license.md"}
STORE_OPT = typer.Option(Path("store"), "--store", "-s", help="path of the on-disk graph store")
BATCH = 250  # files written per transaction
BASE_OPT = typer.Option(DEFAULT_BASE, "--base", help="base of the IRIs minted")


def files_of(paths: List[Path]) -> list[Path]:
    """Files under the given paths (directories walked), in a stable order; READMEs skipped."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")
                                and x.name.lower() not in SKIP_NAMES))
        else:
            found.append(p)
    return found


_STORED: frozenset = frozenset()  # in a worker: the graph hashes the store already holds
_CANDIDATES = False  # in a worker: whether the build wants each file's draft candidates


def _init_worker(stored: frozenset, candidates: bool) -> None:
    """A worker's view of the build: what the store holds, and whether the store was empty (only
    then are the files' draft candidates all there are; otherwise relink reads the store)."""
    global _STORED, _CANDIDATES
    _STORED, _CANDIDATES = stored, candidates


def _work(path: str, base: str, check: bool) -> dict[str, Any]:
    """One file, in a worker process: extract, convert, validate; plain data back. A graph the
    store already holds unchanged (same hash) is not validated again."""
    from .pipeline import extract_file
    from .rdf import record_to_ntriples
    from .validate import validate_ntriples
    try:
        record = extract_file(path)
        s = record_to_ntriples(record, base)
        problems = []
        if check and s.hash not in _STORED:
            problems = [(v.severity, str(v), v.kind) for v in validate_ntriples(s.nt + s.shared, s.graph, base)]
        return {"path": path, "graph": s.graph, "nt": s.nt, "triples": s.count, "hash": s.hash,
                "shared": s.shared, "problems": problems,
                "drafts": drafts.candidates([record], base) if _CANDIDATES else []}
    except InputError as e:
        return {"path": path, "error": e.reason}
    except Exception as e:  # a converter bug on one file must not stop the batch
        return {"path": path, "error": f"conversion failed ({type(e).__name__}: {e})"}


def build_store(paths: List[Path], store_path: Optional[Path], base: str = DEFAULT_BASE,
                workers: Optional[int] = None, check: bool = True, quiet: bool = False):
    """Build (or update) a store from files; returns (store, summary dict)."""
    from .rdf import to_ntriples
    from .store import GraphStore
    from .vocab_rdf import vocab_graph
    files = [str(p) for p in files_of(paths)]
    store = GraphStore(store_path, base)
    summary = {"files": len(files), "loaded": 0, "failed": [], "violations": 0, "warnings": 0,
               "triples_loaded": 0, "problems": [], "unchanged": 0, "added": 0, "replaced": 0}
    known = store.graph_hashes()
    fresh = not store.graphs()  # an empty store has no state to keep: write in bulk, skip transactions
    if fresh:
        store.begin_bulk()
    pending: list[dict] = []
    candidates: list = []  # drafts and the resolutions they may have become (drafts.Candidate)
    links = None  # draft -> adoption, when computed from this build's candidates

    def write() -> None:
        """Write the pending files; if the batch cannot be written, each file is retried alone."""
        batch = pending[:]
        pending.clear()
        if batch:
            try:
                counts = store.sync([(r["graph"], r["nt"], r["hash"], r["shared"]) for r in batch], known)
            except Exception:
                counts = {"unchanged": 0, "added": 0, "replaced": 0}
                for r in batch:
                    try:
                        for k, v in store.sync([(r["graph"], r["nt"], r["hash"], r["shared"])], known).items():
                            counts[k] += v
                    except Exception as e:  # the store stays as it was for this file
                        summary["failed"].append((r["path"], f"could not be stored ({e})"))
                        err.print(f"[red]failed[/red] {r['path']}: could not be stored ({e})", highlight=False)
                        continue
                    summary["loaded"] += 1
                    summary["triples_loaded"] += r["triples"]
            else:
                summary["loaded"] += len(batch)
                summary["triples_loaded"] += sum(r["triples"] for r in batch)
            for k, v in counts.items():
                summary[k] += v

    workers = workers or os.cpu_count() or 1
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, disable=quiet, transient=True)
    with progress, ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                       initargs=(frozenset(known.values()), fresh)) as pool:
        task = progress.add_task("building", total=len(files))
        results = pool.map(_work, files, [base] * len(files), [check] * len(files),
                           chunksize=max(1, min(32, len(files) // (workers * 8) or 1)))
        for res in results:
            progress.advance(task)
            if "error" in res:
                summary["failed"].append((res["path"], res["error"]))
                err.print(f"[red]failed[/red] {res['path']}: {res['error']}", markup=True, highlight=False)
                continue
            pending.append(res)
            candidates.extend(res["drafts"])
            if len(pending) >= BATCH:
                write()
            for severity, text, kind in res["problems"]:
                summary["violations" if severity == "Violation" else "warnings"] += 1
                summary["problems"].append((res["path"], severity, text, kind))
        write()
        if fresh:
            # Oxigraph's bulk loader spreads its work over every core and waits for the slowest
            # part: beside the workers it took twice as long, so the store loads once they are done.
            # A store that was empty holds this build's files only, so their draft candidates are
            # all there are: they are matched in a worker while the store loads.
            matching = pool.submit(drafts.match, candidates)
            progress.update(task, description="loading the store")
            store.end_bulk()
            links = matching.result()
    if check:
        from .validate import validate_vocabulary
        for v in validate_vocabulary(base):
            summary["violations" if v.severity == "Violation" else "warnings"] += 1
            summary["problems"].append(("ontology/vocab", v.severity, str(v), v.kind))
    vg = vocab_graph(base)
    store.replace_graph(base.rstrip("/") + "/graph/vocabularies", to_ntriples(vg))
    if summary["added"] or summary["replaced"] or not store.has_graph(store.minter.links_graph()):
        summary["draft_links"] = len(store.relink(links))
    else:  # nothing changed: the links stand
        summary["draft_links"] = store.draft_link_count()
    if summary["added"] or summary["replaced"]:
        store.optimize()  # last: anything written after compaction slowed the lineage query by a fifth
    store.flush()
    summary["store_quads"] = len(store)
    from . import queries
    summary["duplicates"] = queries.run(store, "duplicate-documents", {})
    return store, summary


def build(
    paths: List[Path] = typer.Argument(..., help="resolution files or directories"),
    store: Path = STORE_OPT,
    base: str = BASE_OPT,
    workers: Optional[int] = typer.Option(None, "--workers", "-j", help="processes (default: all cores)"),
    no_validate: bool = typer.Option(False, "--no-validate", help="skip SHACL validation"),
    strict: bool = typer.Option(False, "--strict", help="exit non-zero on SHACL violations too"),
    show: int = typer.Option(20, "--show", help="how many SHACL problems to print (0: none)"),
) -> None:
    """Extract, convert, validate and load files into the store; one line per failed file."""
    _, s = build_store(paths, store, base, workers, not no_validate)
    for path, severity, text, _ in s["problems"][:show]:
        err.print(f"[yellow]{severity.lower()}[/yellow] {Path(path).name}: {text}", highlight=False)
    if len(s["problems"]) > show:
        err.print(f"... {len(s['problems']) - show} more; by kind (`resgraph validate --store {store}` lists them):",
                  highlight=False)
        for sev, n, example in by_kind((sev, kind, f"{Path(path).name}: {text}")
                                       for path, sev, text, kind in s["problems"]):
            err.print(f"  {n:6d} {sev.lower()}: {example}", highlight=False)
    unchanged = f" ({s['unchanged']} unchanged, not validated again)" if s["unchanged"] else ""
    out.print(f"{s['loaded']}/{s['files']} files loaded{unchanged}, {len(s['failed'])} failed, "
              f"{s['violations']} SHACL violations, {s['warnings']} warnings, "
              f"{s['draft_links']} draft adoptions linked, {s['store_quads']} quads in {store}", highlight=False)
    if s["duplicates"]:
        err.print(f"[yellow]warning[/yellow] {len(s['duplicates'])} documents are read from more than one file, "
                  f"and their facts merge (e.g. {s['duplicates'][0]['symbol']}: {s['duplicates'][0]['paths']}); "
                  f"`resgraph query duplicate-documents --store {store}` lists them", highlight=False)
    if s["failed"] or (strict and s["violations"]):
        raise typer.Exit(1)


def by_kind(problems) -> list[tuple[str, int, str]]:
    """(severity, count, first example) per kind of problem, most frequent first; problems are
    (severity, kind, text) with kind the shape's message before its value is filled in."""
    counts: Counter = Counter()
    examples: dict[tuple[str, str], str] = {}
    for sev, kind, text in problems:
        counts[sev, kind] += 1
        examples.setdefault((sev, kind), text)
    return [(sev, n, examples[sev, kind]) for (sev, kind), n in counts.most_common()]


def _params(pairs: List[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        if "=" not in pair:
            raise typer.BadParameter(f"--param takes k=v, got {pair!r}")
        k, v = pair.split("=", 1)
        params[k.strip()] = v
    return params


def _open(store: Path):
    from .store import GraphStore
    if not store.exists():
        err.print(f"no store at {store}; run `resgraph build PATHS --store {store}` first")
        raise typer.Exit(2)
    return GraphStore(store, read_only=True)


def print_rows(rows: list[dict], fmt: str, title: str = "") -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        if rows:
            w = csv.DictWriter(buf, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        sys.stdout.write(buf.getvalue())
    else:
        table = Table(title=title or None)
        for col in (rows[0] if rows else {}):
            table.add_column(col, overflow="fold")
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r.values()))
        out.print(table)
        out.print(f"{len(rows)} rows")


def query(
    name: str = typer.Argument(..., help="query name (queries/*.rq); 'list' lists them"),
    param: List[str] = typer.Option([], "--param", "-p", help="k=v, repeatable"),
    store: Path = STORE_OPT,
    format: str = typer.Option("table", "--format", "-f", help="table | csv | json"),
) -> None:
    """Run a named query with bound parameters."""
    from . import queries
    if name == "list":
        for q in queries.available().values():
            ps = ", ".join(f"{p.name}:{p.type}{'' if p.required else '?'}" for p in q.params)
            out.print(f"[bold]{q.name}[/bold]({ps}) — {q.answers}")
        return
    try:
        rows = queries.run(_open(store), name, _params(param))
    except queries.QueryError as e:
        err.print(str(e))
        raise typer.Exit(2)
    print_rows(rows, format, name)


def lineage(
    symbol: str = typer.Argument(..., help="canonical symbol, e.g. A/RES/67/186"),
    store: Path = STORE_OPT,
    chains: int = typer.Option(5, "--chains", help="how many of the longest chains to print"),
    format: str = typer.Option("table", "--format", "-f", help="table | csv | json (edges)"),
) -> None:
    """The chains by which a resolution descends from earlier texts, each edge with its kind."""
    from . import queries
    from .lineage_view import chains_to, edge_label, short
    rows = queries.run(_open(store), "lineage", {"symbol": symbol})
    if not rows:
        err.print(f"{symbol} has no lineage in the store (is the symbol canonical and built?)")
        raise typer.Exit(1)
    if format != "table":
        print_rows(rows, format)
        return
    for nodes, edges in chains_to(rows, symbol)[:chains]:
        parts = [short(nodes[0])]
        for n, e in zip(nodes[1:], edges):
            parts.append(f"—{edge_label(e)}→ {short(n)}")
        out.print(" ".join(parts), highlight=False, soft_wrap=True)
    print_rows([{k: r[k] for k in ("direction", "fromSymbol", "kind", "function", "op", "toSymbol", "score")}
                for r in rows], "table", f"lineage of {symbol}")


def stats(store: Path = STORE_OPT, top: int = typer.Option(10, "--top")) -> None:
    """Most cited, PageRank, weakly connected components and longest chains of the citation graph."""
    from .lineage_view import graph_stats
    s = graph_stats(_open(store), top)
    out.print(f"{s['nodes']} resolutions, {s['edges']} derivation edges, {s['components']} weakly connected "
              f"components (largest {s['largest_component']}), {s['in_corpus']} read from files", highlight=False)
    print_rows(s["most_cited"], "table", "most cited")
    print_rows(s["pagerank"], "table", "PageRank")
    for chain in s["longest_chains"]:
        out.print(" → ".join(chain), highlight=False)


def validate(
    paths: List[Path] = typer.Argument(None, help="files to extract and validate (instead of --store)"),
    store: Optional[Path] = typer.Option(None, "--store", "-s", help="validate every graph in this store"),
    base: str = BASE_OPT,
    summary: bool = typer.Option(False, "--summary", help="count problems by kind, one example each"),
    engine: str = typer.Option("turbo", "--engine", help="SHACL engine: turbo (Rust) or pyshacl (the reference)"),
) -> None:
    """SHACL-validate a store's graphs or files; one line per problem; non-zero on violations."""
    from .validate import ENGINES, validate_ntriples
    if not store and not paths:
        err.print("give files to validate or --store PATH")
        raise typer.Exit(2)
    if engine not in ENGINES:
        raise typer.BadParameter(f"engine must be one of {', '.join(ENGINES)}")
    found: list[tuple[str, str, str]] = []

    def report(severity: str, kind: str, text: str) -> None:
        found.append((severity, kind, text))
        if not summary:
            out.print(f"{severity.lower()}: {text}", highlight=False)

    if store:
        st = _open(store)
        for iri in st.graphs():
            if iri.endswith(("/graph/vocabularies", "/graph/draft-links", "/graph/registry")):
                continue
            for v in validate_ntriples(st.graph_with_shared(iri), iri, base, engine):
                report(v.severity, v.kind, str(v))
    from .pipeline import extract_file
    from .rdf import record_to_ntriples
    for p in files_of(paths or []):
        try:
            s = record_to_ntriples(extract_file(p), base)
        except InputError as e:
            report("Violation", "file could not be read", f"{p}: {e.reason}")
            continue
        for v in validate_ntriples(s.nt + s.shared, s.graph, base, engine):
            report(v.severity, v.kind, str(v))
    if summary:
        print_rows([{"severity": sev, "count": n, "example": example} for sev, n, example in by_kind(found)],
                   "table", "SHACL results by kind")
    violations = sum(sev == "Violation" for sev, _, _ in found)
    out.print(f"{violations} violations, {len(found) - violations} warnings")
    if violations:
        raise typer.Exit(1)


def export(
    store: Path = STORE_OPT,
    format: str = typer.Option("trig", "--format", "-f", help="ttl | trig | nq | jsonld"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="file (default: stdout)"),
) -> None:
    """The whole store as Turtle (merged), TriG, N-Quads or JSON-LD (named graphs kept)."""
    st = _open(store)
    if format in ("trig", "nq"):
        data = st.dump(format)
    elif format in ("ttl", "jsonld"):
        from .rdf import parse_quads, serialize
        data = serialize(parse_quads(st.dump("nq").decode("utf-8"), "nq"), format).encode("utf-8")
    else:
        raise typer.BadParameter("format must be ttl, trig, nq or jsonld")
    if output:
        output.write_bytes(data)
        err.print(f"wrote {output}")
    else:
        sys.stdout.buffer.write(data)


def register(app: typer.Typer) -> None:
    """Add the graph commands to the resgraph CLI."""
    for fn in (build, query, lineage, stats, validate, export):
        app.command(fn.__name__)(fn)
