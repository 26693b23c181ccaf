"""`resgraph publish` and remote named queries against real servers started here: Oxigraph's
server always, Virtuoso when its Debian package is installed. The store is built from data/ plus
the first files of ../shared/corpus when it is beside the checkout."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from resgraph.graph import queries
from resgraph.graph.build import build
from resgraph.graph.iris import Minter
from resgraph.graph.publish import (
    GRAPH_HASH,
    VOID_TRIPLES,
    _Client,
    all_counts,
    local_state,
    publish,
    read_manifest,
    target,
)
from resgraph.graph.remote import VIRTUOSO_MAX_ROWS, Endpoint, engine
from resgraph.graph.store import GraphStore
from tests.conftest import DATA, SHARED
from tests.servers import OXIGRAPH, VIRTUOSO, Server, start_oxigraph, start_virtuoso

RESGRAPH = [sys.executable, "-m", "resgraph"]
CORPUS_FILES = 40
# parameters for the queries that need them (and a few optional ones, to bind every type)
PARAMS = {
    "lineage": {"symbol": "A/RES/67/186"},
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
EXTRA = [("recent-resolutions", {"organ": "GA"}), ("drafts-adoptions", {"symbol": "A/RES/67/186"})]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    """A copy of data/resolutions and some of ../shared/corpus (the tests change one file)."""
    d = tmp_path_factory.mktemp("files")
    shutil.copytree(DATA, d / "data")
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        (d / "corpus").mkdir()
        for p in sorted(corpus.glob("*.xml"))[:CORPUS_FILES]:
            shutil.copy(p, d / "corpus" / p.name)
    return d


@pytest.fixture(scope="module")
def store_path(files, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "store"
    result = build([files], path, workers=2)
    assert result.loaded > 5
    return path


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request, tmp_path_factory):
    if request.param == "virtuoso":
        if VIRTUOSO is None:
            pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource; .ci/run installs it)")
        s = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    else:
        if not OXIGRAPH.exists():
            pytest.skip("Oxigraph's server is not installed (pip install oxigraph: the test extra)")
        s = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield s
    s.stop()


def _target(s: Server):
    pw = s.password_file.read_text().strip() if s.password_file else None
    return target(s.endpoint, user=s.user, password=pw)


def _publish_cli(s: Server, store: Path, *extra: str) -> subprocess.CompletedProcess:
    cmd = [*RESGRAPH, "publish", "--endpoint", s.endpoint, "--store", str(store), *s.auth_args(), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


def _normal(rows: list[dict], text: str = "") -> Counter:
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


def test_publish_copies_every_graph_and_a_second_publish_sends_none(server, store_path):
    done = _publish_cli(server, store_path)
    assert done.returncode == 0, done.stderr
    assert "equal counts" in done.stdout and "equals the store's" in done.stderr
    local = local_state(GraphStore(store_path, read_only=True))
    remote = all_counts(_target(server).endpoint(), sorted(local))
    assert remote == {g: n for g, (_, n) in local.items()}
    assert sum(remote.values()) > 10_000
    again = publish(GraphStore(store_path, read_only=True), _target(server))
    assert (again.sent, again.unchanged, again.stale) == (0, len(local), ())


@pytest.mark.parametrize("name", sorted(queries.available()))
def test_every_named_query_gives_the_same_rows_remotely(server, store_path, name):
    """Run after the publish above (module order): the target holds the store's graphs."""
    st = GraphStore(store_path, read_only=True)
    endpoint = Endpoint(server.endpoint, server.name)
    if name in DATASET_WIDE and server.name == "virtuoso":
        pytest.skip(f"{name} counts over every graph, and Virtuoso's dataset holds its own system graphs too")
    for params in [PARAMS.get(name, {})] + [p for n, p in EXTRA if n == name]:
        here = queries.run(st, name, params)
        there = queries.run_remote(endpoint, name, params)
        text = queries.load(name).text
        if name == "void-properties":  # the target holds the manifest too: a hash and a count per graph
            graphs = len(st.graphs())
            for r in here:
                r["triples"] += graphs if r.get("property") in (GRAPH_HASH, VOID_TRIPLES) else 0
        if server.name == "virtuoso":  # Virtuoso keeps an xsd:duration as a number ("P3Y" is "36")
            here, there = _without_durations(here), _without_durations(there)
        if server.name == "virtuoso" and len(here) > VIRTUOSO_MAX_ROWS:
            # Virtuoso's ResultSetMaxRows cuts the answer: what it returns is part of the answer
            assert len(there) == VIRTUOSO_MAX_ROWS and not (_normal(there, text) - _normal(here, text))
        else:
            assert _normal(there, text) == _normal(here, text), f"{name} {params}"
        if name in ("lineage", "most-cited", "documents"):
            assert here, f"{name} answers nothing: the comparison would prove nothing"


def _without_durations(rows: list[dict]) -> list[dict]:
    """Rows with the columns that are an xsd:duration's lexical form (a mandate term's period, a
    report's cycle) blanked where they are set."""
    return [{k: ("" if k in DURATIONS and v is not None else v) for k, v in r.items()} for r in rows]


def test_the_query_and_lineage_commands_read_a_remote_endpoint(server, store_path):
    assert engine(server.endpoint) == server.name  # what --engine defaults to
    for args in (["lineage", "A/RES/67/186"], ["query", "most-cited", "-p", "organ=GA"], ["query", "documents"]):
        here = subprocess.run(
            [*RESGRAPH, *args, "--store", str(store_path), "-f", "json"], capture_output=True, text=True
        )
        there = subprocess.run(
            [*RESGRAPH, *args, "--endpoint", server.endpoint, "-f", "json"], capture_output=True, text=True
        )
        assert here.returncode == there.returncode == 0, there.stderr
        rows = json.loads(here.stdout)
        assert rows and sorted(map(repr, json.loads(there.stdout))) == sorted(map(repr, rows))


def test_a_changed_file_sends_one_graph_and_a_removed_one_is_deleted(server, files, store_path, tmp_path):
    st = GraphStore(store_path, read_only=True)
    before = local_state(st)
    del st
    f = files / "data" / "A-RES-67-186.txt"
    original = f.read_text(encoding="utf-8")
    try:
        f.write_text(original.replace("crime prevention", "crime-prevention", 1), encoding="utf-8")
        build([files], store_path, workers=1)
        changed = local_state(GraphStore(store_path, read_only=True))
        assert sum(changed[g] != before[g] for g in before) == 1
        result = publish(GraphStore(store_path, read_only=True), _target(server))
        assert result.sent == 1 and not result.stale
        sent = [g.graph for g in result.graphs if g.action == "sent"]
        assert [g for g in before if changed[g] != before[g]] == sent
    finally:
        f.write_text(original, encoding="utf-8")
        build([files], store_path, workers=1)
    # a graph the store no longer holds is deleted from the target and from its manifest
    copy = tmp_path / "store"
    shutil.copytree(store_path, copy)
    st = GraphStore(copy)
    gone = next(g for g in st.graphs() if "/graph/" in g and g != Minter().registry_graph())
    st.store.remove_graph(ox.NamedNode(gone))
    st.flush()
    result = publish(st, _target(server))
    assert result.deleted >= 1 and not result.stale
    assert all_counts(_target(server).endpoint(), [gone]) == {gone: 0}
    assert gone not in read_manifest(_Client(_target(server)), Minter().publication_graph())
    assert publish(GraphStore(store_path, read_only=True), _target(server)).stale == ()


def _clear(t, store: GraphStore) -> None:
    """Empty the target of everything a publish writes."""
    client = _Client(t)
    manifest = Minter().publication_graph()
    for g in set(store.graphs()) | set(read_manifest(client, manifest)) | {manifest}:
        client.delete(g)


DURATION = "http://www.w3.org/2001/XMLSchema#duration"


def _triples(data: bytes, engine: str) -> set:
    """A graph's triples; on Virtuoso an xsd:duration's lexical form is left out (Virtuoso stores
    "P3Y" as "36", its months, so only that such a triple is there can be compared)."""
    out = set()
    for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
        if engine == "virtuoso" and isinstance(t.object, ox.Literal) and t.object.datatype.value == DURATION:
            t = ox.Triple(t.subject, t.predicate, ox.Literal("", datatype=ox.NamedNode(DURATION)))
        out.add(t)
    return out


def test_a_publish_killed_half_way_then_run_again_ends_with_an_exact_copy(server, store_path):
    t = _target(server)
    st = GraphStore(store_path, read_only=True)
    _clear(t, st)
    local = local_state(st)
    manifest = Minter().publication_graph()
    cmd = [
        *RESGRAPH,
        "publish",
        "--endpoint",
        server.endpoint,
        "--store",
        str(store_path),
        "-j",
        "1",
        *server.auth_args(),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = _Client(t)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            vouched = [g for g, (h, _) in read_manifest(client, manifest).items() if h]
            if len(vouched) >= len(local) // 4:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.05)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
    assert proc.returncode == -signal.SIGKILL, "the publish ended before it could be killed"
    counts = all_counts(t.endpoint(), sorted(local))
    assert counts != {g: n for g, (_, n) in local.items()}  # killed half way: not all there yet
    again = _publish_cli(server, store_path)
    assert again.returncode == 0, again.stderr
    assert " sent" in again.stdout
    for g in local:
        here = st.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g)) or b""
        assert _triples(client.get(g), server.name) == _triples(here, server.name), g
    recorded = read_manifest(client, manifest)
    assert recorded == {g: v for g, v in local.items()}
