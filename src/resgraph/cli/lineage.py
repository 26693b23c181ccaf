"""`resgraph lineage`: a resolution's lineage, nearest generations first, to a depth and a page
(resgraph.graph.lineage.walk), in the store or at a remote endpoint; renders what walk returns."""

from __future__ import annotations

from pathlib import Path

import typer

from resgraph.cli.graph import (
    ENDPOINT_OPT,
    STORE_OPT,
    err,
    open_store,
    out,
    print_rows,
    remote_symbol,
    store_symbol,
)
from resgraph.cli.publish import ENGINE_OPT, remote_rows
from resgraph.cli.render import check_format
from resgraph.graph.lineage import DEFAULT_DEPTH, DEFAULT_LIMIT, LineagePage

COLUMNS = ("distance", "direction", "fromSymbol", "kind", "function", "op", "toSymbol", "score")


def lineage(
    symbol: str = typer.Argument(..., help="symbol, canonical or short: A/RES/67/186, 67/186, 1373 (2001), 2012/14"),
    store: Path = STORE_OPT,
    depth: int = typer.Option(DEFAULT_DEPTH, "--depth", "-d", help="generations each way (0: all of them)"),
    limit: int = typer.Option(DEFAULT_LIMIT, "--limit", "-n", help="rows shown, nearest first (0: all of them)"),
    offset: int = typer.Option(0, "--offset", help="rows skipped: the next page starts at offset + limit"),
    chains: int = typer.Option(5, "--chains", help="how many of the longest chains to print"),
    format: str = typer.Option("table", "--format", "-f", help="table | csv | json (edges, with their distance)"),
    endpoint: str | None = ENDPOINT_OPT,
    engine: str | None = ENGINE_OPT,
) -> None:
    """The chains by which a resolution descends from earlier texts, and what descends from it,
    each edge with its kind: the nearest generations first, `--depth` of them, a page of rows."""
    from resgraph.graph.lineage import from_closure
    from resgraph.graph.lineage import lineage as walk_store
    from resgraph.views.lineage import chains_to, edge_label

    check_format(format)
    if depth < 0 or limit < 0 or offset < 0:
        err.print("--depth, --limit and --offset take a number from 0")
        raise typer.Exit(2)
    if endpoint:
        # the whole lineage in one query (its engine's form: Virtuoso bounds its closure itself)
        symbol = remote_symbol(symbol, endpoint, engine)
        whole = remote_rows("lineage", {"symbol": symbol}, endpoint, engine)
        page = from_closure(whole, symbol, depth or None, limit or None, offset)
    else:
        st = open_store(store)
        symbol = store_symbol(st, symbol)
        page = walk_store(st, symbol, depth or None, limit or None, offset)
    if not page.rows and offset == 0:
        err.print(
            f"{symbol} has no lineage {f'at {endpoint}' if endpoint else 'in the store'}: it cites nothing and nothing cites it"
        )
        raise typer.Exit(1)
    rows = [dict(r) for r in page.rows]
    if format != "table":
        print_rows(rows, format)
    elif rows:  # a page past the end is no empty table: its note says so
        for nodes, edges in chains_to(rows, symbol)[:chains]:
            parts = [nodes[0]]
            for n, e in zip(nodes[1:], edges, strict=True):
                parts.append(f"—{edge_label(e)}→ {n}")
            out.print(" ".join(parts), highlight=False, soft_wrap=True)
        print_rows([table_row(r) for r in rows], "table", f"lineage of {symbol}")
    for line in notes(page):
        err.print(line, highlight=False)


def table_row(r: dict) -> dict:
    """A lineage row's table columns; an end with no symbol (a draft that has none) is named by its
    IRI's last segments ("draft/2e256a11946b4ca7"), not left blank."""
    row = {k: r.get(k) for k in COLUMNS}
    for end in ("from", "to"):
        iri = str(r.get(end) or "")
        if not row[f"{end}Symbol"] and iri:
            head, _, tail = iri.rpartition("/")
            row[f"{end}Symbol"] = f"draft/{tail}" if head.endswith("/draft") else iri
    return row


def notes(page: LineagePage) -> list[str]:
    """What the page leaves out and how to see it (printed after the rows, on stderr)."""
    within = f"within {page.depth} generations" if page.depth else "(all generations)"
    if not page.rows:
        return [f"no rows past row {page.offset} of the lineage {within}: a smaller --offset shows rows"]
    lines = [f"rows {page.offset + 1}-{page.offset + len(page.rows)} of the lineage {within}, nearest first"]
    if page.more and page.limit:
        lines.append(f"more rows follow: --offset {page.offset + page.limit}")
    if page.deeper:
        lines.append(f"the lineage goes on past {page.depth} generations: a larger --depth (0: all) shows more")
    return lines
