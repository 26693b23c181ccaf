"""An unknown --format is an error naming the formats (exit 2), not a table or a summary printed as
if it had been asked for (`resgraph mandates --format xml` printed the table, exit 0)."""

import pytest
from typer.testing import CliRunner

from resgraph.cli import app
from tests.conftest import DATA


@pytest.mark.parametrize(
    "args",
    [
        ["mandates", "--format", "xml"],
        ["query", "most-cited", "--format", "tsv"],
        ["lineage", "67/186", "--format", "yaml"],
        ["extract", str(DATA / "E-RES-2012-14.txt"), "--format", "table"],
    ],
)
def test_an_unknown_format_is_an_error_before_anything_is_read(tmp_path, args):
    r = CliRunner().invoke(app, [*args, "--store", str(tmp_path / "none")] if args[0] != "extract" else args)
    assert r.exit_code == 2, r.output
    assert f"unknown format {args[-1]!r}; choose one of" in r.output, r.output
    assert "no store" not in r.output and "E/RES/2012/14" not in r.output
