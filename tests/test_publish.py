"""`resgraph publish` and remote named queries against real servers started here: Oxigraph's
server always, Virtuoso when its Debian package is installed. The store is built from data/ plus
the first files of ../shared/corpus when it is beside the checkout."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from resgraph.graph import queries
from resgraph.graph.build import build
from resgraph.graph.gsp import Client
from resgraph.graph.iris import Minter
from resgraph.graph.publish import all_counts, local_state, publish, read_manifest
from resgraph.graph.remote import VIRTUOSO_MAX_ROWS, Endpoint, engine
from resgraph.graph.store import GraphStore
from tests.conftest import DATA, SHARED
from tests.publishing import (
    DATASET_WIDE,
    RESGRAPH,
    clear,
    compare_rows,
    differing_graphs,
    param_sets,
    publish_cut,
    target_of,
)
from tests.servers import OXIGRAPH, VIRTUOSO, Server, start_oxigraph, start_virtuoso

CORPUS_FILES = 40


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
    # data/'s five resolutions, and more when ../shared/corpus was beside the checkout to copy from
    assert result.loaded > 5 if (files / "corpus").is_dir() else result.loaded == 5
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


def _publish_cli(s: Server, store: Path, *extra: str) -> subprocess.CompletedProcess:
    cmd = [*RESGRAPH, "publish", "--endpoint", s.endpoint, "--store", str(store), *s.auth_args(), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


def test_publish_copies_every_graph_and_a_second_publish_sends_none(server, store_path):
    done = _publish_cli(server, store_path)
    assert done.returncode == 0, done.stderr
    assert "equal counts" in done.stdout and "equals the store's" in done.stderr
    local = local_state(GraphStore(store_path, read_only=True))
    remote = all_counts(target_of(server).endpoint(), sorted(local))
    assert remote == {g: n for g, (_, n) in local.items()}
    assert sum(remote.values()) > 10_000
    again = publish(GraphStore(store_path, read_only=True), target_of(server))
    assert (again.sent, again.unchanged, again.stale) == (0, len(local), ())


@pytest.mark.parametrize("name", sorted(queries.available()))
def test_every_named_query_gives_the_same_rows_remotely(server, store_path, name):
    """Run after the publish above (module order): the target holds the store's graphs."""
    st = GraphStore(store_path, read_only=True)
    endpoint = Endpoint(server.endpoint, server.name)
    if name in DATASET_WIDE and server.name == "virtuoso":
        pytest.skip(f"{name} counts over every graph, and Virtuoso's dataset holds its own system graphs too")
    for params in param_sets(name):
        verdict, here, there = compare_rows(st, endpoint, name, params)
        # "capped": Virtuoso's ResultSetMaxRows cut the answer, and what it returned is all the store's
        assert verdict in ("equal", "capped"), f"{name} {params}: {there} rows there, {here} here"
        if name in ("lineage", "most-cited", "documents"):
            assert here, f"{name} answers nothing: the comparison would prove nothing"


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
        result = publish(GraphStore(store_path, read_only=True), target_of(server))
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
    result = publish(st, target_of(server))
    assert result.deleted >= 1 and not result.stale
    assert all_counts(target_of(server).endpoint(), [gone]) == {gone: 0}
    assert gone not in read_manifest(Client(target_of(server)), Minter().publication_graph())
    assert publish(GraphStore(store_path, read_only=True), target_of(server)).stale == ()


def test_a_publish_killed_half_way_then_run_again_ends_with_an_exact_copy(server, store_path):
    """Killed in the middle of a request that carries graphs (on Oxigraph the second bulk
    request, after the first batch is vouched for; on Virtuoso a PUT half way through the
    graphs), half its body sent: the manifest vouches only for graphs the target holds whole,
    and a second publish makes an exact copy."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("needs ../shared/corpus beside the checkout: data/'s five resolutions publish before a kill")
    t = target_of(server)
    st = GraphStore(store_path, read_only=True)
    local = local_state(st)
    clear(t, sorted(local))
    status = publish_cut(server, store_path, 2 if server.name == "oxigraph" else len(local) // 2)
    assert status == -signal.SIGKILL, "the publish ended before it could be killed"
    counts = all_counts(t.endpoint(), sorted(local))
    assert counts != {g: n for g, (_, n) in local.items()}  # killed half way: not all there yet
    vouched = {g for g, (h, _) in read_manifest(Client(t), Minter().publication_graph()).items() if h}
    assert vouched, "the first batch was not vouched for before the kill"
    assert {g for g in vouched if counts[g] != local[g][1]} == set()  # it vouches for whole graphs only
    again = _publish_cli(server, store_path)
    assert again.returncode == 0, again.stderr
    assert " sent" in again.stdout
    client = Client(t)
    assert differing_graphs(st, client, server.name, sorted(local)) == []
    assert read_manifest(client, Minter().publication_graph()) == local


def test_a_graph_longer_than_virtuosos_row_cap_reads_back_whole(server):
    """Virtuoso answers a Graph Store GET with at most ResultSetMaxRows triples (the registry of
    corpus-full once compared as 10,001 of its 83,808); the client reads such a graph in pages."""
    client = Client(target_of(server))
    graph = "http://example.org/long-graph"
    n = VIRTUOSO_MAX_ROWS + 2_345
    data = "".join(f'<{graph}#s{i // 3}> <{graph}#p{i % 3}> "{i}" .\n' for i in range(n)).encode()
    try:
        client.put(graph, data)
        back = client.get(graph)
        assert set(ox.parse(back, format=ox.RdfFormat.N_TRIPLES)) == set(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    finally:
        client.delete(graph)
