"""A time limit on one file's extraction, so that one pathological input cannot stall a batch.

The limit is a timer signal in the process that extracts (regular expressions and Python code
see it between steps); a build's workers are also killed from outside when a file overruns it
by far (graph/pool.py), for code that never returns to Python.
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
