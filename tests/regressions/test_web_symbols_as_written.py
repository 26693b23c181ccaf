"""The linked-data site reads a symbol as people and their tools write it, as the command line does.

Met in a trial of the README's commands (`resgraph serve` over ../shared/corpus): `/lineage?symbol=67/186`
answered 404 "This server knows nothing about the lineage of 67/186" where `resgraph lineage 67/186`
gives A/RES/67/186's; and `/S/RES/1373%282001%29` (the IRI …/S/RES/1373(2001) as Python's
urllib.parse.quote and many HTTP clients escape it) answered 404 while `/S/RES/1373(2001)` answered
200: the path's escapes were tried only when the decoded path differed from the minted form. data/
cites S/RES/1373 (2001) (the Third Committee's draft); its store is served here.
"""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("jinja2")
from tests.serving import served  # noqa: E402


def get(url: str, accept: str = "text/html") -> tuple[int, str]:
    req = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


@pytest.fixture(scope="module")
def site(data_store):
    with served(data_store) as url:
        yield url


@pytest.mark.parametrize(
    ("asked", "shown"),
    [
        ("67/186", "A/RES/67/186"),
        ("resolution%2066/181", "A/RES/66/181"),
        ("1373%20(2001)", "S/RES/1373(2001)"),
        ("A/RES/67/186", "A/RES/67/186"),
    ],
)
def test_the_lineage_view_reads_a_short_symbol(site, asked, shown):
    status, html = get(f"{site}/lineage?symbol={asked}")
    assert status == 200, html
    assert f"Lineage of {shown}" in html


def test_a_symbol_the_store_lacks_is_still_a_404(site):
    status, html = get(f"{site}/lineage?symbol=12/1")
    assert status == 404 and "the lineage of 12/1</code>" in html


@pytest.mark.parametrize("path", ["/S/RES/1373(2001)", "/S/RES/1373%282001%29", "/S/RES/1373%282001%29.ttl"])
def test_a_resource_is_found_however_its_parentheses_are_escaped(site, path):
    status, body = get(site + path, "text/turtle")
    assert status == 200, path
    assert "S/RES/1373(2001)" in body
