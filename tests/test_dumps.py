"""Dumps (web/dumps.py): written by the export in a process of its own, never in the app's;
a request that comes while one is being written is told so (503, Retry-After) instead of holding
the server; served with a strong ETag (304) and byte ranges, not compressed a second time."""

from __future__ import annotations

import asyncio
import gzip
import subprocess
import sys
import tempfile

import pyoxigraph as ox
import pytest

from resgraph.graph import export
from resgraph.graph.store import GraphStore
from resgraph.web import dumps
from resgraph.web.dumps import DumpPending, Dumps

httpx = pytest.importorskip("httpx")


def quads(path) -> set:
    return set(ox.parse(gzip.decompress(path.read_bytes()), format=ox.RdfFormat.N_QUADS))


def test_a_dump_is_written_by_another_process_and_holds_the_store(data_store, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the dumps' folder

    def in_this_process(*args, **kwargs):
        raise AssertionError("the dump was exported in the app's process")

    monkeypatch.setattr(export, "export_to", in_this_process)
    d = Dumps(data_store, "v")
    path = asyncio.run(d.path("resgraph.nq.gz"))
    assert path.parent == d.cache
    stored = set(GraphStore(data_store, read_only=True).quads())
    dumped = quads(path)
    assert stored <= dumped and {q.graph_name.value for q in dumped - stored} == {"https://w3id.org/resgraph/ontology"}


def test_a_request_during_the_export_is_told_to_come_back(data_store, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(dumps, "WAIT", 0.0)
    d = Dumps(data_store, "v")

    async def scenario():
        with pytest.raises(DumpPending, match="being written"):
            await d.path("resgraph.ttl.gz")
        await d.writing["resgraph.ttl.gz"]  # the export goes on after the request was answered
        return await d.path("resgraph.ttl.gz")

    path = asyncio.run(scenario())
    assert gzip.decompress(path.read_bytes()).startswith(b"@prefix")


def test_two_processes_asked_for_one_dump_write_it_once(data_store, tmp_path):
    out = tmp_path / "resgraph.nq.gz"
    cmd = [sys.executable, "-m", "resgraph.web.dumps", str(data_store), str(out)]
    procs = [subprocess.Popen(cmd) for _ in range(2)]
    assert [p.wait(120) for p in procs] == [0, 0]
    assert quads(out) >= set(GraphStore(data_store, read_only=True).quads())
    assert not list(tmp_path.glob("*.part"))


def test_dumps_are_served_with_an_etag_and_ranges(data_store):
    from tests.http_server import serving

    with serving(data_store, "--workers", "1") as url:
        r = httpx.get(url + "/dump/resgraph.nq.gz", headers={"Accept-Encoding": "gzip"}, timeout=120)
        assert r.status_code == 200 and r.headers["content-type"] == "application/gzip"
        assert "content-encoding" not in r.headers  # the file is gzip; it is not compressed again
        tag = r.headers["etag"]
        assert tag.startswith('"') and gzip.decompress(r.content)
        again = httpx.get(url + "/dump/resgraph.nq.gz", headers={"If-None-Match": tag}, timeout=30)
        assert again.status_code == 304 and not again.content
        part = httpx.get(url + "/dump/resgraph.nq.gz", headers={"Range": "bytes=0-9"}, timeout=30)
        assert part.status_code == 206 and part.content == r.content[:10]
        assert httpx.get(url + "/dump/resgraph.zip", timeout=30).status_code == 404


def test_the_dumps_of_an_earlier_version_of_the_store_are_removed(data_store, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old, new = Dumps(data_store, "v1"), Dumps(data_store, "v2")
    other = Dumps(tmp_path, "v1")  # another store's dumps stay
    for d in (old, other):
        d.cache.mkdir()
        (d.cache / "resgraph.nq.gz").write_bytes(b"old")
    assert asyncio.run(new.path("resgraph.nq.gz")).parent == new.cache
    assert not old.cache.exists() and other.cache.exists()
