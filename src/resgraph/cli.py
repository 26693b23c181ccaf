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
