"""`resgraph network --around` reads a short symbol as `resgraph lineage` does.

Met in a trial of the README's commands: `resgraph network x.gexf --around 67/186` said "67/186 is
not in the network (is the symbol canonical, ...)" (exit 2) where `resgraph lineage 67/186` finds
A/RES/67/186; an ambiguous one now lists its candidates (exit 1), as the lineage command does.
"""

from __future__ import annotations

import networkx as nx
from typer.testing import CliRunner

from resgraph.cli import app


def test_around_a_short_symbol_is_around_the_canonical_one(data_store, tmp_path):
    short, canonical = tmp_path / "short.gexf", tmp_path / "canonical.gexf"
    for out, symbol in ((short, "67/186"), (canonical, "A/RES/67/186")):
        r = CliRunner().invoke(app, ["network", str(out), "--store", str(data_store), "--around", symbol])
        assert r.exit_code == 0, r.output
    a, b = nx.read_gexf(short), nx.read_gexf(canonical)
    assert a.number_of_edges() > 0
    assert sorted(a.nodes) == sorted(b.nodes) and sorted(a.edges) == sorted(b.edges)


def test_around_a_symbol_the_store_lacks_says_what_it_tried(data_store, tmp_path):
    r = CliRunner().invoke(app, ["network", str(tmp_path / "x.gexf"), "--store", str(data_store), "--around", "12/1"])
    assert r.exit_code == 1 and "A/HRC/RES/12/1" in r.stderr
