"""A test run stopped by SIGTERM stops what its tests started (tests/interrupt.py).

A child pytest runs one test that starts a process in a session of its own (as tests/http_server.py starts
`resgraph serve`) and stops it by its pid in a `finally` block; the child pytest is sent SIGTERM while the test
runs. With the plugin, alone or as the project's conftest carries it (the child's test lies outside tests/, so the
conftest is loaded by name: the case that fails if conftest stops importing the hook), the `finally` block runs and
the process is gone; without it (Python's default SIGTERM) the process outlives the run, which is how `resgraph
serve` and its workers were left behind by `timeout 900 pytest`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

HOLDER = """
import os, signal, subprocess, sys, time
from pathlib import Path

def test_holds_a_process():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"], start_new_session=True)
    Path(os.environ["HOLDER_PID"]).write_text(str(child.pid))
    try:
        time.sleep(120)
    finally:
        os.killpg(child.pid, signal.SIGTERM)
"""


def _alive(pid: int) -> bool:
    """Whether pid runs (a zombie, ended but not yet reaped, counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to see whether a process runs")
@pytest.mark.parametrize(
    ("plugin", "stopped"),
    [(("-p", "tests.interrupt"), True), (("-p", "tests.conftest"), True), ((), False)],
    ids=["plugin", "conftest", "none"],
)
def test_sigterm_to_a_run_stops_what_its_test_started(tmp_path, plugin, stopped):
    (tmp_path / "test_holder.py").write_text(HOLDER)
    pidfile = tmp_path / "held.pid"
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *plugin, str(tmp_path / "test_holder.py")]
    run = subprocess.Popen(
        cmd, cwd=ROOT, env={**os.environ, "HOLDER_PID": str(pidfile)}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    held = None
    try:
        deadline = time.monotonic() + 120
        while not pidfile.exists() or not pidfile.read_text():
            assert run.poll() is None, run.stdout.read().decode() if run.stdout else ""
            assert time.monotonic() < deadline, "the child run never started its test"
            time.sleep(0.1)
        held = int(pidfile.read_text())
        assert _alive(held)
        run.send_signal(signal.SIGTERM)
        code = run.wait(60)
        deadline = time.monotonic() + 10
        while _alive(held) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert (code, _alive(held)) == ((pytest.ExitCode.INTERRUPTED, False) if stopped else (-signal.SIGTERM, True))
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
        if held is not None and _alive(held):
            os.killpg(held, signal.SIGKILL)
        if run.stdout:
            run.stdout.close()
