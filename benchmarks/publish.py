"""Publish a whole store (corpus-full's) to Oxigraph's server and to Virtuoso, and show that the
target then holds what the store holds.

For each server, started empty in a temporary folder on a free loopback port (tests/servers.py):

1. publish: time (wall, and CPU seconds of this process and of the server), graphs sent, every
   graph's triple count on the target against the store's, and every graph triple by triple;
2. every named query (with the parameters tests/publishing.py gives them) run in the store and
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

    nice -n 15 .venv/bin/python benchmarks/publish.py --store STORE --files /tmp/cf \\
        [--servers oxigraph,virtuoso] [--no-kill] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.publishing import DATASET_WIDE, clear, compare_rows, differing_graphs, param_sets, publish_killed, target_of  # noqa: E402
from tests.servers import start_oxigraph, start_virtuoso  # noqa: E402

from resgraph.graph import queries  # noqa: E402
from resgraph.graph.build import build  # noqa: E402
from resgraph.graph.gsp import Client  # noqa: E402
from resgraph.graph.iris import Minter  # noqa: E402
from resgraph.graph.publish import local_state, publish, read_manifest  # noqa: E402
from resgraph.graph.remote import Endpoint  # noqa: E402
from resgraph.graph.store import GraphStore  # noqa: E402

WORD = (" important ", " significant ")  # a word of a paragraph changed, in the first file that has it


def _hwm(pid: int) -> int | None:
    m = re.search(r"VmHWM:\s+(\d+)", Path(f"/proc/{pid}/status").read_text())
    return round(int(m[1]) / 1024) if m else None


def _cpu(pid: int) -> float:
    """CPU seconds a process has used (user + system)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _own_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


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


def compare_queries(st: GraphStore, s) -> dict[str, str]:
    """Each named query's verdict on this server with each of its parameter sets: equal, capped
    (Virtuoso's row cap: part of the store's rows), skipped (why), DIFFERENT or ERROR, with the
    rows in the store and on the server."""
    endpoint = Endpoint(s.endpoint, s.name)
    out = {}
    for name in sorted(queries.available()):
        if name in DATASET_WIDE and s.name == "virtuoso":
            out[name] = "skipped: counts over every graph, Virtuoso's own system graphs included"
            continue
        verdicts = []
        for params in param_sets(name):
            try:
                verdict, here, there = compare_rows(st, endpoint, name, params)
            except Exception as e:  # noqa: BLE001 - the table says what the server answered
                verdicts.append(f"ERROR {str(e)[:120]}")
                continue
            verdicts.append(f"{verdict} {here}/{there}")
        out[name] = "; ".join(verdicts)
    return out


def kill_and_rerun(store: Path, s) -> dict:
    """Empty the target, kill a publish once a quarter is vouched for, publish again, compare."""
    t = target_of(s)
    st = GraphStore(store, read_only=True)
    local = local_state(st)
    clear(t, sorted(local))
    status, vouched = publish_killed(s, store, len(local), 0.25)
    t0 = time.perf_counter()
    again = publish(st, t)
    rerun_s = time.perf_counter() - t0
    client = Client(t)
    differ = differing_graphs(st, client, s.name, sorted(local))
    return {
        "killed_at_vouched": vouched if status == -signal.SIGKILL else None,
        "rerun_sent": again.sent,
        "rerun_s": round(rerun_s, 1),
        "rerun_stale": len(again.stale),
        "graphs_differing_after_rerun": len(differ),
        "differing": differ[:5],
        "manifest_exact": read_manifest(client, Minter().publication_graph()) == local,
    }


def one_server(name: str, store: Path, changed: Path, tmp: Path, kill: bool) -> dict:
    start = {"oxigraph": start_oxigraph, "virtuoso": start_virtuoso}[name]
    folder = tmp / name
    folder.mkdir()
    s = start(folder)
    row: dict = {"server": name}
    try:
        st = GraphStore(store, read_only=True)
        t0, c0, s0, load0 = time.perf_counter(), _own_cpu(), _cpu(s.proc.pid), _load()
        r = publish(st, target_of(s))
        row |= {"publish_s": round(time.perf_counter() - t0, 1), "graphs": len(r.graphs), "sent": r.sent}
        row |= {"client_cpu_s": round(_own_cpu() - c0, 1), "server_cpu_s": round(_cpu(s.proc.pid) - s0, 1)}
        row["load"] = f"{load0}-{_load()}"
        row["counts_equal"] = sum(g.local == g.remote for g in r.graphs)
        row["counts_differing"] = [g.graph for g in r.graphs if g.local != g.remote][:5]
        row["quads_sent"] = sum(g.local for g in r.graphs)
        row["differing_after_publish"] = differing_graphs(st, Client(target_of(s)), s.name, sorted(local_state(st)))
        row["queries"] = compare_queries(st, s)
        t0 = time.perf_counter()
        again = publish(st, target_of(s))
        row |= {"second_publish_sent": again.sent, "second_publish_s": round(time.perf_counter() - t0, 1)}
        before, after = local_state(st), local_state(GraphStore(changed, read_only=True))
        row["graphs_changed_by_one_file"] = [g for g in after if before.get(g) != after[g]]
        one = publish(GraphStore(changed, read_only=True), target_of(s))
        row["changed_publish_sent"] = [g.graph for g in one.graphs if g.action == "sent"]
        if kill:
            row |= kill_and_rerun(store, s)
        row["server_mib"] = _hwm(s.proc.pid)
    except Exception:
        for log in sorted(folder.glob("*.log")) + sorted(folder.glob("*.out")):  # why the server failed
            print(f"--- {log}\n{log.read_text(errors='replace')[-3000:]}", file=sys.stderr)
        raise
    finally:
        s.stop()
    return row


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--files", type=Path, required=True, help="the files the store was built from")
    ap.add_argument("--servers", default="oxigraph,virtuoso")
    ap.add_argument("--no-kill", action="store_true", help="leave out the killed publish and its rerun")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="publish-bench-") as d:
        tmp = Path(d)
        changed, which = changed_copy(args.store, args.files, tmp)
        print(f"changed file: {which}", file=sys.stderr, flush=True)
        for name in args.servers.split(","):
            row = one_server(name, args.store, changed, tmp, not args.no_kill)
            row["changed_file"] = which
            print(json.dumps(row), file=sys.stderr, flush=True)
            rows.append(row)
            if args.json:
                args.json.write_text(json.dumps(rows, indent=1) + "\n")
    cols = ["server", "load", "graphs", "publish_s", "client_cpu_s", "server_cpu_s", "counts_equal"]
    cols += ["second_publish_sent", "second_publish_s", "killed_at_vouched", "rerun_sent", "rerun_s"]
    cols += ["graphs_differing_after_rerun", "manifest_exact", "server_mib"]
    print("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(r.get(c, "")) for c in cols) + " |")
    for r in rows:
        print(f"\n{r['server']}: one file changed ({r['changed_file']}) changed {r['graphs_changed_by_one_file']}")
        print(f"  and the publish sent {r['changed_publish_sent']}")
        print(f"  graphs differing triple by triple after the first publish: {r['differing_after_publish'][:5]}")
    names = sorted(queries.available())
    print("\n| query | " + " | ".join(f"{r['server']} (store/target rows)" for r in rows) + " |")
    print("|---|" + "---|" * len(rows))
    for q in names:
        print(f"| {q} | " + " | ".join(r["queries"].get(q, "") for r in rows) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
