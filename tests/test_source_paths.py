"""Where a store's documents' files are, whatever folder a command runs in: `resgraph status`
from another folder than the build's, after the store (and its files) moved, on a store built
before the store recorded where its files are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resgraph.cli import app
from resgraph.graph.build import build
from resgraph.graph.source_paths import SOURCES
from resgraph.graph.sources import status
from resgraph.graph.store import GraphStore

DATA = Path(__file__).resolve().parents[1] / "data" / "resolutions"
runner = CliRunner()


def _project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder holding data/ and a store built from inside it by relative paths, as the
    README's commands do; the current folder is left elsewhere."""
    p = tmp_path / "project"
    shutil.copytree(DATA, p / "data", ignore=shutil.ignore_patterns("README*"))
    monkeypatch.chdir(p)
    build(["data"], "store", workers=2, check=False)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    return p


def _states(store: Path, paths: list[Path | str] = ()) -> list[tuple[str, str]]:
    return sorted((x.state, Path(x.file).name) for x in status(GraphStore(store, read_only=True), paths))


def test_status_from_another_folder_finds_the_files_the_build_read_by_relative_paths(tmp_path, monkeypatch):
    p = _project(tmp_path, monkeypatch)
    states = _states(p / "store")
    assert {s for s, _ in states} == {"current"}, states
    assert len(states) == 5
    # the folder named from here is the same files: nothing new, nothing gone
    assert {s for s, _ in _states(p / "store", [Path("..") / "project" / "data"])} == {"current"}
    # the label users see (and provenance stores) is still the path as given
    assert {x.file for x in status(GraphStore(p / "store", read_only=True))} == {
        f"data/{f.name}" for f in DATA.iterdir() if not f.name.startswith("README")
    }
    out = runner.invoke(app, ["status", "--store", str(p / "store")]).output
    assert "5 current, 0 changed, 0 gone" in out, out


def test_status_from_another_folder_sees_a_file_changed_or_gone_there(tmp_path, monkeypatch):
    p = _project(tmp_path, monkeypatch)
    (p / "data" / "E-RES-2012-14.txt").unlink()
    changed = p / "data" / "A-RES-67-186.txt"
    changed.write_text(changed.read_text() + "\n\n99. Decides to stay seized.\n")
    states = [x for x in _states(p / "store") if x[0] != "current"]
    assert states == [("changed", "A-RES-67-186.txt"), ("gone", "E-RES-2012-14.txt")]


def test_status_after_the_project_and_its_store_moved(tmp_path, monkeypatch):
    p = _project(tmp_path, monkeypatch)
    moved = tmp_path / "moved"
    p.rename(moved)
    assert {s for s, _ in _states(moved / "store")} == {"current"}
    monkeypatch.chdir(moved)
    assert {s for s, _ in _states(Path("store"), ["data"])} == {"current"}


def test_a_build_from_another_folder_adds_no_copy_and_prunes_nothing(tmp_path, monkeypatch):
    p = _project(tmp_path, monkeypatch)
    r = build([p / "data"], p / "store", workers=2, check=False, prune=True)
    # by other paths the same documents' graphs are replaced (their label is the path as given)
    assert not r.pruned and not r.duplicates and r.unchanged + r.replaced == 5 and not r.added, r
    assert {s for s, _ in _states(p / "store", [p / "data"])} == {"current"}


def test_a_store_built_before_it_recorded_its_files_paths_still_gives_a_status(tmp_path, monkeypatch):
    p = _project(tmp_path, monkeypatch)
    (p / "store" / SOURCES).unlink()  # as an older resgraph left it
    # its files are found beside the store, where a build by relative paths usually ran
    assert {s for s, _ in _states(p / "store")} == {"current"}
    (p / "store" / SOURCES).write_text("not json {", encoding="utf-8")  # damaged: read as absent
    assert {s for s, _ in _states(p / "store")} == {"current"}
    monkeypatch.chdir(p)
    r = build(["data"], "store", workers=2, check=False, prune=True)
    assert not r.pruned and r.unchanged == 5
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert {s for s, _ in _states(p / "store")} == {"current"}  # the build recorded them again
