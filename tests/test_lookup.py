"""Short symbols as people write them, resolved against the symbols a store holds (issue 12)."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from resgraph.cli import app
from resgraph.graph.lookup import SymbolError, candidates, resolve

DATA = Path(__file__).resolve().parents[1] / "data" / "resolutions"

# (as written, what the store holds, the symbol it resolves to)
HELD = {"A/RES/67/186", "A/RES/66/181", "E/RES/2012/14", "S/RES/1373(2001)", "A/RES/2200A(XXI)", "A/RES/S-24/2"}
CASES = [
    ("67/186", "A/RES/67/186"),
    ("A/RES/67/186", "A/RES/67/186"),
    ("A/RES/67/ 186", "A/RES/67/186"),
    ("resolution 66/181", "A/RES/66/181"),
    ("General Assembly resolution 66/181", "A/RES/66/181"),
    ("2012/14", "E/RES/2012/14"),
    ("Economic and Social Council resolution 2012/14", "E/RES/2012/14"),
    ("1373 (2001)", "S/RES/1373(2001)"),
    ("resolution 1373(2001)", "S/RES/1373(2001)"),
    ("2200 A (XXI)", "A/RES/2200A(XXI)"),
    ("S-24/2", "A/RES/S-24/2"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_short_symbols_resolve(text, expected):
    assert resolve(text, HELD.__contains__) == expected


def test_an_ambiguous_symbol_gives_its_candidates():
    held = {"A/RES/12/1", "A/HRC/RES/12/1", "E/CN.15/RES/12/1"}
    with pytest.raises(SymbolError) as e:
        resolve("12/1", held.__contains__)
    assert e.value.ambiguous and set(e.value.candidates) == held
    # naming the organ settles it
    assert resolve("Human Rights Council resolution 12/1", held.__contains__) == "A/HRC/RES/12/1"
    assert resolve("HRC 12/1", held.__contains__) == "A/HRC/RES/12/1"


def test_what_the_store_lacks_is_an_error_naming_what_was_tried():
    with pytest.raises(SymbolError) as e:
        resolve("99/999", HELD.__contains__)
    assert not e.value.ambiguous and "A/RES/99/999" in e.value.candidates
    assert candidates("not a symbol") == ()


def test_decision_and_resolution_words_choose_the_series():
    assert all("/DEC/" in c for c in candidates("decision 2012/14"))
    assert all("/RES/" in c for c in candidates("resolution 2012/14"))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = str(tmp_path_factory.mktemp("lookup") / "st")
    r = CliRunner().invoke(app, ["build", str(DATA), "--store", st, "--workers", "1"])
    assert r.exit_code == 0, r.output
    return st


@pytest.mark.parametrize("text", ["67/186", "resolution 67/186", "A/RES/67/186"])
def test_lineage_takes_a_short_symbol(store, text):
    r = CliRunner().invoke(app, ["lineage", text, "--store", store])
    assert r.exit_code == 0, r.output
    assert "A/RES/66/181" in r.output.splitlines()[0]


def test_query_parameters_take_a_short_symbol(store):
    r = CliRunner().invoke(app, ["query", "cited-by", "--param", "symbol=66/181", "--store", store, "-f", "json"])
    assert r.exit_code == 0, r.output
    assert "A/RES/67/186" in r.output


def test_an_unknown_symbol_ends_the_command_with_what_was_tried(store):
    r = CliRunner().invoke(app, ["lineage", "99/999", "--store", store])
    assert r.exit_code == 1 and "A/RES/99/999" in r.output
