"""Store commands of the `resgraph` CLI beside the graph commands: `status` (how the store stands
to the files), and the wrapper that turns a store fault into one line naming the store."""

from __future__ import annotations

import errno
import functools
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from resgraph.cli.graph import STORE_OPT, err, open_store, out
from resgraph.errors import StoreError


def one_line_errors(command: Callable[..., None]) -> Callable[..., None]:
    """A command whose store faults (a file or foreign folder for a store, a damaged or locked
    store, a full disk, Oxigraph's I/O errors, a damaged block found while reading) end in one
    line naming the store, exit status 2, not a traceback. The store is as it was: builds write
    in transactions (graph/build.py)."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except StoreError as e:
            err.print(f"[red]error[/red] {e.path}: {e.reason}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        except RuntimeError as e:  # RocksDB under Oxigraph: "Corruption: block checksum mismatch ..."
            if not str(e).startswith("Corruption"):
                raise
            where = kwargs.get("store") or "the store"
            what = str(e).splitlines()[0]
            err.print(
                f"[red]error[/red] {where}: damaged store ({what}); restore the folder or build a new store",
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(2) from None
        except OSError as e:
            where = kwargs.get("store") or e.filename or "the store"
            what = "no space left on the device" if e.errno == errno.ENOSPC else (e.strerror or str(e)).splitlines()[0]
            err.print(
                f"[red]error[/red] {where}: {what}; the store keeps what it held", highlight=False, soft_wrap=True
            )
            raise typer.Exit(2) from None

    return run


def status(
    paths: list[Path] = typer.Argument(None, help="folders or files to compare with the store (new files)"),
    store: Path = STORE_OPT,
) -> None:
    """How the store stands to the files: documents whose file changed or is gone, files not built,
    files that hold a document already stored (which file a build keeps, and why), files a build
    fails on (and why) and files of the folders that are not read (skipped)."""
    from resgraph.graph.sources import status as store_status

    states = store_status(open_store(store), paths or [])
    counts = Counter(s.state for s in states)
    for s in states:
        if s.state != "current" or s.note:
            out.print(f"{s.state:9} {s.file}" + (f"  ({s.note})" if s.note else ""), highlight=False)
    kinds = ("current", "changed", "gone", "new", "duplicate")
    out.print(
        ", ".join(f"{counts[k]} {k}" for k in kinds)
        + "".join(f", {counts[k]} {k}" for k in ("failing", "skipped") if counts[k])
        + (
            f"; `resgraph build ... --store {store} --prune` brings it up to date"
            if sum(counts[k] > 0 for k in kinds) > 1
            else ""
        ),
        highlight=False,
    )
