"""The Oxigraph store: opened by path, one named graph per file, replaced atomically, idempotent,
and queried with bound parameters only."""

from dataclasses import replace

import pytest

from resgraph.graph.rdf import record_to_graph, record_to_ntriples, to_ntriples
from resgraph.graph.store import GraphStore
from tests.graph_records import adopted, ecosoc


def quads(store):
    return sorted(str(q) for q in store.quads())


@pytest.fixture
def store(tmp_path):
    return GraphStore(tmp_path / "store")


def test_build_twice_gives_the_same_triples(store):
    for r in (ecosoc(), adopted()):
        store.load_record(r)
    store.relink()
    first = quads(store)
    for r in (ecosoc(), adopted()):
        store.load_record(r)
    store.relink()
    assert quads(store) == first and len(first) > 0


def test_changed_file_replaces_its_graph(store):
    store.load_record(adopted())
    g = record_to_graph(adopted())
    changed = replace(adopted(), title="A new title", sha256="ef" * 32, mandates=())
    store.load_record(changed)
    rows = store.query("SELECT ?t WHERE { ?d <http://purl.org/dc/terms/title> ?t }")
    assert [r["t"] for r in rows] == ["A new title"]
    assert not store.ask("ASK { ?m a <https://w3id.org/resgraph/ontology#Mandate> }")
    assert store.graphs() == sorted([str(g.identifier), "https://w3id.org/resgraph/graph/registry"])
    assert len(store) == len(record_to_graph(changed))


def test_failed_load_leaves_the_store_as_it_was(store):
    store.load_record(adopted())
    before = quads(store)
    g = record_to_graph(ecosoc())
    broken = to_ntriples(g)[:-200] + b"<not a triple"
    with pytest.raises(Exception):
        store.replace_graph(str(g.identifier), broken)
    assert quads(store) == before
    # and a failed replacement of an existing graph keeps the old graph whole
    old = str(record_to_graph(adopted()).identifier)
    with pytest.raises(Exception):
        store.replace_graph(old, b"<http://x> <http://y> .\n")
    assert quads(store) == before


def test_validation_of_a_stored_graph_sees_its_shared_facts(store):
    from rdflib import Graph

    from resgraph.graph.validate import validate_graph

    store.load_record(adopted())
    iri = str(record_to_graph(adopted()).identifier)
    g = Graph(identifier=iri).parse(data=store.graph_with_shared(iri), format="nt")
    assert len(g) == len(record_to_graph(adopted()))
    assert validate_graph(g) == []


def test_reopen_by_path(tmp_path):
    s = GraphStore(tmp_path / "st")
    s.load_record(adopted())
    s.flush()
    n = len(s)
    del s
    assert len(GraphStore(tmp_path / "st", read_only=True)) == n


def test_parameters_are_bound_not_pasted(store):
    store.load_record(adopted())
    q = "PREFIX rg: <https://w3id.org/resgraph/ontology#> SELECT ?d ?symbol WHERE { ?d rg:symbol ?symbol }"
    assert [r["d"] for r in store.query(q, {"symbol": "A/RES/67/186"})] == ["https://w3id.org/resgraph/A/RES/67/186"]
    evil = 'A/RES/67/186" } UNION { ?d ?p ?symbol } #'
    assert store.query(q, {"symbol": evil}) == []


def test_relink_across_builds(store):
    """The draft link is found even when the two files arrive in different builds."""
    store.load_record(ecosoc())
    assert store.relink() == []
    store.load_record(adopted())
    links = store.relink()
    assert [(d.rsplit("/", 4)[-4:], a) for d, a, _ in links][0][1].endswith("A/RES/67/186")


def test_a_failed_bulk_load_leaves_the_store_empty_not_half_written(store):
    """A first build loads everything at the end in one bulk load; if it fails, nothing stays."""
    store.begin_bulk()
    s = record_to_ntriples(ecosoc())
    store.sync([(s.graph, s.nt, s.hash, s.shared)], {})
    assert len(store) == 0  # collected, not loaded yet
    store._spool.write(b"<urn:a> <urn:b> broken\n")
    with pytest.raises(SyntaxError):
        store.end_bulk()
    assert len(store) == 0 and not list(store.path.glob("bulk-*.nq"))


def test_bulk_load_holds_what_transactions_hold(tmp_path):
    records = [ecosoc(), adopted()]
    items = [(s.graph, s.nt, s.hash, s.shared) for s in map(record_to_ntriples, records)]
    bulk, plain = GraphStore(tmp_path / "bulk"), GraphStore(tmp_path / "plain")
    bulk.begin_bulk()
    bulk.sync(items, {})
    bulk.end_bulk()
    plain.sync(items, {})
    assert quads(bulk) == quads(plain) and len(bulk) > 100
    assert not list(bulk.path.glob("bulk-*.nq"))
