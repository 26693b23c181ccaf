"""Named queries: the lineage of ../shared/gold/lineage.json by ONE query over a store built from
data/resolutions, and every query in queries/ runs with its documented parameters."""

import json
from pathlib import Path

import pytest

from resgraph.graph import queries

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "resolutions"
# the mission's lineage (a copy of ../shared/gold/lineage.json, so that the test needs only data/)
GOLD = {
    "path": ["A/RES/66/181", "E/RES/2012/14", "A/RES/67/186"],
    "edges": [
        {"from": "E/RES/2012/14", "to": "A/RES/66/181", "kind": "cites", "function": "reiterates", "op": 10},
        {"from": "E/RES/2012/14", "to": "A/RES/67/186", "kind": "recommends-draft-adopted-as"},
        {"from": "A/RES/67/186", "to": "A/RES/66/181", "kind": "cites", "function": "reiterates", "op": 10},
    ],
}


@pytest.fixture(scope="module")
def store(memory_store):
    return memory_store


def test_gold_copy_matches_shared():
    shared = ROOT.parent / "shared" / "gold" / "lineage.json"
    if shared.exists():
        gold = json.loads(shared.read_text())
        assert gold["path"] == GOLD["path"] and gold["edges"] == GOLD["edges"]


def test_gold_lineage_by_one_query(store):
    rows = queries.run(store, "lineage", {"symbol": "A/RES/67/186"})
    got = {(r["fromSymbol"], r["toSymbol"], r["kind"], r["function"], r["op"]) for r in rows}
    for e in GOLD["edges"]:
        assert (e["from"], e["to"], e["kind"], e.get("function"), e.get("op")) in got, e
    nodes = {r["fromSymbol"] for r in rows} | {r["toSymbol"] for r in rows}
    assert set(GOLD["path"]) <= nodes


def test_gold_chain_is_the_best_chain(store):
    from resgraph.views.lineage import chains_to

    rows = queries.run(store, "lineage", {"symbol": "A/RES/67/186"})
    nodes, edges = chains_to(rows, "A/RES/67/186")[0]
    assert nodes == GOLD["path"]
    assert [e["kind"] for e in edges] == ["cites", "recommends-draft-adopted-as"]
    assert (edges[0]["function"], edges[0]["op"]) == ("reiterates", 10)


def test_descendants(store):
    rows = queries.run(store, "lineage", {"symbol": "A/RES/66/181"})
    desc = {(r["fromSymbol"], r["toSymbol"]) for r in rows if r["direction"] == "descendant"}
    assert ("A/RES/67/186", "A/RES/66/181") in desc and ("E/RES/2012/14", "A/RES/67/186") in desc


def test_every_query_has_a_header_and_runs(store):
    examples = {
        "symbol": "A/RES/67/186",
        "addressee": "SecretaryGeneral",
        "organ": "GA",
        "session": "68",
        "year": "2013",
        "verb": "requests",
        "actor": "https://w3id.org/resgraph/actor/SecretaryGeneral",
        "skip": "https://w3id.org/resgraph/graph/dataset",
        "predicate": "http://www.w3.org/2000/01/rdf-schema#seeAlso",
        "space": "https://undocs.org/",
        "body": "UNMISS",
        "from": "2013-01-01",
        "to": "2013-12-31",
        "n": "https://w3id.org/resgraph/A/RES/67/186",
    }
    qs = queries.available()
    assert set(qs) >= {
        "lineage",
        "cited-by",
        "mandates-by-addressee",
        "reports-due",
        "most-cited",
        "drafts-adoptions",
        "resolution-series",
        "reports-requested-vs-answered",
    }
    for q in qs.values():
        assert q.answers, q.name
        queries.run(store, q.name, {p.name: examples[p.name] for p in q.params if p.required})
        queries.run(store, q.name, {p.name: examples[p.name] for p in q.params})


def test_query_results(store):
    cited = queries.run(store, "cited-by", {"symbol": "A/RES/66/181"})
    assert {"A/RES/67/186", "E/RES/2012/14"} <= {r["citing"] for r in cited}
    top = queries.run(store, "most-cited", {})
    assert top[0]["symbol"] == "A/RES/66/181"
    due = queries.run(store, "reports-due", {"organ": "GA", "session": "68"})
    assert due and all(r["dueOrgan"] == "GA" and r["dueSession"] == 68 for r in due)
    assert "A/RES/67/186" in {r["symbol"] for r in due}
    m = queries.run(store, "mandates-by-addressee", {"addressee": "SecretaryGeneral", "verb": "requests"})
    assert m and all(r["verbKey"] == "requests" for r in m)
    owed = queries.run(store, "reports-owed", {"actor": "https://w3id.org/resgraph/actor/SecretaryGeneral"})
    assert ("A/RES/67/186", 14, "68") in {(r["symbol"], r["op"], r["dueSession"]) for r in owed}
    links = queries.run(store, "drafts-adoptions", {"symbol": "A/RES/67/186"})
    assert [(r["recommendedIn"], r["adoptedSymbol"]) for r in links] == [("E/RES/2012/14", "A/RES/67/186")]
    series = queries.run(store, "resolution-series", {"symbol": "A/RES/67/186"})
    assert {r["member"] for r in series} == {"A/RES/67/186", "E/RES/2012/14"}


def test_parameter_errors(store):
    with pytest.raises(queries.QueryError, match="needs --param symbol"):
        queries.run(store, "lineage", {})
    with pytest.raises(queries.QueryError, match="has no parameter"):
        queries.run(store, "lineage", {"symbol": "x", "bogus": "1"})
    with pytest.raises(queries.QueryError, match="must be integer"):
        queries.run(store, "reports-due", {"session": "sixty-eight"})
    with pytest.raises(queries.QueryError, match="no query named"):
        queries.run(store, "nope", {})


def test_lineage_without_lateral_is_the_same_query_on_rdflib(store):
    """LATERAL is an evaluation-order hint for Oxigraph; the query without it is plain SPARQL 1.1
    and gives the same rows on rdflib (what benchmarks/build.py compares against)."""
    from rdflib import Dataset, Literal, Variable

    ds = Dataset(default_union=True)
    ds.parse(data=store.dump("nq").decode("utf-8"), format="nquads")
    q = queries.load("lineage")
    ox_rows = queries.run(store, "lineage", {"symbol": "A/RES/67/186"})
    rd = ds.query(q.text.replace("LATERAL", ""), initBindings={Variable("symbol"): Literal("A/RES/67/186")})
    key = ("direction", "fromSymbol", "toSymbol", "kind", "function", "op")
    got = {tuple(None if r[k] is None else r[k].toPython() for k in key) for r in rd}
    assert got == {tuple(r[k] for k in key) for r in ox_rows}
    assert len(got) >= 10
