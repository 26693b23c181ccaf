"""What every command does the same way: the progress bar of a long run, the --format it refuses."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def progress_bar(console: Console) -> Progress:
    """The commands' one progress bar: stage, bar, done/total, time; on standard error, gone when done."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


ROW_FORMATS = ("table", "csv", "json")


def check_format(fmt: str, formats: tuple[str, ...] = ROW_FORMATS) -> None:
    """Refuse a --format the command does not write, before anything is read: one line naming the
    formats on standard error, exit status 2 (typer.Exit), as `resgraph network` does."""
    import typer

    if fmt not in formats:
        Console(stderr=True, soft_wrap=True).print(
            f"[red]error[/red] unknown format {fmt!r}; choose one of {', '.join(formats)}", highlight=False
        )
        raise typer.Exit(2)
