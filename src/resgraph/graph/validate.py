"""SHACL validation of one resolution's graph at a time, reported in words a person can act on.

A SHACL engine answers with a validation graph of focus nodes and paths; a reader wants
"A/RES/67/186, op 14: the mandate has no addressee ...". Validating per source graph keeps each
report tied to one file, and keeps memory flat however large the corpus.

Two engines read the same shapes and give the same report (tests/test_shacl_engines.py holds them
to it): pyshacl-turbo, a Rust SHACL engine, which a build uses because pySHACL's 35-50 ms per
resolution was most of a corpus build; and pySHACL, the reference implementation, kept for
checking (`resgraph validate --engine pyshacl`). Both take N-Triples, which is what a build holds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from resgraph.graph.rdf import DCTERMS, ELI, PROV, RDF, RDFS, RG, SH, SHAPES, new_graph, ontology_graph
from resgraph.graph.vocab_rdf import vocab_graph
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
# the triples that name a problem's resolution and paragraph (_resolution, _paragraph_label)
_NAMING = re.compile(
    rb"^<[^>]*> <(?:"
    + b"|".join(
        re.escape(str(p).encode())
        for p in (
            DCTERMS.subject,
            RG.symbol,
            PROV.wasDerivedFrom,
            RG.sourceFile,
            ELI.is_part_of,
            RG.paragraphIndex,
            RG.inParagraph,
        )
    )
    + rb")> [^\n]*\n",
    re.M,
)


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


# N-Triples and the shapes to run -> the SHACL report graph
ENGINES: dict[str, Callable[[bytes, list[URIRef]], Graph]] = {"turbo": _turbo, "pyshacl": _pyshacl}
DEFAULT_ENGINE = "turbo"


# ---------------------------------------------------------------------------- reading the report
def _value(data: ox.Store, s, p: URIRef) -> ox.NamedNode | ox.BlankNode | ox.Literal | None:
    """The first object of (s, p) in data: None when s is no IRI or has no p (or a triple term)."""
    if not isinstance(s, (URIRef, ox.NamedNode)):
        return None
    node = s if isinstance(s, ox.NamedNode) else ox.NamedNode(str(s))
    for q in data.quads_for_pattern(node, ox.NamedNode(str(p)), None):
        return None if isinstance(q.object, ox.Triple) else q.object
    return None


def _paragraph_label(data: ox.Store, focus) -> str | None:
    is_para = _value(data, focus, ELI.is_part_of) is not None and _value(data, focus, RG.paragraphIndex) is not None
    para = ox.NamedNode(str(focus)) if is_para else _value(data, focus, RG.inParagraph)
    if not isinstance(para, ox.NamedNode):
        return None
    tail = para.value.split("/")
    # .../op/14, .../draft/op/10, .../op/3/a, .../pp/2, .../para/7
    for i in range(len(tail) - 1, 0, -1):
        if tail[i] in ("op", "pp", "para", "annex"):
            label = " ".join(tail[i:])
            return ("draft " + label) if tail[i - 1] == "draft" else label
    return para.value


def _resolution(data: ox.Store, graph_id: str | None) -> str:
    subject = _value(data, URIRef(graph_id), DCTERMS.subject) if graph_id else None
    if subject is None:
        subjects = data.quads_for_pattern(None, ox.NamedNode(str(DCTERMS.subject)), None)
        subject = next((q.object for q in subjects if not isinstance(q.object, ox.Triple)), None)
    if subject is None:
        return graph_id or "(unknown document)"
    symbol = _value(data, subject, RG.symbol)
    if symbol is not None:
        return symbol.value
    source = _value(data, subject, PROV.wasDerivedFrom)
    path = _value(data, source, RG.sourceFile) if source is not None else None
    return f"draft in {Path(path.value).name}" if path is not None else subject.value


def _check(
    nt: bytes, shapes: list[URIRef], who: Callable, paragraph: Callable, graph_id: str | None, engine: str | None
) -> list[Violation]:
    """Run the given shapes over N-Triples (already holding what they need) and read the report in
    words: `who(data)` names the resolution, `paragraph(data, focus)` the paragraph or None."""
    engine = engine or DEFAULT_ENGINE  # read at call time, so tests can run every engine
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}: use one of {', '.join(ENGINES)}")
    report = ENGINES[engine](nt, shapes)
    # with allow_warnings a graph with only warnings "conforms"; its warnings are still reported
    out, resolution, data = [], None, None
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if data is None:  # the data again, to name the resolution and paragraph of each problem
            data = ox.Store()
            data.load(b"".join(_NAMING.findall(nt)), format=NT)
        focus = report.value(result, SH.focusNode)
        value = report.value(result, SH.value)
        path = report.value(result, SH.resultPath)
        msg = report.value(result, SH.resultMessage)
        sev = report.value(result, SH.resultSeverity)
        text = kind = (
            str(msg) if msg is not None else f"constraint {report.value(result, SH.sourceConstraintComponent)} failed"
        )
        if "{?value}" in text:
            shown = f"'{value}'" if isinstance(value, Literal) else str(value).rsplit("/", 1)[-1] if value else "(none)"
            text = text.replace("{?value}", shown)
        resolution = resolution or who(data)
        out.append(
            Violation(
                resolution=resolution,
                paragraph=paragraph(data, focus) if isinstance(focus, URIRef) else None,
                message=text,
                severity=str(sev).rsplit("#", 1)[-1] if sev else "Violation",
                focus=str(focus),
                path=str(path) if path is not None else None,
                value=str(value) if value is not None else None,
                graph=graph_id,
                kind=kind,
            )
        )
    return sorted(out, key=lambda v: (v.resolution, v.paragraph or "", v.message, v.focus))


def validate_ntriples(
    nt: bytes, graph_id: str | None = None, base: str | None = None, engine: str | None = None
) -> list[Violation]:
    """Validate one record's N-Triples (its own graph and the shared facts about what it cites)
    against the document shapes; graph_id is the file's graph, whose dcterms:subject it names."""
    from resgraph.graph.iris import DEFAULT_BASE

    return _check(
        nt + _context(nt, base or DEFAULT_BASE),
        _document_shapes(),
        lambda data: _resolution(data, graph_id),
        _paragraph_label,
        graph_id,
        engine,
    )


def validate_graph(data: Graph, base: str | None = None, engine: str | None = None) -> list[Violation]:
    """Validate one record's rdflib graph (from rdf.record_to_graph) against the document shapes."""
    graph_id = str(data.identifier) if isinstance(data.identifier, URIRef) else None
    return validate_ntriples(data.serialize(format="nt", encoding="utf-8"), graph_id, base, engine)


def validate_vocabulary(
    base: str | None = None, data: Graph | None = None, engine: str | None = None
) -> list[Violation]:
    """The vocabularies (actors, organs, verbs, functions) as SKOS, against their own shapes."""
    from resgraph.graph.iris import DEFAULT_BASE

    data = (vocab_graph(base or DEFAULT_BASE) if data is None else data) + ontology_graph()
    return _check(
        data.serialize(format="nt", encoding="utf-8"),
        [SHAPES[n] for n in VOCABULARY_SHAPES],
        lambda d: "vocabulary",
        lambda d, focus: None,
        None,
        engine,
    )


def errors(violations: Iterable[Violation]) -> list[Violation]:
    return [v for v in violations if v.severity == "Violation"]
