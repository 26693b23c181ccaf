"""shapecheck, the build's SHACL engine, reports what pySHACL (the reference) reports, problem for
problem: on real resolutions (where warnings are common) and on graphs broken at random in the
ways a converter bug would break them (a triple lost, a value of the wrong kind, datatype or
class, an ill-typed literal, a node retyped). tests/test_shacl.py runs its hand-made cases on
every engine too."""

import random
from pathlib import Path

import pytest
from rdflib import Graph

from resgraph.errors import InputError
from resgraph.extract.pipeline import extract_file
from resgraph.graph import shapecheck
from resgraph.graph.rdf import record_to_ntriples
from resgraph.graph.validate import _document_shapes, _relevant, shapes_graph, validate_ntriples

DATA = Path(__file__).resolve().parents[1] / "data" / "resolutions"
XSD = "http://www.w3.org/2001/XMLSchema#"
RG = "https://w3id.org/resgraph/ontology#"
VALUES = [
    '"x"',
    '""',
    '"x"@en',
    '"12"',
    '"sung"',
    '"oral"',
    '"written"',
    '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>',
    f'"2012-13-45"^^<{XSD}date>',
    f'"2020-01-01"^^<{XSD}date>',
    f'"2020-05"^^<{XSD}gYearMonth>',
    f'"abc"^^<{XSD}integer>',
    f'"-3"^^<{XSD}integer>',
    f'"7"^^<{XSD}integer>',
    f'"900000"^^<{XSD}integer>',
    f'"3.5"^^<{XSD}decimal>',
    f'"P1Y"^^<{XSD}duration>',
    f'"x"^^<{XSD}string>',
    "<https://w3id.org/resgraph/actor/Nobody>",
    "<https://w3id.org/resgraph/organ/GA>",
    f"<{RG}Resolution>",
]
CLASSES = ["Paragraph", "Citation", "Mandate", "Session", "Resolution", "Report", "Document", "MandateTerm"]


def _graphs(paths, n=3):
    out = []
    for p in paths:
        try:
            s = record_to_ntriples(extract_file(p))
        except InputError:
            continue
        out.append((s.graph, (s.nt + s.shared).decode("utf-8").splitlines(keepends=True)))
        if len(out) == n:
            break
    return out


def _mutate(lines: list[str], rng: random.Random) -> list[str]:
    relevant = _relevant(tuple(_document_shapes()))
    lines = list(lines)
    for _ in range(rng.randint(1, 3)):
        candidates = [i for i, line in enumerate(lines) if line.split(" ", 2)[1] in relevant]
        i = rng.choice(candidates)
        s, p, _ = lines[i].split(" ", 2)
        kind = rng.choice(["drop", "drop all", "add", "replace", "retype"])
        nodes = [line.split(" ", 1)[0] for line in lines]
        value = rng.choice(VALUES + [rng.choice(nodes)])
        if kind == "drop":
            del lines[i]
        elif kind == "drop all":  # every triple of one predicate: a title, the paragraphs' part-of
            lines = [line for line in lines if line.split(" ", 2)[1] != p]
        elif kind == "retype" or p.endswith("#type>"):
            lines.append(
                f"{rng.choice(nodes)} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{RG}{rng.choice(CLASSES)}> .\n"
            )
        elif kind == "add":
            lines.append(f"{s} {p} {value} .\n")
        else:
            lines[i] = f"{s} {p} {value} .\n"
    return lines


def _agree(nt: bytes, graph: str | None) -> int:
    ours = validate_ntriples(nt, graph, engine="shapecheck")
    reference = validate_ntriples(nt, graph, engine="pyshacl")
    assert ours == reference
    return len(reference)


def test_agrees_with_pyshacl_on_graphs_broken_at_random():
    rng = random.Random(12)
    problems = kinds = 0
    seen = set()
    for graph, lines in _graphs(sorted(DATA.iterdir())):
        for _ in range(25):
            broken = "".join(_mutate(lines, rng)).encode("utf-8")
            found = validate_ntriples(broken, graph, engine="pyshacl")
            assert validate_ntriples(broken, graph, engine="shapecheck") == found
            problems += len(found)
            seen.update(v.kind for v in found)
    kinds = len(seen)
    assert problems > 75 and kinds > 15  # the mutations broke many shapes, so agreement is not vacuous


def test_agrees_with_pyshacl_on_corpus_resolutions(shared):
    files = sorted(p for p in (shared / "corpus").iterdir() if p.suffix in (".xml", ".md", ".tsv"))
    problems = 0
    for graph, lines in _graphs(random.Random(12).sample(files, 30), n=30):
        problems += _agree("".join(lines).encode("utf-8"), graph)
    assert problems > 0


def test_a_shape_beyond_what_it_implements_is_refused():
    g = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true .""",
        format="turtle",
    )
    from rdflib import URIRef

    with pytest.raises(shapecheck.UnsupportedShape, match="closed"):
        shapecheck.compile_shapes(g, (URIRef("http://example.org/S"),))


def test_the_document_shapes_compile():
    shapes = shapecheck.compile_shapes(shapes_graph(), tuple(_document_shapes()))
    assert {s.node.split("#")[-1] for s in shapes} >= {"Resolution", "Paragraph", "Mandate", "MandateTerm"}
