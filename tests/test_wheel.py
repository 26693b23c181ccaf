"""The package as users install it: a wheel, in a fresh venv outside the checkout, run elsewhere.

A checkout's editable install finds the ontology, vocabularies and queries beside the code whatever
is packaged; only a wheel shows that they ship and are read as package data (the issue this test
guards: a wheel once failed every extraction with FileNotFoundError on actors.yaml).

The wheel is built with pip (its build backend fetched as pyproject.toml pins it); the venv gets the
wheel without dependencies and reads them from this environment through a path file, which keeps
the install offline and fast. Not skipped: CI runs it (it needs nothing beyond pip and the venv module).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "resolutions"


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    r = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, f"{' '.join(args)}\n{r.stdout}\n{r.stderr}"
    return r


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """(the venv's bin folder, an environment to run it in) with resgraph installed from a wheel."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    # a copy of the sources, so that building writes nothing into the checkout
    shutil.copytree(ROOT / "src", src / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "RESGRAPH_HOME", "VIRTUAL_ENV")}
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(src)], tmp, env)
    (wheel,) = (tmp / "dist").glob("resgraph-*.whl")
    home = tmp / "venv"
    venv.EnvBuilder(with_pip=True).create(home)  # pip from the standard library's bundle, offline
    bin_dir = home / ("Scripts" if os.name == "nt" else "bin")
    py = bin_dir / "python"
    purelib = Path(
        _run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp, env).stdout.strip()
    )
    # the dependencies from this environment, after the venv's own packages (a path file adds
    # the folder only: this environment's editable resgraph is not installed there)
    (purelib / "_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run([str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], tmp, env)
    return bin_dir, env


def test_the_wheel_ships_the_package_data(installed):
    bin_dir, env = installed
    code = (
        "import resgraph, resgraph.resources as r, json; "
        "print(json.dumps([resgraph.__file__, str(r.ONTOLOGY), sorted(p.name for p in r.QUERIES.glob('*.rq')), "
        "sorted(p.name for p in r.VOCAB.glob('*.yaml')), sorted(resgraph.__all__)]))"
    )
    out = json.loads(_run([str(bin_dir / "python"), "-c", code], bin_dir.parent.parent, env).stdout)
    where, ontology, queries, vocab, public = out
    assert not Path(where).resolve().is_relative_to(ROOT), f"resgraph imported from the checkout: {where}"
    assert Path(ontology).resolve().is_relative_to(bin_dir.parent)
    assert {"lineage.rq", "cited-by.rq", "most-cited.rq"} <= set(queries)
    assert {"actors.yaml", "organs.yaml", "verbs.yaml", "functions.yaml"} <= set(vocab)
    assert {"extract_file", "build", "GraphStore", "run_query", "InputError"} <= set(public)


def test_extract_and_build_the_seeds_from_the_wheel(installed, tmp_path):
    """From a folder outside the checkout: extraction reads the vocabularies, the build the ontology,
    shapes and queries, and the lineage of A/RES/67/186 runs through 66/181 and 2012/14."""
    bin_dir, env = installed
    work = tmp_path / "elsewhere"
    shutil.copytree(DATA, work / "resolutions")
    cli = [str(bin_dir / "resgraph")]  # the console script the wheel installed
    r = _run([*cli, "extract", "--format", "json", "resolutions"], work, env)
    records = {json.loads(line)["symbol"]: json.loads(line) for line in r.stdout.splitlines() if line.strip()}
    assert {"A/RES/67/186", "E/RES/2012/14", "E/RES/2004/28", "E/RES/2012/19"} <= set(records)
    assert "A/RES/66/181" in {c["target"] for c in records["A/RES/67/186"]["citations"]}
    assert "A/RES/66/181" in {c["target"] for c in records["E/RES/2012/14"]["citations"]}
    assert records["A/RES/67/186"]["session"] == 67 and records["A/RES/67/186"]["body"] == "GA"
    r = _run([*cli, "build", "resolutions", "--store", "st", "--workers", "1"], work, env)
    assert "5/5 files loaded" in r.stdout, r.stdout
    r = _run([*cli, "lineage", "A/RES/67/186", "--store", "st"], work, env)
    first = r.stdout.splitlines()[0]
    assert first.startswith("A/RES/66/181 —cited (reiterates, op 10) by→ E/RES/2012/14"), r.stdout
    assert first.rstrip().endswith("A/RES/67/186"), r.stdout
