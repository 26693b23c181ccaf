"""The `resgraph` command line (Typer): thin commands that render what the library returns."""

from resgraph.cli.app import app

__all__ = ["app"]
