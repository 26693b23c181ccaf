"""The `resgraph` command: one Typer app; each command renders what a library function returns."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

from resgraph.cli import graph
from resgraph.cli import inventory as inventory_command
from resgraph.cli import lineage as lineage_command
from resgraph.cli import store as store_commands
from resgraph.cli.render import check_format
from resgraph.errors import StoreError
from resgraph.extract.pipeline import extract_many
from resgraph.extract.sources import walk
from resgraph.graph.iris import DEFAULT_BASE
from resgraph.models import Failure
from resgraph.views.json_record import record_json
from resgraph.web.workers import QUEUE_WAIT  # no [serve] extra needed: plain asyncio

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True)


ENTRY = "resgraph.web.app:from_environment"


@app.callback()
def _root() -> None:
    """resgraph: United Nations resolutions as a knowledge graph of citations and mandates."""


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="resolution files or directories"),
    format: str = typer.Option("summary", "--format", "-f", help="summary | json (one record a line)"),
    time_limit: float | None = graph.TIME_LIMIT_OPT,
    max_size: float | None = graph.MAX_SIZE_OPT,
    workers: int | None = typer.Option(None, "--workers", "-j", help="processes (default: all cores)"),
) -> None:
    """Extract records from resolutions: identity, citations, mandates, reports due. Each file is
    read in a worker process under the time limit: one that overruns it is named and skipped."""
    import os

    from resgraph.views.summary import print_summary

    check_format(format, ("summary", "json"))
    failed = 0
    limit = graph.set_limits(time_limit, max_size)
    found = walk(paths)
    graph.print_skipped(found.skipped)
    for item in extract_many(list(found.files), limit, workers or os.cpu_count() or 1):
        if isinstance(item, Failure):
            failed += 1
            err.print(f"[red]error[/red] {item.path}: {item.reason}", highlight=False, soft_wrap=True)
            continue
        if format == "json":
            sys.stdout.write(json.dumps(record_json(item), ensure_ascii=False) + "\n")
        else:
            print_summary(item)
    if failed:
        raise typer.Exit(1)


@app.command()
def serve(
    store: Path = typer.Option(Path("store"), "--store", help="store built by `resgraph build`"),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    timeout: float = typer.Option(
        10.0, "--timeout", help="seconds (wall clock) a query may run in its worker before it is stopped (503)"
    ),
    queue_wait: float = typer.Option(
        QUEUE_WAIT, "--queue-wait", help="seconds a request may wait for a free worker before a 503 (Retry-After)"
    ),
    workers: int = typer.Option(
        0, "--workers", help="query worker processes (queries run side by side); 0: one per core plus one, 3 to 8"
    ),
    memory: int = typer.Option(1024, "--memory", help="MB of memory one query may use beyond the open store"),
    base: str = typer.Option(DEFAULT_BASE, "--base", help="base of the IRIs, as given to `resgraph build`"),
    allow_network: bool = typer.Option(
        False, "--allow-network", help="start even where query workers cannot be cut off from the network"
    ),
    dumps: Path | None = typer.Option(None, "--dumps", help="folder of dumps (resgraph export) served at /dump/NAME"),
    processes: int = typer.Option(
        1, "--processes", help="app processes sharing the port, each with --workers query workers of its own"
    ),
) -> None:
    """Serve a read-only SPARQL endpoint (/sparql), the named queries (/queries/NAME) and every IRI
    under --base as linked data (HTML pages, Turtle, JSON-LD, N-Triples)."""
    try:
        import uvicorn

        from resgraph.web.app import ENVIRONMENT, create_app
    except ImportError as e:
        err.print(
            f"[red]error[/red] serve needs the \\[serve] extra ({e.name} is missing): pip install 'resgraph\\[serve]'",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(1) from None
    try:
        application = create_app(
            store,
            timeout,
            base=base,
            workers=workers,
            memory_mb=memory,
            allow_network=allow_network,
            dumps=dumps,
            queue_wait=queue_wait,
        )
    except (FileNotFoundError, ValueError) as e:  # no store; a store built under another base
        err.print(f"[red]error[/red] {e}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except StoreError as e:  # a damaged, foreign or missing store
        err.print(f"[red]error[/red] {e.path}: {e.reason}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    try:
        if processes > 1:  # each process builds its own app (and pool) from the environment, on a socket of its own
            from resgraph.web import processes as app_processes

            del application
            args = {
                "store": str(store),
                "timeout": timeout,
                "base": base,
                "workers": workers,  # 0: each process's create_app takes default_size()
                "memory_mb": memory,
                "allow_network": allow_network,
                "dumps": str(dumps) if dumps else None,
                "queue_wait": queue_wait,
                "verify": False,  # create_app above verified the store's files
            }
            try:
                status = app_processes.serve(ENTRY, host, port, processes, {ENVIRONMENT: json.dumps(args)})
            except OSError as e:
                err.print(f"[red]error[/red] {host}:{port}: {e.strerror or e}", highlight=False, soft_wrap=True)
                raise typer.Exit(1) from None
            if status:
                err.print(
                    "[red]error[/red] an app process ended as it started (its message is above); the server stopped",
                    highlight=False,
                    soft_wrap=True,
                )
                raise typer.Exit(status)
        else:
            # no access log: at "warning" it prints nothing, yet uvicorn formats every request's
            # path and query for it (a point query's long escaped URL, on every answer)
            uvicorn.run(application, host=host, port=port, log_level="warning", access_log=False)
    except typer.Exit:  # a RuntimeError too (click's), already explained
        raise
    except RuntimeError as e:  # a query worker could not start (no network namespace, no store)
        err.print(f"[red]error[/red] {e}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


@app.command("network")
def network_export(
    out: Path = typer.Argument(..., help="file to write"),
    store: Path = typer.Option(Path("store"), "--store"),
    format: str = typer.Option(
        "gexf", "--format", "-f", help="gexf (Gephi) | graphml | cytoscape | dot (Graphviz) | html (one offline page)"
    ),
    around: str | None = typer.Option(
        None, "--around", help="only the neighbourhood of this symbol (canonical or short: 67/186)"
    ),
    depth: int = typer.Option(1, "--depth", help="how many steps around --around"),
    since: int | None = typer.Option(None, "--since", help="only documents of this year or later"),
    until: int | None = typer.Option(None, "--until", help="only documents of this year or earlier"),
    function: str | None = typer.Option(None, "--function", help="only citations with this function, e.g. recalls"),
    organ: str | None = typer.Option(None, "--organ", help="only citing texts of this organ, e.g. GA"),
) -> None:
    """Export the citation network (citations and draft adoptions) for Gephi, Cytoscape, Graphviz or a browser."""
    from resgraph.graph.store import GraphStore
    from resgraph.views.network import FORMATS, Filters, NetworkError, network, summary, write

    if format not in FORMATS:
        err.print(f"[red]error[/red] unknown format {format!r}; choose one of {', '.join(FORMATS)}", soft_wrap=True)
        raise typer.Exit(2)
    if not store.exists():
        err.print(f"[red]error[/red] {store}: no store here (run `resgraph build` first)", soft_wrap=True)
        raise typer.Exit(1)
    st = GraphStore(store, read_only=True)
    if around:  # "67/186", "1373 (2001)" as `resgraph lineage` reads them
        around = graph.store_symbol(st, around)
    try:
        g = network(st, Filters(around, depth, since, until, function, organ))
    except NetworkError as e:
        err.print(f"[red]error[/red] {e}", soft_wrap=True, highlight=False)
        raise typer.Exit(2) from None
    write(g, format, out)
    s = summary(g)
    kinds = ", ".join(f"{n} {k}" for k, n in s.items() if k not in ("nodes", "edges"))
    err.print(f"{s['nodes']} documents, {s['edges']} edges ({kinds}) → {out}", highlight=False)


for _command in (*graph.COMMANDS, inventory_command.mandates, lineage_command.lineage, store_commands.status):
    app.command(_command.__name__)(store_commands.one_line_errors(_command))
