"""/sparql in /openapi.json, over real HTTP: the description lists GET, HEAD and POST with the
protocol's parameters and body types, and what it says the endpoint answers, the endpoint answers."""

from __future__ import annotations

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn")

from resgraph.web.serialize import RDF, RESULTS  # noqa: E402

RES = "https://w3id.org/resgraph/A/RES/67/186"
SELECT = "SELECT ?p WHERE { ?s ?p ?o } LIMIT 1"
CONSTRUCT = f"CONSTRUCT {{ <{RES}> ?p ?o }} WHERE {{ <{RES}> ?p ?o }}"


@pytest.fixture(scope="module")
def described(endpoint) -> dict:
    r = httpx.get(endpoint + "/openapi.json", timeout=30)
    assert r.status_code == 200
    return r.json()["paths"]["/sparql"]


def test_sparql_operations_and_parameters_are_described(described):
    assert {"get", "head", "post"} <= set(described)
    for method in ("get", "head"):
        names = {p["name"] for p in described[method]["parameters"]}
        assert {"query", "default-graph-uri", "named-graph-uri"} <= names
    body = described["post"]["requestBody"]["content"]
    assert set(body) == {"application/x-www-form-urlencoded", "application/sparql-query"}
    assert {"query", "default-graph-uri", "named-graph-uri"} <= set(
        body["application/x-www-form-urlencoded"]["schema"]["properties"]
    )
    repeatable = [p for p in described["get"]["parameters"] if p["name"].endswith("graph-uri")]
    assert all(p["schema"]["type"] == "array" and p["explode"] for p in repeatable)
    assert "415" in described["post"]["responses"] and "Retry-After" in described["get"]["responses"]["503"]["headers"]


def test_every_described_media_type_is_answered_in_that_type(endpoint, described):
    media = set(described["get"]["responses"]["200"]["content"])
    assert media == set(RESULTS) | set(RDF)
    for m in sorted(media):
        q = SELECT if m in RESULTS else CONSTRUCT
        r = httpx.get(endpoint + "/sparql", params={"query": q}, headers={"Accept": m}, timeout=30)
        assert r.status_code == 200, (m, r.text)
        assert r.headers["content-type"].split(";")[0] == m


def test_the_described_ways_to_send_a_query_work(endpoint, described):
    graph = httpx.get(endpoint + "/sparql", params={"query": "SELECT ?g WHERE { GRAPH ?g {} } LIMIT 1"}, timeout=30)
    g = graph.json()["results"]["bindings"][0]["g"]["value"]
    for ctype in described["post"]["requestBody"]["content"]:
        if ctype == "application/sparql-query":
            r = httpx.post(endpoint + "/sparql", content=SELECT, headers={"content-type": ctype},
                           params={"default-graph-uri": g}, timeout=30)  # fmt: skip
        else:
            r = httpx.post(endpoint + "/sparql", data={"query": SELECT, "default-graph-uri": g}, timeout=30)
        assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 1, (ctype, r.text)
    for status in ("400", "406"):  # what a bad request gets is described
        assert status in described["get"]["responses"]
    assert httpx.get(endpoint + "/sparql", params={"query": "SELECT ?s WHERE {"}, timeout=30).status_code == 400
    r = httpx.get(endpoint + "/sparql", params={"query": SELECT}, headers={"Accept": "image/png"}, timeout=30)
    assert r.status_code == 406
