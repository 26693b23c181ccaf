"""A draft read from a file has no symbol: the mandate inventory named its rows by the draft's
IRI (https://w3id.org/resgraph/draft/2e256a11946b4ca7), which tells a reviewer nothing. They are
now named by the file the draft was read from, "draft (GA-67-C3-draft-....txt)"; rows of
resolutions keep their symbol."""

import json

from typer.testing import CliRunner

from resgraph.cli.app import app
from resgraph.views.inventory import inventory

DRAFT_FILE = "GA-67-C3-draft-crime-prevention-programme.txt"


def test_a_draft_without_a_symbol_is_named_by_its_file(memory_store):
    rows = inventory(memory_store, "2025-12-31")
    names = {r.symbol for r in rows}
    assert f"draft ({DRAFT_FILE})" in names
    assert not [n for n in names if n.startswith(("http://", "https://"))], names
    assert {"A/RES/67/186", "E/RES/2012/14"} <= names
    draft = [r for r in rows if r.symbol == f"draft ({DRAFT_FILE})"]
    assert {(r.op, r.verb) for r in draft} >= {(4, "urges"), (5, "encourages")}


def test_the_command_line_shows_the_file_not_the_iri(data_store):
    r = CliRunner().invoke(app, ["mandates", "--store", str(data_store), "--format", "json"])
    assert r.exit_code == 0, r.output
    symbols = {row["symbol"] for row in json.loads(r.output)}
    assert f"draft ({DRAFT_FILE})" in symbols and not any("w3id.org" in s for s in symbols)
