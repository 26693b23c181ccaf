"""Store faults (issue 8): one line naming the store and the reason, a non-zero exit, nothing
stored lost; one document, one graph, whatever the path (kills: test_build_kills.py)."""

from __future__ import annotations

import hashlib
import os
import random
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resgraph.cli import app
from resgraph.errors import StoreError
from resgraph.graph import storedir
from resgraph.graph.build import build
from resgraph.graph.sources import status
from resgraph.graph.store import GraphStore

DATA = Path(__file__).resolve().parents[1] / "data" / "resolutions"
runner = CliRunner()


def quads(store: Path) -> tuple[str, int]:
    """sha256 and count of the store's sorted N-Quads."""
    lines = sorted(GraphStore(store, read_only=True).dump("nq").splitlines())
    return hashlib.sha256(b"\n".join(lines)).hexdigest(), len(lines)


def _corpus(tmp_path: Path) -> Path:
    c = tmp_path / "corpus"
    shutil.copytree(DATA, c, ignore=shutil.ignore_patterns("README*"))
    return c


def _cli(*args: str):
    return runner.invoke(app, list(args))


# --------------------------------------------------------------------------- what a store is
def test_a_store_path_that_is_a_file_is_one_line(tmp_path):
    f = tmp_path / "store"
    f.write_text("not a store")
    r = _cli("build", str(DATA), "--store", str(f), "--no-validate")
    assert r.exit_code == 2 and "is a file, not a store folder" in r.output and "Traceback" not in r.output
    assert f.read_text() == "not a store"


def test_a_foreign_folder_is_not_turned_into_a_store(tmp_path):
    d = tmp_path / "papers"
    d.mkdir()
    (d / "notes.txt").write_text("mine")
    r = _cli("build", str(DATA), "--store", str(d), "--no-validate")
    assert r.exit_code == 2 and "not a resgraph store" in r.output
    assert sorted(p.name for p in d.iterdir()) == ["notes.txt"]


def test_an_empty_folder_becomes_a_store(tmp_path):
    d = tmp_path / "empty"
    d.mkdir()
    assert build([DATA], d, workers=1, check=False).loaded == 5


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    s = tmp_path_factory.mktemp("built") / "store"
    build([DATA], s, workers=2, check=False)
    return s


def test_a_store_without_current_is_refused_and_kept(built, tmp_path):
    s = tmp_path / "s"
    shutil.copytree(built, s)
    (s / "CURRENT").unlink()
    before = sorted(p.name for p in s.iterdir())
    for args in (["build", str(DATA)], ["query", "documents"], ["export"]):
        r = _cli(*args, "--store", str(s))
        assert r.exit_code == 2 and "CURRENT file is missing" in r.output, args
    assert sorted(p.name for p in s.iterdir()) == before


@pytest.mark.parametrize("sealed", [True, False])
def test_a_truncated_sst_is_one_line(built, tmp_path, sealed):
    s = tmp_path / "s"
    shutil.copytree(built, s)
    if not sealed:  # a store of an older resgraph: Oxigraph finds the file short when it opens it
        (s / storedir.SEAL).unlink()
    sst = max(s.glob("*.sst"), key=lambda p: p.stat().st_size)
    with open(sst, "r+b") as f:
        f.truncate(sst.stat().st_size // 3)
    said = "bytes where the build that wrote it left" if sealed else "cannot open the store"
    for args in (["build", str(DATA)], ["query", "documents"]):
        r = _cli(*args, "--store", str(s))
        assert r.exit_code == 2 and said in r.output and "Traceback" not in r.output, r.output


def _capped(*args: str) -> subprocess.CompletedProcess:
    """The command line in a process of its own with its memory capped: a damaged block once sent
    Oxigraph's joins into a loop that took all the memory of the machine."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    cmd = [sys.executable, "-m", "resgraph", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, preexec_fn=cap)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="caps memory with RLIMIT_AS")
def test_bytes_overwritten_inside_the_sst_files_are_one_line_and_nothing_reads_them(built, tmp_path):
    s = tmp_path / "s"
    shutil.copytree(built, s)
    rng = random.Random(8)
    for sst in s.glob("*.sst"):
        n = sst.stat().st_size
        if n > 10_000:
            with open(sst, "r+b") as f:
                f.seek(n // 3)
                f.write(rng.randbytes(4096))

    def files() -> dict[str, bytes]:  # build.lock holds the pid of the last build that took it
        return {p.name: p.read_bytes() for p in s.iterdir() if p.name != storedir.LOCK}

    before = files()
    commands = (
        ["build", str(DATA)],
        ["query", "documents"],
        ["export"],
        ["stats"],
        ["status"],
        ["mandates"],
        ["serve", "--port", "0"],
    )
    for args in commands:
        r = _capped(*args, "--store", str(s))
        assert r.returncode == 2, (args, r.returncode, r.stderr[-2000:])
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "damaged store" in lines[0] and ".sst holds other bytes" in lines[0], r.stderr
    assert files() == before


def test_a_store_copied_without_its_file_times_is_still_read(built, tmp_path):
    s = tmp_path / "s"
    shutil.copytree(built, s)
    for sst in s.glob("*.sst"):
        os.utime(sst, (1, 1))  # a copy that did not keep times: the bytes are hashed, and are the same
    r = _cli("query", "documents", "--store", str(s))
    assert r.exit_code == 0 and "A/RES/67/186" in r.output, r.output
    assert build([DATA], s, workers=1, check=False).unchanged == 5


def test_a_damaged_block_found_while_reading_is_one_line():
    from resgraph.cli.graph import STORE_OPT
    from resgraph.cli.store import one_line_errors

    def query(store: Path = STORE_OPT) -> None:  # what Oxigraph raises when RocksDB meets a bad block checksum
        raise RuntimeError("Corruption: block checksum mismatch: stored = 1, computed = 2 in s/000031.sst\nmore")

    def bug(store: Path = STORE_OPT) -> None:
        raise RuntimeError("a bug, not a store fault")

    app_ = __import__("typer").Typer()
    app_.command("q")(one_line_errors(query))
    app_.command("b")(one_line_errors(bug))
    r = runner.invoke(app_, ["q", "--store", "x"])
    assert r.exit_code == 2 and r.output.strip().splitlines() == [
        "error x: damaged store (Corruption: block checksum mismatch: stored = 1, computed = 2 in s/000031.sst); "
        "restore the folder or build a new store"
    ]
    r = runner.invoke(app_, ["b", "--store", "x"])
    assert isinstance(r.exception, RuntimeError)  # anything else is not hidden


def test_a_second_build_on_a_locked_store_refuses_in_one_line(built, tmp_path):
    s = tmp_path / "s"
    shutil.copytree(built, s)
    before = quads(s)
    with storedir.writer_lock(s):
        with pytest.raises(StoreError, match="another build is writing to this store"):
            build([DATA], s, workers=1, check=False)
        r = _cli("build", str(DATA), "--store", str(s))
        assert r.exit_code == 2 and "another build is writing" in r.output
    assert quads(s) == before


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"), reason="mounting a small tmpfs needs root")
def test_disk_full_is_one_line_and_nothing_stored_is_lost(tmp_path, shared):
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        s = mnt / "store"
        build([DATA], s, workers=1, check=False)
        before = quads(s)
        filler = mnt / "filler"
        free = shutil.disk_usage(mnt).free
        with open(filler, "wb") as f:
            f.truncate(0)
            f.write(b"\0" * max(0, free - 200_000))
        r = _cli("build", str(shared / "corpus"), "--store", str(s), "--no-validate")
        assert r.exit_code == 2 and ("no space left" in r.output.lower()), r.output
        assert "Traceback" not in r.output
        filler.unlink()
        assert quads(s) == before
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_staging_graphs_an_older_build_left_are_removed(built, tmp_path):
    s = tmp_path / "s"
    shutil.copytree(built, s)
    st = GraphStore(s)
    g = st.graphs()[0]
    st.store.load(
        b"<http://x/a> <http://x/b> <http://x/c> .\n",
        format=__import__("pyoxigraph").RdfFormat.N_TRIPLES,
        to_graph=__import__("pyoxigraph").NamedNode(g + "#staging"),
    )
    del st
    r = build([DATA], s, workers=1, check=False)
    assert any("staging" in n for n in r.recovered)
    assert not [g for g in GraphStore(s, read_only=True).graphs() if g.endswith("#staging")]


# --------------------------------------------------------------------------- identity
def test_absolute_and_relative_paths_are_one_set_of_documents(tmp_path, monkeypatch):
    c = _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    s = tmp_path / "s"
    first = build(["corpus"], s, workers=1, check=False)
    again = build([c.resolve()], s, workers=1, check=False)
    docs = len(GraphStore(s, read_only=True).graphs())
    assert first.added == 5 and again.added == 0 and again.replaced == 5
    assert abs(again.store_quads - first.store_quads) < first.store_quads // 20  # was doubled
    assert docs == len(GraphStore(s, read_only=True).graphs())
    assert build([c.resolve()], s, workers=1, check=False).unchanged == 5  # unchanged: skipped


def test_one_document_from_two_files_is_one_graph_and_the_build_says_which(tmp_path):
    c = _corpus(tmp_path)
    full = (c / "A-RES-67-186.txt").read_text(encoding="utf-8")
    cut = full[: full.rindex("\n", 0, len(full) // 2)]
    (c / "A-RES-67-186-short.txt").write_text(cut, encoding="utf-8")
    r = build([c], tmp_path / "s", workers=2, check=False)
    assert [(d["symbol"], Path(d["kept"]).name, Path(d["dropped"]).name) for d in r.duplicates] == [
        ("A/RES/67/186", "A-RES-67-186.txt", "A-RES-67-186-short.txt")
    ]
    assert "more paragraphs" in r.duplicates[0]["reason"]
    build([DATA], tmp_path / "alone", workers=2, check=False)
    assert len(GraphStore(tmp_path / "s", read_only=True).graphs()) == len(
        GraphStore(tmp_path / "alone", read_only=True).graphs()
    )


def test_prune_removes_the_documents_of_files_that_are_gone_and_status_shows_them(tmp_path):
    c = _corpus(tmp_path)
    s = tmp_path / "s"
    build([c], s, workers=2, check=False)
    (c / "E-RES-2012-14.txt").unlink()
    changed = c / "A-RES-67-186.txt"
    changed.write_text(changed.read_text() + "\n\n99. Decides to stay seized.\n")
    new = (DATA / "E-RES-2012-19.md").read_text(encoding="utf-8").replace("2012/19.", "2012/99.")
    (c / "new.md").write_text(new, encoding="utf-8")  # another document (a copy of one is a duplicate)
    (c / "copy.md").write_bytes((DATA / "E-RES-2012-19.md").read_bytes())
    states = {(x.state, Path(x.file).name) for x in status(GraphStore(s, read_only=True), [c]) if x.state != "current"}
    assert states == {
        ("gone", "E-RES-2012-14.txt"),
        ("changed", "A-RES-67-186.txt"),
        ("new", "new.md"),
        ("duplicate", "copy.md"),
    }
    assert not build([c], s, workers=2, check=False).pruned  # without prune nothing goes
    assert len(GraphStore(s, read_only=True).graphs()) > 4 + 3
    r = build([c], s, workers=2, check=False, prune=True)
    assert [Path(p).name for p in r.pruned] == ["E-RES-2012-14.txt"]
    out = _cli("status", str(c), "--store", str(s)).output
    assert "0 changed, 0 gone" in out and "E-RES-2012-14" not in out, out


def test_status_names_a_file_that_duplicates_a_stored_document_and_the_file_a_build_keeps(tmp_path):
    c = _corpus(tmp_path)
    s = tmp_path / "s"
    build([c], s, workers=2, check=False)
    full = (c / "A-RES-67-186.txt").read_text(encoding="utf-8")
    (c / "A-RES-67-186-short.txt").write_text(full[: full.rindex("\n", 0, len(full) // 2)], encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    longer = elsewhere / "long.txt"
    longer.write_text(full + "\n\n99. Decides to stay seized.\n", encoding="utf-8")

    def states(*paths):
        return {
            Path(x.file).name: x
            for x in status(GraphStore(s, read_only=True), list(paths))
            if x.state != "current" or x.note
        }

    def kept_by_build(*paths) -> dict[str, str]:
        copy = tmp_path / f"copy{len(list(tmp_path.iterdir()))}"
        shutil.copytree(s, copy)
        return {
            Path(d["dropped"]).name: (Path(d["kept"]).name, d["reason"])
            for d in build(list(paths), copy, workers=2, check=False).duplicates
        }

    # the shorter copy beside the stored file: a build keeps the stored one (was "new")
    st = states(c)
    assert set(st) == {"A-RES-67-186-short.txt"} and st["A-RES-67-186-short.txt"].state == "duplicate"
    kept, why = kept_by_build(c)["A-RES-67-186-short.txt"]
    assert (
        f"A/RES/67/186: stored from {c / 'A-RES-67-186.txt'}; a build keeps {c / kept} over it ({why})"
        == st["A-RES-67-186-short.txt"].note
    )
    # a fuller copy elsewhere, read with them: a build keeps it over both, and the stored file is replaced
    st = states(c, longer)
    builds = kept_by_build(c, longer)
    assert {n: x.state for n, x in st.items()} == {
        "A-RES-67-186.txt": "current",
        "A-RES-67-186-short.txt": "duplicate",
        "long.txt": "duplicate",
    }
    assert builds["A-RES-67-186.txt"] == ("long.txt", "more paragraphs (29 against 28)")
    assert (
        f"a build keeps this file over {c / 'A-RES-67-186.txt'} (more paragraphs (29 against 28))"
        in st["long.txt"].note
    )
    assert st["A-RES-67-186.txt"].note == f"a build replaces it with {longer}"
    # read alone, it is the only file of its document: it replaces the stored one
    st = states(longer)
    assert "keeps this file (" in st["long.txt"].note and "is not among them" in st["long.txt"].note
    # the command line says so, and counts no new file
    out = _cli("status", str(c), "--store", str(s)).output
    assert "duplicate A-RES-67-186-short.txt" not in out  # the path as given
    assert f"duplicate {c / 'A-RES-67-186-short.txt'}" in out and "0 new, 1 duplicate" in out
