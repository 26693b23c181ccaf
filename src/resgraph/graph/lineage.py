"""A resolution's lineage walked generation by generation, nearest first, to a depth and a page.

The named query `lineage` gives a lineage whole: the transitive closure of what a resolution
derives from and of what derives from it. On a deep network that closure is most of the corpus
(on synthetic copies whose citations chained across copies, A/RES/80/264 had 7,916 ancestors
and 55,390 rows among 12,000 resolutions: 5.8 s), which nobody reads and a page cannot wait for.
Here the walk is one query per generation and direction (named queries `lineage-parents` and
`lineage-children`, the generation's texts bound as a VALUES block), so it stops after `depth`
generations, or as soon as it holds the requested page: its cost follows what is shown, not the
size of the network. The rows are those of `lineage` (the same columns, each edge once) with
`distance`, the generation of the edge's far end, and come nearest first.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

DEFAULT_DEPTH = 3  # generations each way: 66/181 -> 2012/14 -> 67/186 is two
DEFAULT_LIMIT = 200  # rows of a page

Rows = Callable[[str, dict[str, Any]], list[dict[str, Any]]]  # (named query, params) -> rows


@dataclass(frozen=True)
class LineagePage:
    """One page of a lineage: rows `offset` to `offset + len(rows)` in order of distance.

    `more`: rows follow this page within `depth` generations (ask again from `offset + limit`);
    `deeper`: the walk stopped at `depth` with texts whose own edges it did not read (a larger
    depth may show more); None when the page filled before the depth was reached."""

    symbol: str
    node: str | None  # the resolution's IRI; None: the store does not know the symbol
    rows: tuple[dict[str, Any], ...]
    depth: int | None  # None: no bound
    offset: int
    limit: int | None
    more: bool
    deeper: bool | None
    generations: int  # how many generations were walked


def _order(r: dict[str, Any]) -> tuple:
    """Distance, then the order of the named query lineage (unbound first)."""
    return (
        r["distance"],
        r["direction"],
        r.get("fromSymbol") or "",
        r.get("toSymbol") or "",
        r["kind"],
        r.get("function") or "",
        -1 if r.get("op") is None else r["op"],
    )


def _far(row: dict[str, Any], up: bool) -> str:
    """The end of an edge away from the generation it was read from."""
    return row["to"] if up == (row["kind"] == "cites") else row["from"]


Step = Generator[tuple[str, dict[str, Any]], list[dict[str, Any]], LineagePage]


def walker(
    symbol: str,
    depth: int | None = DEFAULT_DEPTH,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
    node: str | None = None,
) -> Step:
    """The walk without I/O: it yields the named queries it needs, (name, params), is sent their
    rows, and returns the page. `node`: the resolution's IRI when the caller knows it (else the
    query symbol-known finds it). Raises ValueError for a negative depth, limit or offset."""
    if (depth is not None and depth < 0) or (limit is not None and limit < 0) or offset < 0:
        raise ValueError("depth, limit and offset must not be negative")
    depth = depth or None
    if node is None:
        known = yield ("symbol-known", {"symbol": symbol})
        if not known:
            return LineagePage(symbol, None, (), depth, offset, limit, False, False, 0)
        node = str(known[0]["node"])
    want = None if limit is None else offset + limit + 1  # one more than the page: is there more?
    fronts = {True: [node], False: [node]}  # up (ancestors), down (descendants)
    seen = {True: {node}, False: {node}}
    rows: list[dict[str, Any]] = []
    distance = 0
    while any(fronts.values()) and (depth is None or distance < depth):
        if want is not None and len(rows) >= want:
            break
        distance += 1
        for up in (True, False):
            if not fronts[up]:
                continue
            level = yield ("lineage-parents" if up else "lineage-children", {"n": fronts[up]})
            nxt = []
            for r in level:
                rows.append({**r, "distance": distance})
                far = _far(r, up)
                if far not in seen[up]:
                    seen[up].add(far)
                    nxt.append(far)
            fronts[up] = nxt
    rows.sort(key=_order)
    end = len(rows) if limit is None else offset + limit
    left = any(fronts.values())
    deeper = None if left and (depth is None or distance < depth) else left
    return LineagePage(symbol, node, tuple(rows[offset:end]), depth, offset, limit, len(rows) > end, deeper, distance)


def walk(
    run: Rows,
    symbol: str,
    depth: int | None = DEFAULT_DEPTH,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
    node: str | None = None,
) -> LineagePage:
    """The page of `symbol`'s lineage from `offset` (at most `limit` rows; None: all) within
    `depth` generations each way (None or 0: all). `run` answers a named query, in a store
    (queries.run bound to it) or at an endpoint. Raises ValueError for a negative depth, limit
    or offset; whatever `run` raises (QueryError, RemoteError) passes through."""
    steps = walker(symbol, depth, limit, offset, node)
    try:
        ask = next(steps)
        while True:
            ask = steps.send(run(*ask))
    except StopIteration as done:
        return done.value


def closure_rows(rows: list[dict[str, Any]]) -> Rows:
    """An answerer of lineage-parents and lineage-children from the rows of the whole lineage
    (the named query lineage): for an endpoint where the per-generation queries are not used
    (Virtuoso), the page is cut from the whole answer."""

    def run(name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        if name not in ("lineage-parents", "lineage-children"):
            return []  # symbol-known: the caller found no edge carrying the symbol
        up = name == "lineage-parents"
        near = set(params["n"])
        want = "ancestor" if up else "descendant"
        return [r for r in rows if r["direction"] == want and _far(r, not up) in near]

    return run


def from_closure(
    whole: list[dict[str, Any]],
    symbol: str,
    depth: int | None = DEFAULT_DEPTH,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
) -> LineagePage:
    """`walk` over the rows of the whole lineage (the named query lineage, as an endpoint
    answered it): the resolution is the end of an edge that carries its symbol, and the page is
    cut from those rows. Raises ValueError for a negative depth, limit or offset."""
    ends = [(r["from"], r.get("fromSymbol")) for r in whole] + [(r["to"], r.get("toSymbol")) for r in whole]
    node = next((iri for iri, s in ends if s == symbol), None)
    return walk(closure_rows(whole), symbol, depth, limit, offset, node)


def lineage(
    store: Any,
    symbol: str,
    depth: int | None = DEFAULT_DEPTH,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
) -> LineagePage:
    """`walk` in a GraphStore (see walk for the arguments and what it raises)."""
    from resgraph.graph import queries

    return walk(lambda name, params: queries.run(store, name, params), symbol, depth, limit, offset)
