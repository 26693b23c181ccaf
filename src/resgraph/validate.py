"""SHACL validation of one resolution's graph at a time, reported in words a person can act on.

pySHACL answers with a validation graph of focus nodes and paths; a reader wants "A/RES/67/186,
op 14: the mandate has no addressee ...". Validating per source graph keeps each report tied to
one file, and keeps memory flat however large the corpus.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from functools import lru_cache
from typing import Iterable, Optional

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SH

from .paths import ONTOLOGY
from .rdf import ELI, RG, new_graph, ontology_graph
from .vocab_rdf import vocab_graph


@dataclass(frozen=True)
class Violation:
    """One problem: which resolution, which paragraph, what is wrong."""
    resolution: str  # symbol, or the document IRI when it has none
    paragraph: Optional[str]  # "op 14", "pp 3", "draft op 10", or None
    message: str
    severity: str  # Violation | Warning | Info
    focus: str
    path: Optional[str] = None
    value: Optional[str] = None
    graph: Optional[str] = None
    kind: str = ""  # the shape's message before the value is filled in: what to group by

    def __str__(self) -> str:
        where = f"{self.resolution}, {self.paragraph}" if self.paragraph else self.resolution
        return f"{where}: {self.message}"


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    g = new_graph()
    g.parse(ONTOLOGY / "shapes.ttl", format="turtle")
    return g


SHAPES = Namespace("https://w3id.org/resgraph/shapes#")
VOCABULARY_SHAPES = ("Organ", "Actor")  # checked once per build, not once per document


@lru_cache(maxsize=4)
def _ont(base: str) -> Graph:
    """What the document shapes need besides the document: the class hierarchy (for sh:class),
    the types of the vocabulary concepts (actors, organs, verbs, functions) and which organs'
    resolutions carry no title. Only these
    triples, so that mixing them into each document's graph stays cheap."""
    g = Graph()
    for t in ontology_graph().triples((None, RDFS.subClassOf, None)):
        g.add(t)
    vg = vocab_graph(base)
    for p in (RDF.type, RG.untitledResolutions):
        for t in vg.triples((None, p, None)):
            g.add(t)
    return g


@lru_cache(maxsize=1)
def _document_shapes() -> list[URIRef]:
    g = shapes_graph()
    return sorted(s for s in g.subjects(RDF.type, SH.NodeShape)
                  if isinstance(s, URIRef) and s not in {SHAPES[n] for n in VOCABULARY_SHAPES})


def _paragraph_label(data: Graph, node: URIRef) -> Optional[str]:
    para = node if (node, ELI.is_part_of, None) in data and (node, RG.paragraphIndex, None) in data \
        else data.value(node, RG.inParagraph)
    if para is None:
        return None
    tail = str(para).split("/")
    # .../op/14, .../draft/op/10, .../op/3/a, .../pp/2, .../para/7
    for i in range(len(tail) - 1, 0, -1):
        if tail[i] in ("op", "pp", "para", "annex"):
            label = " ".join(tail[i:])
            return ("draft " + label) if i > 0 and tail[i - 1] == "draft" else label
    return str(para)


def _resolution(data: Graph, graph_id: Optional[str]) -> str:
    subject = data.value(URIRef(graph_id), DCTERMS.subject) if graph_id else None
    if subject is None:
        subject = next(iter(data.objects(None, DCTERMS.subject)), None)
    if subject is None:
        return graph_id or "(unknown document)"
    symbol = data.value(subject, RG.symbol)
    if symbol is not None:
        return str(symbol)
    source = data.value(subject, PROV.wasDerivedFrom)
    path = data.value(source, RG.sourceFile) if source is not None else None
    return f"draft in {Path(str(path)).name}" if path is not None else str(subject)


def _check(data: Graph, shapes: list[URIRef], who, paragraph, graph_id: Optional[str]) -> list[Violation]:
    """Run the given shapes over data (already holding what they need) and read pySHACL's report
    in words: `who(focus)` names the resolution, `paragraph(focus)` the paragraph or None."""
    _, report, _ = shacl_validate(data, shacl_graph=shapes_graph(), inplace=True, inference="none",
                                  abort_on_first=False, allow_warnings=True, advanced=False, use_shapes=shapes)
    # with allow_warnings a graph with only warnings "conforms"; its warnings are still reported
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        value = report.value(result, SH.value)
        path = report.value(result, SH.resultPath)
        msg = report.value(result, SH.resultMessage)
        sev = report.value(result, SH.resultSeverity)
        text = kind = str(msg) if msg is not None else f"constraint {report.value(result, SH.sourceConstraintComponent)} failed"
        if "{?value}" in text:
            shown = f"'{value}'" if isinstance(value, Literal) else str(value).rsplit("/", 1)[-1] if value else "(none)"
            text = text.replace("{?value}", shown)
        out.append(Violation(
            resolution=who(focus), paragraph=paragraph(focus) if isinstance(focus, URIRef) else None,
            message=text, severity=str(sev).rsplit("#", 1)[-1] if sev else "Violation",
            focus=str(focus), path=str(path) if path is not None else None,
            value=str(value) if value is not None else None, graph=graph_id, kind=kind,
        ))
    return sorted(out, key=lambda v: (v.resolution, v.paragraph or "", v.message, v.focus))


def validate_graph(data: Graph, base: Optional[str] = None, inplace: bool = False) -> list[Violation]:
    """Validate one record's graph against the document shapes.

    inplace: mix the class hierarchy and vocabulary types into `data` itself rather than into a
    copy (a build validates a graph it throws away, and copying costs a quarter of the time)."""
    from .iris import DEFAULT_BASE
    # mixed in by hand: pySHACL's own ont_graph mixing keeps the class axioms but not the types
    # of the vocabulary's individuals, which sh:class needs
    ont = _ont(base or DEFAULT_BASE)
    if inplace:
        data += ont
    merged = data if inplace else data + ont
    graph_id = str(data.identifier) if isinstance(data.identifier, URIRef) else None
    who = _resolution(data, graph_id)
    return _check(merged, _document_shapes(), lambda focus: who, lambda focus: _paragraph_label(data, focus), graph_id)


def validate_vocabulary(base: Optional[str] = None, data: Optional[Graph] = None) -> list[Violation]:
    """The vocabularies (actors, organs, verbs, functions) as SKOS, against their own shapes."""
    from .iris import DEFAULT_BASE
    data = (vocab_graph(base or DEFAULT_BASE) if data is None else data) + ontology_graph()
    return _check(data, [SHAPES[n] for n in VOCABULARY_SHAPES], lambda focus: "vocabulary", lambda focus: None, None)


def validate_graphs(graphs: Iterable[Graph], base: Optional[str] = None) -> list[Violation]:
    out: list[Violation] = []
    for g in graphs:
        out.extend(validate_graph(g, base))
    return out


def errors(violations: Iterable[Violation]) -> list[Violation]:
    return [v for v in violations if v.severity == "Violation"]
