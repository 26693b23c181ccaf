"""The graph commands end to end on data/resolutions, through a Typer app as cli.py builds it."""

import json
import re
from pathlib import Path

import typer
from typer.testing import CliRunner

from resgraph.cli import app as cli_app
from resgraph.graph.build import build_store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "resolutions"


def app() -> typer.Typer:
    return cli_app


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
    assert r.exit_code == 0, r.output
    assert "0 violations" in r.output


SMALL = """United Nations A/RES/67/999
General Assembly
Resolution adopted by the General Assembly on 20 December 2012
67/999. Cooperation among regions
The General Assembly,
Recalling its resolution 66/181 of 19 December 2011,
1. Encourages further dialogue between regions;
2. Encourages further cooperation among regions;
"""


def test_validate_summary_counts_problems_by_kind(tmp_path):
    """Two mandates with no addressee (one kind, counted twice) and an empty file."""
    (tmp_path / "small.txt").write_text(SMALL, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    r = CliRunner().invoke(
        app(), ["validate", str(tmp_path / "small.txt"), str(tmp_path / "empty.txt"), "--summary"], terminal_width=200
    )
    assert r.exit_code == 1
    rows = [
        re.split(r"\s*│\s*", line)[1:4] for line in r.output.splitlines() if re.match(r"│ (Warning|Violation)", line)
    ]
    assert rows[0][:2] == ["Warning", "2"] and rows[0][2].startswith("A/RES/67/999, op 1: The mandate names no actor")
    assert rows[1][:2] == ["Violation", "1"] and "empty.txt" in r.output and len(rows) == 2
    assert "1 violations, 2 warnings" in r.output


def test_the_same_resolution_in_two_files_is_reported(tmp_path):
    """corpus-full holds S/RES/2193(2014) in a 2014 and a 2015 folder: one document, one graph
    (issue 8: their facts merged), and the build says which file it kept and why."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for d in ("a", "b"):
        (tmp_path / d / "E-RES-2012-14.txt").write_bytes((DATA / "E-RES-2012-14.txt").read_bytes())
    r = CliRunner().invoke(
        app(),
        ["build", str(tmp_path / "a"), str(tmp_path / "b"), "--store", str(tmp_path / "store")],
        terminal_width=300,
    )
    assert r.exit_code == 0, r.output
    said = r.output.replace("\n", " ")
    assert f"duplicate E/RES/2012/14: kept {tmp_path / 'a' / 'E-RES-2012-14.txt'} over" in said
    assert "first in path order" in said
    r = CliRunner().invoke(
        app(), ["query", "duplicate-documents", "--store", str(tmp_path / "store"), "--format", "json"]
    )
    assert json.loads(r.output) == []


def test_rebuild_skips_unchanged_files_and_revalidates_a_changed_one(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("E-RES-2012-14.txt", "A-RES-67-186.txt"):
        (src / name).write_bytes((DATA / name).read_bytes())
    store = str(tmp_path / "store")
    first = CliRunner().invoke(app(), ["build", str(src), "--store", store], terminal_width=300)
    assert first.exit_code == 0 and "not validated again" not in first.output
    again = CliRunner().invoke(app(), ["build", str(src), "--store", store], terminal_width=300)
    assert "2/2 files loaded (2 unchanged, not validated again)" in again.output
    text = (src / "A-RES-67-186.txt").read_text(encoding="utf-8")
    (src / "A-RES-67-186.txt").write_text(text.replace("sixty-eighth session", "sixty-ninth session"), encoding="utf-8")
    changed = CliRunner().invoke(app(), ["build", str(src), "--store", store], terminal_width=300)
    assert "(1 unchanged, not validated again)" in changed.output


def test_a_first_build_links_drafts_as_the_store_would(tmp_path):
    """A first build matches drafts from its workers' candidates, not from the store: the links
    must be the ones the store's own relink finds."""
    store, s = build_store([DATA], tmp_path / "store", workers=1)
    from_workers = sorted(str(q) for q in store.quads() if "draft-links" in str(q.graph_name))
    assert s.draft_links == 1 and from_workers
    store.relink()
    assert sorted(str(q) for q in store.quads() if "draft-links" in str(q.graph_name)) == from_workers
