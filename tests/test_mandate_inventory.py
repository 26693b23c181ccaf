"""Reports due and mandate terms in the graph, the build-time links between a body's terms, the
named queries beside them (mandate-history, reports-due-between, mandate-inventory) and the
`resgraph mandates` inventory."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from resgraph.cli.app import app
from resgraph.graph import queries
from resgraph.graph.build import build_store
from resgraph.views.inventory import inventory

DOCS = {
    "S-RES-2567.md": (
        "S/RES/2567(2021)",
        "2021-03-12",
        "1. Decides to extend the mandate of UNMISS until 15 March 2022;\n\n"
        "2. Requests the Secretary-General to report to the Council every 90 days on the implementation of the "
        "mandate of UNMISS;",
    ),
    "S-RES-2625.md": (
        "S/RES/2625(2022)",
        "2022-03-15",
        "1. Decides to extend the mandate of UNMISS until 30 April 2023;\n\n"
        "2. Requests the Secretary-General to submit a report on the situation by 1 December 2022;\n\n"
        "3. Requests the Secretary-General to brief the Council by 15 January 2023 on the elections;",
    ),
    "S-RES-2677.md": (
        "S/RES/2677(2023)",
        "2023-03-15",
        "1. Decides to extend the mandate of UNMISS, as set out in resolution 2625 (2022), until 30 April 2024;\n\n"
        "2. Decides to terminate the mandate of UNAMID as of 31 December 2023;\n\n"
        "3. Requests the Secretary-General to submit a report on implementation of this resolution by 1 March 2024;",
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("sc")
    for name, (symbol, adopted, ops) in DOCS.items():
        (d / name).write_text(
            f"---\nsymbol: {symbol}\ndate: {adopted}\n---\n\nThe Security Council,\n\nRecalling its resolutions,\n\n{ops}\n"
        )
    s, result = build_store(sorted(d.iterdir()), d / "store")
    assert (result.loaded, result.violations) == (3, 0)
    return s


def test_a_bodys_mandate_history_is_one_query_with_each_extension_linked_to_the_term_before(store):
    rows = queries.run(store, "mandate-history", {"body": "UNMISS"})
    assert [(r["symbol"], r["action"], r["until"], r.get("extends")) for r in rows] == [
        ("S/RES/2567(2021)", "extends", "2022-03-15", None),
        ("S/RES/2625(2022)", "extends", "2023-04-30", "S/RES/2567(2021)"),
        ("S/RES/2677(2023)", "extends", "2024-04-30", "S/RES/2625(2022)"),
    ]
    assert rows[2]["renews"] == "S/RES/2625(2022)"


def test_reports_due_in_a_window_by_receiving_organ(store):
    rows = queries.run(store, "reports-due-between", {"from": "2022-06-01", "to": "2023-12-31"})
    assert [(r["receiver"], r["due"], r["form"], r["symbol"], r["op"]) for r in rows] == [
        ("SecurityCouncil", "2022-12-01", "written", "S/RES/2625(2022)", 2),
        ("SecurityCouncil", "2023-01-15", "oral", "S/RES/2625(2022)", 3),
    ]
    assert (
        queries.run(
            store, "reports-due-between", {"from": "2022-06-01", "to": "2023-12-31", "organ": "GeneralAssembly"}
        )
        == []
    )


def test_the_inventory_gives_each_mandate_its_status_on_the_date(store):
    rows = inventory(store, "2023-06-30", organ="SC")
    status = {(r.symbol, r.op, r.verb): r.status for r in rows}
    assert status[("S/RES/2567(2021)", 1, "decides")] == "expired"  # replaced by a later extension
    assert status[("S/RES/2567(2021)", 2, "requests")] == "recurring"
    assert status[("S/RES/2625(2022)", 1, "decides")] == "expired"  # S/RES/2677 extended it since
    assert status[("S/RES/2625(2022)", 2, "requests")] == "one-off delivered"
    assert status[("S/RES/2677(2023)", 1, "decides")] == "active"
    # a termination as of a later day: the body's mandate runs to that day (S/RES/2809 (2025) op 6, "UNTMIS shall
    # cease all operations on 31 October 2026", was listed expired on 31 December 2025), then ends
    assert status[("S/RES/2677(2023)", 2, "decides")] == "active"
    assert {(r.op, r.status) for r in inventory(store, "2024-01-01") if r.symbol == "S/RES/2677(2023)"} >= {
        (2, "expired")
    }
    assert status[("S/RES/2677(2023)", 3, "requests")] == "active"  # due 1 March 2024
    row = next(r for r in rows if (r.symbol, r.op) == ("S/RES/2677(2023)", 1))
    assert (row.term, row.until, row.renews) == ("extends UNMISS", "2024-04-30", "S/RES/2625(2022)")
    # on an earlier date, what was adopted later is no part of the inventory
    assert {r.symbol for r in inventory(store, "2022-01-01")} == {"S/RES/2567(2021)"}
    with pytest.raises(ValueError):
        inventory(store, "31 December 2025")


def test_resgraph_mandates_lists_the_active_terms(store, tmp_path):
    path = store.path if hasattr(store, "path") else None
    r = CliRunner().invoke(
        app,
        [
            "mandates",
            "--store",
            str(path),
            "--as-of",
            "2023-06-30",
            "--organ",
            "SC",
            "--terms",
            "--status",
            "active",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert [(x["symbol"], x["term"], x["until"]) for x in rows] == [
        ("S/RES/2677(2023)", "extends UNMISS", "2024-04-30"),
        ("S/RES/2677(2023)", "terminates UNAMID", "2023-12-31"),  # UNAMID runs to the day it ends
    ]
    bad = CliRunner().invoke(app, ["mandates", "--store", str(path), "--status", "asleep"])
    assert bad.exit_code == 2


def test_an_empty_csv_inventory_still_carries_its_header(store):
    """A CSV with no rows still names its columns (a user trial read an empty answer as no output)."""
    r = CliRunner().invoke(app, ["mandates", "--store", str(store.path), "--as-of", "1990-01-01", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == [
        "symbol,adopted,organ,op,verb,addressee,report_by,report_to,due,cycle,"
        "session_year,term,until,period,renews,answered_by,status"
    ]


def test_a_report_due_at_a_session_is_active_in_its_year_and_delivered_after(tmp_path):
    """A/RES/67/186 (2012) op 14 asks for a report to the Assembly "at its sixty-eighth session" (2013) and
    gives no date: in 2025 it was listed as "open" for ever. The session's year stands for its due date."""
    (tmp_path / "A-RES-67-186.md").write_text(
        "---\nsymbol: A/RES/67/186\ndate: 2012-12-20\n---\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n"
        "1. Requests the Secretary-General to submit to the General Assembly at its sixty-eighth session a report "
        "on the implementation of the present resolution;\n"
    )
    s, result = build_store([tmp_path / "A-RES-67-186.md"], tmp_path / "store")
    assert result.loaded == 1
    by_day = {
        day: [(r.session_year, r.status) for r in inventory(s, as_of=day) if r.report_by]
        for day in ("2013-06-01", "2025-12-31")
    }
    assert by_day == {"2013-06-01": [(2013, "active")], "2025-12-31": [(2013, "one-off delivered")]}


def test_the_inventory_table_fits_a_terminal_of_80_columns_and_csv_keeps_every_column(store):
    """The table of all 17 columns folded each to a few letters in 80 to 120 characters ("addresse/e",
    "E/RES/20/18/16"): a table shows a few columns whole by default, --columns others or all."""
    import io

    from rich.console import Console

    from resgraph.cli.inventory import inventory_table
    from resgraph.views.inventory import COLUMNS, TABLE_COLUMNS, TERM_TABLE_COLUMNS, columns

    rows = [r.to_dict() for r in inventory(store, "2023-06-30")]
    for shown in (TABLE_COLUMNS, TERM_TABLE_COLUMNS):
        buf = io.StringIO()
        Console(file=buf, width=80).print(inventory_table(rows, shown))
        lines = buf.getvalue().splitlines()
        assert max(map(len, lines)) <= 80
        header = next(ln for ln in lines if ln.startswith("symbol"))
        assert header.split() == list(shown), header  # every header whole
        assert sum("S/RES/2677(2023)" in ln for ln in lines) == sum(r["symbol"] == "S/RES/2677(2023)" for r in rows)
    assert columns(None) == TABLE_COLUMNS and columns(None, terms_only=True) == TERM_TABLE_COLUMNS
    assert columns(None, table=False) == COLUMNS == columns("all") and len(COLUMNS) == 17
    assert columns("+report-to,cycle") == (*TABLE_COLUMNS, "report_to", "cycle")
    with pytest.raises(ValueError, match="unknown column 'colour'; columns: symbol, adopted"):
        columns("symbol,colour")

    def cli(*args):
        return CliRunner().invoke(app, ["mandates", "--store", str(store.path), "--as-of", "2023-06-30", *args])

    r = cli()
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[1].split() == list(TABLE_COLUMNS) and "--columns all" in r.output
    r = cli("--columns", "symbol,until,renews", "--terms")
    assert r.exit_code == 0 and r.output.splitlines()[1].split() == ["symbol", "until", "renews"], r.output
    assert cli("--columns", "colour").exit_code == 2
    r = cli("--format", "csv")
    assert r.output.splitlines()[0] == ",".join(COLUMNS)
    assert set(json.loads(cli("--format", "json").output)[0]) == set(COLUMNS)
    r = cli("--format", "json", "--columns", "symbol,status")
    assert {tuple(x) for x in json.loads(r.output)} == {("symbol", "status")}


def test_the_terms_of_one_paragraph_come_in_a_fixed_order(tmp_path):
    """S/RES/2791 (2025) op 1 renews the measures of three resolutions in one decision: the inventory of
    corpus-full listed its three rows in a different order from one build to the next (the query ordered by
    symbol, op, verb and actor only), so two inventories of the same corpus did not compare line by line.
    Rows of one paragraph now follow the term (action, what, until), then the report's keys."""
    (tmp_path / "S-RES-2791.md").write_text(
        "---\nsymbol: S/RES/2791(2025)\ndate: 2025-09-11\n---\n\nThe Security Council,\n\nRecalling its resolutions,"
        "\n\n1. Recalls the measures imposed by paragraphs 7 and 8 of resolution 1556 (2004), as modified by paragraph"
        " 7 of resolution 1591 (2005), and paragraph 4 of resolution 2035 (2012), the listing criteria and measures"
        " imposed by subparagraphs (c), (d) and (e) of paragraph 3 of resolution 1591 (2005), as modified by"
        " paragraph 3 of resolution 2035 (2012), and the provisions of subparagraph (f), (g) of paragraph 3 of"
        " resolution 1591 (2005), paragraph 9 of resolution 1556 (2004), and paragraph 4 of resolution 2035 (2012),"
        " and decides to reaffirm and renew these measures until 12 September 2026;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    s, result = build_store([tmp_path / "S-RES-2791.md"], tmp_path / "store")
    assert result.loaded == 1
    terms = [r.term for r in inventory(s, "2025-12-31", terms_only=True)]
    assert len(terms) == 3
    assert terms == sorted(terms)
