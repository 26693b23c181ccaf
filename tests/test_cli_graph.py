"""The graph commands end to end on data/resolutions, through a Typer app as cli.py builds it."""
import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from resgraph import cli_graph

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "resolutions"


def app() -> typer.Typer:
    a = typer.Typer()

    @a.callback()
    def _root() -> None:
        """test app"""

    cli_graph.register(a)
    return a


def test_build_query_lineage_stats_export(tmp_path):
    run, a, store = CliRunner(), app(), str(tmp_path / "st")
    r = run.invoke(a, ["build", str(DATA), "--store", store, "--workers", "1"])
    assert r.exit_code == 0, r.output
    assert "5/5 files loaded" in r.output and "1 draft adoptions linked" in r.output
    r = run.invoke(a, ["lineage", "A/RES/67/186", "--store", store])
    assert r.exit_code == 0, r.output
    first = r.output.splitlines()[0]
    assert first.startswith("A/RES/66/181 —cited (reiterates, op 10) by→ E/RES/2012/14") and "A/RES/67/186" in first
    r = run.invoke(a, ["query", "cited-by", "--param", "symbol=A/RES/66/181", "--store", store, "--format", "json"])
    assert r.exit_code == 0 and any(row["citing"] == "A/RES/67/186" for row in json.loads(r.output))
    r = run.invoke(a, ["query", "lineage", "--store", store])
    assert r.exit_code == 2
    r = run.invoke(a, ["stats", "--store", store])
    assert r.exit_code == 0 and "A/RES/66/181" in r.output
    out = tmp_path / "all.trig"
    r = run.invoke(a, ["export", "--store", store, "--format", "trig", "--output", str(out)])
    assert r.exit_code == 0 and out.stat().st_size > 1000


def test_bad_file_is_reported_and_the_rest_goes_on(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("not a resolution at all\n")
    run, a, store = CliRunner(), app(), str(tmp_path / "st")
    r = run.invoke(a, ["build", str(bad), str(DATA / "A-RES-67-186.txt"), "--store", store, "--workers", "1"])
    assert r.exit_code == 1
    assert "1/2 files loaded, 1 failed" in r.output


def test_validate_files(tmp_path):
    r = CliRunner().invoke(app(), ["validate", str(DATA / "E-RES-2012-14.txt")])
    assert r.exit_code == 0, r.output and "0 violations" in r.output
