"""Scale benchmark: how the build, the store, the queries and a publish grow towards the whole UN
corpus (~40,000 resolutions), on resolutions synthesised from corpus-full.

Copy k of corpus-full is renumbered 7k sessions and years back, as if it were the resolutions of
seven earlier years, so that each copy's citation network has corpus-full's shape and the copies
do not cite each other (benchmarks/synth.py says how). N resolutions are the first N files of
copies 0, 1, ...

For each N: build time and peak memory of the build's main process and of its largest worker
(in a child process, as `resgraph build` runs), store size on disk, median latency of lineage (of
the most recent GA resolution, as `resgraph lineage` gives it: the first page, 3 generations each
way; and the whole closure, the named query lineage, once; the resolution, of the highest GA
session and latest adopted in it, and its date are in the output) and most-cited in a fresh read-only
process, and the time to
publish the store to Oxigraph's server (`oxigraph serve`, pip `oxigraph`) and that server's peak
memory.

    nice -n 10 .venv/bin/python benchmarks/scale.py [--sizes 4000,12000,40000] [--src /tmp/cf]
        [--workers 2] [--runs 20] [--no-publish | --publish-max N] [--json out.json] [--keep DIR]

Targets: peak memory < 4 GB at 40,000; build time growing no faster than linearly; lineage of
a recent resolution < 50 ms at 40,000.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import synthesise  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = Path("/tmp/cf")
DEFAULT_TAR = ROOT.parent / "shared" / "corpus-full" / "unxml-en.tar.xz"


def source_dir(src: Path, tmp: Path) -> Path:
    """corpus-full's XML files: the unpacked folder, or else the tar unpacked under tmp."""
    if src.is_dir():
        return src
    out = tmp / "corpus-full"
    with tarfile.open(src) as tf:
        tf.extractall(out, filter="data")
    return out


_BUILD = """
import json, os, resource, sys, time
from resgraph.graph.build import build
t = time.perf_counter()
def cpu():
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return round(me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime)
def progress(stage, done, total, seen=set()):
    # to stderr as it goes: a run cut short still shows its pace and its memory
    if stage != "building" or done % 1000 == 0 or done == total:
        if (stage, done) not in seen:
            seen.add((stage, done))
            rss = open("/proc/self/status").read().split("VmRSS:")[1].split()[0]
            print(f"{time.perf_counter() - t:.0f}s cpu {cpu()}s {stage} {done}/{total} rss {int(rss) // 1024} MiB "
                  f"load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
r = build([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]), progress=progress)
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"build_s": round(time.perf_counter() - t, 1), "loaded": r.loaded, "failed": len(r.failed),
  "cpu_s": round(me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, 1),
  "main_cpu_s": round(me.ru_utime + me.ru_stime, 1), "draft_links": r.draft_links,
  "quads": r.store_quads, "duplicates": len(r.duplicates),
  "main_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
  "worker_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}))
"""

_LATENCY = r"""
import json, re, resource, statistics, sys, time
from resgraph.graph import queries
from resgraph.graph.lineage import lineage
from resgraph.graph.store import GraphStore
store = GraphStore(sys.argv[1], read_only=True)
runs = int(sys.argv[2])
# the most recent GA resolution: of the highest session, the latest adopted (then the highest
# number). Ordering by adoption date alone picked A/RES/66/264 at 12,000 (dates tie between copies)
def recency(row):
    m = re.fullmatch(r"A/RES/(\d+)/(\d+)", str(row.get("symbol") or ""))
    return (int(m[1]), str(row.get("adopted") or ""), int(m[2])) if m else (-1, "", -1)
newest = max(queries.run(store, "documents", {"organ": "GA"}), key=recency)
symbol, adopted = newest["symbol"], str(newest.get("adopted") or "")
edges = len(queries.run(store, "derivation-edges"))
def median(call):
    # wall time and this process's CPU time: on a loaded machine the first says more of the load
    call()
    ts, cs = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        out = call()
        ts.append((time.perf_counter() - t) * 1000); cs.append((time.process_time() - c) * 1000)
    return round(statistics.median(ts), 1), round(statistics.median(cs), 1), out
lin, lin_cpu, page = median(lambda: lineage(store, symbol))
mc, mc_cpu, _ = median(lambda: queries.run(store, "most-cited", {}))
t = time.perf_counter()
whole = queries.run(store, "lineage", {"symbol": symbol})  # the whole closure, once: how deep the network is
whole_ms = round((time.perf_counter() - t) * 1000)
print(json.dumps({"symbol": symbol, "adopted": adopted, "lineage_ms": lin, "lineage_cpu_ms": lin_cpu, "lineage_rows": len(page.rows),
  "lineage_generations": page.generations, "lineage_more": page.more, "lineage_deeper": page.deeper,
  "lineage_all_rows": len(whole), "lineage_all_ms": whole_ms,
  "most_cited_ms": mc, "most_cited_cpu_ms": mc_cpu, "edges": edges,
  "query_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""


BUILD_KEYS = {
    "n",
    "synth_s",
    "files",
    "load_before_synth",
    "load_before_build",
    "build_s",
    "loaded",
    "failed",
    "cpu_s",
    "main_cpu_s",
    "cpu_per_1000",
    "main_cpu_per_1000",
    "draft_links",
    "quads",
    "duplicates",
    "main_mib",
    "worker_mib",
    "load_after_build",
    "store_mib",
}


def _child(code: str, *args: str) -> dict:
    """Run code in a fresh interpreter (its own peak memory); its stderr passes through."""
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_PUBLISH = """
import json, resource, sys, time
from resgraph.graph.publish import publish, target
from resgraph.graph.store import GraphStore
t = time.perf_counter()
r = publish(GraphStore(sys.argv[1], read_only=True), target(sys.argv[2]))
me = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"publish_s": round(time.perf_counter() - t, 1), "published_graphs": r.sent,
  "publish_stale": len(r.stale), "publish_cpu_s": round(me.ru_utime + me.ru_stime, 1),
  "publish_mib": round(me.ru_maxrss / 1024)}))
"""


def publish_to_oxigraph(store: str, tmp: Path) -> dict:
    """Time to publish the store to a fresh Oxigraph server (in a child process, as `resgraph
    publish` runs), the child's and the server's peak memory."""
    port = _free_port()
    exe = Path(sys.executable).with_name("oxigraph")
    log = (tmp / "oxigraph.log").open("wb")
    server = subprocess.Popen(
        [str(exe), "serve", "--location", str(tmp / "target"), "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=log
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        row = {"load_before_publish": _load()}
        row |= _child(_PUBLISH, store, f"http://127.0.0.1:{port}/query")
        hwm = re.search(r"VmHWM:\s+(\d+)", Path(f"/proc/{server.pid}/status").read_text())
        row["server_mib"] = round(int(hwm[1]) / 1024) if hwm else None
        row["server_cpu_s"] = _cpu_of(server.pid)
        row["target_mib"] = du_mib(tmp / "target")
        return row
    finally:
        server.terminate()
        server.wait(30)
        log.close()


def _cpu_of(pid: int) -> float:
    """CPU seconds (user + system) a running process has used so far (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 1)


def _load() -> str:
    """The machine's load average (1, 5, 15 minutes): the machine is shared, so times need it."""
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def du_mib(path: Path) -> int:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20)


def build_row(n: int, args: argparse.Namespace, tmp: Path, store: Path) -> dict:
    """Synthesise n resolutions and build them (the build's figures, with the load around it)."""
    row: dict = {"n": n, "load_before_synth": _load()}
    t = time.perf_counter()
    written = synthesise(source_dir(args.src, tmp), n, tmp / "files", args.workers)
    row |= {"synth_s": round(time.perf_counter() - t, 1), "files": written, "load_before_build": _load()}
    if store.exists():
        shutil.rmtree(store)
    row |= _child(_BUILD, str(tmp / "files"), str(store), str(args.workers))
    row["cpu_per_1000"] = round(row["cpu_s"] * 1000 / n, 1)
    row["main_cpu_per_1000"] = round(row["main_cpu_s"] * 1000 / n, 1)
    row["load_after_build"] = _load()
    row["store_mib"] = du_mib(store)
    return row


COLUMNS = [
    "n",
    "synth_s",
    "build_s",
    "cpu_s",
    "main_cpu_s",
    "cpu_per_1000",
    "main_cpu_per_1000",
    "load_after_build",
    "main_mib",
    "worker_mib",
    "quads",
    "store_mib",
    "edges",
    "query_mib",
    "symbol",
    "adopted",
    "lineage_ms",
    "lineage_cpu_ms",
    "lineage_rows",
    "lineage_all_rows",
    "lineage_all_ms",
    "most_cited_ms",
    "most_cited_cpu_ms",
    "load_after_queries",
]
PUBLISH_COLUMNS = [
    "load_before_publish",
    "publish_s",
    "publish_cpu_s",
    "server_cpu_s",
    "publish_mib",
    "server_mib",
    "load_after_publish",
]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="4000,12000,40000")
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC if DEFAULT_SRC.is_dir() else DEFAULT_TAR)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--no-publish", action="store_true")
    ap.add_argument("--publish-max", type=int, default=0, help="publish only stores of at most N resolutions")
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--keep", type=Path, help="keep the stores here (store-N), with their build's figures (store-N.json)"
    )
    ap.add_argument("--reuse", action="store_true", help="with --keep: measure a kept store again, not rebuilding it")
    args = ap.parse_args()
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix=f"scale-{n}-") as d:
            tmp = Path(d)
            store = args.keep / f"store-{n}" if args.keep else tmp / "store"
            saved = args.keep / f"store-{n}.json" if args.keep else None
            if args.reuse and saved and saved.is_file() and store.is_dir():
                row = {k: v for k, v in json.loads(saved.read_text()).items() if k in BUILD_KEYS}
            else:
                row = build_row(n, args, tmp, store)
                if saved:
                    saved.write_text(json.dumps(row, indent=1) + "\n")
            row["load_before_queries"] = _load()
            row |= _child(_LATENCY, str(store), str(args.runs))
            row["load_after_queries"] = _load()
            print(json.dumps(row), file=sys.stderr, flush=True)  # before a publish that may not finish
            if not args.no_publish and (not args.publish_max or n <= args.publish_max):
                row |= publish_to_oxigraph(str(store), tmp)
                row["load_after_publish"] = _load()
            print(json.dumps(row), file=sys.stderr, flush=True)
            rows.append(row)
            if args.json:  # after each size: a long run cut short keeps what it measured
                args.json.write_text(json.dumps(rows, indent=1) + "\n")
    cols = COLUMNS + ([] if args.no_publish else PUBLISH_COLUMNS)
    print("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(r.get(c, "")) for c in cols) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
