"""SHACL validation of one resolution's graph at a time, reported in words a person can act on.

A SHACL engine answers with a validation graph of focus nodes and paths; a reader wants
"A/RES/67/186, op 14: the mandate has no addressee ...". Validating per source graph keeps each
report tied to one file, and keeps memory flat however large the corpus.

Three engines read the same shapes and give the same report (tests/test_shacl_engines.py and
tests/test_shapecheck.py hold them to it): shapecheck, the shapes compiled into Python checks over
the triples they read, which a build uses because pyshacl-turbo (a Rust SHACL engine, before it
pySHACL at 35-50 ms per resolution) took a third of a corpus build's CPU, twice what shapecheck
takes; pyshacl-turbo, which checks shapes that shapecheck refuses; and pySHACL, the reference
implementation, kept for checking (`resgraph validate --engine pyshacl`). All take N-Triples,
which is what a build holds; an engine answers with results whose terms are N-Triples text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, fields
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from resgraph.graph import shacl_places as places
from resgraph.graph import shapecheck
from resgraph.graph.rdf import RDF, RDFS, RG, SH, SHAPES, new_graph, ontology_graph
from resgraph.graph.shacl_terms import lexical
from resgraph.graph.shapecheck import Result
from resgraph.graph.vocab_rdf import vocab_graph, vocab_ntriples
from resgraph.models import Serialized
from resgraph.resources import ONTOLOGY


@dataclass(frozen=True)
class Violation:
    """One problem: which resolution, which paragraph, what is wrong."""

    resolution: str  # symbol, or the document IRI when it has none
    paragraph: str | None  # "op 14", "pp 3", "draft op 10", or None
    message: str
    severity: str  # Violation | Warning | Info
    focus: str
    path: str | None = None
    value: str | None = None
    graph: str | None = None
    kind: str = ""  # the shape's message before the value is filled in: what to group by

    def __str__(self) -> str:
        where = f"{self.resolution}, {self.paragraph}" if self.paragraph else self.resolution
        return f"{where}: {self.message}"


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    g = new_graph()
    g.parse(ONTOLOGY / "shapes.ttl", format="turtle")
    return g


VOCABULARY_SHAPES = ("Organ", "Actor")  # checked once per build, not once per document
NT = ox.RdfFormat.N_TRIPLES


@lru_cache(maxsize=4)
def _ont(base: str) -> tuple[bytes, dict[bytes, bytes]]:
    """What the document shapes need besides the document, as N-Triples: the class hierarchy (for
    sh:class), and per vocabulary concept (actor, organ, verb, function) its type and whether its
    resolutions carry a title. Only the concepts a document names are added to it (`_context`):
    parsing all of them took a sixth of the time of validating a resolution."""
    axioms = Graph()
    for t in ontology_graph().triples((None, RDFS.subClassOf, None)):
        axioms.add(t)
    vg = vocab_graph(base)
    concepts: dict[bytes, bytes] = defaultdict(bytes)
    for p in (RDF.type, RG.untitledResolutions):
        for s, o in vg.subject_objects(p):
            concepts[s.n3().encode()] += f"{s.n3()} {p.n3()} {o.n3()} .\n".encode()
    return axioms.serialize(format="nt", encoding="utf-8"), concepts


_IRI = re.compile(rb"<[^>]*>")


def _context(nt: bytes, base: str) -> bytes:
    """The class hierarchy and the vocabulary concepts that these N-Triples name."""
    axioms, concepts = _ont(base)
    named = set(_IRI.findall(nt))
    return axioms + b"".join(lines for iri, lines in concepts.items() if iri in named)


@lru_cache(maxsize=1)
def _document_shapes() -> list[URIRef]:
    g = shapes_graph()
    return sorted(
        s
        for s in g.subjects(RDF.type, SH.NodeShape)
        if isinstance(s, URIRef) and s not in {SHAPES[n] for n in VOCABULARY_SHAPES}
    )


# ---------------------------------------------------------------------------- engines
@lru_cache(maxsize=1)
def _compiled():
    from pyshacl_turbo import compile_shapes

    return compile_shapes(shapes_graph(), advanced=False)


def _turbo(nt: bytes, shapes: list[URIRef]) -> Graph:
    # the engine's own N-Triples input (pyshacl_turbo.Input, importable though not in its __all__):
    # its documented pyoxigraph Store input costs a load and a dump more, 30% of a build's SHACL
    from pyshacl_turbo import Input

    _, report, _ = _compiled().validate(
        Input(nt.decode("utf-8"), "nt", None, {}), allow_warnings=True, use_shapes=shapes
    )
    return report


def _pyshacl(nt: bytes, shapes: list[URIRef]) -> Graph:
    from pyshacl import validate

    use: list[str | URIRef] = list(shapes)
    g = Graph().parse(data=nt, format="nt")
    _, report, _ = validate(
        g,
        shacl_graph=shapes_graph(),
        inplace=True,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
        use_shapes=use,
    )
    return report


def _report_results(report: Graph) -> list[Result]:
    """The results of a SHACL report graph, terms as N-Triples text (what shapecheck answers)."""
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        value, path = report.value(result, SH.value), report.value(result, SH.resultPath)
        msg, sev = report.value(result, SH.resultMessage), report.value(result, SH.resultSeverity)
        out.append(
            Result(
                _term(report.value(result, SH.focusNode)),
                None if value is None else _term(value),
                None if path is None else str(path),
                None if msg is None else str(msg),
                str(sev or SH.Violation),
                str(report.value(result, SH.sourceConstraintComponent)),
            )
        )
    return out


def _term(node) -> str:
    return node.n3() if isinstance(node, (URIRef, Literal)) else f"_:{node}"


def _with_context(
    run: Callable[[bytes, list[URIRef]], Graph],
) -> Callable[[bytes, list[URIRef], str | None], list[Result]]:
    """An engine that reads a whole graph: the document's N-Triples and their context (_context)."""
    return lambda nt, shapes, base: _report_results(run(nt + (_context(nt, base) if base else b""), shapes))


@lru_cache(maxsize=8)
def _relevant(shapes: tuple[URIRef, ...]) -> frozenset[str]:
    """The predicates the shapes read (N-Triples IRIs): only their lines are indexed."""
    return frozenset(shapecheck.predicates(shapecheck.compile_shapes(shapes_graph(), shapes)))


# the triples of N-Triples lines (a literal, last, may hold " ." but no line break)
_TRIPLE = re.compile(r"^(<[^>]*>|_:\S+) (<[^>]*>) (.*) \.$", re.M)


@lru_cache(maxsize=4)
def _concepts(base: str) -> tuple[dict[str, set[str]], dict[str, list[tuple[str, str, str]]]]:
    """The class hierarchy (closed) and each vocabulary concept's triples, for shapecheck. A
    concept's triples matter only where a path or sh:class reaches it, which is through a triple the
    shapes read, so the concepts added are those named in such triples: exact as long as no concept
    is itself a target of a document shape, which is checked here (UnsupportedShape otherwise)."""
    axioms, concepts = _ont(base)
    pairs = []
    for line in axioms.decode("utf-8").splitlines():
        s, p, o = line[:-2].split(" ", 2)
        if p == RDFS.subClassOf.n3():
            pairs.append((s, o))
    subclass = shapecheck.closure(pairs)
    compiled = shapecheck.compile_shapes(shapes_graph(), tuple(_document_shapes()))
    targets = {f"<{iri}>" for s in compiled for kind, iri in s.targets if kind == "class"}
    objects_of = {f"<{iri}>" for s in compiled for kind, iri in s.targets if kind == "objects"}
    out: dict[str, list[tuple[str, str, str]]] = {}
    for iri, lines in concepts.items():
        for line in lines.decode("utf-8").splitlines():
            s, p, o = line[:-2].split(" ", 2)
            if p in objects_of or (p == RDF.type.n3() and subclass.get(o, {o}) & targets):
                raise shapecheck.UnsupportedShape(f"the concept {s} is a target of a document shape")
            out.setdefault(iri.decode("utf-8"), []).append((s, p, o))
    return subclass, out


def _shapecheck(nt: bytes, shapes: list[URIRef], base: str | None) -> list[Result]:
    """shapecheck over the lines the shapes read, with the class hierarchy and the concepts named."""
    return _shapecheck_triples(set(_TRIPLE.findall(nt.decode("utf-8"))), shapes, base)


def _shapecheck_triples(
    parsed: AbstractSet[tuple[str, str, str]], shapes: list[URIRef], base: str | None
) -> list[Result]:
    """_shapecheck over the distinct triples of the lines, split into their N-Triples terms (as
    _TRIPLE splits a line): those the shapes read are kept in a list, hashed no more."""
    key = tuple(shapes)
    compiled = shapecheck.compile_shapes(shapes_graph(), key)
    preds = _relevant(key)
    triples = [t for t in parsed if t[1] in preds]
    subclass: dict[str, set[str]] = {}
    if base:
        subclass, concepts = _concepts(base)
        named = {o for _, _, o in triples}.union(s for s, _, _ in triples)
        added = {t for iri in named & concepts.keys() for t in concepts[iri] if t[1] not in preds or t not in parsed}
        triples += added
    return shapecheck.check(compiled, shapecheck.Data(triples, subclass))


# (N-Triples, the shapes to run, the base when the document's context is to be added) -> results
ENGINES: dict[str, Callable[[bytes, list[URIRef], str | None], list[Result]]] = {
    "shapecheck": _shapecheck,
    "turbo": _with_context(_turbo),
    "pyshacl": _with_context(_pyshacl),
}
DEFAULT_ENGINE = "shapecheck"


def _check(
    nt: bytes | Callable[[], bytes],
    shapes: list[URIRef],
    who: Callable,
    paragraph: Callable,
    graph_id: str | None,
    engine: str | None,
    base: str | None = None,
    triples: AbstractSet[tuple[str, str, str]] | None = None,
) -> list[Violation]:
    """Run the given shapes over N-Triples (with their context when `base` is given) and read the
    results in words: `who(data)` names the resolution, `paragraph(data, focus)` the paragraph or None.
    `nt` may be a function that makes them, called only when they are read: shapecheck reads
    `triples` instead when they are given (the same lines, split)."""
    engine = engine or DEFAULT_ENGINE  # read at call time, so tests can run every engine
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}: use one of {', '.join(ENGINES)}")
    made: list[bytes] = []

    def lines() -> bytes:
        if not made:
            made.append(nt() if callable(nt) else nt)
        return made[0]

    try:
        if engine == "shapecheck" and triples is not None:
            results = _shapecheck_triples(triples, shapes, base)
        else:
            results = ENGINES[engine](lines(), shapes, base)
    except shapecheck.UnsupportedShape:  # shapes beyond what shapecheck implements: the Rust engine
        results = ENGINES["turbo"](lines(), shapes, base)
    # with allow_warnings a graph with only warnings "conforms"; its warnings are still reported
    out, resolution, data = [], None, None
    for r in results:
        if data is None:  # the data again, to name the resolution and paragraph of each problem
            data = places.data(lines, triples)
        value = None if r.value is None else lexical(r.value)
        text = kind = r.message if r.message is not None else f"constraint {r.component} failed"
        if "{?value}" in text:
            literal = r.value is not None and r.value.startswith('"')
            shown = f"'{value}'" if literal else value.rsplit("/", 1)[-1] if value else "(none)"
            text = text.replace("{?value}", shown)
        resolution = resolution or who(data)
        focus = lexical(r.focus)
        out.append(
            Violation(
                resolution=resolution,
                paragraph=paragraph(data, URIRef(focus)) if r.focus.startswith("<") else None,
                message=text,
                severity=r.severity.rsplit("#", 1)[-1],
                focus=focus,
                path=r.path,
                value=value,
                graph=graph_id,
                kind=kind,
            )
        )
    # every field in the key: engines list results in their own order, and ties must not keep it
    return sorted(out, key=_order)


_FIELDS = tuple(f.name for f in fields(Violation))


def _order(v: Violation) -> tuple[tuple[bool, str], ...]:
    """Every field in the key, None first (dataclasses.astuple, which copies deeply, cost more
    than the sort)."""
    return tuple((x is not None, x or "") for x in (getattr(v, f) for f in _FIELDS))


def validate_ntriples(
    nt: bytes, graph_id: str | None = None, base: str | None = None, engine: str | None = None
) -> list[Violation]:
    """Validate one record's N-Triples (its own graph and the shared facts about what it cites)
    against the document shapes; graph_id is the file's graph, whose dcterms:subject it names."""
    from resgraph.graph.iris import DEFAULT_BASE

    return _check(
        nt,
        _document_shapes(),
        lambda data: places.resolution(data, graph_id),
        places.paragraph_label,
        graph_id,
        engine,
        base or DEFAULT_BASE,
    )


def validate_serialized(
    s: Serialized, triples: AbstractSet[tuple[str, str, str]], base: str | None = None, engine: str | None = None
) -> list[Violation]:
    """validate_ntriples(s.nt + s.shared, s.graph, base, engine) with the triples of those lines
    as ntriples.convert_with_triples gives them: shapecheck reads them as they are, where parsing
    the lines back was a third of its time in a build."""
    from resgraph.graph.iris import DEFAULT_BASE

    return _check(
        lambda: s.nt + s.shared,
        _document_shapes(),
        lambda data: places.resolution(data, s.graph),
        places.paragraph_label,
        s.graph,
        engine,
        base or DEFAULT_BASE,
        triples,
    )


def validate_graph(data: Graph, base: str | None = None, engine: str | None = None) -> list[Violation]:
    """Validate one record's rdflib graph (from rdf.record_to_graph) against the document shapes."""
    graph_id = str(data.identifier) if isinstance(data.identifier, URIRef) else None
    return validate_ntriples(data.serialize(format="nt", encoding="utf-8"), graph_id, base, engine)


@lru_cache(maxsize=1)
def _ontology_ntriples() -> bytes:
    """The ontology as N-Triples, parsed once: the vocabulary shapes read it beside the concepts
    (the lines of two graphs joined are the triples of their union: the engines read them as a set)."""
    return ontology_graph().serialize(format="nt", encoding="utf-8")


def validate_vocabulary(
    base: str | None = None, data: Graph | None = None, engine: str | None = None
) -> list[Violation]:
    """The vocabularies (actors, organs, verbs, functions) as SKOS, against their own shapes."""
    from resgraph.graph.iris import DEFAULT_BASE

    vocabulary = vocab_ntriples(base or DEFAULT_BASE) if data is None else data.serialize(format="nt", encoding="utf-8")
    return _check(
        vocabulary + _ontology_ntriples(),
        [SHAPES[n] for n in VOCABULARY_SHAPES],
        lambda d: "vocabulary",
        lambda d, focus: None,
        None,
        engine,
    )


def errors(violations: Iterable[Violation]) -> list[Violation]:
    return [v for v in violations if v.severity == "Violation"]
