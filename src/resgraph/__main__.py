"""`python -m resgraph` runs the command line."""

from resgraph.cli.app import app

app()
