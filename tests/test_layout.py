"""The tree says what the README says, modules stay small, and an organ is a YAML edit."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "resgraph"
LAYERS = ("extract", "graph", "views", "web", "cli")
MAX_LINES = 400
# modules over MAX_LINES, each with the reason it may be for now
OVER_LIMIT: dict[str, str] = {}


def _layout_rows() -> dict[str, str]:
    """README's layout table: path cell -> what cell."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Layout", 1)[1].split("\n\n", 2)[1]
    rows = {}
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        rows[cells[0]] = cells[1]
    return rows


def test_the_readme_layout_table_names_every_module_of_each_layer():
    rows = _layout_rows()
    for layer in LAYERS:
        what = rows[f"`src/resgraph/{layer}/`"]
        named = set(re.findall(r"`(\w+)`", what))
        modules = {p.stem for p in (PACKAGE / layer).glob("*.py") if p.stem != "__init__"}
        assert modules <= named, f"{layer}: modules the README's layout table does not name: {modules - named}"
        assert named & modules, layer


def test_the_readme_layout_table_names_only_paths_that_exist():
    for path in _layout_rows():
        for p in re.findall(r"`([\w./]+)`", path):
            if "/" in p:
                assert (ROOT / p).exists(), f"the README's layout table names {p}, which is not in the tree"


def test_no_module_is_over_the_line_limit():
    over = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert set(over) <= set(OVER_LIMIT), f"modules over {MAX_LINES} lines: {over}"


def test_an_organ_added_to_organs_yaml_is_read_everywhere(tmp_path):
    """A new organ, in YAML only, is named by its texts' opener, cited by its name before
    "resolution", known by its Akoma Ntoso code and its symbol prefix, and has a session calendar."""
    home = tmp_path / "home"
    shutil.copytree(PACKAGE / "ontology", home / "ontology")
    shutil.copytree(PACKAGE / "queries", home / "queries")
    organs = home / "ontology" / "vocab" / "organs.yaml"
    data = yaml.safe_load(organs.read_text(encoding="utf-8"))
    data["CPD"] = {
        "actor": "CPD",
        "label": "Commission on Population and Development",
        "codes": ["uncpd"],
        "symbol_prefix": "E/CN.9/RES",
        "cited_as": ["Commission on Population and Development"],
        "bare_numbers": ["Commission on Population and Development"],
        "names": ["Commission on Population and Development"],
        "resolution": "E/CN.9/RES/{s}/{n}",
        "calendar": {"base": 1967, "month": 4},
    }
    organs.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    code = r"""
import json
from resgraph.extract.akn_meta import _symbol_from_frbr
from resgraph.extract.pipeline import extract_source
from resgraph.extract.symbols import nm_organ_named
from resgraph.graph.iris import parse_symbol
from resgraph.models import SourceText
text = '''The Commission on Population and Development,

Recalling Commission on Population and Development resolution 45/1 of 27 April 2012,

1. Decides to continue its work.
'''
r = extract_source(SourceText("cpd.txt", "txt", text, "0" * 64))
sym = parse_symbol("E/CN.9/RES/45/1")
print(json.dumps({
    "body": r.body,
    "cited": [c.target for c in r.citations],
    "frbr": _symbol_from_frbr("/akn/un/statement/deliberation/uncpd/2012-04-27/45-1/!main"),
    "bare": nm_organ_named("the Commission on Population and Development recalls"),
    "year": sym.year if sym else None,
}))
"""
    env = {**os.environ, "RESGRAPH_HOME": str(home)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["body"] == "CPD"
    assert got["cited"] == ["E/CN.9/RES/45/1"]
    assert got["frbr"] == ["E/CN.9/RES/45/1", "CPD", "2012-04-27"]
    assert got["bare"] == "CPD"
    assert got["year"] == 2012
