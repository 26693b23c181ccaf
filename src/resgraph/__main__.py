"""`python -m resgraph` runs the command line."""
from .cli import app

app()
