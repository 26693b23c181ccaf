"""What the publish tests and benchmarks/publish.py share: the parameters the named queries are
compared with, how rows and triples are compared across engines, emptying a target, and a
publish killed half way (when the manifest vouches for part of the graphs, or in the middle of a
chosen request)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from resgraph.graph import queries
from resgraph.graph.gsp import Client, Target
from resgraph.graph.iris import Minter
from resgraph.graph.publish import read_manifest, target
from resgraph.graph.remote import Endpoint
from resgraph.graph.store import GraphStore
from tests.servers import Server

RESGRAPH = [sys.executable, "-m", "resgraph"]
# parameters for the queries that need them (and a few optional ones, to bind every type)
PARAMS = {
    "lineage": {"symbol": "A/RES/67/186"},
    "lineage-parents": {"n": "https://w3id.org/resgraph/A/RES/67/186"},
    "lineage-children": {"n": "https://w3id.org/resgraph/A/RES/66/181"},
    "resolution-series": {"symbol": "A/RES/67/186"},
    "cited-by": {"symbol": "A/RES/66/181"},
    "mandates-by-addressee": {"addressee": "SecretaryGeneral"},
    "most-cited": {"organ": "GA"},
    "reports-due": {"session": "68"},
    "actor-mandates": {"actor": "https://w3id.org/resgraph/actor/SecretaryGeneral"},
    "reports-owed": {"actor": "https://w3id.org/resgraph/actor/SecretaryGeneral"},
    "void-links": {"predicate": "http://www.w3.org/2000/01/rdf-schema#seeAlso", "space": "https://undocs.org/"},
    "void-classes": {"skip": "https://w3id.org/resgraph/graph/registry"},
    "mandate-history": {"body": "SecretaryGeneral"},
    "reports-due-between": {"from": "2012-01-01", "to": "2030-12-31"},
    "symbol-known": {"symbol": "A/RES/67/186"},
}
DURATIONS = ("period", "cycle")  # columns of the named queries that are xsd:durations
DATASET_WIDE = ("void-classes", "void-properties")  # they count over every named graph of the dataset
EXTRA = [
    ("recent-resolutions", {"organ": "GA"}),
    ("drafts-adoptions", {"symbol": "A/RES/67/186"}),
    ("reports-due-between", {"from": "2012-01-01", "to": "2030-12-31", "organ": "GeneralAssembly"}),
    # rows on the publish tests' store (data/ and 40 Human Rights Council texts: no SC text)
    ("mandate-inventory", {"organ": "GA", "addressee": "SecretaryGeneral"}),
    ("mandate-history", {"body": "Working Group on Enforced or Involuntary Disappearances"}),
]
DURATION = "http://www.w3.org/2001/XMLSchema#duration"


def target_of(s: Server) -> Target:
    pw = s.password_file.read_text().strip() if s.password_file else None
    return target(s.endpoint, user=s.user, password=pw)


def param_sets(name: str) -> list[dict]:
    """The parameter sets a named query is compared with."""
    return [PARAMS.get(name, {})] + [p for n, p in EXTRA if n == name]


def normal(rows: list[dict], text: str = "") -> Counter:
    """Rows as a multiset, floats rounded (engines print doubles differently) and GROUP_CONCAT
    values as sorted parts (SPARQL leaves the order of the concatenation to the engine; over no
    values Virtuoso leaves it unbound where SPARQL says "")."""
    concat = dict(
        (m[2], m[1]) for m in re.finditer(r'GROUP_CONCAT\(.*?separator\s*=\s*"([^"]*)"\)\s+AS\s+\?(\w+)', text)
    )

    def value(k, v):
        if isinstance(v, float):
            return round(v, 6)
        if k in concat:
            return tuple(sorted((v or "").split(concat[k])))
        return v

    return Counter(tuple(sorted((k, value(k, v)) for k, v in r.items())) for r in rows)


def without_durations(rows: list[dict]) -> list[dict]:
    """Rows with the columns that are an xsd:duration's lexical form (a mandate term's period, a
    report's cycle) blanked where they are set: Virtuoso keeps an xsd:duration as its months."""
    return [{k: ("" if k in DURATIONS and v is not None else v) for k, v in r.items()} for r in rows]


def triples(data: bytes, engine: str) -> set:
    """A graph's triples; on Virtuoso an xsd:duration's lexical form is left out (Virtuoso stores
    "P3Y" as "36", its months, so only that such a triple is there can be compared)."""
    out = set()
    for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
        if engine == "virtuoso" and isinstance(t.object, ox.Literal) and t.object.datatype.value == DURATION:
            t = ox.Triple(t.subject, t.predicate, ox.Literal("", datatype=ox.NamedNode(DURATION)))
        out.add(t)
    return out


def differing_graphs(store: GraphStore, client: Client, engine: str, graphs: list[str]) -> list[str]:
    """The graphs whose triples on the target are not the store's."""
    out = []
    for g in graphs:
        here = store.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g)) or b""
        if triples(client.get(g), engine) != triples(here, engine):
            out.append(g)
    return out


def clear(t: Target, graphs: list[str]) -> None:
    """Empty the target of everything a publish writes (these graphs, the manifest and what it lists)."""
    client = Client(t)
    manifest = Minter().publication_graph()
    for g in set(graphs) | set(read_manifest(client, manifest)) | {manifest}:
        client.delete(g)
    client.close()


_CUT = """
import os, signal, sys
from resgraph.graph import gsp
from resgraph.graph.publish import publish, target
from resgraph.graph.store import GraphStore
store, endpoint, at, user, password_file = sys.argv[1:6]
sent, request = [0], gsp.Client.request
def cut(self, method, url, ok=(), **kw):
    # the at-th request that carries graph data: half its body goes out, then this process dies
    if method in ("PUT", "POST") and url.startswith(self.t.graph_store) and "content" in kw:
        sent[0] += 1
        if sent[0] == int(at):
            body = kw.pop("content")
            def half():
                yield body[: len(body) // 2]
                os.kill(os.getpid(), signal.SIGKILL)
            kw["content"] = half()
    return request(self, method, url, ok, **kw)
gsp.Client.request = cut
pw = open(password_file).read().strip() if password_file else None
publish(GraphStore(store, read_only=True), target(endpoint, user=user or None, password=pw), workers=1)
"""


def publish_cut(s: Server, store: Path, at: int) -> int | None:
    """Run a publish (a separate process, one request at a time) that is killed (SIGKILL) in the
    middle of its `at`-th request carrying graph data, half of that request's body sent: a kill
    at a known point, where waiting for the manifest to vouch for part of the graphs and then
    killing raced the publish (on a loaded machine it had sent every graph by the time the kill
    came). Returns its exit status: -SIGKILL unless it ended before that request."""
    args = [str(store), s.endpoint, str(at), s.user or "", str(s.password_file or "")]
    return subprocess.run([sys.executable, "-c", _CUT, *args], capture_output=True, timeout=600).returncode


def publish_killed(s: Server, store: Path, graphs: int, share: float = 0.25, *extra: str) -> tuple[int | None, int]:
    """Run `resgraph publish` (a separate process) and SIGKILL it once the target's manifest
    vouches for `share` of the store's `graphs`: (its exit status, graphs vouched for then). A
    status other than -SIGKILL means it ended before it could be killed."""
    t = target_of(s)
    cmd = [*RESGRAPH, "publish", "--endpoint", s.endpoint, "--store", str(store), *s.auth_args(), *extra]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = Client(t)
    manifest = Minter().publication_graph()
    vouched = 0
    try:
        deadline = time.monotonic() + 1800
        while time.monotonic() < deadline and proc.poll() is None:
            vouched = sum(1 for h, _ in read_manifest(client, manifest).values() if h)
            if vouched >= graphs * share:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.2)
        proc.wait(60)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        client.close()
    return proc.returncode, vouched


def compare_rows(st: GraphStore, endpoint: Endpoint, name: str, params: dict) -> tuple[str, int, int]:
    """A named query run in the store and on the target: (verdict, rows in the store, rows on
    the target). The verdict is "equal" (the same rows as a multiset), "capped" (Virtuoso's
    ResultSetMaxRows cut the answer, and what it returned is all the store's) or "DIFFERENT".
    The target holds the manifest too (a hash and a count per graph: void-properties counts
    them); on Virtuoso an xsd:duration column is compared as present or not."""
    from resgraph.graph.publish import GRAPH_HASH, VOID_TRIPLES
    from resgraph.graph.remote import VIRTUOSO_MAX_ROWS

    here = queries.run(st, name, params)
    there = queries.run_remote(endpoint, name, params)
    text = queries.load(name).text
    if name == "void-properties":
        graphs = len(st.graphs())
        for r in here:
            r["triples"] += graphs if r.get("property") in (GRAPH_HASH, VOID_TRIPLES) else 0
    if endpoint.engine == "virtuoso":
        here, there = without_durations(here), without_durations(there)
    if endpoint.engine == "virtuoso" and len(here) > VIRTUOSO_MAX_ROWS:
        capped = len(there) == VIRTUOSO_MAX_ROWS and not (normal(there, text) - normal(here, text))
        return ("capped" if capped else "DIFFERENT"), len(here), len(there)
    return ("equal" if normal(there, text) == normal(here, text) else "DIFFERENT"), len(here), len(there)
