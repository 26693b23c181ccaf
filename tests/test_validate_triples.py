"""A build validates a file from the converter's triples (ntriples.convert_with_triples,
validate.validate_serialized) instead of parsing its N-Triples back: the triples are the lines,
split, and the problems found are the ones validate_ntriples finds in those lines, on real
resolutions and on graphs broken at random (a subject given two values of a predicate that
names a problem's resolution or paragraph takes the lines' own order)."""

import random
from pathlib import Path

import pytest

from resgraph.errors import InputError
from resgraph.extract.pipeline import extract_file
from resgraph.graph import shacl_places
from resgraph.graph.ntriples import convert, convert_with_triples
from resgraph.graph.validate import _TRIPLE, validate_ntriples, validate_serialized
from resgraph.models import Serialized

DATA = Path(__file__).resolve().parents[1] / "data" / "resolutions"
RG = "https://w3id.org/resgraph/ontology#"
ELI = "http://data.europa.eu/eli/ontology#"


def _converted(paths):
    out = []
    for p in paths:
        try:
            out.append(convert_with_triples(extract_file(p), "https://w3id.org/resgraph/"))
        except InputError:
            continue
    return out


def _split(lines: list[str]) -> set[tuple[str, str, str]]:
    return {tuple(line[: -len(" .\n")].split(" ", 2)) for line in lines}  # type: ignore[misc]


@pytest.fixture(scope="module")
def converted():
    found = _converted(sorted(DATA.iterdir()))
    assert len(found) >= 4
    return found


def test_the_triples_are_the_lines_split(converted):
    for s, triples in converted:
        lines = (s.nt + s.shared).decode("utf-8")
        assert triples == set(_TRIPLE.findall(lines))
        assert sorted({f"{a} {b} {c} .\n" for a, b, c in triples}) == sorted(set(lines.splitlines(keepends=True)))


def test_convert_is_unchanged(converted):
    for p in sorted(DATA.iterdir()):
        try:
            record = extract_file(p)
        except InputError:
            continue
        assert (
            convert(record, "https://w3id.org/resgraph/")
            == convert_with_triples(record, "https://w3id.org/resgraph/")[0]
        )


def test_same_problems_as_from_the_lines(converted, shared):
    files = sorted(p for p in (shared / "corpus").iterdir() if p.suffix in (".xml", ".md", ".tsv"))
    problems = 0
    for s, triples in converted + _converted(random.Random(12).sample(files, 40)):
        expected = validate_ntriples(s.nt + s.shared, s.graph)
        assert validate_serialized(s, triples) == expected
        problems += len(expected)
    assert problems > 0  # real resolutions have warnings: their naming was compared


NAMING = [f"<{RG}symbol>", f"<{ELI}is_part_of>", f"<{RG}paragraphIndex>", f"<{RG}inParagraph>"]


def test_same_problems_on_graphs_broken_at_random(converted):
    rng = random.Random(7)
    fallbacks = problems = 0
    for s, _ in converted:
        lines = (s.nt + s.shared).decode("utf-8").splitlines(keepends=True)
        for _ in range(12):
            broken = list(lines)
            for _ in range(rng.randint(1, 4)):
                i = rng.randrange(len(broken))
                subject, predicate, _o = broken[i].split(" ", 2)
                kind = rng.choice(["drop", "second value", "naming value"])
                if kind == "drop":
                    del broken[i]
                elif kind == "second value":
                    broken.append(f'{subject} {predicate} "x" .\n')
                else:  # a node given a second value of a predicate that names a problem's place
                    other = rng.choice(broken).split(" ", 1)[0]
                    broken.append(f"{subject} {rng.choice(NAMING)} {other} .\n")
            nt = "".join(broken).encode("utf-8")
            triples = _split(broken)
            fallbacks += shacl_places._naming_lines(triples) is None
            expected = validate_ntriples(nt, s.graph)
            assert validate_serialized(Serialized(s.graph, nt, len(broken), s.hash, b""), triples) == expected
            problems += len(expected)
    assert fallbacks > 10 and problems > 50  # both namings were compared, on many problems


@pytest.mark.parametrize("engine", ["turbo", "pyshacl"])
def test_other_engines_read_the_lines(converted, engine):
    s, triples = converted[0]
    assert validate_serialized(s, triples, engine=engine) == validate_ntriples(s.nt + s.shared, s.graph, engine=engine)
