"""Rough edges a new user met following the README's commands on data/ from a fresh clone: an
empty answer printed as a blank line before "0 rows" (`query mandate-history --param body=UNMISS`,
`validate --summary` on a store with no problems), `mandates --organ SC` on data/ (no Council
resolution) answered "0 rows; --columns all (or a list) shows the others" as if rows were hidden,
and the files the commands write into the checkout (out.jsonl, the export, the networks) showed
up in `git status`."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resgraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def test_an_empty_query_answer_is_its_count_not_a_blank_line(data_store):
    r = runner.invoke(app, ["query", "mandate-history", "--store", str(data_store), "--param", "body=UNMISS"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["0 rows"], r.output


def test_validate_summary_of_a_store_with_no_problems_is_one_line(data_store):
    r = runner.invoke(app, ["validate", "--store", str(data_store), "--summary"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["0 violations, 0 warnings"], r.output


def test_an_empty_inventory_says_what_matched_nothing_not_that_columns_are_hidden(data_store):
    r = runner.invoke(app, ["mandates", "--store", str(data_store), "--as-of", "2025-12-31", "--organ", "SC"])
    assert r.exit_code == 0, r.output
    last = r.output.strip().splitlines()[-1]
    assert last == "0 rows: no mandate in the store with organ SC", r.output
    assert "--columns" not in r.output
    r = runner.invoke(app, ["mandates", "--store", str(data_store), "--terms", "--status", "active"])
    assert r.output.strip().splitlines()[-1] == "0 rows: no mandate that sets a term in the store with status active"
    r = runner.invoke(app, ["mandates", "--store", str(data_store)])  # rows: the hint stays
    assert re.search(r"^\d+ rows; --columns all", r.output, re.M), r.output


def _readme_outputs() -> list[str]:
    """The files the README's command block writes into the current folder (-o, >, network)."""
    block = (ROOT / "README.md").read_text(encoding="utf-8").split("```sh", 2)[2].split("```", 1)[0]
    return sorted(set(re.findall(r"(?:-o |> |resgraph network )([\w.-]+\.[a-z]+(?:\.gz)?)\b", block)))


def test_the_files_the_readme_commands_write_are_ignored_by_git():
    names = _readme_outputs()
    assert {"out.jsonl", "resgraph.trig.gz", "citations.gexf", "around.html"} <= set(names), names
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    r = subprocess.run(["git", "check-ignore", *names], cwd=ROOT, capture_output=True, text=True, check=False)
    assert sorted(r.stdout.split()) == names, r.stdout + r.stderr
