"""The SPARQL 1.1 Protocol over real HTTP: SPARQLWrapper, content negotiation, dataset
parameters, the service description, CORS, HEAD, gzip, ETag, and a table of W3C protocol tests."""

from __future__ import annotations

import gzip
import json
import re
from urllib.error import HTTPError

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn")
from rdflib import Graph, URIRef  # noqa: E402
from rdflib.namespace import RDF  # noqa: E402
from SPARQLWrapper import CSV, JSON, JSONLD, N3, TSV, TURTLE, XML, SPARQLWrapper  # noqa: E402
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed  # noqa: E402

from resgraph.graph import queries as named_queries  # noqa: E402

RES = "https://w3id.org/resgraph/A/RES/67/186"
RG = "https://w3id.org/resgraph/ontology#"
CONSTRUCT = f"CONSTRUCT {{ <{RES}> ?p ?o }} WHERE {{ <{RES}> ?p ?o }}"
DESCRIBE = f"DESCRIBE <{RES}>"
SELECT = f"PREFIX rg: <{RG}> SELECT ?r ?s WHERE {{ ?r rg:symbol ?s }} ORDER BY ?s LIMIT 5"
ASK = f"PREFIX rg: <{RG}> ASK {{ ?r rg:symbol 'A/RES/67/186' }}"
GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n)"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def wrapper(url: str, query: str, fmt: str | None = None, method: str = "GET") -> SPARQLWrapper:
    w = SPARQLWrapper(url + "/sparql")
    w.setQuery(query)
    w.setMethod(method)
    if fmt:
        w.setReturnFormat(fmt)
    return w


def as_graph(converted) -> Graph:
    """SPARQLWrapper converts RDF/XML and JSON-LD to a Graph itself, and hands Turtle and
    N-Triples over as bytes (its documented behaviour): those rdflib parses."""
    if isinstance(converted, Graph):
        return converted
    return Graph().parse(data=converted, format="turtle")


def get(url: str, query: str, accept: str | None = None, **params) -> httpx.Response:
    headers = {"accept": accept} if accept else {}
    return httpx.get(url + "/sparql", params={"query": query, **params}, headers=headers, timeout=30)


def count(r: httpx.Response) -> int:
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


# ---------------------------------------------------------------------------------- SPARQLWrapper
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
@pytest.mark.parametrize("fmt", [TURTLE, N3, XML, JSONLD, None], ids=["turtle", "n3", "rdfxml", "jsonld", "default"])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_gets_an_rdflib_graph_for_construct_and_describe(endpoint, query, fmt, method):
    g = as_graph(wrapper(endpoint, query, fmt, method).query().convert())
    assert (URIRef(RES), RDF.type, URIRef(RG + "Resolution")) in g
    assert (URIRef(RES), URIRef(RG + "symbol"), None) in g
    assert len(g) > 5


def test_describe_and_construct_give_the_same_triples_in_every_format(endpoint):
    graphs = [as_graph(wrapper(endpoint, CONSTRUCT, f).query().convert()) for f in (TURTLE, XML, JSONLD)]
    triples = [set(g) for g in graphs]
    assert triples[0] == triples[1] == triples[2]


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_in_every_results_format(endpoint, fmt):
    out = wrapper(endpoint, SELECT, fmt).query().convert()
    if fmt == JSON:
        symbols = [b["s"]["value"] for b in out["results"]["bindings"]]
    elif fmt == XML:
        symbols = [e.firstChild.nodeValue for e in out.getElementsByTagName("literal")]
    else:
        sep = "," if fmt == CSV else "\t"
        lines = out.decode().strip().splitlines()[1:]
        symbols = [line.split(sep)[1].strip('"') for line in lines]
    assert len(symbols) == 5 and symbols == sorted(symbols)


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask(endpoint, fmt):
    out = wrapper(endpoint, ASK, fmt).query().convert()
    value = out["boolean"] if fmt == JSON else out.getElementsByTagName("boolean")[0].firstChild.nodeValue == "true"
    assert value is True


def test_sparqlwrapper_default_and_named_graphs(endpoint):
    rows = get(endpoint, GRAPHS).json()["results"]["bindings"]
    (g1, n1), (g2, n2) = [(r["g"]["value"], int(r["n"]["value"])) for r in rows[:2]]
    w = wrapper(endpoint, COUNT, JSON)
    w.addDefaultGraph(g1)
    assert int(w.query().convert()["results"]["bindings"][0]["n"]["value"]) == n1
    w.addDefaultGraph(g2)  # two default graphs: their merge
    assert int(w.query().convert()["results"]["bindings"][0]["n"]["value"]) == n1 + n2
    w = wrapper(endpoint, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", JSON)
    w.addNamedGraph(g2)
    out = w.query().convert()["results"]["bindings"]
    assert [(b["g"]["value"], int(b["n"]["value"])) for b in out] == [(g2, n2)]
    # without dataset parameters the default graph is the union of all graphs
    assert count(get(endpoint, COUNT)) == sum(int(r["n"]["value"]) for r in rows)


def test_sparqlwrapper_errors_carry_the_reason(endpoint):
    with pytest.raises(QueryBadFormed, match="syntax error"):
        wrapper(endpoint, "SELECT * WHERE { ?s ?p }", JSON).query()
    with pytest.raises(QueryBadFormed, match="SERVICE"):
        wrapper(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", JSON).query()
    with pytest.raises(HTTPError) as e:  # SPARQLWrapper re-raises a 503 as it came: its body says why
        wrapper(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", JSON).query()
    assert e.value.code == 503 and "did not finish within" in e.value.read().decode()
    with pytest.raises(HTTPError) as e:
        wrapper(endpoint, "SELECT * WHERE { ?s ?p ?o } # " + "x" * 25000, JSON, "POST").query()
    assert e.value.code == 413 and "longer than" in e.value.read().decode()


# ---------------------------------------------------------------------------------- named queries
NAMED_PARAMS = {
    "cited-by": {"symbol": "A/RES/66/181"},
    "lineage": {"symbol": "A/RES/67/186"},
    "mandates-by-addressee": {"addressee": "SecretaryGeneral"},
    "resolution-series": {"symbol": "A/RES/67/186"},
    "reports-owed": {"actor": "https://w3id.org/resgraph/actor/SecretaryGeneral"},
    "void-links": {"predicate": "http://www.w3.org/2000/01/rdf-schema#seeAlso", "space": "https://undocs.org/"},
}


@pytest.mark.parametrize("name", sorted(named_queries.available()))
def test_named_queries_give_the_same_rows_on_sparql_as_on_queries(endpoint, name):
    """The .rq text pasted into /sparql (its parameters as a VALUES block at the start of its
    WHERE clause, so its FILTERs see them) answers what /queries/NAME answers with them bound."""
    q = named_queries.load(name)
    params = dict(NAMED_PARAMS.get(name, {}))
    for p in q.params:  # any other required parameter: the example its header gives
        if p.required and p.name not in params:
            example = re.search(r"e\.g\. (\S+)", p.doc)
            if example is None:
                pytest.skip(f"{name}: no example value for its parameter {p.name}; add one to NAMED_PARAMS")
            params[p.name] = example[1]
    via_named = httpx.get(f"{endpoint}/queries/{name}", params=params, timeout=60)
    assert via_named.status_code == 200, via_named.text
    text = q.text
    if params:
        types = {p.name: p.type for p in q.params}
        names = " ".join(f"?{k}" for k in params)
        terms = {"iri": lambda v: f"<{v}>", "iris": lambda v: f"<{v}>", "integer": str, "string": json.dumps}
        values = " ".join(terms[types[k]](v) for k, v in params.items())
        at = text.index("WHERE {") + len("WHERE {")
        text = text[:at] + f" VALUES ({names}) {{ ({values}) }} " + text[at:]
    r = httpx.post(endpoint + "/sparql", data={"query": text}, timeout=60)
    assert r.status_code == 200, r.text
    from resgraph.web.named import rows_of

    rows = rows_of(r.json(), set(params) | {p.name for p in q.params})
    key = lambda row: json.dumps(row, sort_keys=True)  # noqa: E731
    assert sorted(map(key, rows)) == sorted(map(key, via_named.json()["rows"]))
    if name in NAMED_PARAMS:
        assert rows, name  # the sample parameters do find something in data/


# ---------------------------------------------------------------------------------- negotiation
@pytest.mark.parametrize(
    "query,accept,status,media",
    [
        (SELECT, None, 200, "application/sparql-results+json"),
        (SELECT, "*/*", 200, "application/sparql-results+json"),
        (SELECT, "text/csv", 200, "text/csv"),
        (SELECT, "text/tab-separated-values", 200, "text/tab-separated-values"),
        (SELECT, "application/sparql-results+xml", 200, "application/sparql-results+xml"),
        (SELECT, "application/json", 200, "application/sparql-results+json"),
        (SELECT, "text/csv;q=0.5, application/sparql-results+xml;q=0.9", 200, "application/sparql-results+xml"),
        (SELECT, "text/csv;q=0.9, application/sparql-results+xml;q=0.5", 200, "text/csv"),
        (SELECT, "application/sparql-results+json;q=0, text/*", 200, "text/csv"),
        (SELECT, "image/png", 406, None),
        (SELECT, "text/turtle", 406, None),
        (ASK, "application/sparql-results+xml", 200, "application/sparql-results+xml"),
        (CONSTRUCT, None, 200, "text/turtle"),
        (CONSTRUCT, "application/n-triples", 200, "application/n-triples"),
        (CONSTRUCT, "application/rdf+xml", 200, "application/rdf+xml"),
        (CONSTRUCT, "application/ld+json", 200, "application/ld+json"),
        (CONSTRUCT, "text/turtle;q=0.2, application/ld+json;q=0.8", 200, "application/ld+json"),
        (CONSTRUCT, "application/sparql-results+json", 406, None),
        (DESCRIBE, "application/rdf+xml;q=1, text/turtle;q=0.1", 200, "application/rdf+xml"),
    ],
)
def test_content_negotiation_with_q_values(endpoint, query, accept, status, media):
    r = get(endpoint, query, accept)
    assert r.status_code == status, r.text
    if media:
        assert r.headers["content-type"].split(";")[0] == media
    else:
        assert "accept" in r.text.lower()


def test_jsonld_uses_the_package_context(endpoint):
    doc = get(endpoint, CONSTRUCT, "application/ld+json").json()
    assert doc["@context"]["rg"] == RG
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    assert (URIRef(RES), RDF.type, URIRef(RG + "Resolution")) in g


# ---------------------------------------------------------------------------------- HTTP features
def test_service_description_at_get_sparql(endpoint):
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")):
        r = httpx.get(endpoint + "/sparql", headers={"accept": accept})
        assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
        g = Graph().parse(data=r.text, format=fmt)
        sd = "http://www.w3.org/ns/sparql-service-description#"
        assert (URIRef(endpoint + "/sparql"), RDF.type, URIRef(sd + "Service")) in g
        assert (URIRef(endpoint + "/sparql"), URIRef(sd + "feature"), URIRef(sd + "UnionDefaultGraph")) in g


def test_cors_preflight_and_simple_request(endpoint):
    r = httpx.options(
        endpoint + "/sparql",
        headers={
            "origin": "https://portal.example.org",
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
    )
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] in ("*", "https://portal.example.org")
    assert "POST" in r.headers["access-control-allow-methods"]
    r = (
        get(endpoint, ASK, None)
        if False
        else httpx.get(endpoint + "/sparql", params={"query": ASK}, headers={"origin": "https://portal.example.org"})
    )
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"


def test_head_answers_the_headers_of_get(endpoint):
    r = httpx.head(endpoint + "/sparql", params={"query": SELECT})
    assert r.status_code == 200 and r.content == b""
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    assert r.headers["etag"] == get(endpoint, SELECT).headers["etag"]


def test_gzip_when_asked(endpoint):
    big = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 500"
    with httpx.Client() as c:
        r = c.get(endpoint + "/sparql", params={"query": big}, headers={"accept-encoding": "gzip"})
        assert r.headers.get("content-encoding") == "gzip"
        assert len(r.json()["results"]["bindings"]) == 500
        raw = c.build_request("GET", endpoint + "/sparql", params={"query": big}, headers={"accept-encoding": "gzip"})
        resp = c.send(raw, stream=True)
        body = b"".join(resp.iter_raw())
        assert json.loads(gzip.decompress(body))["results"]["bindings"]


def test_etag_gives_304_when_unchanged(endpoint):
    r = get(endpoint, SELECT)
    tag = r.headers["etag"]
    assert tag.startswith('W/"')
    again = httpx.get(endpoint + "/sparql", params={"query": SELECT}, headers={"if-none-match": tag})
    assert again.status_code == 304 and again.content == b""
    other = get(endpoint, SELECT, "text/csv")
    assert other.headers["etag"] != tag  # another representation, another tag


def test_a_large_result_streams_whole(endpoint):
    """Past 1 MB an answer is spooled by the worker and streamed: complete, every row."""
    q = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = httpx.get(endpoint + "/sparql", params={"query": q}, headers={"cache-control": "no-cache"}, timeout=60)
    assert r.status_code == 200 and len(r.content) > 1 << 20
    assert len(r.json()["results"]["bindings"]) == count(get(endpoint, COUNT))


def test_a_large_result_that_overruns_is_a_503_not_a_cut_200(endpoint):
    """A result that grows past 1 MB and then past the time limit: nothing was sent yet."""
    r = get(endpoint, "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f }", "text/csv")
    assert r.status_code in (503, 413), r.status_code
    assert "did not finish" in r.text or "memory cap" in r.text or "larger than" in r.text


# ---------------------------------------------------------------------------------- W3C protocol tests
# A subset of the W3C SPARQL 1.1 Protocol tests (https://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/),
# adapted to this store: (test name, method, query-string params, content type, body, expected status, check)
W3C = [
    ("query_get", "GET", {"query": ASK}, None, None, 200, "boolean"),
    ("query_post_form", "POST", {}, "application/x-www-form-urlencoded", {"query": ASK}, 200, "boolean"),
    ("query_post_direct", "POST", {}, "application/sparql-query", ASK, 200, "boolean"),
    ("query_content_type_select", "GET", {"query": SELECT}, None, None, 200, "bindings"),
    ("query_content_type_ask", "GET", {"query": ASK}, None, None, 200, "boolean"),
    ("query_content_type_describe", "GET", {"query": DESCRIBE}, None, None, 200, "rdf"),
    ("query_content_type_construct", "GET", {"query": CONSTRUCT}, None, None, 200, "rdf"),
    ("query_dataset_default_graph_get", "GET", {"query": COUNT, "default-graph-uri": "$g1"}, None, None, 200, "n1"),
    (
        "query_dataset_default_graph_post",
        "POST",
        {"default-graph-uri": "$g1"},
        "application/sparql-query",
        COUNT,
        200,
        "n1",
    ),
    (
        "query_dataset_default_graphs_form",
        "POST",
        {},
        "application/x-www-form-urlencoded",
        {"query": COUNT, "default-graph-uri": ["$g1", "$g2"]},
        200,
        "n1+n2",
    ),  # fmt: skip
    (
        "query_dataset_named_graphs_get",
        "GET",
        {"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": "$g2"},
        None,
        None,
        200,
        "n2",
    ),  # fmt: skip
    (
        "query_dataset_full",
        "GET",
        {
            "query": "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
            "default-graph-uri": "$g1",
            "named-graph-uri": "$g2",
        },
        None,
        None,
        200,
        "n1+n2",
    ),  # fmt: skip
    (
        "query_dataset_in_query",
        "GET",
        {"query": "SELECT (COUNT(*) AS ?n) FROM <$g2> WHERE { ?s ?p ?o }"},
        None,
        None,
        200,
        "n2",
    ),
    ("bad_query_method", "PUT", {"query": ASK}, None, None, 405, None),
    ("bad_multiple_queries", "GET", {"query": [ASK, SELECT]}, None, None, 400, None),
    ("bad_query_wrong_media_type", "POST", {}, "text/plain", ASK, 415, None),
    ("bad_query_missing_form_type", "POST", {}, None, "query=" + ASK, 415, None),
    ("bad_query_non_utf8", "POST", {}, "application/sparql-query", ASK.encode("utf-16"), 400, None),
    ("bad_query_syntax", "GET", {"query": "ASK {"}, None, None, 400, None),
    ("bad_update_get", "GET", {"query": "CLEAR ALL"}, None, None, 400, None),
    ("bad_update_query_param", "GET", {"update": "CLEAR ALL"}, None, None, 400, None),
    ("bad_update_form", "POST", {}, "application/x-www-form-urlencoded", {"update": "CLEAR ALL"}, 400, None),
    ("bad_update_direct", "POST", {}, "application/sparql-update", "CLEAR ALL", 415, None),
    ("bad_no_query_post", "POST", {}, "application/x-www-form-urlencoded", {}, 400, None),
]


@pytest.fixture(scope="module")
def two_graphs(endpoint):
    rows = get(endpoint, GRAPHS).json()["results"]["bindings"]
    return [(r["g"]["value"], int(r["n"]["value"])) for r in rows[:2]]


def _fill(value, graphs):
    if isinstance(value, list):
        return [_fill(v, graphs) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, graphs) for k, v in value.items()}
    if isinstance(value, str):
        return value.replace("$g1", graphs[0][0]).replace("$g2", graphs[1][0])
    return value


@pytest.mark.parametrize("name,method,params,ctype,body,status,check", W3C, ids=[t[0] for t in W3C])
def test_w3c_protocol(endpoint, two_graphs, name, method, params, ctype, body, status, check):
    params, body = _fill(params, two_graphs), _fill(body, two_graphs)
    headers = {"content-type": ctype} if ctype else {}
    if isinstance(body, dict):
        from urllib.parse import urlencode

        body = urlencode(body, doseq=True)
    content = body.encode() if isinstance(body, str) else body
    r = httpx.request(method, endpoint + "/sparql", params=params, content=content, headers=headers, timeout=30)
    assert r.status_code == status, r.text
    (g1, n1), (g2, n2) = two_graphs
    if check == "boolean":
        assert r.json()["boolean"] is True
    elif check == "bindings":
        assert r.headers["content-type"].startswith("application/sparql-results+json")
        assert len(r.json()["results"]["bindings"]) == 5
    elif check == "rdf":
        assert r.headers["content-type"].startswith("text/turtle")
        assert (URIRef(RES), RDF.type, URIRef(RG + "Resolution")) in Graph().parse(data=r.text, format="turtle")
    elif check:
        assert count(r) == {"n1": n1, "n2": n2, "n1+n2": n1 + n2}[check]
    if status >= 400:
        assert r.text.strip(), "a refusal says why"
