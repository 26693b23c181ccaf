"""Short symbols ("67/186", "resolution 66/181") on a remote endpoint, as on the store.

Met in a trial of the README's commands: after `resgraph publish` to Oxigraph's server,
`resgraph lineage 67/186 --endpoint http://.../query` said "67/186 has no lineage in the store (is
the symbol canonical and built?)" (exit 1) and `resgraph query cited-by --param symbol=67/186
--endpoint ...` printed no row and no word, where the same commands on the store resolve the short
symbol (graph/lookup.py). Also: a text that is no symbol at all said "tried:" and listed nothing.
The endpoint here is `resgraph serve` over data/ (tests/conftest.py), a generic SPARQL endpoint.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from resgraph.cli import app


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_lineage_of_a_short_symbol_at_an_endpoint(endpoint, data_store):
    there = _run("lineage", "67/186", "--endpoint", f"{endpoint}/sparql", "-f", "json")
    here = _run("lineage", "A/RES/67/186", "--store", str(data_store), "-f", "json")
    assert there.exit_code == here.exit_code == 0, there.output
    rows = json.loads(here.stdout)
    assert rows and sorted(map(repr, json.loads(there.stdout))) == sorted(map(repr, rows))


def test_a_query_parameter_symbol_is_resolved_at_an_endpoint(endpoint):
    r = _run(
        "query", "cited-by", "--param", "symbol=resolution 66/181", "--endpoint", f"{endpoint}/sparql", "-f", "json"
    )
    assert r.exit_code == 0, r.output
    assert {row["citing"] for row in json.loads(r.stdout)} >= {"E/RES/2012/14"}


def test_an_unknown_symbol_names_the_endpoint(endpoint):
    r = _run("lineage", "12/1", "--endpoint", f"{endpoint}/sparql")
    assert r.exit_code == 1
    assert f"is in no document of {endpoint}/sparql" in r.stderr and "A/HRC/RES/12/1" in r.stderr


def test_a_text_that_is_no_symbol_says_so(data_store):
    r = _run("lineage", "foo", "--store", str(data_store))
    assert r.exit_code == 1
    assert "'foo' is not a symbol" in r.stderr
