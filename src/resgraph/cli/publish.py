"""`resgraph publish`, and the remote side of `query` and `lineage` (--endpoint): thin commands
over `resgraph.graph.publish` and `resgraph.graph.remote`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from resgraph.cli.render import progress_bar
from resgraph.graph.iris import DEFAULT_BASE

err = Console(stderr=True, soft_wrap=True)
ENGINE_OPT = typer.Option(None, "--engine", help="oxigraph | virtuoso | generic (default: from the server's reply)")


def _password(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as e:
        err.print(f"[red]error[/red] {path}: cannot read the password file ({e.strerror})", highlight=False)
        raise typer.Exit(2) from None


def remote_rows(name: str, params: dict[str, Any], endpoint: str, engine: str | None) -> list[dict[str, Any]]:
    """A named query's rows from a remote endpoint; a failure is one line and exit status 1."""
    from resgraph.graph import queries, remote

    try:
        ep = remote.Endpoint(endpoint, engine or remote.engine(endpoint))
        rows = queries.run_remote(ep, name, params)
    except remote.RemoteError as e:
        err.print(f"[red]error[/red] {e}", highlight=False)
        raise typer.Exit(1) from None
    if ep.engine == "virtuoso" and len(rows) >= remote.VIRTUOSO_MAX_ROWS:
        err.print(
            f"[yellow]warning[/yellow] Virtuoso returns at most {remote.VIRTUOSO_MAX_ROWS} rows "
            "(ResultSetMaxRows): this answer may be cut short",
            highlight=False,
        )
    return rows


def publish(
    endpoint: str = typer.Option(..., "--endpoint", help="SPARQL query endpoint of the target"),
    graph_store: str | None = typer.Option(None, "--graph-store", help="Graph Store Protocol endpoint"),
    update: str | None = typer.Option(None, "--update", help="SPARQL update endpoint (for the manifest)"),
    user: str | None = typer.Option(None, "--user", help="user for digest authentication"),
    password_file: Path | None = typer.Option(None, "--password-file", help="file holding the password"),
    store: Path = typer.Option(Path("store"), "--store", "-s", help="path of the on-disk graph store"),
    base: str = typer.Option(DEFAULT_BASE, "--base", help="base of the IRIs minted"),
    engine: str | None = ENGINE_OPT,
    workers: int = typer.Option(4, "--workers", "-j", help="graphs sent at once"),
    show_all: bool = typer.Option(False, "--all", help="list every graph, not only those sent, deleted or stale"),
) -> None:
    """Write the store's named graphs to a triple store (Graph Store Protocol): only those that
    changed since the last publish, removed ones deleted; then every graph's count is checked."""
    from resgraph.graph.publish import publish as publish_library
    from resgraph.graph.publish import target
    from resgraph.graph.remote import RemoteError
    from resgraph.graph.store import GraphStore

    if not store.exists():
        err.print(f"no store at {store}; run `resgraph build PATHS --store {store}` first")
        raise typer.Exit(2) from None
    progress = progress_bar(err)
    try:
        t = target(endpoint, graph_store, update, user, _password(password_file), engine)
        with progress:
            task = progress.add_task("publishing", total=None)

            def tell(stage: str, done: int, total: int) -> None:
                progress.update(task, description=stage, completed=done, total=total or None)

            result = publish_library(GraphStore(store, read_only=True), t, base, workers, progress=tell)
    except RemoteError as e:
        err.print(f"[red]error[/red] {e}", highlight=False)
        raise typer.Exit(1) from None
    table = Table(title=f"{t.engine} at {t.graph_store}")
    for col in ("graph", "store", "target", "action"):
        table.add_column(col, overflow="fold")
    for g in result.graphs:
        if show_all or g.action != "unchanged":
            style = "red" if g.action == "stale" else None
            table.add_row(g.graph, str(g.local), str(g.remote), g.action, style=style)
    equal = sum(g.local == g.remote for g in result.graphs if g.action != "deleted")
    kept = sum(g.action != "deleted" for g in result.graphs)
    table.add_row(
        f"all {kept} graphs: {equal} with equal counts",
        str(sum(g.local for g in result.graphs)),
        str(sum(g.remote for g in result.graphs)),
        f"{result.sent} sent, {result.unchanged} unchanged, {result.deleted} deleted",
        style="bold",
    )
    Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200).print(table)
    if result.stale:
        err.print(
            f"[red]{len(result.stale)} graphs are stale on the target[/red] (run publish again): "
            + " ".join(result.stale[:20])
            + (" ..." if len(result.stale) > 20 else ""),
            highlight=False,
        )
        raise typer.Exit(1) from None
    err.print(f"published in {result.seconds} s; every graph's triple count on the target equals the store's")
