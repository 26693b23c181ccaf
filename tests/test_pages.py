"""Linked data over real HTTP: `resgraph serve` on a store built from data/, asked as a browser,
curl, rdflib and a JSON-LD processor would ask it."""

from __future__ import annotations

import gzip
import json
import re
import urllib.error
import urllib.request
from xml.etree import ElementTree

import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("jinja2")
from rdflib import Graph, Literal, Namespace, URIRef  # noqa: E402

from resgraph.graph.build import build_store  # noqa: E402
from resgraph.graph.iris import DEFAULT_BASE  # noqa: E402
from resgraph.graph.store import GraphStore  # noqa: E402
from tests.conftest import DATA  # noqa: E402
from tests.serving import served  # noqa: E402

B = Namespace(DEFAULT_BASE)
RG = Namespace("https://w3id.org/resgraph/ontology#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
CITO = Namespace("http://purl.org/spar/cito/")
RES = B["A/RES/67/186"]
# what A/RES/67/186 cites (data/resolutions/A-RES-67-186.txt), and with which function
CITED = {
    "A/RES/66/102",
    "A/RES/66/181",
    "E/RES/2004/25",
    "E/RES/2005/21",
    "E/RES/2006/25",
    "E/RES/2009/23",
    "E/RES/2010/20",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "store"
    build_store([DATA], path)
    return path


@pytest.fixture(scope="module")
def site(store):
    with served(store) as url:
        yield url


def get(url: str, accept: str | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def parsed(body: bytes, fmt: str) -> Graph:
    return Graph().parse(data=body, format=fmt)


def test_turtle_by_content_negotiation_holds_the_citations(site):
    status, headers, body = get(site + "/A/RES/67/186", "text/turtle")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    assert "Accept" in headers["vary"]
    g = parsed(body, "turtle")
    assert {str(o)[len(DEFAULT_BASE) :] for o in g.objects(RES, ELI.cites)} == CITED
    assert (RES, RG.reiterates, B["A/RES/66/181"]) in g
    # the citation nodes themselves, with function and paragraph
    c = next(c for c in g.subjects(CITO.hasCitedEntity, B["A/RES/66/181"]) if (c, CITO.hasCitingEntity, RES) in g)
    assert (c, RG.hasFunction, B["function/reiterates"]) in g
    assert (c, RG.inParagraph, B["A/RES/67/186/op/10"]) in g
    assert (RES, RG.symbol, Literal("A/RES/67/186")) in g


def test_json_ld_expands_with_pyld_to_the_same_graph(site):
    from pyld import jsonld

    _, _, nt = get(site + "/A/RES/67/186", "application/n-triples")
    status, headers, body = get(site + "/A/RES/67/186", "application/ld+json")
    assert status == 200 and headers["content-type"].startswith("application/ld+json")
    doc = json.loads(body)
    assert isinstance(doc["@context"], dict) and doc["@context"]["cites"]["@id"] == "eli:cites"  # compacted
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    from_pyld = parsed(nquads.encode(), "nt")
    reference = parsed(nt, "nt")
    assert len(from_pyld) == len(reference) > 300
    assert set(from_pyld) == set(reference)
    assert {str(o)[len(DEFAULT_BASE) :] for o in from_pyld.objects(RES, ELI.cites)} == CITED
    assert {str(o)[len(DEFAULT_BASE) :] for o in parsed(body, "json-ld").objects(RES, ELI.cites)} == CITED


@pytest.mark.parametrize(
    "suffix,media,fmt",
    [
        (".ttl", "text/turtle", "turtle"),
        (".jsonld", "application/ld+json", "json-ld"),
        (".nt", "application/n-triples", "nt"),
        (".rdf", "application/rdf+xml", "xml"),
    ],
)
def test_suffix_forms(site, suffix, media, fmt):
    status, headers, body = get(site + "/A/RES/67/186" + suffix)  # no Accept: the suffix decides
    assert status == 200 and headers["content-type"].startswith(media)
    g = parsed(body, fmt)
    assert {str(o)[len(DEFAULT_BASE) :] for o in g.objects(RES, ELI.cites)} == CITED


@pytest.mark.parametrize(
    "accept,media",
    [
        ("text/turtle;q=0.5, application/ld+json", "application/ld+json"),
        ("application/ld+json;q=0.2, text/turtle;q=0.9", "text/turtle"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"),  # a browser
        ("*/*", "text/html"),
        ("application/n-triples, */*;q=0.1", "application/n-triples"),
        ("text/*;q=0.3, text/turtle", "text/turtle"),
        ("application/json", "application/ld+json"),  # plain JSON of a resource is its JSON-LD, not a 406
    ],
)
def test_q_values_choose_the_format(site, accept, media):
    status, headers, _ = get(site + "/A/RES/67/186", accept)
    assert status == 200 and headers["content-type"].startswith(media)


def test_head_answers_like_get_without_a_body(site):
    req = urllib.request.Request(site + "/A/RES/67/186.ttl", method="HEAD")
    with urllib.request.urlopen(req, timeout=60) as r:
        assert r.status == 200 and r.headers["content-type"].startswith("text/turtle") and r.read() == b""


def test_406_when_no_format_fits(site):
    status, _, body = get(site + "/A/RES/67/186", "image/png")
    assert status == 406 and b"text/turtle" in body


@pytest.mark.parametrize(
    "path,expect",
    [
        ("/A/RES/67/186/op/14", (RG.text, "Requests the Secretary-General to submit to the General Assembly")),
        (
            "/actor/SecretaryGeneral",
            ("http://www.w3.org/2004/02/skos/core#prefLabel", "Secretary-General of the United Nations"),
        ),
        ("/organ/GA", ("http://www.w3.org/2004/02/skos/core#prefLabel", "General Assembly")),
        ("/session/GA/67", (RG.sessionYear, "2012")),
        ("/function/reiterates", ("http://www.w3.org/2004/02/skos/core#prefLabel", "reiterates")),
        ("/verb/requests", ("http://www.w3.org/2004/02/skos/core#prefLabel", "requests")),
        ("/E/RES/2012/14/draft", (RG.draftAdoptedAs, str(RES))),
        ("/graph/registry", (RG.symbol, "A/RES/66/181")),
        ("/ontology", ("http://www.w3.org/2000/01/rdf-schema#label", "resgraph ontology")),
    ],
)
def test_every_kind_of_resource_dereferences(site, path, expect):
    prop, value = expect
    status, _, body = get(site + path, "text/turtle")
    assert status == 200, path
    g = parsed(body, "turtle")
    assert any(str(o).startswith(value) for o in g.objects(None, URIRef(prop))), (path, prop)
    status, headers, html = get(site + path, "text/html")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert b"Source: United Nations" in html


def test_resolution_page_for_people(site):
    status, _, body = get(site + "/A/RES/67/186", "text/html")
    html = body.decode()
    assert status == 200
    assert "<h1" in html and "A/RES/67/186</h1>" in html
    assert "Strengthening the rule of law and the reform of criminal justice institutions" in html
    assert 'href="https://undocs.org/en/A/RES/67/186"' in html
    assert "Source: United Nations" in html
    # paragraphs with their citations and mandates
    assert "Requests the Secretary-General to submit to the General Assembly at its sixty-eighth session" in html
    op10 = html[html.index('href="/A/RES/67/186/op/10"') :]
    op10 = op10[: op10.index('class="paragraph')]
    assert 'href="/function/reiterates"' in op10 and 'href="/A/RES/66/181"' in op10
    op14 = html[html.index('href="/A/RES/67/186/op/14"') :]
    op14 = op14[: op14.index('class="paragraph')]
    assert 'href="/verb/requests"' in op14 and 'href="/actor/SecretaryGeneral"' in op14
    # reports due, what it cites, its lineage
    reports = html[html.index('id="reports"') : html.index('id="cites"')]
    assert "Secretary-General" in reports and 'href="/session/GA/68"' in reports
    for symbol in CITED:
        assert f'href="/{symbol}"' in html[html.index('id="cites"') :]
    lineage = html[html.index('id="lineage"') : html.index('id="paragraphs"')]
    assert re.search(r"A/RES/66/181</a>.*E/RES/2012/14</a>.*A/RES/67/186</a>", lineage, re.S)
    # no script is needed to read it
    assert "<script" not in html


def test_cited_by_on_the_cited_resolutions_page(site):
    _, _, body = get(site + "/A/RES/66/181", "text/html")
    cited_by = body.decode().split('id="cited-by"', 1)[1]
    assert 'href="/A/RES/67/186"' in cited_by and 'href="/E/RES/2012/14"' in cited_by


def test_actor_page_lists_mandates_and_reports_owed(site):
    _, _, body = get(site + "/actor/SecretaryGeneral", "text/html")
    html = body.decode()
    mandates = html[html.index('id="mandates"') : html.index('id="reports"')]
    assert re.search(r'href="/A/RES/67/186">A/RES/67/186</a></td><td>[^<]*</td><td>op 14</td><td>requests', mandates)
    reports = html[html.index('id="reports"') :]
    assert re.search(r"A/RES/67/186</a></td><td>op 14</td><td>GeneralAssembly</td><td>68</td><td>2013", reports)


def test_unknown_iri_is_a_404_page(site):
    for path in ("/A/RES/99/999", "/actor/Nobody", "/A/RES/67/186/op/999.ttl"):
        status, headers, body = get(site + path, "text/html")
        assert status == 404 and headers["content-type"].startswith("text/html"), path
        assert b"Not found" in body and b"Source: United Nations" in body


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemap_lists_the_documents(site):
    status, headers, body = get(site + "/sitemap.xml")
    assert status == 200
    index = ElementTree.fromstring(body)
    assert index.tag == SITEMAP + "sitemapindex"
    files = [e.text for e in index.iter(SITEMAP + "loc")]
    assert files == [site + "/sitemap-1.xml"]  # data/ is far below 50,000 resources
    status, headers, body = get(files[0])
    assert status == 200 and headers["content-type"].startswith("application/xml")
    locs = [e.text for e in ElementTree.fromstring(body).iter(SITEMAP + "loc")]
    assert site + "/A/RES/67/186" in locs and site + "/actor/SecretaryGeneral" in locs
    assert len(locs) == len(set(locs))
    for loc in locs[:5]:  # each is a page that answers
        assert get(loc, "text/html")[0] == 200


@pytest.mark.parametrize(
    "name,fmt", [("resgraph.nq.gz", "nquads"), ("resgraph.ttl.gz", "turtle"), ("resgraph.jsonld.gz", "json-ld")]
)
def test_dumps_hold_the_store(site, store, name, fmt):
    import pyoxigraph as ox

    status, headers, body = get(site + "/dump/" + name)
    assert status == 200 and headers["content-type"] == "application/gzip"
    data = gzip.decompress(body)
    if fmt == "nquads":  # every quad of the store, and the ontology in its own graph
        dumped = set(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        stored = set(GraphStore(store, read_only=True).quads())
        assert stored <= dumped
        assert {q.graph_name.value for q in dumped - stored} == {"https://w3id.org/resgraph/ontology"}
    else:
        from rdflib import Dataset

        g = Dataset()
        g.parse(data=data, format=fmt)
        assert {str(o)[len(DEFAULT_BASE) :] for _, _, o, _ in g.quads((RES, ELI.cites, None, None))} == CITED


def test_dumps_folder_is_served_as_written(store, tmp_path):
    """`serve --dumps DIR` serves the files `resgraph export` wrote there, byte for byte."""
    import subprocess
    import sys

    dumps = tmp_path / "dumps"
    dumps.mkdir()
    out = dumps / "resgraph.trig.gz"
    subprocess.run([sys.executable, "-m", "resgraph", "export", "--store", str(store), "-o", str(out)], check=True)
    with served(store, "--dumps", str(dumps)) as url:
        status, _, body = get(url + "/dump/resgraph.trig.gz")
        assert status == 200 and body == out.read_bytes()
        assert get(url + "/dump/other.tar.gz")[0] == 404


def test_pages_load_nothing_from_another_host(site):
    for path in ("/", "/A/RES/67/186", "/lineage?symbol=A/RES/67/186", "/query"):
        html = get(site + path, "text/html")[2].decode()
        for ref in re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', html):
            assert ref.startswith("/"), (path, ref)
            assert get(site + ref)[0] == 200, ref


def test_a_store_built_under_another_base_is_refused(store):
    from resgraph.web.pages import Site

    with pytest.raises(ValueError, match="--base https://w3id.org/resgraph/"):
        Site(store, "https://example.org/other/")


VOID = Namespace("http://rdfs.org/ns/void#")


@pytest.mark.parametrize(
    "accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt")]
)
def test_void_parses_and_its_counts_equal_the_stores(site, store, accept, fmt):
    """The description at /.well-known/void against counts taken from the store's quads in Python."""
    import pyoxigraph as ox
    from rdflib.namespace import RDF

    status, headers, body = get(site + "/.well-known/void", accept)
    assert status == 200 and headers["content-type"].startswith(accept)
    g = parsed(body, fmt)
    ds = B["dataset"]
    assert (ds, RDF.type, VOID.Dataset) in g
    st = GraphStore(store, read_only=True)
    described = ox.NamedNode(DEFAULT_BASE + "graph/dataset")
    quads = [q for q in st.quads() if q.graph_name != described]
    assert int(g.value(ds, VOID.triples)) == len(quads)
    by_property: dict[str, int] = {}
    by_class: dict[str, set] = {}
    for q in quads:
        by_property[q.predicate.value] = by_property.get(q.predicate.value, 0) + 1
        if q.predicate.value == str(RDF.type):
            by_class.setdefault(q.object.value, set()).add(q.subject)
    assert int(g.value(ds, VOID.properties)) == len(by_property)
    assert int(g.value(ds, VOID.classes)) == len(by_class)
    for part in g.objects(ds, VOID.classPartition):
        assert int(g.value(part, VOID.entities)) == len(by_class[str(g.value(part, VOID["class"]))])
    for part in g.objects(ds, VOID.propertyPartition):
        assert int(g.value(part, VOID.triples)) == by_property[str(g.value(part, VOID.property))]
    resolutions = next(p for p in g.objects(ds, VOID.classPartition) if g.value(p, VOID["class"]) == RG.Resolution)
    assert int(g.value(resolutions, VOID.entities)) > 40
    # the linkset to undocs.org counts the rdfs:seeAlso links there
    undocs = sum(
        1 for q in quads if q.predicate.value.endswith("#seeAlso") and q.object.value.startswith("https://undocs.org/")
    )
    links = [s for s in g.subjects(RDF.type, VOID.Linkset)]
    assert links and int(g.value(links[0], VOID.triples)) == undocs > 0
    # what it points at answers here: the endpoint and every dump
    assert str(g.value(ds, VOID.sparqlEndpoint)) == DEFAULT_BASE + "sparql"
    dumps = sorted(str(d) for d in g.objects(ds, VOID.dataDump))
    assert dumps
    if fmt == "turtle":
        for d in dumps:
            assert get(site + "/" + d[len(DEFAULT_BASE) :])[0] == 200, d
    assert "United Nations" in str(g.value(ds, URIRef("http://purl.org/dc/terms/rights")))


def test_an_actor_page_shows_a_bounded_table_and_the_whole_count(store, monkeypatch):
    """An actor asked for thousands of things (the Secretary-General in corpus-full: 9,582 mandates)
    gets a page of the first rows and the count of all, not a page of megabytes."""
    from resgraph.graph import queries
    from resgraph.web import describe, document

    st = GraphStore(store, read_only=True)
    iri = DEFAULT_BASE + "actor/SecretaryGeneral"
    rows = {n: queries.run(st, n, p) for n, p in document.queries_for("actor", iri, describe.describe(st, iri)).items()}
    assert len(rows["actor-mandates"]) > 3
    monkeypatch.setattr(document, "MAX_ROWS", 2)
    page = document.actor_page(iri, describe.describe(st, iri), rows)
    assert page["mandates"] == rows["actor-mandates"][:2]
    assert page["counts"]["actor-mandates"] == len(rows["actor-mandates"])


def test_void_for_a_browser_is_the_datasets_page(site):
    status, headers, body = get(site + "/.well-known/void", "text/html,application/xhtml+xml,*/*;q=0.8")
    assert status == 200 and headers["content-type"].startswith("text/html")  # after a 303 to /dataset
    assert b"United Nations resolutions as a knowledge graph" in body and b"Source: United Nations" in body
    status, headers, _ = get(site + "/.well-known/void", "*/*")
    assert status == 200 and headers["content-type"].startswith("text/turtle")


def test_a_page_whose_query_times_out_goes_out_without_that_section(store):
    """The lineage of a much-cited resolution can overrun the query time limit: the page still
    shows the resolution, and says what it left out and why."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from resgraph.web.pages import install
    from resgraph.web.workers import QueryFailed

    class SlowPool:
        async def rows(self, query, substitutions=None):
            if "name: lineage" in query:
                raise QueryFailed("query did not finish within 10 s and was stopped", 503)
            return {"head": {"vars": []}, "results": {"bindings": []}}

    app = FastAPI()
    install(app, store)
    app.state.pool = SlowPool()
    r = TestClient(app).get("/A/RES/67/186", headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert "left out" in r.text and "lineage: query did not finish within 10 s" in r.text
    assert "Requests the Secretary-General to submit to the General Assembly" in r.text
    assert 'id="lineage"' not in r.text


def test_a_page_stopped_at_a_limit_says_why_and_when_to_come_back(store):
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from resgraph.web.pages import install
    from resgraph.web.workers import QueryFailed

    class BusyPool:
        async def call(self, name, *args):
            raise QueryFailed("256 queries are waiting for a query worker already; try again later", 503)

    app = FastAPI()
    install(app, store)
    app.state.pool = BusyPool()
    r = TestClient(app).get("/A/RES/67/186", headers={"Accept": "text/html"})
    assert r.status_code == 503 and r.headers["retry-after"] == "5"
    assert "256 queries are waiting" in r.text


def test_sitemap_and_home_page_are_paged(store, monkeypatch):
    """Past SITEMAP_LIMIT resources the index lists several files, each at most that many URLs,
    together every resource once; the home page lists HOME_PAGE documents a page, with links."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from resgraph.graph import queries
    from resgraph.web import dataset_pages, pages

    every = {r["iri"] for r in queries.run(GraphStore(store, read_only=True), "site-resources", {})}
    monkeypatch.setattr(dataset_pages, "SITEMAP_LIMIT", 7)
    monkeypatch.setattr(pages, "HOME_PAGE", 2)  # data/ holds 5 documents: pages of 2, 2 and 1
    app = FastAPI()
    pages.install(app, store)
    client = TestClient(app)
    files = [e.text for e in ElementTree.fromstring(client.get("/sitemap.xml").content).iter(SITEMAP + "loc")]
    assert len(files) == -(-len(every) // 7) > 1
    seen = []
    for f in files:
        locs = [e.text for e in ElementTree.fromstring(client.get(f).content).iter(SITEMAP + "loc")]
        assert 0 < len(locs) <= 7
        seen += locs
    assert len(seen) == len(set(seen)) == len(every)
    assert client.get(f"/sitemap-{len(files) + 1}.xml").status_code == 404
    first, second = client.get("/"), client.get("/?page=2")
    assert first.status_code == second.status_code == 200
    rows = lambda html: re.findall(r"<tr><td><a href=\"([^\"]+)\"", html)  # noqa: E731
    assert len(rows(first.text)) == len(rows(second.text)) == 2 and not set(rows(first.text)) & set(rows(second.text))
    assert 'href="/?page=2" rel="next"' in first.text and "Documents 3–4 of 5" in second.text
    assert len(rows(client.get("/?page=3").text)) == 1 and client.get("/?page=4").status_code == 404


def test_a_large_lineage_view_draws_the_nearest_and_counts_the_rest(store):
    """A lineage bigger than the view's bound: the resolution asked about and the resources
    nearest it are drawn, only edges between drawn nodes, and what is left out is counted."""
    from resgraph.graph import queries
    from resgraph.web.dataset_reads import lineage_graph

    st = GraphStore(store, read_only=True)
    rows = queries.run(st, "lineage", {"symbol": "A/RES/67/186"})
    whole = lineage_graph(st, rows, "A/RES/67/186")
    assert len(whole["nodes"]) > 3 and whole["more"] == {"nodes": 0, "edges": 0}
    focus = RES.toPython()
    near = {e["source"] for e in whole["edges"] if e["target"] == focus}
    near |= {e["target"] for e in whole["edges"] if e["source"] == focus}
    assert len(near) >= 2
    cut = lineage_graph(st, rows, "A/RES/67/186", max_nodes=3)
    ids = {n["id"] for n in cut["nodes"]}
    assert len(ids) == 3 and focus in ids and ids - {focus} <= near  # the focus and two of its neighbours
    assert all(e["source"] in ids and e["target"] in ids for e in cut["edges"])
    left = {"nodes": len(whole["nodes"]) - 3, "edges": len(whole["edges"]) - len(cut["edges"])}
    assert cut["more"] == left and left["edges"] > 0


def test_the_lineage_page_says_what_it_left_out(store, monkeypatch):
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from resgraph.web import dataset_reads
    from resgraph.web.pages import install

    monkeypatch.setattr(dataset_reads, "MAX_NODES", 3)
    app = FastAPI()
    install(app, store)
    html = TestClient(app).get("/lineage", params={"symbol": "A/RES/67/186"}).text
    assert re.search(r"the 3 resources nearest to A/RES/67/186 are drawn and listed; \d+ more resources", html)
    assert 'href="/queries/lineage?symbol=A/RES/67/186"' in html and "Edges drawn (" in html


def test_a_pages_reads_of_the_store_go_to_the_query_workers(store):
    """Every read of a resource page runs in the pool (its limits): the page asks the pool for
    its description and its data, and a read that overran is a 503 page saying why."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from resgraph.web import page_calls
    from resgraph.web.pages import install
    from resgraph.web.workers import QueryFailed

    calls = []

    class RecordingPool:
        def __init__(self, fail: bool):
            self.fail = fail

        async def rows(self, query, substitutions=None):
            return {"head": {"vars": []}, "results": {"bindings": []}}

        async def call(self, name, *args):
            calls.append(name)
            if self.fail:
                raise QueryFailed("query did not finish within 10 s and was stopped", 503)
            return page_calls.run(GraphStore(store, read_only=True), name, list(args))

    app = FastAPI()
    install(app, store)
    app.state.pool = RecordingPool(False)
    r = TestClient(app).get("/A/RES/67/186", headers={"Accept": "text/html"})
    assert r.status_code == 200 and "Requests the Secretary-General" in r.text
    assert calls == ["describe_first", "document_page"]
    app.state.pool = RecordingPool(True)
    r = TestClient(app).get("/A/RES/67/186", headers={"Accept": "text/turtle"})
    assert r.status_code == 503 and "did not finish within 10 s" in r.text
