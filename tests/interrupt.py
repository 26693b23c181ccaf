"""A test run stopped by SIGTERM ends as one stopped by Ctrl-C: pytest unwinds and tears down.

Why: the servers the tests start (`resgraph serve` and its query workers, Oxigraph, Virtuoso: tests/http_server.py,
tests/servers.py) run in a session of their own and are stopped by their pid in a `finally` block or a fixture's
teardown. Python's default SIGTERM ends the process at once, so none of those run, and a run stopped by `timeout`, a
cancelled CI job or `kill` left its servers behind (seen: `resgraph serve` with three query workers alive an hour
after `timeout 900 pytest`). Raised as KeyboardInterrupt instead, the signal unwinds the test that is running (its
`finally` blocks run) and pytest_sessionfinish tears every fixture down, session fixtures included. Processes
forked from the test process (resgraph.pool's build workers) inherit the handler; the pool stops them with SIGKILL,
which no handler sees.
"""

from __future__ import annotations

import signal
from types import FrameType

import pytest


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"stopped by signal {signum}")


def pytest_configure(config: pytest.Config) -> None:
    """Take SIGTERM over only where nobody else has (a runner that set its own handler keeps it)."""
    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _interrupt)
