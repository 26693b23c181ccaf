"""The citation network a person can read: labelled nodes, typed edges with their functions, the
draft-adoption edges, filters that refuse unknown values, and formats that read back (GEXF,
GraphML, Cytoscape JSON with a stylesheet, DOT that Graphviz draws, one offline HTML page)."""

import json
import re
import shutil
import subprocess

import networkx as nx
import pydot
import pytest
from typer.testing import CliRunner

from resgraph.cli import app
from resgraph.graph.build import build_store
from resgraph.graph.store import GraphStore
from resgraph.views.network import Filters, NetworkError, network, write
from tests.conftest import DATA


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("st") / "store"
    build_store([DATA], path)
    return path


@pytest.fixture(scope="module")
def store(store_path):
    return GraphStore(store_path, read_only=True)


@pytest.fixture(scope="module")
def graph(store):
    return network(store)


def test_the_lineage_edges_are_in_the_network(graph):
    assert graph.has_edge("E/RES/2012/14", "A/RES/66/181")
    edge = graph["A/RES/67/186"]["A/RES/66/181"]
    assert edge["kind"] == "cites" and edge["primary"] == "reiterates" and edge["reiterates"] == 1
    assert graph.nodes["A/RES/66/181"]["organ"] == "GA"


def test_the_seeds_network_holds_the_draft_adoption_edge(graph):
    edge = graph["E/RES/2012/14"]["A/RES/67/186"]
    assert edge["kind"] == "draft-adopted-as" and edge["score"] > 0.9


def test_each_function_is_its_own_attribute_and_the_primary_is_the_most_frequent(graph):
    for _, _, d in graph.edges(data=True):
        if d["kind"] != "cites":
            continue
        counts = {f: d[f.replace("-", "_")] for f in d["functions"].split()}
        assert sum(counts.values()) >= d["weight"] >= 1
        assert counts[d["primary"]] == max(counts.values())


def test_nodes_carry_what_a_reader_needs(graph):
    n = graph.nodes["A/RES/67/186"]
    assert n["title"].startswith("Strengthening the rule of law") and n["year"] == 2012 and n["kind"] == "resolution"
    assert n["iri"] == "https://w3id.org/resgraph/A/RES/67/186" and n["undocs"] == "https://undocs.org/en/A/RES/67/186"
    assert n["organ"] == "GA" and n["label"] == "A/RES/67/186"


def test_citations_of_a_draft_without_symbol_are_kept(graph):
    drafts = [n for n, d in graph.nodes(data=True) if d["kind"] == "draft" and not d["symbol"]]
    assert drafts and all(graph.out_degree(n) > 0 for n in drafts)
    assert all(graph.nodes[n]["label"] for n in drafts)


@pytest.mark.parametrize(
    "filters,check",
    [
        (Filters(around="A/RES/67/186", depth=1), lambda g: "E/RES/2012/14" in g and "A/RES/66/181" in g),
        (Filters(since=2012), lambda g: all(d["year"] >= 2012 for _, d in g.nodes(data=True))),
        (Filters(until=2006), lambda g: all(d["year"] <= 2006 for _, d in g.nodes(data=True))),
        (Filters(function="reiterates"), lambda g: all(d.get("reiterates") for _, _, d in g.edges(data=True))),
        (Filters(organ="ECOSOC"), lambda g: all(g.nodes[a]["organ"] == "ECOSOC" for a, _ in g.edges)),
    ],
)
def test_filters(store, graph, filters, check):
    g = network(store, filters)
    assert 0 < g.number_of_edges() < graph.number_of_edges() and check(g)


@pytest.mark.parametrize(
    "filters,word",
    [
        (Filters(organ="XX"), "organ"),
        (Filters(function="praises"), "function"),
        (Filters(around="A/RES/1/1"), "not in the network"),
    ],
)
def test_unknown_values_are_errors(store, filters, word):
    with pytest.raises(NetworkError, match=word):
        network(store, filters)


def test_cli_refuses_an_unknown_organ_with_a_non_zero_exit(store_path, tmp_path):
    r = CliRunner().invoke(app, ["network", str(tmp_path / "n.gexf"), "--store", str(store_path), "--organ", "XX"])
    assert r.exit_code == 2 and "unknown organ" in r.output and not (tmp_path / "n.gexf").exists()


@pytest.mark.parametrize(
    "fmt,read",
    [
        ("gexf", nx.read_gexf),
        ("graphml", nx.read_graphml),
        ("cytoscape", lambda p: nx.cytoscape_graph(json.loads(p.read_text()))),
    ],
)
def test_formats_read_back(graph, tmp_path, fmt, read):
    out = tmp_path / f"net.{fmt}"
    write(graph, fmt, out)
    back = read(out)
    assert set(back.nodes) == set(graph.nodes) and back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["A/RES/67/186"]["year"] in (2012, "2012") and back.nodes["A/RES/67/186"]["kind"] == "resolution"


def test_cytoscape_json_has_a_stylesheet_with_labels_and_arrows(graph, tmp_path):
    write(graph, "cytoscape", tmp_path / "n.json")
    data = json.loads((tmp_path / "n.json").read_text())
    styles = {s["selector"]: s["style"] for s in data["style"]}
    assert styles["node"]["label"] == "data(label)" and styles["edge"]["label"] == "data(label)"
    assert styles["edge"]["target-arrow-shape"] == "triangle" and "node[organ = 'GA']" in styles
    labels = {e["data"]["label"] for e in data["elements"]["edges"]}
    assert "draft adopted as" in labels and "reiterates" in labels


def test_dot_has_edge_labels_and_organ_colours(graph, tmp_path):
    out = tmp_path / "net.dot"
    write(graph, "dot", out)
    (parsed,) = pydot.graph_from_dot_file(str(out))
    edges = parsed.get_edges()
    assert len(edges) == graph.number_of_edges()
    assert all(e.get("label") for e in edges)
    fills = {n.get_name().strip('"'): n.get("fillcolor") for n in parsed.get_nodes()}
    assert fills['"A/RES/67/186"'.strip('"')] != fills["E/RES/2012/14"]  # GA and ECOSOC
    if shutil.which("dot"):
        r = subprocess.run(["dot", "-Tsvg", str(out)], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0 and "draft adopted as" in r.stdout and "A/RES/67/186" in r.stdout


def test_html_is_one_self_contained_page(store, tmp_path):
    g = network(store, Filters(around="A/RES/67/186"))
    out = tmp_path / "n.html"
    write(g, "html", out)
    text = out.read_text()
    assert not re.search(r"<(?:script|link)[^>]+(?:src|href)=", text)  # nothing loaded from elsewhere
    assert "cytoscape" in text and "E/RES/2012/14" in text
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("chromium is not installed: the page is not drawn")
    r = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'chrome'}",
         "--virtual-time-budget=5000", "--dump-dom", out.as_uri()],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert f'data-rendered="{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"' in r.stdout


def test_every_node_of_a_corpus_network_has_a_year_and_a_label(shared, tmp_path):
    """Built from ../shared/corpus (the smaller corpus), every node is placed in time and named."""
    st, _ = build_store([shared / "corpus"], tmp_path / "store")
    g = network(st)
    assert g.number_of_nodes() > 100
    missing = [n for n, d in g.nodes(data=True) if not d.get("year") or not d.get("label")]
    assert missing == []


def test_an_inverted_year_window_is_an_error_naming_the_options():
    """`network --since 2020 --until 2019` wrote an empty graph and exited 0 (a user trial)."""
    from resgraph.views.network import Filters, NetworkError, network

    with pytest.raises(NetworkError, match=r"--since 2020 is after --until 2019"):
        network(None, Filters(since=2020, until=2019))  # type: ignore[arg-type]  # refused before the store is read
