"""How a cost grows with its input, for the linear-time tests of hostile inputs (issue 8).

Time bounds are ratios, not wall-clock targets: the time for 4x the input over the time for 1x,
each the best of five means of enough runs to take 50 ms. Linear work gives about 4, quadratic 16,
cubic 64.
"""

from __future__ import annotations

import gc
import math
import time

LINEAR = 8.0  # bound on t(4n) / t(n): twice what linear work gives, half what quadratic gives


def per_call(f) -> float:
    """Mean CPU seconds of f() over enough calls to take 50 ms (one call when it is slow). CPU
    time of this process, not wall time: other processes on a loaded machine do not count. The
    cyclic garbage collector is off while timing: a collection walks every object the test
    process holds, so its cost depends on what ran before, not on f (a ratio of 10 was seen
    once under load for sorting work that is n log n)."""
    n = 1
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        while True:
            t = time.process_time()
            for _ in range(n):
                f()
            spent = time.process_time() - t
            if spent >= 0.05:
                return spent / n
            n *= 4
    finally:
        if enabled:
            gc.enable()


def growth(make, run, small: int) -> float:
    """t(4 * small) / t(small): how the cost of run(make(n)) grows with n (best of five: a loaded
    machine slows some runs, never speeds one up). The two sizes are timed in turn, not five of one
    then five of the other: on a 2-core machine shared with other jobs the speed of a core changes
    by half within seconds (a neighbour on the sibling thread, the clock), and a change between the
    two phases moved a linear ratio from 4 to 8.8 (3 of 12 runs of a regex over 1,000 spaces)."""
    a, b = make(small), make(4 * small)
    ta = tb = float("inf")
    for _ in range(5):
        ta = min(ta, per_call(lambda: run(a)))
        tb = min(tb, per_call(lambda: run(b)))
    return tb / ta


def growth_n_log_n(make, run, small: int, items: int | None = None, tries: int = 3) -> float:
    """growth() over log(4m)/log(m), how n log n work grows from m to 4m things (m: the things sorted at the small
    size, small unless given): about 4 for n log n work (sorting), as for linear work under LINEAR, and about 14 for
    quadratic work (16 over 1.16 at m = 6,000). The least of up to `tries` measurements, stopping at the first under
    LINEAR: a loaded machine slows some runs and so raises some ratios (8.4 was seen once for sorting work, whose true
    ratio is 4.6 before the log is taken out), while quadratic work stays over the bound in every measurement.
    tests/test_hostile_inputs.py shows it failing a quadratic settling of aliases."""
    m = items or small
    scale = math.log(4 * m) / math.log(m)
    least = float("inf")
    for _ in range(tries):
        least = min(least, growth(make, run, small) / scale)
        if least < LINEAR:
            break
    return least


def resolution(body: str) -> bytes:
    """A plain-text resolution around body (its operative paragraphs)."""
    return ("The General Assembly,\n\nRecalling its resolution 60/1,\n\n" + body).encode()


# the preamble of a Security Council resolution, before a hostile operative paragraph
SC = "The Security Council,\n\nRecalling its resolution 1234 (2005),\n\n"


def extraction_growth(head: str, run: str, tail: str, small: int, preamble: str = SC) -> float:
    """growth() of extracting a resolution whose operative paragraph is head, run repeated n times, then tail (n from
    small to 4 small): the end-to-end test of a hostile paragraph reaching a call site through the whole pipeline."""
    from resgraph.extract.pipeline import extract_source
    from resgraph.extract.read import read_bytes

    return growth(
        lambda n: (preamble + head + run * n + tail + "\n").encode(),
        lambda d: extract_source(read_bytes(d, "hostile.txt")),
        small,
    )
