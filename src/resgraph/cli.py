"""The `resgraph` command: thin wrappers over the pipeline, the graph and the store."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from .jsonout import record_json
from .models import Failure
from .pipeline import extract_many

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True)


@app.callback()
def _root() -> None:
    """resgraph: United Nations resolutions as a knowledge graph of citations and mandates."""


def expand(paths: List[Path]) -> list[Path]:
    """Files under the given paths (directories are walked, README files skipped), in a stable order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")
                              and x.name.lower() != "readme.md"))
        else:
            out.append(p)
    return out


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="resolution files or directories"),
    format: str = typer.Option("summary", "--format", "-f", help="summary | json (one record a line)"),
) -> None:
    """Extract records from resolutions: identity, citations, mandates, reports due."""
    from .summary import print_summary

    failed = 0
    for item in extract_many(expand(paths)):
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


def main() -> None:  # pragma: no cover
    app()


@app.command()
def serve(
    store: Path = typer.Option(Path("store"), "--store", help="store built by `resgraph build`"),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    timeout: float = typer.Option(10.0, "--timeout", help="seconds a query may run"),
) -> None:
    """Serve a read-only SPARQL endpoint (/sparql) and the named queries (/queries/NAME)."""
    import uvicorn

    from .serve import create_app

    try:
        application = create_app(store, timeout)
    except FileNotFoundError as e:
        err.print(f"[red]error[/red] {e}", highlight=False, soft_wrap=True)
        raise typer.Exit(1)
    uvicorn.run(application, host=host, port=port)


@app.command("network")
def network_export(
    out: Path = typer.Argument(..., help="file to write"),
    store: Path = typer.Option(Path("store"), "--store"),
    format: str = typer.Option("gexf", "--format", "-f", help="gexf (Gephi) | graphml | cytoscape | dot (Graphviz)"),
    organ: Optional[str] = typer.Option(None, "--organ", help="only citing texts of this organ, e.g. GA"),
) -> None:
    """Export the citation network for Gephi, Cytoscape or Graphviz."""
    from .store import GraphStore
    from .visual import FORMATS, network, write

    if format not in FORMATS:
        err.print(f"[red]error[/red] unknown format {format!r}; choose one of {', '.join(FORMATS)}", soft_wrap=True)
        raise typer.Exit(2)
    if not store.exists():
        err.print(f"[red]error[/red] {store}: no store here (run `resgraph build` first)", soft_wrap=True)
        raise typer.Exit(1)
    g = network(GraphStore(store, read_only=True), organ)
    write(g, format, out)
    err.print(f"{g.number_of_nodes()} resolutions, {g.number_of_edges()} citation edges → {out}")


def _register_graph_commands() -> None:
    from . import cli_graph

    cli_graph.register(app)


_register_graph_commands()
