#!/usr/bin/env python3
"""Extraction benchmark over every resolution of ../shared/corpus-full/unxml-en.tar.xz.

Members are read from the tar in memory and go through `read_bytes` and the extractor
(`resgraph.pipeline.extract_source`), in a pool of worker processes (2 by default). Reports
files/second, total seconds, InputErrors (inputs rightly refused, with reasons), crashes (any
other exception: a bug, listed with its traceback's last line) and peak memory (maxrss of
this process and of the workers).

    python benchmarks/extract.py [--tar PATH] [--workers 2] [--limit N] [--target-seconds 60]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tarfile
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DEFAULT_TAR = ROOT.parent / "shared" / "corpus-full" / "unxml-en.tar.xz"

_VOCAB = None


def _init() -> None:
    global _VOCAB
    from resgraph.vocab import load

    _VOCAB = load()


def _one(item: tuple[str, bytes]) -> tuple[str, str, str, float]:
    """(name, ok|input_error|crash, detail, seconds) for one member."""
    from resgraph.errors import InputError
    from resgraph.extract.pipeline import extract_source
    from resgraph.extract.read import read_bytes

    name, data = item
    t0 = time.perf_counter()
    try:
        rec = extract_source(read_bytes(data, name), _VOCAB)
        detail = f"{len(rec.paragraphs)} paragraphs, {len(rec.citations)} citations"
        return name, "ok", detail, time.perf_counter() - t0
    except InputError as e:
        return name, "input_error", e.reason, time.perf_counter() - t0
    except Exception as e:  # noqa: BLE001 - that is what the benchmark counts
        last = traceback.extract_tb(e.__traceback__)[-1]
        where = f"{Path(last.filename).name}:{last.lineno}"
        return name, "crash", f"{type(e).__name__}: {e} (at {where})", time.perf_counter() - t0


def _chunk(items: list, n: int) -> list[list]:
    return [items[i : i + n] for i in range(0, len(items), n)]


def _many(batch: list[tuple[str, bytes]]) -> list[tuple[str, str, str, float]]:
    return [_one(it) for it in batch]


def load_members(tar_path: Path, limit: int | None) -> list[tuple[str, bytes]]:
    out = []
    with tarfile.open(tar_path, "r:*") as tf:
        for m in tf:
            if not m.isfile():
                continue
            f = tf.extractfile(m)
            if f is None:
                continue
            out.append((m.name, f.read()))
            if limit and len(out) >= limit:
                break
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tar", type=Path, default=DEFAULT_TAR)
    ap.add_argument("--workers", type=int, default=2, help="processes; 1 runs in this process")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--target-seconds", type=float, default=60.0)
    ap.add_argument("--show", type=int, default=50, help="how many InputErrors to list")
    args = ap.parse_args(argv)
    if not args.tar.exists():
        print(f"no corpus at {args.tar}", file=sys.stderr)
        return 2
    try:
        import resgraph.extract.pipeline  # noqa: F401
    except ImportError as e:
        print(f"the extractor is missing: {e}", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    members = load_members(args.tar, args.limit)
    t_load = time.perf_counter() - t0
    total_bytes = sum(len(d) for _, d in members)

    t1 = time.perf_counter()
    results: list[tuple[str, str, str, float]] = []
    if args.workers <= 1:
        _init()
        results = [_one(it) for it in members]
    else:
        # big files first so that no worker is left with a long tail; batches keep IPC cheap
        order = sorted(members, key=lambda it: -len(it[1]))
        batches = [order[i :: args.workers * 16] for i in range(args.workers * 16)]
        with ProcessPoolExecutor(max_workers=args.workers, initializer=_init) as pool:
            for part in pool.map(_many, batches):
                results.extend(part)
    t_extract = time.perf_counter() - t1
    total = time.perf_counter() - t0

    status = Counter(r[1] for r in results)
    crashes = [r for r in results if r[1] == "crash"]
    refused = [r for r in results if r[1] == "input_error"]
    slowest = sorted(results, key=lambda r: -r[3])[:5]
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss

    print(f"files {len(results)} ({total_bytes / 2**20:.1f} MiB XML), workers {args.workers}, cpus {os.cpu_count()}")
    print(f"tar read {t_load:.2f} s, extraction {t_extract:.2f} s, total {total:.2f} s")
    print(f"throughput {len(results) / t_extract:.1f} files/s (extraction), {len(results) / total:.1f} files/s (total)")
    print(f"ok {status['ok']}, InputErrors {status['input_error']}, crashes {status['crash']}")
    print(f"peak memory: main {self_kb / 1024:.0f} MiB, largest worker {child_kb / 1024:.0f} MiB")
    print("slowest: " + ", ".join(f"{Path(n).name} {s:.2f}s" for n, _, _, s in slowest))
    if refused:
        print(f"InputErrors ({len(refused)}), by reason:")
        for reason, n in Counter(r[2][:90] for r in refused).most_common(args.show):
            print(f"  {n:5}  {reason}")
        for n, _, d, _ in refused[: args.show]:
            print(f"    {n}: {d}")
    if crashes:
        print(f"CRASHES ({len(crashes)}):")
        for n, _, d, _ in crashes:
            print(f"  {n}: {d}")
    ok = not crashes and total < args.target_seconds
    print(
        ("PASS" if ok else "FAIL") + f": {len(crashes)} crashes, {total:.1f} s (target < {args.target_seconds:.0f} s)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
