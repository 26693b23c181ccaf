"""A time limit on one file's extraction, so that one pathological input cannot stall a batch.

The limit is a timer signal in the process that extracts (Python code sees it between steps);
the workers of `build` and `extract` are also killed from outside when a file overruns it by
`kill_after` (resgraph/pool.py), for code that never returns to Python (a regular expression or
a reader stuck in C).
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from resgraph.errors import InputError

TIME_LIMIT = 60.0
"""Seconds one file may take to extract (corpus-full's slowest takes about 2 s). Set by
RESGRAPH_TIME_LIMIT or `--time-limit`; 0 turns the limit off."""


def time_limit() -> float | None:
    """The limit in force: RESGRAPH_TIME_LIMIT (seconds) when set, else TIME_LIMIT; None when 0."""
    try:
        s = float(os.environ.get("RESGRAPH_TIME_LIMIT", TIME_LIMIT))
    except ValueError:
        s = TIME_LIMIT
    return s if s > 0 else None


def kill_after(seconds: float | None) -> float | None:
    """When a worker whose file overran `seconds` is killed from outside: its own timer had
    the time to end the file cleanly (half the limit more, at least 2 s), so it did not return."""
    return None if seconds is None else seconds + max(2.0, seconds / 2)


class _Overrun(BaseException):
    """Raised by the timer inside the extraction; a BaseException so no `except Exception` in the
    pipeline mistakes it for the file's own error."""


@contextmanager
def deadline(seconds: float | None, name: str) -> Iterator[None]:
    """Raise InputError(name, "took longer than N s") when the block runs past `seconds`.
    Without a timer signal (not the main thread, not POSIX) the block runs unbounded."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise _Overrun

    old = signal.signal(signal.SIGALRM, ring)
    # it rings again every half second: a signal handler's exception raised inside a finalizer or
    # a gc callback is swallowed there, and the block would run on unbounded
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)
    try:
        yield
    except _Overrun:
        raise InputError(name, f"took longer than {seconds:g} s to extract; skipped (--time-limit)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
