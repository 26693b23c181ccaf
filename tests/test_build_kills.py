"""Builds killed (issue 8): a build killed at any stage, or between any two of its writes to
the store, leaves no orphaned worker, shows readers no graph half replaced, and once rerun
leaves nothing behind and gives exactly the quads of an uninterrupted build."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from resgraph.graph import storedir
from resgraph.graph.build import build
from resgraph.graph.sources import stored
from resgraph.graph.store import GraphStore
from tests.test_store_faults import DATA, _corpus, quads


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    s = tmp_path_factory.mktemp("built") / "store"
    build([DATA], s, workers=2, check=False)
    return s


def _survivors(tag: str) -> list[int]:
    """Processes still alive (zombies aside) whose command line holds `tag`: a killed build's
    workers are forked from it, so they carry its command line; polled for up to 10 s."""
    deadline = time.monotonic() + 10
    while True:
        alive = []
        for d in Path("/proc").iterdir():
            if d.name.isdigit():
                try:
                    cmd, state = (d / "cmdline").read_bytes(), (d / "status").read_text()
                except OSError:
                    continue
                if tag.encode() in cmd and "State:\tZ" not in state:
                    alive.append(int(d.name))
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.2)


# --------------------------------------------------------------------------- kills
KILL = textwrap.dedent(
    """
    import os, signal, sys, threading
    from resgraph.graph.build import build
    stage, at, delay, store, *paths = sys.argv[1:]
    def die():
        os.kill(os.getpid(), signal.SIGKILL)
    def tell(s, done, total):
        if s == stage and done >= int(at):
            threading.Timer(float(delay), die).start() if float(delay) else die()
    build(paths, store, workers=2, check=False, progress=tell)
    sys.exit(3)  # the kill did not come
    """
)


def _killed(store: Path, paths: list[Path], stage: str, at: int = 0, delay: float = 0.0) -> int:
    args = [sys.executable, "-c", KILL, stage, str(at), str(delay), str(store), *map(str, paths)]
    code = subprocess.run(args, capture_output=True, timeout=300).returncode
    if sys.platform.startswith("linux"):
        assert not _survivors(str(store)), "workers outlived their killed build"
    return code


FIRST = [
    ("building", 2, 0.0),
    ("loading the store", 0, 0.0),
    ("loading the store", 0, 0.15),
    ("linking drafts", 0, 0.0),
    ("compacting", 0, 0.0),
]


@pytest.mark.parametrize("stage, at, delay", FIRST)
def test_a_first_build_killed_at_each_stage_reruns_to_a_clean_builds_quads(tmp_path, stage, at, delay, built):
    s = tmp_path / "s"
    code = _killed(s, [DATA], stage, at, delay)
    assert code in (-9, 0), code  # 0: the load ended before the timer (then nothing was cut)
    r = build([DATA], s, workers=2, check=False)
    assert quads(s) == quads(built)
    assert not storedir.leftovers(s) and not storedir.interrupted_bulk(s)
    assert not [g for g in GraphStore(s, read_only=True).graphs() if g.endswith("#staging")]
    # a kill at the start of those stages always finds something to recover; one on a timer may
    # land after the load has finished (a slow machine), and then there is nothing to recover
    if code == -9 and stage in ("building", "loading the store") and not delay:
        assert r.recovered


@pytest.mark.parametrize("stage", ["building", "describing the dataset"])
def test_an_update_killed_at_each_stage_reruns_to_an_uninterrupted_updates_quads(tmp_path, stage, built):
    c = _corpus(tmp_path)
    reference, s = tmp_path / "ref", tmp_path / "s"
    shutil.copytree(built, reference)
    shutil.copytree(built, s)
    changed = c / "A-RES-67-186.txt"
    changed.write_text(changed.read_text() + "\n\n99. Decides to stay seized.\n")
    build([c], reference, workers=2, check=False)
    assert _killed(s, [c], stage, 1) == -9
    build([c], s, workers=2, check=False)
    assert quads(s) == quads(reference)
    assert not storedir.leftovers(s)


# a build whose store kills the process before its Nth write (any write: extend, update, load,
# remove, optimize, flush): "between writing a replacement and swapping it in" included
KILL_AT_WRITE = textwrap.dedent(
    """
    import os, signal, sys
    from resgraph.graph import store as st
    from resgraph.graph.build import build
    at, store, *paths = sys.argv[1:]
    WRITES = {"extend", "update", "load", "bulk_load", "bulk_extend", "remove_graph", "clear", "add",
              "remove", "clear_graph", "add_graph", "optimize", "flush"}
    count, names = 0, []
    class Killing:
        def __init__(self, inner):
            self._inner = inner
        def __len__(self):
            return len(self._inner)
        def __getattr__(self, name):
            attr = getattr(self._inner, name)
            if name not in WRITES:
                return attr
            def write(*args, **kwargs):
                global count
                count += 1
                names.append(name)
                if count == int(at):
                    os.kill(os.getpid(), signal.SIGKILL)
                return attr(*args, **kwargs)
            return write
    real = st.GraphStore.__init__
    def init(self, *args, **kwargs):
        real(self, *args, **kwargs)
        if self.path is not None and not kwargs.get("read_only"):
            self.store = Killing(self.store)
    st.GraphStore.__init__ = init
    build(paths, store, workers=2, check=False)
    print(*names)
    """
)


def _documents(store: Path) -> dict[str, frozenset[str]]:
    """Each document graph's N-Quads, as a reader sees them."""
    st = GraphStore(store, read_only=True)
    nt = ox.RdfFormat.N_TRIPLES
    return {
        s.graph: frozenset((st.store.dump(format=nt, from_graph=ox.NamedNode(s.graph)) or b"").splitlines())
        for s in stored(st)
    }


def test_an_update_killed_before_any_of_its_writes_shows_readers_whole_graphs_then_reruns_clean(tmp_path, built):
    c = _corpus(tmp_path)  # another path: every document's graph is replaced, one changed besides
    changed = c / "A-RES-67-186.txt"
    changed.write_text(changed.read_text() + "\n\n99. Decides to stay seized.\n")
    reference = tmp_path / "ref"
    shutil.copytree(built, reference)
    run = [sys.executable, "-c", KILL_AT_WRITE]
    writes = subprocess.run([*run, "0", str(reference), str(c)], capture_output=True, text=True).stdout.split()
    old, new = _documents(built), _documents(reference)
    assert "update" in writes and old.keys() == new.keys() and all(old[g] != new[g] for g in old)
    # before the first write of each kind: the first update replaces the documents' graphs
    kills = [i + 1 for i, w in enumerate(writes) if w not in writes[:i]]
    for n in kills:
        s = tmp_path / f"s{n}"
        shutil.copytree(built, s)
        assert subprocess.run([*run, str(n), str(s), str(c)], capture_output=True).returncode == -9
        assert not _survivors(str(s)), n
        seen = GraphStore(s, read_only=True).graphs()
        assert not [g for g in seen if g.endswith("#staging")], n  # a replacement half made
        half = [g for g, q in _documents(s).items() if q not in (old[g], new[g])]
        assert not half, (n, half)  # a reader sees each document old or new, never a mix
        build([c], s, workers=2, check=False)
        assert quads(s) == quads(reference), n
        assert not storedir.leftovers(s) and not storedir.finish_pending(s), n
