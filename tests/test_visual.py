"""Exports for graph visualisers read back into the same network."""

import json

import networkx as nx
import pydot
import pytest

from resgraph.graph.build import build_store
from resgraph.graph.store import GraphStore
from resgraph.views.network import network, write
from tests.conftest import DATA


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("st") / "store"
    build_store([DATA], path)
    return network(GraphStore(path, read_only=True))


def test_the_lineage_edges_are_in_the_network(graph):
    assert graph.has_edge("E/RES/2012/14", "A/RES/66/181")
    assert "reiterates" in graph["A/RES/67/186"]["A/RES/66/181"]["functions"]
    assert graph.nodes["A/RES/66/181"]["organ"] == "GA"


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


def test_dot_parses_with_graphviz_syntax(graph, tmp_path):
    out = tmp_path / "net.dot"
    write(graph, "dot", out)
    (parsed,) = pydot.graph_from_dot_file(str(out))
    assert len(parsed.get_edges()) == graph.number_of_edges()
