"""Headless Chromium reads the pages as a person would: a resolution's page and the lineage view
of A/RES/67/186 from a store built from data/, with no console error.

Screenshots go to $RESGRAPH_SCREENSHOTS when set (else the test's temporary folder)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests import browser

pytest.importorskip("uvicorn")
pytest.importorskip("jinja2")
pytest.importorskip("websocket", reason="websocket-client (test extra) drives Chromium")
if not browser.available():
    pytest.skip(
        f"Debian's chromium is not installed ({browser.CHROMIUM}); .ci/run installs it", allow_module_level=True
    )

from resgraph.graph.build import build_store  # noqa: E402
from tests.conftest import DATA  # noqa: E402
from tests.serving import served  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "store"
    build_store([DATA], path)
    with served(path) as url:
        yield url


@pytest.fixture(scope="module")
def chrome():
    with browser.Browser() as b:
        yield b


@pytest.fixture
def shots(tmp_path) -> Path:
    return Path(os.environ.get("RESGRAPH_SCREENSHOTS") or tmp_path)


def test_a_resolution_page_reads_as_a_person_expects(site, chrome, shots):
    chrome.load(site + "/A/RES/67/186")
    text = chrome.text()
    chrome.screenshot(shots / "resolution-A-RES-67-186.png")
    assert chrome.evaluate("document.title").startswith("A/RES/67/186")
    assert chrome.evaluate("document.querySelector('h1').innerText") == "A/RES/67/186"
    assert "Strengthening the rule of law and the reform of criminal justice institutions" in text
    # its paragraphs, in order, with the citations and mandates they hold
    paragraphs = chrome.evaluate("[...document.querySelectorAll('.paragraph')].map(p => p.innerText)")
    assert len(paragraphs) > 20
    assert paragraphs[0].startswith("preambular") and "Recalling its resolution 66/102" in paragraphs[0]
    op14 = next(p for p in paragraphs if p.startswith("operative 14"))
    assert "Requests the Secretary-General to submit to the General Assembly" in op14
    assert "REQUESTS" in op14.upper() and "Secretary-General of the United Nations" in op14
    assert "Source: United Nations" in text
    assert "https://undocs.org/en/A/RES/67/186" in text
    assert (
        "A/RES/66/181 —cited (reiterates, op 10) by→ E/RES/2012/14 —recommends-draft-adopted-as→ A/RES/67/186" in text
    )
    assert chrome.errors == []


def test_the_lineage_view_draws_the_chain(site, chrome, shots):
    chrome.load(site + "/lineage?symbol=A/RES/67/186", settle=2.0)
    chrome.screenshot(shots / "lineage-A-RES-67-186.png")
    text = chrome.text()
    assert chrome.errors == []
    assert "Lineage of A/RES/67/186" in text
    # the graph Cytoscape drew: the three resolutions of the chain among its nodes, the draft edge
    drawn = chrome.evaluate("document.getElementById('cy').getAttribute('data-drawn')")
    assert drawn is not None, "the lineage script did not run"
    assert {"A/RES/66/181", "E/RES/2012/14", "A/RES/67/186"} <= set(drawn.split(" | "))
    assert chrome.evaluate("document.querySelector('#cy canvas') !== null")
    status = chrome.evaluate("document.getElementById('cy-status').innerText")
    assert status.startswith("Drawn: 10 texts, 16 edges")
    # and what the page lists for people: the chain 66/181 -> 2012/14 -> 67/186, the draft edge marked
    assert (
        "A/RES/66/181 —cited (reiterates, op 10) by→ E/RES/2012/14 —recommends-draft-adopted-as→ A/RES/67/186" in text
    )
    draft_rows = chrome.evaluate("[...document.querySelectorAll('#edges tr.draft')].map(r => r.innerText)")
    assert len(draft_rows) == 1 and "E/RES/2012/14" in draft_rows[0] and "A/RES/67/186" in draft_rows[0]


def test_the_query_page_runs_a_named_query(site, chrome, shots):
    chrome.load(site + "/query?example=cited-by")
    assert 'VALUES ?symbol { "A/RES/66/181" }' in chrome.evaluate("document.getElementById('query').value")
    chrome.evaluate("document.querySelector('[data-example=\"most-cited\"]').click()")
    chrome.evaluate("document.querySelector('#query-form button').click()")
    for _ in range(100):
        status = chrome.evaluate("document.getElementById('query-status').innerText")
        if "rows" in status or "error" in status:
            break
        time.sleep(0.1)
    chrome.evaluate("document.getElementById('query-status').scrollIntoView()")
    chrome.screenshot(shots / "query-most-cited.png")
    assert "rows" in status, status
    first = chrome.evaluate("document.querySelector('#results tbody tr').innerText")
    assert "A/RES/66/181" in first
    assert chrome.errors == []


def test_an_actor_page_lists_what_is_asked_of_it(site, chrome, shots):
    chrome.load(site + "/actor/SecretaryGeneral")
    chrome.screenshot(shots / "actor-SecretaryGeneral.png")
    assert chrome.evaluate("document.querySelector('h1').innerText") == "Secretary-General of the United Nations"
    mandates = chrome.evaluate("[...document.querySelectorAll('#mandates tbody tr')].map(r => r.innerText)")
    assert any(m.startswith("A/RES/67/186") and "op 14" in m and "requests" in m for m in mandates)
    reports = chrome.evaluate("[...document.querySelectorAll('#reports tbody tr')].map(r => r.innerText)")
    assert any(r.startswith("A/RES/67/186") and "op 14" in r and "68" in r for r in reports)
    assert chrome.errors == []
