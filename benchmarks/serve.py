"""Endpoint benchmark: `resgraph serve` beside Oxigraph's own server, on copies of one store.

    .venv/bin/python benchmarks/serve.py [--store /tmp/endpoint-store] [--build ../shared/corpus-full]
        [--seconds 5] [--workers 6] [--timeout 10] [--memory 1024] [--json out.json]

Without --store it builds the store from --build (corpus-full) first. Both servers get a copy of
the store (the original is never opened by them). The load comes from Debian's `hey`.

Measured in one run, each against both servers:
  1. a point query (one resolution's triples) and the lineage query at 1, 8 and 32 clients;
     resgraph twice: as clients meet it (repeated GETs come from its response cache) and with
     `Cache-Control: no-cache` (every request goes to a query worker);
  2. 4 heavy aggregate queries running in a loop while point probes (1 client) are timed;
  3. pathological queries (cartesian products): time to the answer, status, what the client
     reads, and the peak memory of the query processes.
Targets: point throughput at 8 clients >= half of Oxigraph's; point p99 < 50 ms while the heavy
queries run; every pathological query stopped at its timeout (+1 s) under its memory cap with a
503 whose reason the client can read; no 5xx on valid queries at any concurrency.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
RG = "https://w3id.org/resgraph/ontology#"
PREFIXES = (
    f"PREFIX rg: <{RG}> PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX cito: <http://purl.org/spar/cito/>\n"
)
HEAVY = [  # each 1-3.5 s alone on corpus-full (2.87 M quads)
    PREFIXES + "SELECT ?fn (COUNT(*) AS ?n) WHERE { ?c cito:hasCitingEntity ?x ; rg:hasFunction ?fn } GROUP BY ?fn",
    PREFIXES
    + "SELECT ?v (COUNT(*) AS ?n) WHERE { ?m rg:mandateVerb ?v ; rg:addressee ?a } GROUP BY ?v ORDER BY DESC(?n)",
    PREFIXES
    + "SELECT ?y (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r eli:cites ?x ; eli:date_document ?d BIND(YEAR(?d) AS ?y) } GROUP BY ?y",
    "SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t",
]
PATHOLOGICAL = {
    "cartesian of typed nodes (CPU)": "SELECT (COUNT(*) AS ?n) WHERE { ?a a ?t . ?b a ?u }",
    "cartesian count": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }",
    "cartesian ORDER BY": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
    "cartesian DISTINCT": "SELECT DISTINCT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f }",
}
JSON = "application/sparql-results+json"
OXIGRAPH_MEMORY_GUARD_MB = 3000  # the machine is shared: an Oxigraph past this is killed by the benchmark


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(url: str, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server ended early: {proc.args}")
        try:
            httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=5)
            return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise SystemExit(f"server did not answer: {proc.args}")


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
    return total / 2**20


def descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    kids = [int(x) for x in f.read().split()]
                out.extend(kids)
                todo.extend(kids)
        except OSError:
            pass
    return out


class Server:
    def __init__(self, name: str, cmd: list[str], url: str, headers: dict[str, str] | None = None):
        self.name, self.url, self.headers = name, url, headers or {}
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_up(url, self.proc)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def hey(url: str, query: str, clients: int, seconds: float, headers: dict[str, str]) -> dict:
    """hey's run, summarised from its per-request CSV: requests/s, p50, p99 (ms), non-2xx count."""
    cmd = ["hey", "-z", f"{seconds}s", "-c", str(clients), "-o", "csv"]
    for k, v in {"Accept": "application/sparql-results+json", **headers}.items():
        cmd += ["-H", f"{k}: {v}"]
    out = subprocess.run([*cmd, f"{url}?query={quote(query)}"], capture_output=True, text=True, check=True).stdout
    times, bad = [], 0
    for line in out.splitlines()[1:]:
        f = line.split(",")
        if len(f) < 7:
            continue
        times.append(float(f[0]) * 1000)
        bad += not f[6].startswith("2")
    times.sort()
    pct = lambda p: round(times[min(len(times) - 1, int(p * len(times)))], 1) if times else None  # noqa: E731
    return {"rps": round(len(times) / seconds), "p50": pct(0.5), "p99": pct(0.99), "non2xx": bad, "n": len(times)}


def heavy_with_probes(server: Server, point: str, seconds: float, probe_headers: dict[str, str]) -> dict:
    """4 heavy queries in a loop (one client each) while hey times point probes at 1 client."""
    stop = threading.Event()
    statuses: list[int] = []

    def loop(q: str) -> None:
        with httpx.Client(timeout=120) as c:
            while not stop.is_set():
                headers = {**server.headers, "Cache-Control": "no-cache"}  # heavy every time, never from a cache
                statuses.append(c.get(server.url, params={"query": q}, headers=headers).status_code)

    threads = [threading.Thread(target=loop, args=(q,)) for q in HEAVY]
    for t in threads:
        t.start()
    time.sleep(1.0)  # the heavy queries are running
    probes = hey(server.url, point, 1, seconds, {**server.headers, **probe_headers})
    stop.set()
    for t in threads:
        t.join()
    probes["heavy_done"] = len(statuses)
    probes["heavy_5xx"] = sum(s >= 500 for s in statuses)
    return probes


def pathological(server: Server, query: str, timeout: float, guard_mb: float | None) -> dict:
    """Send one pathological query; time, status, what the client can read, peak RSS of the
    server's processes (killing Oxigraph past guard_mb so the shared machine survives)."""
    pids = [server.proc.pid, *descendants(server.proc.pid)]
    base = rss_mb(pids)
    peak, result = base, {}

    def send() -> None:
        t = time.monotonic()
        try:
            r = httpx.get(server.url, params={"query": query}, headers=server.headers, timeout=timeout + 30)
            body = r.text
            result.update(status=r.status_code, body=body[:120].strip(), complete=body.rstrip().endswith("}"))
        except httpx.HTTPError as e:
            result.update(status=None, body=f"{type(e).__name__}: {e}"[:120])
        result["seconds"] = round(time.monotonic() - t, 2)

    th = threading.Thread(target=send)
    th.start()
    killed = False
    while th.is_alive():
        pids = [server.proc.pid, *descendants(server.proc.pid)]
        peak = max(peak, rss_mb(pids))
        if guard_mb and peak - base > guard_mb and not killed:
            os.killpg(server.proc.pid, signal.SIGKILL)
            killed = True
        time.sleep(0.05)
    th.join()
    result.update(peak_extra_mb=round(peak - base), killed_by_benchmark=killed)
    return result


def row(label: str, r: dict) -> str:
    return f"| {label} | {r['rps']} | {r['p50']} | {r['p99']} | {r['non2xx']} |"


def settle(server: Server) -> None:
    """Wait until the server answers a trivial query again (Oxigraph goes on with the queries of
    a load run after their clients have gone), so one cell does not load the next."""
    for _ in range(120):
        try:
            if httpx.get(server.url, params={"query": "ASK {}"}, headers=server.headers, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass


def load_table(rg: Server, ox: Server, point: str, lineage: str, seconds: float, report: dict) -> list[str]:
    lines = ["| server / query / clients | req/s | p50 ms | p99 ms | non-2xx |", "|---|---|---|---|---|"]
    for qname, query in (("point", point), ("lineage", lineage)):
        for clients in (1, 8, 32):
            for label, server, extra in (
                ("resgraph", rg, {}),
                ("resgraph no-cache", rg, {"Cache-Control": "no-cache"}),
                ("oxigraph", ox, {}),
            ):
                settle(server)
                r = hey(server.url, query, clients, seconds, {**server.headers, **extra})
                report["load"][f"{label}/{qname}/{clients}"] = r
                lines.append(row(f"{label} / {qname} / {clients}", r))
                print(lines[-1], flush=True)
    return lines


def heavy_table(rg: Server, ox: Server, point: str, seconds: float, report: dict) -> list[str]:
    lines = [
        "| server | probe p50 ms | probe p99 ms | probe non-2xx | heavy answers | heavy 5xx |",
        "|---|---|---|---|---|---|",
    ]
    for label, server, extra in (
        ("resgraph no-cache", rg, {"Cache-Control": "no-cache"}),
        ("resgraph", rg, {}),
        ("oxigraph", ox, {}),
    ):
        settle(server)
        r = heavy_with_probes(server, point, seconds, extra)
        report["heavy"][label] = r
        lines.append(f"| {label} | {r['p50']} | {r['p99']} | {r['non2xx']} | {r['heavy_done']} | {r['heavy_5xx']} |")
        print(lines[-1], flush=True)
    return lines


def pathological_table(rg: Server, oxt_cmd: list[str], oxt_url: str, timeout: float, report: dict) -> list[str]:
    lines = [
        "| server | query | seconds | status | peak extra MB | what the client reads |",
        "|---|---|---|---|---|---|",
    ]
    for qname, query in PATHOLOGICAL.items():
        for label in ("resgraph", "oxigraph --timeout-s"):
            server = rg if label == "resgraph" else Server(label, oxt_cmd, oxt_url, {"Accept": JSON})
            settle(server)
            r = pathological(server, query, timeout, None if server is rg else OXIGRAPH_MEMORY_GUARD_MB)
            if server is not rg:
                server.stop()
            report["pathological"][f"{label}/{qname}"] = r
            body = r["body"].replace("|", "/").replace("\n", " ")
            if r.get("status") == 200 and not r.get("complete"):
                body = "200 with a truncated body: " + body[:60]
            if r["killed_by_benchmark"]:
                body = "killed by the benchmark (memory guard)"
            lines.append(f"| {label} | {qname} | {r['seconds']} | {r.get('status')} | {r['peak_extra_mb']} | {body} |")
            print(lines[-1], flush=True)
    return lines


def targets(report: dict, args: argparse.Namespace) -> dict:
    load = report["load"]
    ratio = load["resgraph/point/8"]["rps"] / max(1, load["oxigraph/point/8"]["rps"])
    ratio_nc = load["resgraph no-cache/point/8"]["rps"] / max(1, load["oxigraph/point/8"]["rps"])
    valid_5xx = sum(v["non2xx"] for k, v in load.items() if k.startswith("resgraph"))
    patho = [v for k, v in report["pathological"].items() if k.startswith("resgraph/")]
    stopped = all(
        v.get("status") == 503 and v["seconds"] <= args.timeout + 1 and v["peak_extra_mb"] <= args.memory * args.workers
        for v in patho
    )
    return {
        "point req/s at 8 clients >= half of Oxigraph's": f"{ratio:.2f}x (no-cache: {ratio_nc:.2f}x)",
        "point p99 ms under 4 heavy queries (no-cache; target < 50)": report["heavy"]["resgraph no-cache"]["p99"],
        "pathological stopped at timeout +1 s with a 503, under the cap": stopped,
        "5xx on valid queries (resgraph, load table)": valid_5xx,
        "5xx of heavy queries (resgraph no-cache run)": report["heavy"]["resgraph no-cache"]["heavy_5xx"],
    }


def pick_symbol(rg: Server) -> str:
    """The most recent GA resolution (as benchmarks/build.py picks for its lineage)."""
    base = rg.url.rsplit("/", 1)[0]
    rows = httpx.get(base + "/queries/recent-resolutions", params={"organ": "GA"}, timeout=120).json()["rows"]
    return str(rows[0]["symbol"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, default=None, help="a built store (copied, never opened itself)")
    ap.add_argument("--build", type=Path, default=ROOT.parent / "shared" / "corpus-full", help="corpus to build from")
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--workers", type=int, default=6)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--memory", type=int, default=1024)
    ap.add_argument("--symbol", default=None, help="resolution of the point and lineage queries")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    if shutil.which("hey") is None:
        raise SystemExit("benchmarks/serve.py needs Debian's `hey` (apt-get install hey)")
    oxigraph = str(BIN / "oxigraph") if (BIN / "oxigraph").exists() else shutil.which("oxigraph")
    if oxigraph is None:
        raise SystemExit("benchmarks/serve.py needs Oxigraph's server: pip install oxigraph")
    work = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    servers: list[Server] = []
    try:
        store = args.store
        if store is None:
            store = work / "built"
            subprocess.run([str(BIN / "resgraph"), "build", str(args.build), "--store", str(store)], check=True)
        copies = {name: work / name for name in ("resgraph", "oxigraph", "oxigraph-timeout")}
        for copy in copies.values():
            shutil.copytree(store, copy)
        p1, p2, p3 = free_port(), free_port(), free_port()
        rg_cmd = [str(BIN / "resgraph"), "serve", "--store", str(copies["resgraph"]), "--port", str(p1),
                  "--workers", str(args.workers), "--timeout", str(args.timeout), "--memory", str(args.memory)]  # fmt: skip
        servers.append(rg := Server("resgraph", rg_cmd, f"http://127.0.0.1:{p1}/sparql"))
        ox_cmd = [oxigraph, "serve-read-only", "--location", str(copies["oxigraph"]), "--bind", f"127.0.0.1:{p2}",
                  "--union-default-graph"]  # fmt: skip
        servers.append(ox := Server("oxigraph", ox_cmd, f"http://127.0.0.1:{p2}/query", {"Accept": JSON}))
        symbol = args.symbol or pick_symbol(rg)
        rows = httpx.get(
            ox.url,
            params={"query": PREFIXES + f'SELECT ?r WHERE {{ ?r rg:symbol "{symbol}" }} LIMIT 1'},
            headers=ox.headers,
        ).json()["results"]["bindings"]
        point = f"SELECT ?p ?o WHERE {{ <{rows[0]['r']['value']}> ?p ?o }}"
        lineage = (ROOT / "src/resgraph/queries/lineage.rq").read_text()
        lineage = lineage.replace(
            "?res rg:symbol ?symbol .", f'VALUES ?symbol {{ "{symbol}" }} ?res rg:symbol ?symbol .'
        )
        report: dict = {"symbol": symbol, "load": {}, "heavy": {}, "pathological": {}}
        lines = [f"Point query and lineage of {symbol}; {args.seconds:g} s per cell; hey; 2 cores shared", ""]
        lines += load_table(rg, ox, point, lineage, args.seconds, report)
        lines += ["", f"4 heavy queries in a loop + point probes at 1 client ({args.workers} resgraph workers):", ""]
        lines += heavy_table(rg, ox, point, args.seconds * 2, report)
        ox.stop()
        oxt_cmd = [oxigraph, "serve-read-only", "--location", str(copies["oxigraph-timeout"]), "--bind",
                   f"127.0.0.1:{p3}", "--union-default-graph", "--timeout-s", str(int(args.timeout))]  # fmt: skip
        lines += ["", f"Pathological queries (timeout {args.timeout:g} s; resgraph memory cap {args.memory} MB a query;"
                  f" Oxigraph with --timeout-s {int(args.timeout)}, killed by the benchmark past {OXIGRAPH_MEMORY_GUARD_MB} MB):", ""]  # fmt: skip
        lines += pathological_table(rg, oxt_cmd, f"http://127.0.0.1:{p3}/query", args.timeout, report)
        report["targets"] = targets(report, args)
        lines += ["", "Targets:"] + [f"- {k}: {v}" for k, v in report["targets"].items()]
        print("\n" + "\n".join(lines))
        if args.json:
            args.json.write_text(json.dumps(report, indent=2))
    finally:
        for s in servers:
            s.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
