"""Where a build's time goes, stage by stage: wall and CPU seconds of the main process (Oxigraph's
threads included) and of the workers, from the build's own progress stages, and the CPU a file
costs in a worker step by step (extraction, conversion, SHACL, draft candidates) on a sample.

    .venv/bin/python benchmarks/build_stages.py [SRC] [--sample 10] [--no-build]

SRC is a folder of resolution files (default /tmp/cf, corpus-full unpacked). On a machine other
work loads, the wall times say little; the CPU seconds are what to compare between versions.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path


def _cpu() -> tuple[float, float]:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime, c.ru_utime + c.ru_stime


def stages(src: str) -> None:
    """One build into a fresh store, timed between the stages its progress callback names (a
    worker's CPU counts once the worker has ended: at the end of the stage that stops the pool)."""
    from resgraph.graph import storedir
    from resgraph.graph.build import build_store

    marks: list[tuple[str, float, float, float]] = []
    t0 = time.perf_counter()

    def mark(stage: str) -> None:
        if not marks or marks[-1][0] != stage:
            marks.append((stage, time.perf_counter() - t0, *_cpu()))

    seal = storedir.seal

    def timed_seal(path: Path) -> None:
        mark("sealing")
        seal(path)

    storedir.seal = timed_seal  # type: ignore[assignment]
    folder = tempfile.mkdtemp()
    try:
        mark("opening")
        _, result = build_store([src], Path(folder) / "store", progress=lambda stage, done, total: mark(stage))
        mark("end")
    finally:
        storedir.seal = seal  # type: ignore[assignment]
        shutil.rmtree(folder, ignore_errors=True)
    print(f"files {result.files}, quads {result.store_quads:,}, violations {result.violations}, load {os.getloadavg()}")
    print(f"{'stage':26} {'wall s':>8} {'main CPU s':>11} {'workers CPU s':>14}")
    for (stage, w0, m0, c0), (_, w1, m1, c1) in zip(marks, marks[1:], strict=False):
        print(f"{stage:26} {w1 - w0:8.1f} {m1 - m0:11.1f} {c1 - c0:14.1f}")
    _, w, m, c = marks[-1]
    print(f"{'total':26} {w:8.1f} {m:11.1f} {c:14.1f}")


def worker_steps(src: str, every: int) -> None:
    """The CPU of each step of a worker's file (build._work, the same calls), on every `every`-th file, in this process."""
    from resgraph.extract.pipeline import extract_file, warm_up
    from resgraph.extract.sources import files_of
    from resgraph.graph import drafts
    from resgraph.graph.iris import DEFAULT_BASE
    from resgraph.graph.ntriples import convert_with_triples
    from resgraph.graph.validate import validate_ntriples, validate_serialized

    files = [str(p) for p in files_of([src])][::every]
    warm_up()
    validate_ntriples(b"")
    cpu = dict.fromkeys(("extraction", "conversion", "SHACL", "draft candidates"), 0.0)
    for f in files:
        t = time.process_time()
        try:
            record = extract_file(f)
        except Exception:  # noqa: BLE001 - a refused file costs its extraction only
            cpu["extraction"] += time.process_time() - t
            continue
        t1 = time.process_time()
        s, triples = convert_with_triples(record, DEFAULT_BASE)
        t2 = time.process_time()
        validate_serialized(s, triples, DEFAULT_BASE)
        t3 = time.process_time()
        drafts.candidates([record], DEFAULT_BASE)
        t4 = time.process_time()
        for name, seconds in zip(cpu, (t1 - t, t2 - t1, t3 - t2, t4 - t3), strict=True):
            cpu[name] += seconds
    print(f"worker steps on {len(files)} files (every {every}th), CPU s scaled to all files:")
    for name, seconds in cpu.items():
        print(f"  {name:18} {seconds * every:7.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", nargs="?", default="/tmp/cf")
    ap.add_argument("--sample", type=int, default=10, help="worker steps on every N-th file (0: none)")
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    if not Path(args.src).is_dir():
        print(f"no folder {args.src}", file=sys.stderr)
        return 2
    if not args.no_build:
        stages(args.src)
    if args.sample:
        worker_steps(args.src, args.sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
