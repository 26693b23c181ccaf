"""The SHACL engines agree on real resolutions: the build's (shapecheck) and the Rust one
(pyshacl-turbo) report exactly what the reference (pySHACL) reports, problem for problem.
tests/test_shacl.py runs every deliberately broken graph on each; this holds them to it on real text, where warnings
(mandates with no actor, reports with no session) are common. Skipped without ../shared."""

import random

import pytest

from resgraph.errors import InputError
from resgraph.extract.pipeline import extract_file
from resgraph.graph.rdf import record_to_ntriples
from resgraph.graph.validate import validate_ntriples


def sample(shared, n=40):
    files = sorted(p for p in (shared / "corpus").iterdir() if p.suffix in (".xml", ".md", ".tsv"))
    return random.Random(7).sample(files, n)


def test_engines_agree_on_corpus_resolutions(shared):
    compared = problems = 0
    for path in sample(shared):
        try:
            s = record_to_ntriples(extract_file(path))
        except InputError:
            continue
        reference = validate_ntriples(s.nt + s.shared, s.graph, engine="pyshacl")
        for engine in ("turbo", "shapecheck"):
            assert validate_ntriples(s.nt + s.shared, s.graph, engine=engine) == reference, (engine, path.name)
        compared += 1
        problems += len(reference)
    assert compared == 40 and problems > 0  # the sample holds warnings, so agreement is not vacuous


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown SHACL engine 'jena'"):
        validate_ntriples(b"", engine="jena")
