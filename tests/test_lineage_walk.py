"""The lineage walked generation by generation (resgraph.graph.lineage): the same edges as the
named query lineage when unbounded, nearest first, cut at a depth and paged; its cost follows
the page, not the depth of the network (issue 11: a recent resolution's lineage at 40,000)."""

import pytest
from typer.testing import CliRunner

from resgraph.cli import app
from resgraph.extract.pipeline import extract_file
from resgraph.graph import queries
from resgraph.graph.lineage import lineage, walk
from resgraph.graph.store import GraphStore
from resgraph.views.lineage import chains_to
from tests.conftest import DATA

KEY = ("direction", "from", "to", "fromSymbol", "toSymbol", "kind", "function", "op", "score")
GOLD = [  # (distance, direction, from, kind, to) of A/RES/67/186's lineage within two generations
    (1, "ancestor", "A/RES/67/186", "cites", "A/RES/66/181"),
    (1, "ancestor", "E/RES/2012/14", "recommends-draft-adopted-as", "A/RES/67/186"),
    (2, "ancestor", "E/RES/2012/14", "cites", "A/RES/66/181"),
]


@pytest.fixture(scope="module")
def store(memory_store):
    return memory_store


def _edges(rows):
    return sorted(tuple(r.get(k) for k in KEY) for r in rows)


def test_unbounded_walk_gives_the_rows_of_the_lineage_query(store):
    symbols = [r["symbol"] for r in queries.run(store, "recent-resolutions", {})]
    assert len(symbols) >= 3
    for symbol in symbols:
        whole = queries.run(store, "lineage", {"symbol": symbol})
        page = lineage(store, symbol, depth=None, limit=None)
        assert _edges(page.rows) == _edges(whole), symbol
        assert not page.more and page.deeper is False


def test_the_seed_lineage_nearest_first(store):
    page = lineage(store, "A/RES/67/186")
    got = [(r["distance"], r["direction"], r["fromSymbol"], r["kind"], r["toSymbol"]) for r in page.rows]
    for edge in GOLD:
        assert edge in got
    assert [r["distance"] for r in page.rows] == sorted(r["distance"] for r in page.rows)
    nodes, _ = chains_to(list(page.rows), "A/RES/67/186")[0]
    assert nodes == ["A/RES/66/181", "E/RES/2012/14", "A/RES/67/186"]


def test_depth_one_stops_and_says_the_lineage_goes_on(store):
    page = lineage(store, "A/RES/67/186", depth=1)
    assert page.rows and {r["distance"] for r in page.rows} == {1}
    assert ("E/RES/2012/14", "cites", "A/RES/66/181") not in {
        (r["fromSymbol"], r["kind"], r["toSymbol"]) for r in page.rows
    }
    assert page.deeper is True and page.generations == 1


def test_pages_put_together_are_the_whole_lineage(store):
    whole = lineage(store, "A/RES/67/186", depth=None, limit=None).rows
    assert len(whole) > 4
    got, offset = [], 0
    while True:
        page = lineage(store, "A/RES/67/186", depth=None, limit=3, offset=offset)
        got += page.rows
        assert len(page.rows) <= 3
        if not page.more:
            break
        offset += 3
    assert got == list(whole)


def test_an_unknown_symbol_and_bad_bounds(store):
    page = lineage(store, "A/RES/99/999")
    assert page.node is None and page.rows == () and not page.more
    with pytest.raises(ValueError, match="negative"):
        lineage(store, "A/RES/67/186", depth=-1)


def chain(length):
    """A named-query answerer over a chain of resolutions R0 <- R1 <- ... (Rk cites Rk+1): each
    generation one row; it counts the queries it answers."""
    calls = []

    def run(name, params):
        calls.append(name)
        if name == "symbol-known":
            return [{"node": "R0", "symbol": params["symbol"]}]
        rows = []
        for n in params["n"]:
            k = int(n[1:])
            if name == "lineage-parents" and k + 1 < length:
                rows.append({"direction": "ancestor", "from": n, "to": f"R{k + 1}", "kind": "cites"})
        return rows

    return run, calls


@pytest.mark.parametrize("length", [10, 10_000])
def test_the_walk_reads_what_the_page_shows_however_deep_the_network(length):
    run, calls = chain(length)
    page = walk(run, "R0", depth=None, limit=5)
    assert [r["to"] for r in page.rows] == ["R1", "R2", "R3", "R4", "R5"]
    assert [r["distance"] for r in page.rows] == [1, 2, 3, 4, 5] and page.more
    assert calls.count("lineage-parents") == 6  # five generations for the page, one to know there is more
    run, calls = chain(length)
    page = walk(run, "R0", depth=3, limit=None)
    assert len(page.rows) == 3 and page.deeper is True and calls.count("lineage-parents") == 3


def test_the_command_pages_and_bounds(store, tmp_path):
    path = tmp_path / "store"
    disk = GraphStore(path)
    for p in sorted(DATA.iterdir()):
        disk.load_record(extract_file(p))
    disk.relink()
    disk.flush()
    del disk
    r = CliRunner().invoke(app, ["lineage", "67/186", "--store", str(path), "--depth", "1"])
    assert r.exit_code == 0, r.output
    assert "A/RES/67/186" in r.output and "within 1 generations" in r.output and "--depth" in r.output
    r = CliRunner().invoke(app, ["lineage", "67/186", "--store", str(path), "--limit", "2"])
    assert r.exit_code == 0 and "--offset 2" in r.output
    r = CliRunner().invoke(app, ["lineage", "67/186", "--store", str(path), "--depth", "-1"])
    assert r.exit_code == 2


def test_a_page_past_the_end_says_so_and_prints_no_empty_table(tmp_path):
    """`resgraph lineage 67/186 --depth 5 --limit 50 --offset 50` (the README's example) on data/
    printed an empty table and "rows 51-50 of the lineage"."""
    path = tmp_path / "store"
    disk = GraphStore(path)
    for p in sorted(DATA.iterdir()):
        disk.load_record(extract_file(p))
    disk.relink()
    disk.flush()
    del disk
    r = CliRunner().invoke(app, ["lineage", "67/186", "--store", str(path), "--limit", "50", "--offset", "50"])
    assert r.exit_code == 0, r.output
    assert "rows 51-50" not in r.output and "0 rows" not in r.output and "lineage of" not in r.output, r.output
    assert "no rows past row 50 of the lineage within 3 generations: a smaller --offset shows rows" in r.output
    r = CliRunner().invoke(app, ["lineage", "67/186", "--store", str(path), "--offset", "50", "--format", "json"])
    assert r.exit_code == 0 and r.stdout.strip() == "[]", r.output
