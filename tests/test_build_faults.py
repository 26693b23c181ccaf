"""Faults during a build or an extraction (issue 8): a file that overruns its time limit is named
and the batch goes on; a worker stuck beyond it (in C code, where no timer reaches) is killed
and replaced; workers die with their parent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from resgraph.extract.pipeline import extract_many
from resgraph.graph.build import build
from resgraph.models import Failure
from resgraph.pool import Pool

DATA = Path(__file__).resolve().parents[1] / "data" / "resolutions"


def _square(x: int) -> int:
    return x * x


def _hang(x: int) -> int:
    signal.signal(signal.SIGALRM, signal.SIG_IGN)  # as code that never returns to Python would
    time.sleep(600)
    return x


def _die(x: int) -> int:
    os._exit(3)


def _fail(x: int) -> int:
    raise ValueError(f"bad {x}")


def test_a_hung_task_is_killed_its_worker_replaced_and_the_rest_done_in_order():
    tasks = [(_square, (i,)) for i in range(6)]
    tasks[2] = (_hang, (2,))
    with Pool(2, limit=1.0) as pool:
        before = {w.proc.pid for w in pool.workers}
        out = list(pool.run(tasks))
        after = {w.proc.pid for w in pool.workers}
    assert [i for i, _, _ in out] == list(range(6))
    assert out[2][1] is False and "timed out after 1 s" in out[2][2]
    assert [v for i, ok, v in out if i != 2] == [0, 1, 9, 16, 25]
    assert before - after  # the hung worker was replaced


def test_a_worker_that_dies_fails_its_task_only():
    tasks = [(_square, (1,)), (_die, (2,)), (_fail, (3,)), (_square, (4,))]
    with Pool(1) as pool:
        out = list(pool.run(tasks))
    assert out[0] == (0, True, 1) and out[3] == (3, True, 16)
    assert out[1][1] is False and "worker died (exit status 3)" in out[1][2]
    assert out[2] == (2, False, "ValueError: bad 3")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in state


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_their_parent():
    script = textwrap.dedent(
        """
        import time
        from resgraph.pool import Pool
        with Pool(2) as pool:
            print(*[w.proc.pid for w in pool.workers], flush=True)
            time.sleep(600)
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    pids = [int(p) for p in parent.stdout.readline().split()]
    assert len(pids) == 2 and all(_alive(p) for p in pids)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids)


def test_a_file_over_the_time_limit_is_named_and_the_build_goes_on(tmp_path):
    slow = tmp_path / "slow.txt"
    # extraction is linear now (tests/test_linear_mandates.py): slow is 1.1 MB of 24,000 mandates
    # each asking for a report, some 5 s of CPU
    unit = "and requests States to report to the Council, "
    slow.write_text(
        "The General Assembly,\n\nRecalling its resolution 60/1,\n\n1. Requests " + unit * 24000 + "to act.\n"
    )
    good = tmp_path / "good.txt"
    good.write_bytes((DATA / "A-RES-67-186.txt").read_bytes())
    r = build([tmp_path], None, workers=2, check=False, time_limit=3.0)
    assert r.loaded == 1, r.failed
    assert [(Path(f.path).name, "took longer than 3 s" in f.reason) for f in r.failed] == [("slow.txt", True)]


# an extractor stuck where the time limit's timer cannot reach it (C code that never returns to
# Python: the timer's signal is blocked), for files named stuck*; the rest are read as ever
STUCK = textwrap.dedent(
    """
    import signal, sys, time
    from resgraph.extract import pipeline
    real = pipeline.extract_source
    def extract_source(src, vocab=None):
        if "stuck" in src.path:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(600)
        return real(src, vocab)
    pipeline.extract_source = extract_source
    from resgraph.cli import app
    app(sys.argv[1:], prog_name="resgraph")
    """
)


def test_extract_kills_a_file_stuck_in_c_code_names_it_in_one_line_and_goes_on(tmp_path):
    for name in ("a.txt", "b-stuck.txt", "c.txt"):
        (tmp_path / name).write_bytes((DATA / "A-RES-67-186.txt").read_bytes())
    args = ["extract", "--format", "json", "--time-limit", "1", "-j", "1", *sorted(map(str, tmp_path.iterdir()))]
    t = time.monotonic()
    r = subprocess.run([sys.executable, "-c", STUCK, *args], capture_output=True, text=True, timeout=120)
    assert time.monotonic() - t < 60  # killed after the limit and a little more, not after 600 s
    assert r.returncode == 1, r.stderr
    errors = r.stderr.strip().splitlines()
    assert len(errors) == 1 and "b-stuck.txt" in errors[0] and "took longer than 1 s" in errors[0], r.stderr
    assert "its worker was killed" in errors[0]
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert [Path(x["file"]).name for x in records] == ["a.txt", "c.txt"]
    assert all(x["symbol"] == "A/RES/67/186" for x in records)


def test_extract_in_workers_keeps_the_order_and_a_dead_worker_fails_its_file_only(tmp_path, monkeypatch):
    from resgraph.extract import pipeline

    real = pipeline.extract_source

    def dies_on_x(src, vocab=None):  # a crash in C (a segfault) ends the worker's process
        if src.path.endswith("x.txt"):
            os._exit(3)
        return real(src, vocab)

    monkeypatch.setattr(pipeline, "extract_source", dies_on_x)  # the workers are forked: they see it
    names = ["a.txt", "b.txt", "x.txt", "d.txt", "e.txt"]
    for name in names:
        (tmp_path / name).write_bytes((DATA / "A-RES-67-186.txt").read_bytes())
    (tmp_path / "f.txt").write_text("no resolution here")
    out = list(extract_many([tmp_path / n for n in [*names, "f.txt"]], limit=30, workers=2))
    assert [Path(x.path if isinstance(x, Failure) else x.file).name for x in out] == [*names, "f.txt"]
    failures = {Path(x.path).name: x.reason for x in out if isinstance(x, Failure)}
    assert set(failures) == {"x.txt", "f.txt"}
    assert "worker died (exit status 3)" in failures["x.txt"]
    assert "not a resolution" in failures["f.txt"] or "no English" in failures["f.txt"]


def test_a_fifo_and_a_device_given_to_build_are_named_and_the_build_goes_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opened to be read, it would wait for a writer forever
    paths = [fifo, Path("/dev/zero"), DATA / "A-RES-67-186.txt"]
    r = build(paths, None, workers=1, check=False, time_limit=30)
    assert r.loaded == 1
    assert sorted((f.path, "not a regular file" in f.reason) for f in r.failed) == [
        ("/dev/zero", True),
        (str(fifo), True),
    ]


def test_a_file_name_that_is_not_utf8_is_built_kept_by_prune_and_current_in_status(tmp_path):
    from resgraph.graph.sources import status, stored
    from resgraph.graph.store import GraphStore

    c = tmp_path / "c"
    c.mkdir()
    with open(os.path.join(os.fsencode(c), b"bad\xff\xfename.txt"), "wb") as f:
        f.write((DATA / "A-RES-67-186.txt").read_bytes())
    (c / "E-RES-2012-14.txt").write_bytes((DATA / "E-RES-2012-14.txt").read_bytes())
    s = tmp_path / "s"
    r = build([c], s, workers=2, check=False)
    assert r.loaded == 2 and not r.failed  # the surrogates of the name broke the build
    names = sorted(Path(x.file).name for x in stored(GraphStore(s, read_only=True)))
    assert names == ["E-RES-2012-14.txt", "bad\\xff\\xfename.txt"]  # named with escapes in the store
    assert {x.state for x in status(GraphStore(s, read_only=True), [c])} == {"current"}  # not gone and new
    r = build([c], s, workers=2, check=False, prune=True)
    assert not r.pruned and r.unchanged == 2  # its document was pruned: the escaped name is no file
    assert len(stored(GraphStore(s, read_only=True))) == 2
