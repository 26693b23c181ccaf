"""Build benchmark on the full AKN corpus: build time, triples and peak memory, then the median
latency of the lineage query on Oxigraph against the same query on rdflib's in-memory graph.

    .venv/bin/python benchmarks/build.py [--tar ../shared/corpus-full/unxml-en.tar.xz] [--workers 2]
        [--no-validate] [--limit N] [--runs 100] [--json out.json]

Targets on a 2-core machine: build < 60 s, lineage of a recent resolution < 20 ms.

Memory: main_mib and largest_worker_mib are the build's (its main process, its largest worker),
taken as the build ends; lineage_process_mib is the fresh lineage process's own peak and
main_mib_with_rdflib this process's once rdflib holds the store too (peak_mib says why in order).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import statistics
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def peak_mib() -> dict[str, float]:
    """The build's peaks: this process's own (own_peak_mib), and its largest child's so far. Taken
    right after the build, before this script starts any process of its own: RUSAGE_CHILDREN counts
    every child waited for, and a child started by fork and exec (multiprocessing's "spawn") keeps
    as its ru_maxrss the size of the parent it was forked from (Linux records the forked copy's
    high-water mark at exec). Taken at the end, stop 53's "largest_worker_mib" of 1,862.6 was the
    lineage process's copy of this process at 1.86 GB; the build's workers peaked at 89 MiB.
    The same holds for this process: started by a shell or subprocess.run (fork and exec), its own
    ru_maxrss starts at its launcher's size (a benchmark run from a 600 MiB parent read main_mib
    611), so its figure is VmHWM, which exec resets. A child forked without exec (the build Pool's
    workers, and a replacement forked after a timeout) counts the pages it shares with this process
    at fork time in both ru_maxrss and VmHWM: a worker replaced while this process holds Oxigraph's
    bulk load would report this process's size as largest_worker_mib."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"main_mib": own_peak_mib(), "largest_worker_mib": round(children, 1)}


def own_peak_mib() -> float:
    """This process's own peak resident memory since it started its program: VmHWM, which exec
    resets, where ru_maxrss would report the parent a spawned process was forked from (Linux;
    elsewhere ru_maxrss, in KiB on Linux and BSD, bytes on macOS)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return round(rss / 2**20 if sys.platform == "darwin" else rss / 1024, 1)
    kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    return round(kib / 1024, 1)


def median_ms(fn, runs: int, budget_s: float = float("inf")) -> tuple[float, int]:
    """Median latency in ms over `runs` runs after a warm-up, and how many runs were made: a slow
    engine stops when the time budget is spent (its median is then over fewer runs)."""
    fn()  # warm-up
    times: list[float] = []
    start = time.perf_counter()
    while len(times) < runs and (not times or time.perf_counter() - start < budget_s):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 3), len(times)


def lineage_in_fresh_process(store_path: str, symbol: str, runs: int) -> tuple[float, int, float]:
    """The lineage median as a user meets it: a new process opening the built store read-only
    (`resgraph lineage`, `resgraph serve`), not the process that has just written 3 M quads; with
    the runs made and that process's own peak memory (own_peak_mib)."""
    from resgraph.graph import queries
    from resgraph.graph.store import GraphStore

    store = GraphStore(store_path, read_only=True)
    q = queries.load("lineage")
    params = q.bind({"symbol": symbol})
    ms, made = median_ms(lambda: store.query(q.text, params), runs)
    return ms, made, own_peak_mib()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tar", default=str(ROOT.parent / "shared" / "corpus-full" / "unxml-en.tar.xz"))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-validate", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--runs", type=int, default=100)
    ap.add_argument("--rdflib-runs", type=int, default=0, help="default: --runs")
    ap.add_argument("--rdflib-budget", type=float, default=600, help="seconds for the rdflib runs at most")
    ap.add_argument("--symbol", default=None, help="resolution for the lineage query (default: a recent GA one)")
    ap.add_argument("--json", default=None)
    args = ap.parse_args()

    from resgraph.graph import queries
    from resgraph.graph.build import build_store

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus"
        t0 = time.perf_counter()
        with tarfile.open(args.tar) as tf:
            members = [m for m in tf.getmembers() if m.isfile() and m.name.endswith(".xml")]
            members.sort(key=lambda m: m.name)
            if args.limit:
                members = members[: args.limit]
            tf.extractall(src, members=members, filter="data")
        unpack = time.perf_counter() - t0

        t0 = time.perf_counter()
        store, s = build_store([src], Path(tmp) / "store", workers=args.workers, check=not args.no_validate)
        build_s = time.perf_counter() - t0
        result = {
            "files": s.files,
            "loaded": s.loaded,
            "failed": len(s.failed),
            "failures": [(f.path, f.reason) for f in s.failed[:10]],
            "validated": not args.no_validate,
            "violations": s.violations,
            "warnings": s.warnings,
            "draft_links": s.draft_links,
            "unpack_s": round(unpack, 2),
            "build_s": round(build_s, 2),
            "workers": args.workers,
            "quads": s.store_quads,
            "triples_converted": s.triples_loaded,
            **peak_mib(),
        }

        symbol = args.symbol
        if symbol is None:  # the most recent GA resolution (the one that cites most, on that day)
            recent = queries.run(store, "recent-resolutions", {"organ": "GA"}) or queries.run(
                store, "recent-resolutions"
            )
            symbol = recent[0]["symbol"]
        q = queries.load("lineage")
        params = q.bind({"symbol": symbol})
        rows = store.query(q.text, params)
        in_build_ms, _ = median_ms(lambda: store.query(q.text, params), args.runs)
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            ox_ms, ox_runs, lineage_mib = pool.submit(
                lineage_in_fresh_process, str(Path(tmp) / "store"), symbol, args.runs
            ).result()
        print(json.dumps(result), file=sys.stderr, flush=True)
        result.update(
            {
                "lineage_symbol": symbol,
                "lineage_rows": len(rows),
                "oxigraph_lineage_median_ms": ox_ms,
                "oxigraph_runs": ox_runs,
                "oxigraph_lineage_median_ms_in_build_process": in_build_ms,
                "lineage_process_mib": lineage_mib,
            }
        )

        # the same data and query on rdflib's in-memory dataset
        from rdflib import Dataset, Literal, Variable

        t0 = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(data=store.dump("nq").decode("utf-8"), format="nquads")
        result["rdflib_load_s"] = round(time.perf_counter() - t0, 2)
        bindings = {Variable("symbol"): Literal(symbol)}
        # rdflib has no LATERAL (an evaluation-order hint); without the word the query is equivalent
        rd_text = q.text.replace("LATERAL", "")
        rd_rows = list(ds.query(rd_text, initBindings=bindings))
        rd_ms, rd_runs = median_ms(
            lambda: list(ds.query(rd_text, initBindings=bindings)), args.rdflib_runs or args.runs, args.rdflib_budget
        )
        result.update(
            {
                "rdflib_lineage_rows": len(rd_rows),
                "rdflib_lineage_median_ms": rd_ms,
                "rdflib_runs": rd_runs,
                "rdflib_over_oxigraph": round(rd_ms / ox_ms, 1) if ox_ms else None,
                # this process with rdflib's copy of the store loaded: not the build's figure
                "main_mib_with_rdflib": own_peak_mib(),
            }
        )
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n")


if __name__ == "__main__":
    sys.exit(main())
