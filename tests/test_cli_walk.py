"""Which files a folder given to the commands holds: only the file types resgraph reads are tried,
the others (a corpus folder's index.csv, answers/*.jsonl) are named as skipped with the reason, not
counted as failures; a file named on the command line is tried whatever its extension. The
shared corpus folder (/work/shared/corpus) holds such an index and answer file beside its XML."""

import shutil
from pathlib import Path

from typer.testing import CliRunner

from resgraph.cli import app
from resgraph.extract.sources import walk
from tests.conftest import DATA


def _folder(tmp_path):
    c = tmp_path / "corpus"
    (c / "answers").mkdir(parents=True)
    shutil.copy(DATA / "E-RES-2012-14.txt", c / "E-RES-2012-14.txt")
    shutil.copy(DATA / "E-RES-2012-19.md", c / "E-RES-2012-19.MD")  # the extension's case aside
    (c / "index.csv").write_text("symbol,file\nE/RES/2012/14,E-RES-2012-14.txt\n")
    (c / "answers" / "undocs_links.jsonl").write_text('{"symbol": "E/RES/2012/14"}\n')
    (c / "README.md").write_text("# a corpus\n")
    return c


def test_a_folder_is_walked_for_the_formats_read_and_the_rest_is_skipped_with_a_reason(tmp_path):
    c = _folder(tmp_path)
    found = walk([c, c / "index.csv"])
    assert [p.name for p in found.files] == ["E-RES-2012-14.txt", "E-RES-2012-19.MD", "index.csv"]
    assert {p.path.name: p.reason for p in found.skipped} == {
        "undocs_links.jsonl": "a .jsonl file, not a resolution format (.xml .akn .md .markdown .txt .text .tsv .pdf)",
        "index.csv": "a .csv file, not a resolution format (.xml .akn .md .markdown .txt .text .tsv .pdf)",
    }


def test_build_of_a_corpus_folder_skips_its_index_and_answers_and_exits_0(tmp_path):
    c = _folder(tmp_path)
    r = CliRunner().invoke(app, ["build", str(c), "--store", str(tmp_path / "s"), "-j", "1", "--no-validate"])
    assert r.exit_code == 0, r.output
    assert "2/2 files loaded, 0 failed, 2 skipped" in r.output
    assert f"skipped {c / 'index.csv'}: a .csv file" in r.output
    assert f"skipped {c / 'answers' / 'undocs_links.jsonl'}: a .jsonl file" in r.output
    assert "failed" not in r.output.replace("0 failed", "")
    # named on the command line, a file is tried whatever its extension: it fails, exit 1
    r = CliRunner().invoke(app, ["build", str(c / "index.csv"), "--store", str(tmp_path / "s"), "-j", "1"])
    assert r.exit_code == 1 and f"failed {c / 'index.csv'}" in r.output, r.output


def test_extract_and_status_of_a_folder_skip_the_same_files(tmp_path):
    c = _folder(tmp_path)
    r = CliRunner().invoke(app, ["extract", str(c), "-j", "1", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "error" not in r.output and f"skipped {c / 'index.csv'}" in r.output
    s = str(tmp_path / "s")
    assert CliRunner().invoke(app, ["build", str(DATA / "E-RES-2012-14.txt"), "--store", s, "-j", "1"]).exit_code == 0
    r = CliRunner().invoke(app, ["status", str(c), "--store", s])
    assert r.exit_code == 0, r.output
    assert f"skipped   {c / 'index.csv'}  (a .csv file" in r.output
    assert "1 new" in r.output and "2 skipped" in r.output, r.output


def test_status_reports_a_file_that_fails_to_load_as_failing_with_its_reason_not_as_new(tmp_path):
    from resgraph.graph.sources import status
    from resgraph.graph.store import GraphStore

    c = _folder(tmp_path)
    s = tmp_path / "s"
    assert (
        CliRunner().invoke(app, ["build", str(DATA / "E-RES-2012-14.txt"), "--store", str(s), "-j", "1"]).exit_code == 0
    )
    (c / "recipe.txt").write_text("Mix two eggs with flour.\nBake for twenty minutes.\n")
    (c / "empty.md").write_text("")
    states = {Path(x.file).name: x for x in status(GraphStore(s, read_only=True), [c])}
    assert states["recipe.txt"].state == "failing" and "not a resolution" in states["recipe.txt"].note
    assert states["empty.md"].state == "failing" and states["empty.md"].note == "empty file"
    assert states["E-RES-2012-19.MD"].state == "new"
    # a stored file changed so that it no longer loads: failing too (a build keeps the stored document)
    stored = tmp_path / "stored.txt"
    shutil.copy(DATA / "E-RES-2012-14.txt", stored)
    assert CliRunner().invoke(app, ["build", str(stored), "--store", str(s), "-j", "1"]).exit_code == 0
    stored.write_text("Mix two eggs with flour.\n")
    st = {Path(x.file).name: x for x in status(GraphStore(s, read_only=True), [c])}
    assert st["stored.txt"].state == "failing" and "a build fails on it" in st["stored.txt"].note
    r = CliRunner().invoke(app, ["status", str(c), "--store", str(s)])
    assert r.exit_code == 0, r.output
    assert f"failing   {c / 'recipe.txt'}  (" in r.output and "1 new" in r.output and "3 failing" in r.output, r.output
