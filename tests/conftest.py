"""Shared fixtures: the repository's data and ../shared when present (a snippet's record: tests/snippets.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

# a run stopped by SIGTERM tears its servers down as one stopped by Ctrl-C (tests/interrupt.py)
from tests.interrupt import pytest_configure as pytest_configure

# the old place of snippet(), for test files written before tests/snippets.py
from tests.snippets import snippet as snippet

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "resolutions"
SHARED = ROOT.parent / "shared"
SEED_NAMES = {  # gold file name -> the copy in data/
    "000_2bd270ba3f0178fc.txt": "E-RES-2012-14.txt",
    "001_6295efa43483b78c.txt": "A-RES-67-186.txt",
    "002_cfbe980b54009ced.txt": "GA-67-C3-draft-crime-prevention-programme.txt",
    "003_0e9eeb24861ad46d.txt": "E-RES-2004-28.md",
    "004_cee2c6148379a492.txt": "E-RES-2012-19.md",
}


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def memory_store():
    """The documents of data/ in an in-memory GraphStore, drafts linked; shared by the tests
    that only read it (never write to it)."""
    from resgraph.extract.pipeline import extract_file
    from resgraph.graph.store import GraphStore

    s = GraphStore()
    for p in sorted(DATA.iterdir()):
        s.load_record(extract_file(p))
    s.relink()
    return s


@pytest.fixture(scope="session")
def data_store(tmp_path_factory) -> Path:
    """A store built from data/resolutions, once per test session (read-only for the tests)."""
    from resgraph.graph.build import build

    path = tmp_path_factory.mktemp("data-store") / "store"
    build([DATA], path)
    return path


@pytest.fixture(scope="session")
def endpoint(data_store) -> str:
    """`resgraph serve` over the data/ store (3 workers, 3 s per query, 300 MB per query): its URL."""
    pytest.importorskip("uvicorn")
    from tests.http_server import serving

    with serving(data_store, "--workers", "3", "--timeout", "3", "--memory", "300") as url:
        yield url
