"""Graph commands of the `resgraph` CLI: build, query, lineage, stats, validate, export.

Each renders what a library function returns (`resgraph.graph.build.build`, the named queries,
the views); none holds pipeline logic of its own."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from resgraph.cli.publish import ENGINE_OPT, publish, remote_rows
from resgraph.cli.render import check_format, progress_bar
from resgraph.errors import InputError
from resgraph.extract.sources import Skipped, walk
from resgraph.graph.build import build as build_library
from resgraph.graph.iris import DEFAULT_BASE
from resgraph.models import BuildResult, Failure

# piped output (a file, a pager, CI logs) gets wide tables rather than rich's default of 80 columns
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, soft_wrap=True)
STORE_OPT = typer.Option(Path("store"), "--store", "-s", help="path of the on-disk graph store")
TIME_LIMIT_OPT = typer.Option(
    None, "--time-limit", help="seconds one file may take before it is skipped and named (0: none; default 60)"
)
MAX_SIZE_OPT = typer.Option(None, "--max-size", help="largest input file read, in MB (default 16)")


def set_limits(time_limit: float | None, max_size: float | None) -> float | None:
    """The per-file limits of extract and build, set in the environment so that a build's workers
    read them too; returns the time limit in force (None: none)."""
    import os

    from resgraph.extract.limits import time_limit as limit_in_force

    if time_limit is not None:
        os.environ["RESGRAPH_TIME_LIMIT"] = str(time_limit)
    if max_size is not None:
        os.environ["RESGRAPH_MAX_BYTES"] = str(int(max_size * 1024 * 1024))
    return limit_in_force()


BASE_OPT = typer.Option(DEFAULT_BASE, "--base", help="base of the IRIs minted")
ENDPOINT_OPT = typer.Option(None, "--endpoint", help="a remote SPARQL endpoint to query instead of the store")


def build(
    paths: list[Path] = typer.Argument(..., help="resolution files or directories"),
    store: Path = STORE_OPT,
    base: str = BASE_OPT,
    workers: int | None = typer.Option(None, "--workers", "-j", help="processes (default: all cores)"),
    no_validate: bool = typer.Option(False, "--no-validate", help="skip SHACL validation"),
    strict: bool = typer.Option(False, "--strict", help="exit non-zero on SHACL violations too"),
    show: int = typer.Option(20, "--show", help="how many SHACL problems to print (0: none)"),
    time_limit: float | None = TIME_LIMIT_OPT,
    max_size: float | None = MAX_SIZE_OPT,
    prune: bool = typer.Option(False, "--prune", help="remove the documents of files that are gone"),
) -> None:
    """Extract, convert, validate and load files into the store; one line per failed file."""
    s = _run_build(paths, store, base, workers, not no_validate, set_limits(time_limit, max_size), prune)
    for p in s.problems[:show]:
        err.print(f"[yellow]{p.severity.lower()}[/yellow] {Path(p.path).name}: {p.text}", highlight=False)
    if len(s.problems) > show:
        err.print(
            f"... {len(s.problems) - show} more; by kind (`resgraph validate --store {store}` lists them):",
            highlight=False,
        )
        for sev, n, example in by_kind((p.severity, p.kind, f"{Path(p.path).name}: {p.text}") for p in s.problems):
            err.print(f"  {n:6d} {sev.lower()}: {example}", highlight=False)
    unchanged = f" ({s.unchanged} unchanged, not validated again)" if s.unchanged else ""
    skipped = f", {len(s.skipped)} skipped" if s.skipped else ""
    out.print(
        f"{s.loaded}/{s.files} files loaded{unchanged}, {len(s.failed)} failed{skipped}, "
        f"{s.violations} SHACL violations, {s.warnings} warnings, "
        f"{s.draft_links} draft adoptions linked, {s.store_quads} quads in {store}",
        highlight=False,
    )
    for d in s.duplicates:
        err.print(
            f"[yellow]duplicate[/yellow] {d['symbol']}: kept {d['kept']} over {d['dropped']} ({d['reason']})",
            highlight=False,
        )
    if s.pruned:
        err.print(f"pruned {len(s.pruned)} documents whose files are gone (e.g. {s.pruned[0]})", highlight=False)
    print_skipped(s.skipped)
    for note in s.recovered:
        err.print(f"[yellow]recovered[/yellow] {store}: {note}", highlight=False)
    if s.failed or (strict and s.violations):
        raise typer.Exit(1)


def print_skipped(skipped: Iterable[Skipped]) -> None:
    """One line on standard error per file of a folder that is not read, and why."""
    for k in skipped:
        err.print(f"[yellow]skipped[/yellow] {k.path}: {k.reason}", highlight=False)


def _run_build(
    paths: list[Path], store: Path, base: str, workers: int | None, check: bool, limit: float | None, prune: bool
) -> BuildResult:
    """The library build with a progress bar on standard error and one line per failed file."""
    progress = progress_bar(err)
    with progress:
        task = progress.add_task("building", total=None)

        def tell(stage: str, done: int, total: int) -> None:
            progress.update(task, description=stage, completed=done, total=total)

        def failed(f: Failure) -> None:
            err.print(f"[red]failed[/red] {f.path}: {f.reason}", markup=True, highlight=False)

        return build_library(
            paths, store, base, workers, check, progress=tell, on_failure=failed, time_limit=limit, prune=prune
        )


def by_kind(problems) -> list[tuple[str, int, str]]:
    """(severity, count, first example) per kind of problem, most frequent first; problems are
    (severity, kind, text) with kind the shape's message before its value is filled in."""
    counts: Counter = Counter()
    examples: dict[tuple[str, str], str] = {}
    for sev, kind, text in problems:
        counts[sev, kind] += 1
        examples.setdefault((sev, kind), text)
    return [(sev, n, examples[sev, kind]) for (sev, kind), n in counts.most_common()]


def _params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        if "=" not in pair:
            raise typer.BadParameter(f"--param takes k=v, got {pair!r}")
        k, v = pair.split("=", 1)
        params[k.strip()] = v
    return params


def store_symbol(store, text: str) -> str:
    """The canonical symbol the store holds for text; an unknown or ambiguous one ends the command
    (exit 1) with the candidates, one a line."""
    from resgraph.graph import queries

    return known_symbol(text, lambda sym: bool(queries.run(store, "symbol-known", {"symbol": sym})), "the store")


def remote_symbol(text: str, endpoint: str, engine: str | None) -> str:
    """The canonical symbol a remote endpoint holds for text ("67/186" as on the store), its engine
    asked once; an unknown or ambiguous one ends the command (exit 1) as store_symbol does, an
    endpoint that fails too (remote_rows)."""
    from resgraph.graph import remote

    if engine is None:
        try:
            engine = remote.engine(endpoint)
        except remote.RemoteError as e:
            err.print(f"[red]error[/red] {e}", highlight=False)
            raise typer.Exit(1) from None
    return known_symbol(
        text, lambda sym: bool(remote_rows("symbol-known", {"symbol": sym}, endpoint, engine)), endpoint
    )


def known_symbol(text: str, known, where: str) -> str:
    """The one canonical symbol that text stands for among those `known` holds (graph.lookup); none
    or several end the command (exit 1) naming `where` and the candidates, one a line."""
    from resgraph.graph.lookup import SymbolError, resolve

    try:
        return resolve(text, known)
    except SymbolError as e:
        if e.ambiguous:
            err.print(f"symbol {text!r} is ambiguous; candidates:", highlight=False)
        elif not e.candidates:
            err.print(
                f"{text!r} is not a symbol; write one as A/RES/67/186, 67/186, 2012/14, 1373 (2001) or "
                "resolution 66/181",
                highlight=False,
            )
        else:
            err.print(f"symbol {text!r} is in no document of {where}; tried:", highlight=False)
        for c in e.candidates:
            err.print(f"  {c}", highlight=False)
        raise typer.Exit(1) from None


def open_store(store: Path):
    """The store at `store`, read-only, for the commands that query it; a missing store ends the
    command (typer.Exit 2) with the build command to run first."""
    from resgraph.graph.store import GraphStore

    if not store.exists():
        err.print(f"no store at {store}; run `resgraph build PATHS --store {store}` first")
        raise typer.Exit(2)
    return GraphStore(store, read_only=True)


def print_rows(rows: list[dict], fmt: str, title: str = "", columns: list[str] | None = None) -> None:
    """Print rows as json, csv or a table. columns names the fields when rows may be empty: a CSV
    always carries its header, so a reader of an empty answer still learns its columns; an empty
    table with no columns named is only its count ("0 rows"), not a blank line before it."""
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        fields = list(rows[0]) if rows else columns
        if fields:
            w = csv.DictWriter(buf, fieldnames=fields)
            w.writeheader()
            w.writerows(rows)
        sys.stdout.write(buf.getvalue())
    else:
        table = Table(title=title or None)
        for col in rows[0] if rows else columns or {}:
            table.add_column(col, overflow="fold")
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r.values()))
        if table.columns:  # a table of no columns printed as a blank line (an empty answer)
            out.print(table)
        out.print(f"{len(rows)} rows")


def query(
    name: str = typer.Argument(..., help="query name (queries/*.rq); 'list' lists them"),
    param: list[str] = typer.Option([], "--param", "-p", help="k=v, repeatable"),
    store: Path = STORE_OPT,
    format: str = typer.Option("table", "--format", "-f", help="table | csv | json"),
    endpoint: str | None = ENDPOINT_OPT,
    engine: str | None = ENGINE_OPT,
) -> None:
    """Run a named query with bound parameters, on the store or on a remote SPARQL endpoint."""
    from resgraph.graph import queries

    check_format(format)
    if name == "list":
        named = queries.available().values()
        for q in (q for q in named if not q.building_block):
            ps = ", ".join(f"{p.name}:{p.type}{'' if p.required else '?'}" for p in q.params)
            out.print(f"[bold]{q.name}[/bold]({ps}) — {q.answers}")
        out.print("\nBuilding blocks (run by other commands; they run here too):")
        for q in (q for q in named if q.building_block):
            ps = ", ".join(f"{p.name}:{p.type}{'' if p.required else '?'}" for p in q.params)
            out.print(f"[bold]{q.name}[/bold]({ps}) — part of {q.part_of}", highlight=False)
        return
    try:
        params = _params(param)
        if endpoint:
            if "symbol" in params and name != "symbol-known":
                params["symbol"] = remote_symbol(params["symbol"], endpoint, engine)
            rows = remote_rows(name, params, endpoint, engine)
        else:
            st = open_store(store)
            if "symbol" in params and name != "symbol-known":  # "67/186", "resolution 66/181" as people write them
                params["symbol"] = store_symbol(st, params["symbol"])
            rows = queries.run(st, name, params)
    except queries.QueryError as e:
        err.print(str(e))
        raise typer.Exit(2) from None
    print_rows(rows, format, name)


def stats(store: Path = STORE_OPT, top: int = typer.Option(10, "--top")) -> None:
    """Most cited, PageRank, weakly connected components and longest chains of the citation graph."""
    from resgraph.views.lineage import graph_stats

    s = graph_stats(open_store(store), top)
    out.print(
        f"{s['nodes']} resolutions, {s['edges']} derivation edges, {s['components']} weakly connected "
        f"components (largest {s['largest_component']}), {s['in_corpus']} read from files",
        highlight=False,
    )
    print_rows(s["most_cited"], "table", "most cited")
    print_rows(s["pagerank"], "table", "PageRank")
    for chain in s["longest_chains"]:
        out.print(" → ".join(chain), highlight=False)


def validate(
    paths: list[Path] = typer.Argument(None, help="files to extract and validate (instead of --store)"),
    store: Path | None = typer.Option(None, "--store", "-s", help="validate every graph in this store"),
    base: str = BASE_OPT,
    summary: bool = typer.Option(False, "--summary", help="count problems by kind, one example each"),
    engine: str = typer.Option(
        "shapecheck", "--engine", help="SHACL engine: shapecheck (the build's), turbo (Rust) or pyshacl (the reference)"
    ),
) -> None:
    """SHACL-validate a store's graphs or files; one line per problem; non-zero on violations."""
    from resgraph.graph.validate import ENGINES, validate_ntriples

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
        st = open_store(store)
        for iri in st.graphs():
            if iri.endswith(("/graph/vocabularies", "/graph/draft-links", "/graph/registry", "/graph/dataset")):
                continue
            for v in validate_ntriples(st.graph_with_shared(iri), iri, base, engine):
                report(v.severity, v.kind, str(v))
    from resgraph.extract.pipeline import extract_file
    from resgraph.graph.rdf import record_to_ntriples

    files = walk(paths or [])
    print_skipped(files.skipped)
    for p in files.files:
        try:
            s = record_to_ntriples(extract_file(p), base)
        except InputError as e:
            report("Violation", "file could not be read", f"{p}: {e.reason}")
            continue
        for v in validate_ntriples(s.nt + s.shared, s.graph, base, engine):
            report(v.severity, v.kind, str(v))
    if summary and found:  # no problems: the count below says it, not an empty table
        print_rows(
            [{"severity": sev, "count": n, "example": example} for sev, n, example in by_kind(found)],
            "table",
            "SHACL results by kind",
        )
    violations = sum(sev == "Violation" for sev, _, _ in found)
    out.print(f"{violations} violations, {len(found) - violations} warnings")
    if violations:
        raise typer.Exit(1)


def export(
    store: Path = STORE_OPT,
    format: str | None = typer.Option(
        None, "--format", "-f", help="ttl | trig | nq | nt | jsonld (default: from --output's name, else trig)"
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="file (default: stdout); NAME.gz is gzipped"),
    gzipped: bool = typer.Option(False, "--gzip", help="gzip the output (implied by a .gz output name)"),
    with_ontology: bool = typer.Option(True, "--with-ontology/--without-ontology", help="include the ontology's graph"),
) -> None:
    """The whole store, streamed: Turtle or N-Triples (graphs merged), TriG, N-Quads or JSON-LD (named graphs kept)."""
    from resgraph.graph.export import export_to

    st = open_store(store)
    if format is None and (output is None or "." not in output.name):
        format = "trig"
    progress = progress_bar(err)
    try:
        with progress:
            task = progress.add_task("exporting", total=None)
            done = export_to(
                st,
                output,
                format,
                gzipped,
                with_ontology,
                lambda n, total: progress.update(task, completed=n, total=total),
            )
    except ValueError as e:
        err.print(f"[red]error[/red] {e}", highlight=False)
        raise typer.Exit(2) from None
    what = "triples" if done.format in ("ttl", "nt") else "quads"
    err.print(
        f"{done.statements} {what} in {done.graphs} graphs as {done.format}{' (gzip)' if done.gzipped else ''}"
        f" → {output or 'stdout'}",
        highlight=False,
    )


COMMANDS = (build, query, stats, validate, export, publish)  # and lineage (cli/lineage.py)
