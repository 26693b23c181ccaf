"""`build DIR --prune` removes only the documents whose files are gone from disk: a resolution
built earlier by naming it, whose extension the folder walk does not read, lies under DIR but is
skipped by the walk, not gone (it was pruned, as "no longer among the folder's files")."""

from __future__ import annotations

import shutil
from pathlib import Path

from resgraph.graph.build import build
from resgraph.graph.sources import status
from resgraph.graph.store import GraphStore

DATA = Path(__file__).resolve().parents[1] / "data" / "resolutions"


def _states(store: Path, paths: list[Path]) -> list[tuple[str, str]]:
    return sorted((x.state, Path(x.file).name) for x in status(GraphStore(store, read_only=True), paths))


def test_prune_keeps_a_file_the_folder_walk_skips_and_removes_it_once_deleted(tmp_path):
    c = tmp_path / "corpus"
    shutil.copytree(DATA, c, ignore=shutil.ignore_patterns("README*"))
    odd = c / "E-RES-2012-99.resolution"
    odd.write_text((DATA / "E-RES-2012-19.md").read_text(encoding="utf-8").replace("2012/19.", "2012/99."))
    hidden = c / ".E-RES-2012-98.md"
    hidden.write_text((DATA / "E-RES-2012-19.md").read_text(encoding="utf-8").replace("2012/19.", "2012/98."))
    s = tmp_path / "s"
    build([c, odd, hidden], s, workers=2, check=False)
    assert len(_states(s, [])) == 7
    r = build([c], s, workers=2, check=False, prune=True)
    assert not r.pruned, r.pruned
    states = _states(s, [c])
    # stored and on disk: current, not also listed as skipped by the walk of its folder
    assert ("current", odd.name) in states and ("skipped", odd.name) not in states, states
    assert ("current", hidden.name) in states, states
    odd.unlink()
    r = build([c], s, workers=2, check=False, prune=True)
    assert [Path(f).name for f in r.pruned] == [odd.name]
