"""Scale benchmark: how the build, the store, the queries and a publish grow towards the whole UN
corpus (~40,000 resolutions), on resolutions synthesised from corpus-full.

Copy k of corpus-full (k = 0 is corpus-full itself) is renumbered 7k sessions and years back,
as if it were the resolutions of seven earlier years: in every symbol "SESSION/NUMBER" (GA, HRC,
and document symbols) SESSION becomes SESSION - 7k, in "YEAR/NUMBER" (ECOSOC) and "NUMBER (YEAR)"
(Security Council) YEAR becomes YEAR - 7k, and a Council NUMBER becomes NUMBER - 300k (both
wrapped into the valid range); the same rules rewrite the FRBR identifiers, the undocs.org links
and the running text, so a copy's citations point where the original's did, shifted alike. Each
copy's own resolutions are new symbols (the bands of seven sessions do not overlap for k <= 9),
and what a copy cites lands, as in the real corpus, on resolutions of earlier "years" (other
copies' texts), so lineage chains run deeper as N grows. Dates of adoption are kept. N
resolutions are the first N files of copies 0, 1, ...

For each N: build time and peak memory of the build's main process and of its largest worker
(in a child process, as `resgraph build` runs), store size on disk, median latency of lineage (of
the most recent GA resolution) and most-cited in a fresh read-only process, and the time to
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

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = Path("/tmp/cf")
DEFAULT_TAR = ROOT.parent / "shared" / "corpus-full" / "unxml-en.tar.xz"

_SLASH = re.compile(r"(?<![\w.-])(\d{1,4})/(\d{1,3})(?![\d/])")  # 67/186, 2012/14, 54/14 (and A/77/123)
_FRBR = re.compile(r"(?<=/)(\d{1,4})-(\d{1,3})(?=/)")  # FRBR 77-188/, 2022-15/
_SC_FRBR = re.compile(r"(?<=/)(\d{1,4})-((?:19|20)\d\d)(?=/)")  # FRBR 2674-2023/
_SC = re.compile(r"(?<![\w.-])(?<!\d/)(\d{1,4})(\s?\()((?:19|20)\d\d)(?=\))")  # 2674 (2023), S/RES/2674(2023)
_SC_BARE = re.compile(r"(?<=S/RES/)(\d{1,4})(?![\d\s(])")  # S/RES/2674


def _session(s: str, k: int) -> str:
    """A session (1-99) or a year (4 digits, from 1946) moved 7k back, wrapped into its range."""
    if len(s) == 4:
        return str(1946 + (int(s) - 1946 - 7 * k) % 80)
    return str((int(s) - 1 - 7 * k) % 99 + 1)


def _sc(n: str, k: int) -> str:
    return str((int(n) - 1 - 300 * k) % 9999 + 1)


def renumber(text: str, k: int) -> str:
    """Copy k of a resolution's text: every symbol renumbered by the same rules (see above)."""
    if k == 0:
        return text
    text = _SC_FRBR.sub(lambda m: f"{_sc(m[1], k)}-{_session(m[2], k)}", text)
    text = _FRBR.sub(lambda m: f"{_session(m[1], k)}-{m[2]}", text)
    text = _SC.sub(lambda m: f"{_sc(m[1], k)}{m[2]}{_session(m[3], k)}", text)
    text = _SC_BARE.sub(lambda m: _sc(m[1], k), text)
    return _SLASH.sub(lambda m: f"{_session(m[1], k)}/{m[2]}", text)


def sources(src: Path) -> list[tuple[str, bytes]]:
    """corpus-full's XML files (name, bytes), from the unpacked folder or else the tar."""
    if src.is_dir():
        return [(str(p.relative_to(src)), p.read_bytes()) for p in sorted(src.rglob("*.xml"))]
    with tarfile.open(src) as tf:
        members = sorted((m for m in tf.getmembers() if m.isfile() and m.name.endswith(".xml")), key=lambda m: m.name)
        return [(m.name, tf.extractfile(m).read()) for m in members]  # type: ignore[union-attr]


def synthesise(files: list[tuple[str, bytes]], n: int, out: Path) -> None:
    for i in range(n):
        k, (name, data) = divmod(i, len(files))[0], files[i % len(files)]
        p = out / f"copy{k}" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(renumber(data.decode("utf-8"), k), encoding="utf-8")


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

_LATENCY = """
import json, statistics, sys, time
from resgraph.graph import queries
from resgraph.graph.store import GraphStore
store = GraphStore(sys.argv[1], read_only=True)
runs = int(sys.argv[2])
recent = queries.run(store, "recent-resolutions", {"organ": "GA"})
symbol = recent[0]["symbol"]
edges = len(queries.run(store, "derivation-edges"))
def median(name, params):
    # wall time and this process's CPU time: on a loaded machine the first says more of the load
    queries.run(store, name, params)
    ts, cs = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        rows = queries.run(store, name, params)
        ts.append((time.perf_counter() - t) * 1000); cs.append((time.process_time() - c) * 1000)
    return round(statistics.median(ts), 1), round(statistics.median(cs), 1), len(rows)
lin, lin_cpu, rows = median("lineage", {"symbol": symbol})
mc, mc_cpu, _ = median("most-cited", {})
print(json.dumps({"symbol": symbol, "lineage_ms": lin, "lineage_cpu_ms": lin_cpu, "lineage_rows": rows,
  "most_cited_ms": mc, "most_cited_cpu_ms": mc_cpu, "edges": edges}))
"""


def _child(code: str, *args: str) -> dict:
    """Run code in a fresh interpreter (its own peak memory); its stderr passes through."""
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def publish_to_oxigraph(store: str, tmp: Path) -> dict:
    """Time to publish the store to a fresh Oxigraph server, and the server's peak memory."""
    from resgraph.graph.publish import publish, target
    from resgraph.graph.store import GraphStore

    port = _free_port()
    exe = Path(sys.executable).with_name("oxigraph")
    log = (tmp / "oxigraph.log").open("wb")
    server = subprocess.Popen(
        [str(exe), "serve", "--location", str(tmp / "target"), "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=log
    )
    try:
        url = f"http://127.0.0.1:{port}/query"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        t = time.perf_counter()
        r = publish(GraphStore(store, read_only=True), target(url))
        seconds = time.perf_counter() - t
        hwm = re.search(r"VmHWM:\s+(\d+)", Path(f"/proc/{server.pid}/status").read_text())
        return {
            "publish_s": round(seconds, 1),
            "published_graphs": r.sent,
            "publish_stale": len(r.stale),
            "server_mib": round(int(hwm[1]) / 1024) if hwm else None,
        }
    finally:
        server.terminate()
        server.wait(30)
        log.close()


def _load() -> str:
    """The machine's load average (1, 5, 15 minutes): the machine is shared, so times need it."""
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def du_mib(path: Path) -> int:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="4000,12000,40000")
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC if DEFAULT_SRC.is_dir() else DEFAULT_TAR)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--no-publish", action="store_true")
    ap.add_argument("--publish-max", type=int, default=0, help="publish only stores of at most N resolutions")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--keep", type=Path, help="keep the stores here (one folder per size)")
    args = ap.parse_args()
    files = sources(args.src)
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix=f"scale-{n}-") as d:
            tmp = Path(d)
            t = time.perf_counter()
            synthesise(files, n, tmp / "files")
            row: dict = {"n": n, "synth_s": round(time.perf_counter() - t, 1), "load_before": _load()}
            store = args.keep / f"store-{n}" if args.keep else tmp / "store"
            if store.exists():
                shutil.rmtree(store)
            row |= _child(_BUILD, str(tmp / "files"), str(store), str(args.workers))
            row["load_after_build"] = _load()
            row["store_mib"] = du_mib(store)
            row |= _child(_LATENCY, str(store), str(args.runs))
            if not args.no_publish and (not args.publish_max or n <= args.publish_max):
                row |= publish_to_oxigraph(str(store), tmp)
                row["load_after_publish"] = _load()
            print(json.dumps(row), file=sys.stderr, flush=True)
            rows.append(row)
            if args.json:  # after each size: a long run cut short keeps what it measured
                args.json.write_text(json.dumps(rows, indent=1) + "\n")
    cols = [
        "n",
        "build_s",
        "cpu_s",
        "load_after_build",
        "main_mib",
        "worker_mib",
        "quads",
        "store_mib",
        "edges",
        "lineage_ms",
        "most_cited_ms",
    ]
    cols += [] if args.no_publish else ["publish_s", "server_mib"]
    print("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(r.get(c, "")) for c in cols) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
