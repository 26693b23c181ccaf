"""`resgraph mandates`: the mandate inventory (views/inventory.py) as a table a terminal of 80 to
120 characters shows whole (a few columns by default, `--columns` for others or all), or as csv or
json with every column."""

from __future__ import annotations

from pathlib import Path

import typer
from rich import box
from rich.table import Table

from resgraph.cli.graph import STORE_OPT, err, open_store, out, print_rows
from resgraph.cli.render import check_format

# the columns a reader scans by: kept whole on one line, the others folded when the screen is narrow
_WHOLE = frozenset({"symbol", "adopted", "op", "due", "until", "period", "status", "session_year", "cycle"})


def inventory_table(rows: list[dict], columns: tuple[str, ...], title: str = "mandates") -> Table:
    """A rich table of rows in the given columns, drawn with little more than the cells: no side
    edges, a rule under the header, two spaces between columns. Identifiers, dates and the status
    are never broken; the other cells fold when the screen is narrow."""
    table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, title_justify="left")
    for c in columns:
        whole = c in _WHOLE
        table.add_column(
            c,
            no_wrap=whole,
            overflow="ellipsis" if whole else "fold",
            justify="right" if c == "op" else "left",
        )
    for r in rows:
        table.add_row(*("" if r[c] is None else str(r[c]) for c in columns))
    return table


def mandates(
    store: Path = STORE_OPT,
    as_of: str | None = typer.Option(None, "--as-of", help="the date statuses are read on (ISO); default today"),
    organ: str | None = typer.Option(None, "--organ", help="adopting organ: SC, GA, ECOSOC, HRC, ..."),
    addressee: str | None = typer.Option(None, "--addressee", help="an addressee's id, e.g. SecretaryGeneral"),
    status: str | None = typer.Option(None, "--status", help="active | expired | recurring | one-off delivered | open"),
    terms: bool = typer.Option(False, "--terms", help="only the mandates that set a term (establish, extend, ...)"),
    format: str = typer.Option("table", "--format", "-f", help="table | csv | json"),
    columns: str | None = typer.Option(
        None,
        "--columns",
        "-c",
        help="columns to show, comma-separated: 'all', 'symbol,op,term', or '+report_to,cycle' to add to the "
        "table's (default: a table shows symbol, op, verb, addressee, due, status, or with --terms symbol, op, "
        "term, until, status; csv and json every column)",
    ),
) -> None:
    """The mandate inventory: one row per mandate and addressee, with its reporting, term, the
    resolutions it renews, the reports that answered it, and its status on a date."""
    from resgraph.views.inventory import columns as chosen
    from resgraph.views.inventory import inventory

    check_format(format)
    try:
        shown = chosen(columns, terms, format == "table")
        rows = inventory(open_store(store), as_of, organ, addressee, status, terms)
    except ValueError as e:
        err.print(f"[red]error[/red] {e}", highlight=False)
        raise typer.Exit(2) from None
    dicts = [r.to_dict() for r in rows]
    if format != "table":
        print_rows([{c: r[c] for c in shown} for r in dicts], format, "mandates", list(shown))
        return
    out.print(inventory_table(dicts, shown))
    if not rows:
        # the column hint said to an empty answer read as "the rows are hidden": say what matched nothing
        asked = [f"{k} {v}" for k, v in (("organ", organ), ("addressee", addressee), ("status", status)) if v]
        what = "mandate that sets a term" if terms else "mandate"
        out.print(f"0 rows: no {what} in the store" + (f" with {', '.join(asked)}" if asked else ""), highlight=False)
        return
    more = "" if columns else "; --columns all (or a list) shows the others"
    out.print(f"{len(rows)} rows{more}", highlight=False)
