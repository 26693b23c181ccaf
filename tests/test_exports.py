"""Exports stream from the store and every parser reads them back with the same statements:
rdflib, pyld (JSON-LD 1.0 and 1.1 modes) always; rapper, Apache Jena's riot and jsonld.js where
they are installed. The data describes itself: standard types, labels, a VoID description."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from resgraph.graph.build import build_store
from resgraph.graph.export import FORMATS, MERGED, export_to, format_of, ontology_quads
from resgraph.graph.store import GraphStore
from tests import jena
from tests.conftest import DATA, ROOT

RDFLIB = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "nt": "nt", "jsonld": "json-ld"}
RAPPER = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "nt": "ntriples"}
JSONLD_JS = ROOT / ".ci" / "js" / "node_modules" / "jsonld"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> GraphStore:
    path = tmp_path_factory.mktemp("exports") / "store"
    st, result = build_store([DATA], path)
    assert result.loaded == 5
    return st


@pytest.fixture(scope="module")
def files(store, tmp_path_factory) -> dict[str, tuple[Path, int]]:
    out = tmp_path_factory.mktemp("dumps")
    made = {}
    for fmt in FORMATS:
        done = export_to(store, out / f"resgraph.{fmt}")
        assert done.format == fmt and not done.gzipped
        made[fmt] = (out / f"resgraph.{fmt}", done.statements)
    return made


def _quads(path: Path, fmt: str) -> set:
    ds = Dataset()
    ds.parse(path, format=RDFLIB[fmt])
    if fmt in MERGED:
        return {(s, p, o) for s, p, o, _ in ds.quads()}
    return {(s, p, o, g) for s, p, o, g in ds.quads() if g is not None}


@pytest.fixture(scope="module")
def reference(store) -> tuple[set, set]:
    """The store's quads (with the ontology's) and the distinct triples of their merge, by rdflib."""
    import pyoxigraph as ox

    data = ox.serialize([*ontology_quads(), *store.quads()], format=ox.RdfFormat.N_QUADS)
    ds = Dataset()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    quads = {(s, p, o, g) for s, p, o, g in ds.quads() if g is not None}
    return quads, {(s, p, o) for s, p, o, _ in quads}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_rdflib_reads_every_format_back_whole(files, reference, fmt):
    path, statements = files[fmt]
    quads, triples = reference
    expected = triples if fmt in MERGED else quads
    got = _quads(path, fmt)
    assert statements == len(expected) == len(got)
    assert got == expected


@pytest.mark.parametrize("mode", ["json-ld-1.0", "json-ld-1.1"])
def test_pyld_reads_the_jsonld_in_both_modes(files, reference, mode):
    from pyld import jsonld

    path, statements = files["jsonld"]
    nq = jsonld.to_rdf(
        json.loads(path.read_text(encoding="utf-8")), {"processingMode": mode, "format": "application/n-quads"}
    )
    ds = Dataset()
    ds.parse(data=nq, format="nquads")
    assert {(s, p, o, g) for s, p, o, g in ds.quads() if g is not None} == reference[0]
    assert statements == len(reference[0])


def test_jsonld_asks_nothing_of_json_ld_1_1(files):
    doc = json.loads(files["jsonld"][0].read_text(encoding="utf-8"))
    assert "@version" not in doc["@context"]
    assert not any(
        isinstance(v, dict) and ({"@protected", "@context", "@prefix", "@nest"} & set(v))
        for v in doc["@context"].values()
    )


@pytest.mark.parametrize("mode", ["json-ld-1.0", "json-ld-1.1"])
def test_jsonld_js_reads_the_jsonld(files, reference, mode):
    if not shutil.which("node") or not JSONLD_JS.is_dir():
        pytest.skip("jsonld.js is not installed (.ci/run installs it into .ci/js with npm)")
    path, _ = files["jsonld"]
    r = subprocess.run(
        ["node", str(ROOT / "tests" / "js" / "jsonld-count.mjs"), str(path), mode],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "JSONLD_JS": str(JSONLD_JS)},
    )
    assert r.returncode == 0, r.stderr
    ds = Dataset()
    ds.parse(data=r.stdout, format="nquads")
    assert {(s, p, o, g) for s, p, o, g in ds.quads() if g is not None} == reference[0]


@pytest.mark.parametrize("fmt", list(RAPPER))
def test_rapper_counts_the_same(files, fmt):
    if not shutil.which("rapper"):
        pytest.skip("rapper (Debian raptor2-utils) is not installed")
    path, statements = files[fmt]
    r = subprocess.run(["rapper", "-c", "-i", RAPPER[fmt], str(path)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert int(re.search(r"returned (\d+) (?:triples|statements)", r.stderr)[1]) == statements


def test_riot_counts_the_same(files, tmp_path):
    cp = jena.classpath(tmp_path)
    if cp is None:
        pytest.skip("Apache Jena (Debian libapache-jena-java) or java is not installed")
    for fmt, (path, statements) in files.items():
        syntax = ["--syntax=jsonld10"] if fmt == "jsonld" else []
        r = jena.run(cp, "riotcmd.riot", "--count", *syntax, str(path))
        assert r.returncode == 0, r.stderr
        n = re.search(r"(?:Triples|Quads) = ([\d,]+)", r.stdout + r.stderr)
        assert n and int(n[1].replace(",", "")) == statements, (fmt, r.stdout, r.stderr)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_gzip_holds_the_same_bytes(store, files, tmp_path, fmt):
    by_name = export_to(store, tmp_path / f"x.{fmt}.gz")
    by_flag = export_to(store, tmp_path / f"y.{fmt}", fmt, gzipped=True)
    assert by_name.gzipped and by_flag.gzipped
    plain = files[fmt][0].read_bytes()
    assert gzip.decompress((tmp_path / f"x.{fmt}.gz").read_bytes()) == plain
    assert gzip.decompress((tmp_path / f"y.{fmt}").read_bytes()) == plain


def test_turtle_and_trig_use_the_ontology_prefixes(files):
    for fmt in ("ttl", "trig"):
        head = files[fmt][0].read_text(encoding="utf-8")[:3000]
        assert "@prefix rg: <https://w3id.org/resgraph/ontology#>" in head and "rg:symbol" in files[fmt][0].read_text()


def test_without_ontology_leaves_its_graph_out(store, files, tmp_path):
    done = export_to(store, tmp_path / "x.nq", with_ontology=False)
    assert done.statements == files["nq"][1] - len(ontology_quads()) == len(store)
    assert "<https://w3id.org/resgraph/ontology> ." not in (tmp_path / "x.nq").read_text()


@pytest.mark.parametrize(
    "name,fmt,expected",
    [("a.ttl", None, ("ttl", False)), ("a.jsonld.gz", None, ("jsonld", True)), ("a.out", "nq", ("nq", False))],
)
def test_format_of(name, fmt, expected):
    assert format_of(Path(name), fmt) == expected


@pytest.mark.parametrize("name,fmt", [("a.xml", None), ("a", None), ("a.ttl", "rdfxml")])
def test_unknown_format_is_refused(name, fmt):
    with pytest.raises(ValueError, match="unknown export format"):
        format_of(Path(name), fmt)


def test_a_failed_export_leaves_no_file(store, tmp_path, monkeypatch):
    def broken(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr("resgraph.graph.export.export", broken)
    with pytest.raises(OSError):
        export_to(store, tmp_path / "x.trig")
    assert list(tmp_path.iterdir()) == []


def test_jena_shacl_on_an_export_alone_gives_what_validate_gives(tmp_path):
    """A store with a broken record: Jena's SHACL, given only the Turtle export (with the
    ontology) and the shapes, reports the violations resgraph validate reports, on the same nodes."""
    from dataclasses import replace

    from resgraph.graph.rdf import record_to_graph
    from resgraph.graph.validate import validate_graph
    from resgraph.models import Citation, Span
    from resgraph.resources import ONTOLOGY
    from tests.graph_records import adopted, ecosoc

    cp = jena.classpath(tmp_path)
    if cp is None:
        pytest.skip("Apache Jena (Debian libapache-jena-java) or java is not installed")
    bad = replace(
        adopted(),
        adopted="20 December 2012",
        mandates=(replace(adopted().mandates[0], addressees=()),),
        citations=(Citation("A/RES/66/181", "recalls", 99, Span(1, 2), "66/181"),),
    )
    st = GraphStore(tmp_path / "store")
    for record in (ecosoc(), bad):
        st.load_record(record)
    from resgraph.graph.rdf import to_ntriples
    from resgraph.graph.vocab_rdf import vocab_graph

    st.replace_graph(st.minter.base + "graph/vocabularies", to_ntriples(vocab_graph()))  # as a build does
    ours = {
        (v.focus, v.path)
        for r in (ecosoc(), bad)
        for v in validate_graph(record_to_graph(r))
        if v.severity == "Violation"
    }
    assert len(ours) >= 2
    export_to(st, tmp_path / "x.ttl")
    r = jena.run(
        cp, "shacl.shacl", "validate", "--shapes", str(ONTOLOGY / "shapes.ttl"), "--data", str(tmp_path / "x.ttl")
    )
    assert r.returncode in (0, 1), r.stderr
    report = Graph().parse(data=r.stdout, format="turtle")
    SH = "http://www.w3.org/ns/shacl#"
    theirs = {
        (
            str(report.value(res, URIRef(SH + "focusNode"))),
            str(report.value(res, URIRef(SH + "resultPath")) or "") or None,
        )
        for res in report.subjects(URIRef(SH + "resultSeverity"), URIRef(SH + "Violation"))
    }
    assert theirs == ours
