"""Publish a whole store (corpus-full's) to Oxigraph's server and to Virtuoso, and show that the
target then holds what the store holds.

For each server, started empty in a temporary folder on a free loopback port (tests/servers.py):

1. publish: time, graphs sent, every graph's triple count on the target against the store's;
2. every named query (with the parameters tests/test_publish.py gives them) run in the store and
   on the target: rows equal as multisets, or the reason they are not compared (Virtuoso's
   10,000-row cap: then the target's rows must be a part of the store's; Virtuoso's own system
   graphs in the dataset-wide counts);
3. a second publish, unchanged: sends nothing;
4. one file changed (a word of a paragraph) and built into a copy of the store: the publish of
   that copy sends the graphs that changed, and only those;
5. the target emptied, a publish (`resgraph publish`, a separate process) killed once the
   manifest vouches for a quarter of the graphs, then run again: every graph of the target
   equals the store's, triple by triple (Virtuoso stores an xsd:duration as its months, so there
   only the presence of such a triple is compared), and the manifest equals the store's state.

    nice -n 10 .venv/bin/python benchmarks/publish.py --store STORE --files /tmp/cf \\
        [--servers oxigraph,virtuoso] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402
from tests.servers import Server, start_oxigraph, start_virtuoso  # noqa: E402
from tests.test_publish import DATASET_WIDE, EXTRA, PARAMS, _normal, _triples, _without_durations  # noqa: E402

from resgraph.graph import queries  # noqa: E402
from resgraph.graph.build import build  # noqa: E402
from resgraph.graph.iris import Minter  # noqa: E402
from resgraph.graph.publish import _Client, local_state, publish, read_manifest, target  # noqa: E402
from resgraph.graph.remote import VIRTUOSO_MAX_ROWS, Endpoint  # noqa: E402
from resgraph.graph.store import GraphStore  # noqa: E402

WORD = (" important ", " significant ")  # a word of a paragraph changed, in the first file that has it


def _target(s: Server):
    pw = s.password_file.read_text().strip() if s.password_file else None
    return target(s.endpoint, user=s.user, password=pw)


def _hwm(pid: int) -> int | None:
    m = re.search(r"VmHWM:\s+(\d+)", Path(f"/proc/{pid}/status").read_text())
    return round(int(m[1]) / 1024) if m else None


def changed_copy(store: Path, files: Path, tmp: Path) -> tuple[Path, str]:
    """A copy of the store with one file changed (a word of a paragraph replaced) built in."""
    copy = tmp / "changed-store"
    shutil.copytree(store, copy)
    for p in sorted(files.rglob("*.xml")):
        text = p.read_text(encoding="utf-8")
        if WORD[0] in text:
            out = tmp / "changed" / p.relative_to(files)
            out.parent.mkdir(parents=True)
            out.write_text(text.replace(WORD[0], WORD[1], 1), encoding="utf-8")
            build([out], copy, workers=1)
            return copy, str(p.relative_to(files))
    raise SystemExit(f"no file under {files} has {WORD[0]!r}")


def compare_queries(st: GraphStore, s: Server) -> dict[str, str]:
    """Each named query's verdict on this server: equal, capped (part of the store's rows), skipped
    (why), or DIFFERENT."""
    endpoint = Endpoint(s.endpoint, s.name)
    out = {}
    for name in sorted(queries.available()):
        if name in DATASET_WIDE and s.name == "virtuoso":
            out[name] = "skipped: counts over every graph, Virtuoso's own system graphs included"
            continue
        verdicts = []
        for params in [PARAMS.get(name, {})] + [p for n, p in EXTRA if n == name]:
            here = queries.run(st, name, params)
            try:
                there = queries.run_remote(endpoint, name, params)
            except Exception as e:  # noqa: BLE001 - the table says what the server answered
                verdicts.append(f"ERROR {str(e)[:80]}")
                continue
            text = queries.load(name).text
            if name == "void-properties":  # the target holds the manifest too: a hash and a count per graph
                from resgraph.graph.publish import GRAPH_HASH, VOID_TRIPLES

                for r in here:
                    r["triples"] += len(st.graphs()) if r.get("property") in (GRAPH_HASH, VOID_TRIPLES) else 0
            if s.name == "virtuoso":  # Virtuoso keeps an xsd:duration as a number ("P3Y" is "36")
                here, there = _without_durations(here), _without_durations(there)
            if s.name == "virtuoso" and len(here) > VIRTUOSO_MAX_ROWS:
                part = len(there) == VIRTUOSO_MAX_ROWS and not (_normal(there, text) - _normal(here, text))
                verdicts.append(f"capped: {len(there)} of {len(here)} rows, all the store's" if part else "DIFFERENT")
            else:
                same = _normal(there, text) == _normal(here, text)
                verdicts.append(f"equal ({len(here)} rows)" if same else f"DIFFERENT ({len(there)} vs {len(here)})")
        out[name] = "; ".join(verdicts)
    return out


def kill_and_rerun(store: Path, s: Server) -> dict:
    """Empty the target, kill a publish once a quarter is vouched for, publish again, compare."""
    t = _target(s)
    st = GraphStore(store, read_only=True)
    local = local_state(st)
    client = _Client(t)
    manifest = Minter().publication_graph()
    for g in set(local) | set(read_manifest(client, manifest)) | {manifest}:
        client.delete(g)
    cmd = [sys.executable, "-m", "resgraph", "publish", "--endpoint", s.endpoint, "--store", str(store)]
    proc = subprocess.Popen([*cmd, *s.auth_args()], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    vouched = 0
    try:
        while proc.poll() is None:
            vouched = sum(1 for h, _ in read_manifest(client, manifest).values() if h)
            if vouched >= len(local) // 4:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.5)
        proc.wait(60)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
    killed = proc.returncode == -signal.SIGKILL
    t0 = time.perf_counter()
    again = publish(st, t)
    rerun_s = time.perf_counter() - t0
    differ = [
        g
        for g in sorted(local)
        if _triples(client.get(g), s.name)
        != _triples(st.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g)) or b"", s.name)
    ]
    return {
        "killed_at_vouched": vouched if killed else None,
        "rerun_sent": again.sent,
        "rerun_s": round(rerun_s, 1),
        "rerun_stale": len(again.stale),
        "graphs_differing_after_rerun": len(differ),
        "differing": differ[:5],
        "manifest_exact": read_manifest(client, manifest) == local,
    }


def one_server(name: str, store: Path, changed: Path, tmp: Path) -> dict:
    start = {"oxigraph": start_oxigraph, "virtuoso": start_virtuoso}[name]
    folder = tmp / name
    folder.mkdir()
    s = start(folder)
    row: dict = {"server": name}
    try:
        st = GraphStore(store, read_only=True)
        t0 = time.perf_counter()
        r = publish(st, _target(s))
        row |= {"publish_s": round(time.perf_counter() - t0, 1), "graphs": len(r.graphs), "sent": r.sent}
        row["counts_equal"] = sum(g.local == g.remote for g in r.graphs)
        row["counts_differing"] = [g.graph for g in r.graphs if g.local != g.remote][:5]
        row["quads_sent"] = sum(g.local for g in r.graphs)
        row["queries"] = compare_queries(st, s)
        again = publish(st, _target(s))
        row["second_publish_sent"] = again.sent
        before, after = local_state(st), local_state(GraphStore(changed, read_only=True))
        row["graphs_changed_by_one_file"] = [g for g in after if before.get(g) != after[g]]
        one = publish(GraphStore(changed, read_only=True), _target(s))
        row["changed_publish_sent"] = [g.graph for g in one.graphs if g.action == "sent"]
        row |= kill_and_rerun(store, s)
        row["server_mib"] = _hwm(s.proc.pid)
    finally:
        s.stop()
    return row


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--files", type=Path, required=True, help="the files the store was built from")
    ap.add_argument("--servers", default="oxigraph,virtuoso")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="publish-bench-") as d:
        tmp = Path(d)
        changed, which = changed_copy(args.store, args.files, tmp)
        print(f"changed file: {which}", file=sys.stderr, flush=True)
        for name in args.servers.split(","):
            row = one_server(name, args.store, changed, tmp)
            row["changed_file"] = which
            print(json.dumps(row), file=sys.stderr, flush=True)
            rows.append(row)
            if args.json:
                args.json.write_text(json.dumps(rows, indent=1) + "\n")
    cols = ["server", "graphs", "publish_s", "counts_equal", "second_publish_sent", "rerun_sent"]
    cols += ["graphs_differing_after_rerun", "manifest_exact", "server_mib"]
    print("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(r.get(c, "")) for c in cols) + " |")
    for r in rows:
        print(f"\n{r['server']}: one file changed ({r['changed_file']}) changed {r['graphs_changed_by_one_file']}")
        print(f"  and the publish sent {r['changed_publish_sent']}")
        for q, v in r["queries"].items():
            print(f"  {q}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
