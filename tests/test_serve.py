"""The SPARQL endpoint on hostile input: refused with a reason, stopped in time, store untouched."""

import pytest

pytest.importorskip("fastapi")
import pyoxigraph as ox  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from resgraph.graph.store import GraphStore  # noqa: E402
from resgraph.web.app import create_app  # noqa: E402


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "store"
    s = GraphStore(path)
    for i in range(60):
        s.store.add(
            ox.Quad(
                ox.NamedNode(f"http://example.org/r{i}"),
                ox.NamedNode("http://example.org/p"),
                ox.Literal(str(i)),
                ox.NamedNode("http://example.org/g"),
            )
        )
    s.flush()
    del s
    return path


@pytest.fixture
def client(store_path):
    return TestClient(create_app(store_path, timeout=2.0))


def test_select_answers_in_sparql_json(client):
    r = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert r.status_code == 200
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "60"


@pytest.mark.parametrize(
    "query,status,reason",
    [
        ("DROP ALL", 400, "Update is not allowed"),
        ("PREFIX ex: <http://example.org/> DELETE WHERE { ?s ?p ?o }", 400, "Update is not allowed"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 400, "SERVICE"),
        ("SELECT * WHERE { ?s ?p }", 400, "syntax error"),
        ("", 400, "empty query"),
        ("SELECT * WHERE { ?s ?p ?o } #" + "x" * 30000, 400, "longer than"),
    ],
)
def test_hostile_queries_are_refused_with_a_reason(client, query, status, reason):
    r = client.get("/sparql", params={"query": query})
    assert r.status_code == status
    assert reason in r.json()["detail"]


def test_a_runaway_query_is_stopped_and_the_store_is_intact(client, store_path):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j . ?k ?l ?m . ?n1 ?o ?q . ?r ?s ?t } }"
    r = client.get("/sparql", params={"query": slow})
    assert r.status_code == 503 and "did not finish" in r.json()["detail"]
    r = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "60"


def test_update_by_post_form_is_refused(client):
    r = client.post("/sparql", data={"update": "DROP ALL"})
    assert r.status_code == 400


def test_words_inside_strings_do_not_trip_the_checks(client):
    r = client.get("/sparql", params={"query": 'SELECT ?s WHERE { GRAPH ?g { ?s ?p "DROP ALL SERVICE" } }'})
    assert r.status_code == 200


def test_named_queries_are_listed_with_their_parameters(client):
    r = client.get("/queries")
    assert r.status_code == 200 and "lineage" in r.json()
    assert "symbol" in r.json()["lineage"]["parameters"]
    r = client.get("/queries/lineage")
    assert r.status_code == 400 and "symbol" in r.json()["detail"]
    assert client.get("/queries/nope").status_code == 404
