"""Endpoint benchmark: `resgraph serve` beside Oxigraph's own server, on copies of one store.

    nice -n 10 .venv/bin/python benchmarks/serve.py --store /tmp/serve2-cf-store [--seconds 5]
        [--processes 1] [--workers 3] [--timeout 10] [--memory 1024] [--walks 100] [--json out.json]

Without --store it builds the store from --build (../shared/corpus-full, or /tmp/cf unpacked)
first. Both servers get a copy of the store (the original is never opened by them). The load
comes from benchmarks/load.py (keep-alive connections, raw asyncio), the same generator for both
servers in the same run. It takes about 8 minutes on 2 cores (without the build).

Measured in one run, each against both servers:
  1. a point query (one resolution's triples) at 1, 8 and 32 clients, two ways: *varied* (every
     request names another document of the corpus, from a list of thousands, after one warming
     pass over the list for each server; to resgraph with `Cache-Control: no-cache`, so every
     request reaches a query worker) and *repeated* (one identical request, which resgraph
     answers from its response cache);
  2. a lineage as a user gets it, at 1, 8 and 32 clients: the paged walk of resgraph's lineage
     view and `resgraph lineage` (resgraph.graph.lineage: symbol-known, then lineage-parents and
     lineage-children generation by generation, nearest first, depth 3, a page of 200 rows).
     Each turn is one whole walk of another GA resolution: its queries are recorded once on
     Oxigraph (the texts with their VALUES blocks) and the same texts are then POSTed
     (application/sparql-query) to both servers, one after the other on the connection, so the
     time of a turn is what the walk costs a user (after a warming pass of the walks for each
     server, as for the point queries: resgraph's query workers each remember rdflib's verdict
     on a query's shape, 60-80 ms of CPU the first time a worker sees a walk query). Beside it,
     labelled as such, the *whole closure* (the named query lineage, unbounded: what no page
     asks for) at 1 client;
  3. 4 heavy aggregate queries running in a loop while varied point probes (1 client) are timed;
  4. pathological queries (cartesian products): time to the answer, status, what the client
     reads, and the peak memory of the query processes.
Targets: varied point throughput at 8 clients >= half of Oxigraph's; varied point p99 < 50 ms
while the heavy queries run; every pathological query stopped at its timeout (+1 s, wall clock)
under its memory cap with a 503 whose reason the client can read; no 5xx on valid queries at any
concurrency. The machine's load average is printed with the table.

What counts: every answer a client got, at its status; a request still unanswered when its cell
ends is waited for (up to a minute) and counted; a broken connection counts as a non-2xx.
resgraph's limit (`--timeout`) is wall-clock seconds from when a query worker takes the query
(web/workers.py); a valid query that waits for a worker waits (up to `serve --queue-wait`, 30 s),
and only then, or when 256 requests already wait in an app process, is it refused with a 503,
which would count here as a 5xx on a valid query. The pathological queries are timed in
wall-clock seconds from the client (the target) and in CPU seconds of the process that ran them
(sampled every 50 ms).
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
import tarfile
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).parent))
import load  # noqa: E402 - benchmarks/load.py, beside this file

from resgraph.web.workers import cpu_seconds  # noqa: E402 - what the endpoint's limit counts

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


Walk = tuple[str, ...]  # the query texts of one lineage walk, sent one after the other


def drive(server: Server, queries: list[str] | list[Walk], clients: int, seconds: float, extra: dict[str, str]) -> dict:
    """load.py's run against `server`: turns/s, p50, p99 (ms), non-2xx and 5xx counts. A query
    text is a GET; a walk (a tuple of texts) is a turn of POSTs (application/sparql-query)."""
    base, _, path = server.url.rpartition("/")
    turns: list[load.Turn] = [
        tuple(load.Post(f"/{path}", t.encode(), "application/sparql-query") for t in q)
        if isinstance(q, tuple)
        else f"/{path}?query={quote(q)}"
        for q in queries
    ]
    return load.drive(base, turns, clients, seconds, {"Accept": JSON, **server.headers, **extra})


def record_walks(ox: Server, symbols: list[str]) -> list[Walk]:
    """The query texts of each symbol's paged lineage walk (resgraph.graph.lineage.walk, its
    default depth and page: what the lineage view runs), bound as `resgraph lineage --endpoint`
    binds them (VALUES blocks), recorded while Oxigraph answers them."""
    from resgraph.graph import lineage as lineage_walk
    from resgraph.graph import queries as named
    from resgraph.graph.remote import bind_values, python_value

    walks = []
    with httpx.Client(timeout=120) as client:
        for symbol in symbols:
            texts: list[str] = []

            def run(name: str, params: dict, texts: list[str] = texts) -> list[dict]:
                q = named.load(name)
                text, scalars = named.bind_lists(q.text, q.bind(params))
                texts.append(bind_values(text, scalars))
                r = client.post(ox.url, content=texts[-1].encode(), headers={
                    **ox.headers, "Content-Type": "application/sparql-query"})  # fmt: skip
                r.raise_for_status()
                drop = {p.name for p in q.params}
                return [
                    {k: python_value(v) for k, v in b.items() if k not in drop} for b in r.json()["results"]["bindings"]
                ]

            lineage_walk.walk(run, symbol)
            walks.append(tuple(texts))
    return walks


def heavy_with_probes(server: Server, points: list[str], seconds: float, probe_headers: dict[str, str]) -> dict:
    """4 heavy queries in a loop (one client each) while varied point probes are timed at 1 client."""
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
    probes = drive(server, points, 1, seconds, probe_headers)
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

    first: dict[int, float] = {p: c for p in pids if (c := cpu_seconds(p)) is not None}
    last = dict(first)
    th = threading.Thread(target=send)
    th.start()
    killed = False
    while th.is_alive():
        pids = [server.proc.pid, *descendants(server.proc.pid)]
        peak = max(peak, rss_mb(pids))
        for p in pids:
            if (c := cpu_seconds(p)) is not None:
                first.setdefault(p, c)
                last[p] = c
        if guard_mb and peak - base > guard_mb and not killed:
            os.killpg(server.proc.pid, signal.SIGKILL)
            killed = True
        time.sleep(0.05)
    th.join()
    # the CPU the query took: the process that spent most during it (a query worker; Oxigraph's
    # server is one process), as last seen every 50 ms before it was killed
    query_cpu = max((last[p] - first[p] for p in last), default=0.0)
    result.update(peak_extra_mb=round(peak - base), killed_by_benchmark=killed, cpu_seconds=round(query_cpu, 1))
    return result


def corpus_files(path: Path, work: Path) -> Path:
    """A folder of resolution files to build from: `path` itself, or its tarballs (corpus-full
    ships as unxml-en.tar.xz) unpacked under `work`."""
    tars = [path] if path.is_file() else sorted(path.glob("*.tar*"))
    if not tars:
        return path
    out = work / "corpus"
    for tar in tars:
        with tarfile.open(tar) as tf:
            tf.extractall(out, filter="data")
    return out


def loadavg() -> list[str]:
    """The machine's load average over 1, 5 and 15 minutes (it is shared: ratios matter)."""
    return Path("/proc/loadavg").read_text().split()[:3]


def settle(server: Server) -> None:
    """Wait until the server answers a trivial query again (Oxigraph goes on with the queries of
    a load run after their clients have gone), so one cell does not load the next."""
    for _ in range(120):
        try:
            if httpx.get(server.url, params={"query": "ASK {}"}, headers=server.headers, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass


NO_CACHE = {"Cache-Control": "no-cache"}


Cell = tuple[str, tuple[int, ...], list[str] | list[Walk], str | None]  # name, clients, varied, repeated


def load_table(rg: Server, ox: Server, cells: list[Cell], seconds: float, report: dict) -> list[str]:
    """Both servers at each number of clients, varied (no cache) and repeated (when given), for
    each query; a turn is one query, or one whole lineage walk."""
    lines = ["| query / clients / turns | server | turns/s | p50 ms | p99 ms | queries/s | non-2xx | 5xx |",
             "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for qname, counts, varied, repeated in cells:
        for clients in counts:
            modes: list[tuple[str, list]] = [("varied", varied)] + ([("repeated", [repeated])] if repeated else [])
            for mode, paths in modes:
                for label, server in (("resgraph", rg), ("oxigraph", ox)):
                    settle(server)
                    extra = NO_CACHE if server is rg and mode == "varied" else {}
                    r = drive(server, paths, clients, seconds, extra)
                    report["load"][f"{label}/{qname}/{clients}/{mode}"] = r
                    qps = round(r["requests"] / seconds)
                    lines.append(f"| {qname} / {clients} / {mode} | {label} | {r['rps']} | {r['p50']} | {r['p99']} | {qps} | {r['non2xx']} | {r['5xx']} |")  # fmt: skip
                    print(lines[-1], flush=True)
    return lines


def heavy_table(rg: Server, ox: Server, points: list[str], seconds: float, report: dict) -> list[str]:
    lines = [
        "| server | probe p50 ms | probe p99 ms | probe non-2xx | heavy answers | heavy 5xx |",
        "|---|---|---|---|---|---|",
    ]
    for label, server, extra in (("resgraph", rg, NO_CACHE), ("oxigraph", ox, {})):
        settle(server)
        r = heavy_with_probes(server, points, seconds, extra)
        report["heavy"][label] = r
        lines.append(f"| {label} | {r['p50']} | {r['p99']} | {r['non2xx']} | {r['heavy_done']} | {r['heavy_5xx']} |")
        print(lines[-1], flush=True)
    return lines


def pathological_table(rg: Server, oxt_cmd: list[str], oxt_url: str, timeout: float, report: dict) -> list[str]:
    lines = [
        "| server | query | seconds | CPU s | status | peak extra MB | what the client reads |",
        "|---|---|---|---|---|---|---|",
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
            lines.append(f"| {label} | {qname} | {r['seconds']} | {r['cpu_seconds']} | {r.get('status')} | {r['peak_extra_mb']} | {body} |")  # fmt: skip
            print(lines[-1], flush=True)
    return lines


def targets(report: dict, args: argparse.Namespace) -> dict:
    load = report["load"]
    ratio = load["resgraph/point/8/varied"]["rps"] / max(1, load["oxigraph/point/8/varied"]["rps"])
    ratio_rep = load["resgraph/point/8/repeated"]["rps"] / max(1, load["oxigraph/point/8/repeated"]["rps"])
    valid_5xx = sum(v["5xx"] for k, v in load.items() if k.startswith("resgraph"))
    heavy = report["heavy"]["resgraph"]
    patho = [v for k, v in report["pathological"].items() if k.startswith("resgraph/")]
    stopped = all(  # the limit is wall-clock seconds from when a worker took the query (web/workers.py)
        v.get("status") == 503
        and v["seconds"] <= args.timeout + 1
        and v["peak_extra_mb"] <= args.memory * args.workers * args.processes
        for v in patho
    )
    wall = max(v["seconds"] for v in patho)
    return {
        "point req/s at 8 clients, varied, >= half of Oxigraph's": f"{ratio:.2f}x (repeated, from the cache: {ratio_rep:.2f}x)",
        "point p99 ms under 4 heavy queries (varied, no cache; target < 50)": heavy["p99"],
        "pathological stopped within timeout +1 s (wall clock) with a 503, under the cap": f"{stopped} (longest {wall} s)",
        "5xx on valid queries (resgraph: load table, probes, heavy queries)": valid_5xx
        + heavy["5xx"]
        + heavy["heavy_5xx"],
    }


def sample(ox: Server, query: str, n: int) -> list[str]:
    """Values of the first variable of `query` on Oxigraph, at most n, spread over the answer."""
    rows = httpx.get(ox.url, params={"query": query}, headers=ox.headers, timeout=120).json()["results"]["bindings"]
    values = [next(iter(r.values()))["value"] for r in rows]
    step = max(1, len(values) // n)
    return values[::step][:n]


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
    # one app process with a query worker per core (resgraph serve's defaults on 2 cores): a point
    # query cost 0.95 ms of CPU in all that way, 1.1-1.3 ms with 2 processes of 2 or 3 workers
    # (more processes than cores: more context switches, each with its own caches cold)
    ap.add_argument("--processes", type=int, default=1, help="resgraph serve --processes")
    ap.add_argument("--workers", type=int, default=3, help="resgraph serve --workers (each process)")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--memory", type=int, default=1024)
    ap.add_argument("--symbol", default=None, help="resolution of the point and lineage queries")
    ap.add_argument("--walks", type=int, default=100, help="GA resolutions whose lineage walks are sent")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    began = time.monotonic()
    oxigraph = str(BIN / "oxigraph") if (BIN / "oxigraph").exists() else shutil.which("oxigraph")
    if oxigraph is None:
        raise SystemExit("benchmarks/serve.py needs Oxigraph's server: pip install oxigraph")
    work = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    servers: list[Server] = []
    try:
        store = args.store
        if store is None:
            store = work / "built"
            corpus = corpus_files(args.build, work)
            subprocess.run(
                [str(BIN / "resgraph"), "build", str(corpus), "--store", str(store), "--show", "0"], check=True
            )
        copies = {name: work / name for name in ("resgraph", "oxigraph", "oxigraph-timeout")}
        for copy in copies.values():
            shutil.copytree(store, copy)
        p1, p2, p3 = free_port(), free_port(), free_port()
        rg_cmd = [str(BIN / "resgraph"), "serve", "--store", str(copies["resgraph"]), "--port", str(p1),
                  "--workers", str(args.workers), "--timeout", str(args.timeout), "--memory", str(args.memory),
                  "--processes", str(args.processes)]  # fmt: skip
        servers.append(rg := Server("resgraph", rg_cmd, f"http://127.0.0.1:{p1}/sparql"))
        ox_cmd = [oxigraph, "serve-read-only", "--location", str(copies["oxigraph"]), "--bind", f"127.0.0.1:{p2}",
                  "--union-default-graph"]  # fmt: skip
        servers.append(ox := Server("oxigraph", ox_cmd, f"http://127.0.0.1:{p2}/query", {"Accept": JSON}))
        symbol = args.symbol or pick_symbol(rg)
        read = "?g <http://purl.org/dc/terms/subject> ?r . ?r rg:symbol ?s"  # documents read from files
        iris = sample(ox, PREFIXES + f"SELECT DISTINCT ?r WHERE {{ {read} }}", 5000)
        symbol_iri = sample(ox, PREFIXES + f'SELECT ?r WHERE {{ ?r rg:symbol "{symbol}" }}', 1)[0]
        symbols = sample(ox, PREFIXES + f'SELECT DISTINCT ?s WHERE {{ {read} FILTER(STRSTARTS(?s, "A/RES/")) }}', 500)
        point = "SELECT ?p ?o WHERE {{ <{}> ?p ?o }}"
        lineage_text = (ROOT / "src/resgraph/queries/lineage.rq").read_text()
        if "?res rg:symbol ?symbol ." not in lineage_text:  # where the symbol is bound below
            raise SystemExit("lineage.rq no longer binds ?res by `?res rg:symbol ?symbol .`: update serve.py")
        closure = lambda s: lineage_text.replace(  # noqa: E731
            "?res rg:symbol ?symbol .", f"VALUES ?symbol {{ {json.dumps(s)} }} ?res rg:symbol ?symbol ."
        )
        started = time.monotonic()
        walks = record_walks(ox, symbols[: args.walks])
        sizes = sorted(len(w) for w in walks)
        points = [point.format(i) for i in iris]
        cells: list[Cell] = [
            ("point", (1, 8, 32), points, point.format(symbol_iri)),
            ("lineage walk (depth 3, page 200)", (1, 8, 32), walks, None),
            (
                "lineage whole closure (unbounded lineage.rq; no page asks it)",
                (1,),
                [closure(s) for s in symbols],
                None,
            ),
        ]
        report: dict = {"symbol": symbol, "load": {}, "heavy": {}, "pathological": {}, "loadavg": []}
        report["loadavg"].append(loadavg())
        lines = [f"Point query and lineage; varied: {len(iris)} documents of the corpus (point), lineage walks of"
                 f" {len(walks)} GA resolutions ({sizes[0]}-{sizes[-1]} queries a walk, median {sizes[len(sizes) // 2]};"
                 f" recorded on Oxigraph in {time.monotonic() - started:.1f} s), closures of {len(symbols)} GA"
                 f" resolutions; resgraph with Cache-Control: no-cache; repeated: {symbol}; {args.seconds:g} s a cell;"
                 f" benchmarks/load.py; resgraph serve --processes {args.processes} --workers {args.workers};"
                 f" load average at start {' '.join(report['loadavg'][0])}", ""]  # fmt: skip
        for server in (rg, ox):  # one pass over the varied point queries and walks: caches warm in both
            drive(server, points, 8, args.seconds, NO_CACHE if server is rg else {})
            drive(server, walks, 8, args.seconds / 2, NO_CACHE if server is rg else {})
        lines += load_table(rg, ox, cells, args.seconds, report)
        lines += ["", "4 heavy queries in a loop + varied point probes at 1 client (resgraph: no cache):", ""]
        lines += heavy_table(rg, ox, points, args.seconds * 2, report)
        ox.stop()
        oxt_cmd = [oxigraph, "serve-read-only", "--location", str(copies["oxigraph-timeout"]), "--bind",
                   f"127.0.0.1:{p3}", "--union-default-graph", "--timeout-s", str(int(args.timeout))]  # fmt: skip
        lines += ["", f"Pathological queries (timeout {args.timeout:g} s; resgraph memory cap {args.memory} MB a query;"
                  f" Oxigraph with --timeout-s {int(args.timeout)}, killed by the benchmark past {OXIGRAPH_MEMORY_GUARD_MB} MB):", ""]  # fmt: skip
        lines += pathological_table(rg, oxt_cmd, f"http://127.0.0.1:{p3}/query", args.timeout, report)
        report["loadavg"].append(loadavg())
        report["targets"] = targets(report, args)
        lines += ["", f"Load average (1, 5, 15 min) at start {report['loadavg'][0]}, at end {report['loadavg'][1]}"]
        lines += ["", "Targets:"] + [f"- {k}: {v}" for k, v in report["targets"].items()]
        report["run_seconds"] = round(time.monotonic() - began)
        lines += ["", f"Run time of this benchmark: {report['run_seconds']} s"]
        print("\n" + "\n".join(lines))
        if args.json:
            args.json.write_text(json.dumps(report, indent=2))
    finally:
        for s in servers:
            s.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
