#!/usr/bin/env python3
"""Fault benchmark (issue 8): hostile inputs and killed builds, longer than the test suite.

Inputs: seeded byte mutations of real files (data/ and ../shared/corpus), texts and Akoma Ntoso
trees from the hypothesis strategies of tests/strategies.py, and the pathological probes (runs of
spaces, deep XML, UTF-32, "%PDF-" in a text, a FIFO, /dev/zero, a file over the size limit). Each
is extracted as `resgraph extract` does, in a worker process under a 5 s limit: a crash is a worker
that died or an exception the pipeline caught ("extraction failed": a bug the batch survived), a
hang an extraction past 5 s. Kills: a build of data/ (and a few corpus files) killed with SIGKILL at
a random moment, rerun, its quads compared with a clean build's, the store folder searched for
leftovers (spool, unfinished bulk files, markers, staging graphs) and /proc for its workers.

    python benchmarks/faults.py [--inputs 2000] [--kills 20] [--seed 8]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from resgraph.extract.pipeline import extract_many  # noqa: E402
from resgraph.graph import storedir  # noqa: E402
from resgraph.graph.build import build  # noqa: E402
from resgraph.graph.store import GraphStore  # noqa: E402
from resgraph.models import Failure  # noqa: E402

DATA = ROOT / "data" / "resolutions"
CORPUS = ROOT.parent / "shared" / "corpus"
LIMIT = 5.0


def _seeds() -> list[Path]:
    files = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".md", ".xml"))
    if CORPUS.is_dir():
        files += sorted(CORPUS.iterdir())[:40]
    return files


def _mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        op, i = rng.random(), rng.randrange(max(1, len(b)))
        if op < 0.4:
            b[i : i + 1] = bytes([rng.randrange(256)])
        elif op < 0.6:
            del b[i : i + rng.randint(1, 200)]
        elif op < 0.8:
            j = rng.randrange(max(1, len(b)))
            b[i:i] = b[j : j + rng.randint(1, 400)]
        else:
            b[i:i] = rng.choice([b" " * 5000, b"\n" * 2000, b"<p>" * 500, b"[^1]", b"%PDF-", b"\x00\x00"])
    return bytes(b)


def _generated(n: int) -> list[tuple[str, bytes]]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis.errors import NonInteractiveExampleWarning
    from tests.strategies import akn_document, resolution_text

    out: list[tuple[str, bytes]] = []

    @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(resolution_text(), akn_document())
    def collect(text: str, xml: bytes) -> None:
        out.append(("gen.txt", text.encode("utf-8")))
        out.append(("gen.xml", xml))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonInteractiveExampleWarning)
        collect()
    return out


def _probes(tmp: Path) -> list[Path]:
    text = (DATA / "A-RES-67-186.txt").read_text(encoding="utf-8")
    made = {
        "spaces.txt": ("The General Assembly,\n\nThe Commission on A" + " " * 20000 + "!\n\n1. Decides.\n").encode(),
        "deep.xml": (
            '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>'
            + "<p>" * 3000
            + "x"
            + "</p>" * 3000
            + "</body></act></akomaNtoso>"
        ).encode(),
        "utf32.txt": text.encode("utf-32"),
        "utf32-nobom.txt": text.encode("utf-32-le"),
        "pdfmagic.txt": ("see %PDF-1.7\n" + text).encode(),
        "paras.txt": ("The General Assembly,\n\n" + "".join(f"{i}. Decides;\n\n" for i in range(1, 1500))).encode(),
        "big.txt": b"Decides " * (3 * 1024 * 1024),
    }
    paths = []
    for name, data in made.items():
        (tmp / name).write_bytes(data)
        paths.append(tmp / name)
    os.mkfifo(tmp / "fifo.txt")
    paths += [tmp / "fifo.txt", Path("/dev/zero")]
    return paths


def inputs(n: int, rng: random.Random, tmp: Path) -> dict[str, int]:
    """Extract every input as `resgraph extract` does (extract_many: one worker process, each file
    under the limit, a worker stuck past it killed); counts of tried, read, refused, crashes (a
    worker that died, an exception the pipeline caught as "extraction failed": a bug the batch
    survived), hangs (past the limit) and the slowest input."""
    os.environ["RESGRAPH_MAX_BYTES"] = str(16 * 1024 * 1024)
    seeds = _seeds()
    cases: list[Path] = _probes(tmp)
    for k, (name, data) in enumerate(_generated(max(1, n // 4))):
        p = tmp / f"g{k}-{name}"
        p.write_bytes(data)
        cases.append(p)
    while len(cases) < n:
        src = rng.choice(seeds)
        p = tmp / f"m{len(cases)}{src.suffix}"
        p.write_bytes(_mutate(src.read_bytes(), rng))
        cases.append(p)
    counts = {"tried": 0, "read": 0, "refused": 0, "crashes": 0, "hangs": 0}
    slowest = (0.0, "")
    # the first file warms the worker up (it is not counted); one worker: the time between two
    # results is the time of the second
    results = extract_many([DATA / "A-RES-67-186.txt", *cases], limit=LIMIT, workers=1)
    next(results)
    t = time.perf_counter()
    for p, item in zip(cases, results, strict=True):
        spent = time.perf_counter() - t
        counts["tried"] += 1
        if not isinstance(item, Failure):
            counts["read"] += 1
        elif item.reason.startswith("extraction failed (") or "worker died" in item.reason:
            counts["crashes"] += 1
            print(f"crash: {p.name}: {item.reason}", file=sys.stderr)
        else:
            counts["refused"] += 1
            if "took longer than" in item.reason:
                print(f"hang: {p.name}: {item.reason}", file=sys.stderr)  # counted below, by its time
        if spent > slowest[0]:
            slowest = (spent, p.name)
        if spent > LIMIT:
            counts["hangs"] += 1
            size = p.stat().st_size if p.is_file() else 0
            print(f"over the limit: {p.name} ({size} bytes) {spent:.1f} s", file=sys.stderr)
        t = time.perf_counter()
    counts["slowest_ms"] = int(slowest[0] * 1000)
    print(f"slowest: {slowest[1]}", file=sys.stderr)
    return counts


def _quads(store: Path) -> str:
    lines = sorted(GraphStore(store, read_only=True).dump("nq").splitlines())
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


def _children_alive(tag: str) -> int:
    n = 0
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                cmd = (d / "cmdline").read_bytes()
                state = (d / "status").read_text()
            except OSError:
                continue
            if tag.encode() in cmd and "State:\tZ" not in state:
                n += 1
    return n


def kills(n: int, rng: random.Random, tmp: Path) -> dict[str, int]:
    """Builds killed at random moments, rerun and compared with a clean build."""
    corpus = tmp / "kcorpus"
    corpus.mkdir()
    for p in [*DATA.iterdir(), *(sorted(CORPUS.iterdir())[:15] if CORPUS.is_dir() else [])]:
        if p.is_file() and not p.name.lower().startswith("readme"):
            shutil.copy(p, corpus / p.name)
    clean = tmp / "clean"
    t = time.perf_counter()
    build([corpus], clean, workers=2, check=False)
    span = time.perf_counter() - t
    want = _quads(clean)
    counts = {"kills": 0, "identical": 0, "leftovers": 0, "orphans": 0}
    for k in range(n):
        s = tmp / f"k{k}"
        if k % 2:  # a rebuild over a complete store (its writes are the last steps)
            shutil.copytree(clean, s)
        cmd = [sys.executable, "-m", "resgraph", "build", str(corpus), "--store", str(s), "--no-validate", "-j", "2"]
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, span * 1.2 + 1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        counts["kills"] += 1
        time.sleep(1.5)
        counts["orphans"] += _children_alive(str(s))
        build([corpus], s, workers=2, check=False)
        counts["identical"] += _quads(s) == want
        staging = [g for g in GraphStore(s, read_only=True).graphs() if g.endswith("#staging")]
        left = storedir.leftovers(s) or storedir.interrupted_bulk(s) or storedir.finish_pending(s) or staging
        counts["leftovers"] += bool(left)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=2000)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=8)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        (tmp / "in").mkdir()
        t = time.perf_counter()
        i = inputs(a.inputs, rng, tmp / "in")
        ti = time.perf_counter() - t
        t = time.perf_counter()
        k = kills(a.kills, rng, tmp)
        tk = time.perf_counter() - t
    rows = [
        ("inputs tried", i["tried"], f"{i['read']} read, {i['refused']} refused with one line ({ti:.0f} s)"),
        ("crashes (a worker died, a bug caught)", i["crashes"], "must be 0"),
        (f"hangs over {LIMIT:g} s", i["hangs"], f"must be 0; slowest input {i['slowest_ms']} ms"),
        ("builds killed (SIGKILL, random moment)", k["kills"], f"first builds and updates ({tk:.0f} s)"),
        ("kills survived with identical quads", k["identical"], f"of {k['kills']}, after one rerun"),
        ("leftovers after rerun", k["leftovers"], "spool, bulk files, markers, staging graphs: must be 0"),
        ("workers alive after their build was killed", k["orphans"], "must be 0"),
    ]
    print(f"| {'probe':42} | {'count':>6} | note |\n|{'-' * 44}|{'-' * 8}|------|")
    for name, n, note in rows:
        print(f"| {name:42} | {n:>6} | {note} |")
    bad = i["crashes"] or i["hangs"] or k["leftovers"] or k["orphans"] or k["identical"] != k["kills"]
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
