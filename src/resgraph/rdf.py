"""Records to RDF: the one module that knows how a `Record` becomes triples.

Each source file becomes one named graph (its IRI from the file path) holding the resolution, its
paragraphs, two layers of citations (a direct eli:cites edge typed by function, for traversal, and
a cito:Citation node with paragraph, date and span, for evidence), mandates in UNDO's
proponent/semantics/receiver pattern, reporting requirements, fulfilments, draft lineage and PROV
provenance. IRIs come from `iris.Minter`, so the same symbol meets itself across files.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Iterable, Optional

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from . import __version__, drafts, vocab
from .iris import (DEFAULT_BASE, ONTOLOGY_NS, Minter, document_session, function_property, parse_symbol,
                   session_year)
from .models import Paragraph, Record, Span
from .paths import ONTOLOGY

RG = Namespace(ONTOLOGY_NS)
ELI = Namespace("http://data.europa.eu/eli/ontology#")
CITO = Namespace("http://purl.org/spar/cito/")
UNDO = Namespace("https://w3id.org/un/ontology/undo/")
ORG = Namespace("http://www.w3.org/ns/org#")
PREFIXES = {"rg": RG, "eli": ELI, "cito": CITO, "undo": UNDO, "dcterms": DCTERMS, "prov": PROV,
            "skos": SKOS, "org": ORG, "owl": OWL, "rdfs": RDFS, "xsd": XSD}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARA_CLASS = {"preambular": RG.PreambularParagraph, "operative": RG.OperativeParagraph,
              "subparagraph": RG.SubParagraph}


def _date(value: str) -> Literal:
    """An ISO date as xsd:date; anything else stays a plain string so that SHACL names it."""
    return Literal(value, datatype=XSD.date) if ISO_DATE.match(value) else Literal(value)


def new_graph(identifier: Optional[str] = None) -> Graph:
    g = Graph(identifier=URIRef(identifier) if identifier else None)
    for k, v in PREFIXES.items():
        g.bind(k, v)
    return g


class _Converter:
    """Builds one record's graph; holds the IRIs minted for its paragraphs."""

    def __init__(self, record: Record, base: str):
        self.r, self.m, self.v = record, Minter(base), vocab.load()
        self.g = new_graph(self.m.graph(record.file))
        self.triples: set[tuple] = set()  # collected first: a set is far cheaper than Graph.add
        self.shared: set[tuple] = set()
        self.doc = URIRef(self.m.record(record.symbol, record.draft_symbol, record.sha256))
        self.draft = URIRef(self.m.nested_draft(str(self.doc))) if record.contains_draft_for else None
        self.para: dict[int, URIRef] = {}
        self.part_of: dict[int, str] = {}
        self.op_number: dict[int, Literal] = {}

    def add(self, s, p, o) -> None:
        if o is not None:
            self.triples.add((s, p, o))

    def share(self, s, p, o) -> None:
        """A fact that follows from a symbol alone (a cited resolution's organ, a session's year):
        the store keeps it once in the registry graph rather than once per citing file."""
        if o is not None:
            self.shared.add((s, p, o))

    def span(self, node: URIRef, span: Optional[Span]) -> None:
        if span is not None:
            self.add(node, RG.spanStart, Literal(span.start))
            self.add(node, RG.spanEnd, Literal(span.end))

    def organ_actor(self, organ_key: Optional[str]) -> Optional[URIRef]:
        organ = self.v.organs.get(organ_key or "")
        if organ and organ.actor:
            return URIRef(self.m.actor(organ.actor))
        return URIRef(self.m.organ(organ_key)) if organ_key else None

    def session_node(self, organ: str, label: str, ordinal: Optional[int], year: Optional[int]) -> URIRef:
        node = URIRef(self.m.session(organ, label))
        self.share(node, RDF.type, RG.Session)
        self.share(node, RG.ofOrgan, URIRef(self.m.organ(organ)))
        self.share(node, RG.sessionLabel, Literal(label))
        if ordinal is not None:
            self.share(node, RG.sessionNumber, Literal(ordinal))
        if year is not None:
            self.share(node, RG.sessionYear, Literal(year))
        return node

    def mention(self, symbol: str, cls: Optional[URIRef] = None) -> URIRef:
        """A document named by symbol: typed and placed (organ, session, year) from the symbol alone."""
        node = URIRef(self.m.doc(symbol))
        sym = parse_symbol(symbol)
        if cls is None:
            cls = (RG.Decision if sym.kind == "decision" else RG.Resolution) if sym else RG.Document
        self.add(node, RDF.type, cls)
        self.share(node, RG.symbol, Literal(sym.text if sym else symbol))
        self.share(node, RDFS.seeAlso, URIRef(self.m.undocs(sym.text if sym else symbol)))
        if sym:
            self.share(node, RG.adoptedBy, URIRef(self.m.organ(sym.organ)))
            if sym.session:
                self.share(node, RG.session, self.session_node(sym.organ, sym.session, sym.session_number, sym.year))
            if sym.year is not None:
                self.share(node, RG.sessionYear, Literal(sym.year))
        elif document_session(symbol):
            organ, n, year = document_session(symbol)
            if n is not None:
                self.share(node, RG.session, self.session_node(organ, str(n), n, year))
            if year is not None:
                self.share(node, RG.sessionYear, Literal(year))
        return node

    # ------------------------------------------------------------------ the resolution itself
    def header(self) -> None:
        r, d = self.r, self.doc
        sym = parse_symbol(r.symbol) if r.symbol else None
        if r.status == "draft" or not r.symbol:
            self.add(d, RDF.type, RG.DraftResolution)
            if r.draft_symbol:
                self.add(d, RG.symbol, Literal(r.draft_symbol))
        else:
            self.mention(r.symbol)
            if sym is None:  # the record's own symbol is no canonical resolution symbol
                self.add(d, RDF.type, RG.Resolution)
            if r.draft_symbol:
                self.add(URIRef(self.m.doc(r.draft_symbol)), RDF.type, RG.DraftResolution)
                self.add(URIRef(self.m.doc(r.draft_symbol)), RG.symbol, Literal(r.draft_symbol))
                self.add(URIRef(self.m.doc(r.draft_symbol)), RG.draftAdoptedAs, d)
        if r.body:
            self.add(d, RG.adoptedBy, URIRef(self.m.organ(r.body)))
        if r.title:
            self.add(d, DCTERMS.title, Literal(r.title, lang="en"))
        if r.adopted:
            self.add(d, ELI.date_document, _date(r.adopted))
        if r.distributed:
            self.add(d, RG.distributed, _date(r.distributed))
        session = r.session if r.session is not None else (sym.session_number if sym else None)
        if r.body and session is not None and not (sym and sym.session):
            year = session_year(r.body, session)
            self.add(d, RG.session, self.session_node(r.body, str(session), session, year))
            if year is not None:
                self.add(d, RG.sessionYear, Literal(year))
        for key, value in (("meeting", r.meeting), ("agendaItem", r.agenda_item), ("committee", r.committee)):
            if value:
                self.add(d, RG[key], Literal(value))
        for iso3 in r.sponsors:
            self.add(d, RG.sponsor, URIRef(self.m.country(iso3)))
        if r.recommended_by:
            if r.recommended_by.organ:
                self.add(d, RG.recommendedBy, URIRef(self.m.organ(r.recommended_by.organ)))
            if r.recommended_by.document:
                self.add(d, RG.recommendationDocument, self.mention(r.recommended_by.document, RG.Document))
        if self.draft is not None:
            self.add(d, RG.containsDraft, self.draft)
            self.add(self.draft, RDF.type, RG.DraftResolution)
            self.add(self.draft, ELI.is_part_of, d)
            self.add(self.draft, RG.recommendedTo, URIRef(self.m.organ(r.contains_draft_for)))
            if r.body:
                self.add(self.draft, RG.recommendedBy, URIRef(self.m.organ(r.body)))
            if r.title:
                self.add(self.draft, DCTERMS.title, Literal(r.title, lang="en"))
        if r.symbol:
            self.add(d, RDFS.seeAlso, URIRef(self.m.undocs(r.symbol)))

    def paragraphs(self) -> None:
        seen: set[str] = set()
        ordinals: dict[tuple[str, str], int] = {}
        for p in self.r.paragraphs:
            owner = self.draft if (p.part == "draft" and self.draft is not None) else self.doc
            local = self._local(p, ordinals)
            iri = f"{owner}/{local}"
            if iri in seen:
                iri = f"{owner}/para/{p.index}"
            seen.add(iri)
            node = self.para[p.index] = URIRef(iri)
            self.part_of[p.index] = p.part
            cls = RG.AnnexParagraph if p.part == "annex" else PARA_CLASS.get(p.kind, RG.Paragraph)
            self.add(node, RDF.type, cls)
            self.add(node, ELI.is_part_of, owner)
            self.add(node, RG.paragraphIndex, Literal(p.index))
            if p.number is not None and p.kind == "operative":
                self.add(node, RG.number, Literal(p.number))
                self.op_number[p.index] = Literal(p.number)
            if p.label:
                self.add(node, RG.label, Literal(p.label))
            self.add(node, RG.text, Literal(p.text))
            self.span(node, p.span)

    @staticmethod
    def _local(p: Paragraph, ordinals: dict) -> str:
        key = (p.part, "annex" if p.part == "annex" else p.kind)
        ordinals[key] = ordinals.get(key, 0) + 1
        if p.part == "annex":
            return f"annex/{ordinals[key]}"
        if p.kind == "preambular":
            return f"pp/{ordinals[key]}"
        if p.kind == "operative" and p.number is not None:
            return f"op/{p.number}"
        if p.kind == "subparagraph" and p.parent and p.label:
            return f"op/{p.parent}/{p.label.strip('()')}"
        return f"para/{p.index}"

    # ------------------------------------------------------------------ statements in the text
    def citations(self) -> None:
        d = self.doc
        for i, c in enumerate(self.r.citations):
            # a target that is no canonical symbol stays a Resolution, so that SHACL names it;
            # the decision of a body outside organs.yaml (CBD/COP/DEC/15/29) is still a decision
            cls = None if parse_symbol(c.target) else RG.Decision if "/DEC/" in c.target else RG.Resolution
            target = self.mention(c.target, cls)
            self.add(d, ELI.cites, target)
            if c.function in self.v.functions:
                self.add(d, RG[function_property(c.function)], target)
            node = URIRef(f"{d}/citation/{i + 1}")
            self.add(node, RDF.type, RG.Citation)
            self.add(node, CITO.hasCitingEntity, d)
            self.add(node, CITO.hasCitedEntity, target)
            self.add(node, RG.hasFunction, URIRef(self.m.function(c.function)))
            cito = (self.v.functions.get(c.function) or {}).get("cito")
            if cito:
                self.add(node, CITO.hasCitationCharacterization, CITO[cito])
            self.add(node, RG.inParagraph, self.para.get(c.paragraph))
            self.add(node, RG.operativeNumber, self.op_number.get(c.paragraph))
            if c.date:
                self.add(node, RG.citedDate, _date(c.date))
            self.add(node, RG.text, Literal(c.text))
            self.add(node, RG.via, Literal(c.via))
            self.span(node, c.span)
        for ref in self.r.documents:
            self.add(d, DCTERMS.references, self.mention(ref.symbol, RG.Document))
        for t in self.r.treaties:
            node = URIRef(self.m.treaty(t.number))
            self.share(node, RDF.type, RG.Treaty)
            self.share(node, RG.untsNumber, Literal(t.number))
            for vol in t.volumes:
                self.share(node, RG.untsVolume, Literal(vol))
            self.add(d, DCTERMS.references, node)

    def proponent(self, paragraph: int) -> Optional[URIRef]:
        draft = self.part_of.get(paragraph) == "draft" and self.r.contains_draft_for
        return self.organ_actor(self.r.contains_draft_for if draft else self.r.body)

    def actor_iri(self, key: str) -> URIRef:
        """An actor of the vocabulary, or a State ("state:SDN"): the country IRI sponsors use, typed
        rg:State and named."""
        if not key.startswith(vocab.STATE):
            return URIRef(self.m.actor(key))
        iri = URIRef(self.m.country(key[len(vocab.STATE):]))
        self.add(iri, RDF.type, RG.State)
        name = self.v.state_name(key)
        if name:
            self.add(iri, SKOS.prefLabel, Literal(name, lang="en"))
            self.add(iri, RDFS.label, Literal(name, lang="en"))
        return iri

    def mandates(self) -> None:
        d = self.doc
        for i, m in enumerate(self.r.mandates):
            node = URIRef(f"{d}/mandate/{i + 1}")
            self.add(d, RG.hasMandate, node)
            self.add(node, RDF.type, RG.Mandate)
            self.add(node, UNDO.hasProponent, self.proponent(m.paragraph))
            self.add(node, RG.mandateVerb, URIRef(self.m.verb(m.verb)))
            for a in m.addressees:
                self.add(node, RG.addressee, self.actor_iri(a))
            if m.addressee_text:
                self.add(node, RG.addresseeText, Literal(m.addressee_text))
            self.add(node, RG.operativeNumber, Literal(m.op))
            self.add(node, RG.inParagraph, self.para.get(m.paragraph))
            self.add(node, RG.text, Literal(m.text))
            self.span(node, m.span)
        required: dict[tuple[str, int], URIRef] = {}  # (part, op) -> its reporting requirement
        for i, rd in enumerate(self.r.reports_due):
            if rd.adds_to is None:
                required.setdefault((self.part_of.get(rd.paragraph, ""), rd.op), URIRef(f"{d}/reporting/{i + 1}"))
        for i, rd in enumerate(self.r.reports_due):
            node = URIRef(f"{d}/reporting/{i + 1}")
            if rd.adds_to is not None:
                self.addition(node, rd, required.get((self.part_of.get(rd.paragraph, ""), rd.adds_to)))
                continue
            self.add(d, RG.hasReportingRequirement, node)
            self.add(node, RDF.type, RG.ReportingRequirement)
            self.add(node, UNDO.hasProponent, self.proponent(rd.paragraph))
            if rd.by:
                self.add(node, RG.reportBy, self.actor_iri(rd.by))
            if rd.to:
                self.add(node, RG.reportTo, self.actor_iri(rd.to))
            # "at its sixty-ninth session" with no organ named is the speaking organ's session;
            # the extractor then sets `to`. Without `to` the session's organ is unknown: keep the year only.
            organ = self.v.organ_of_actor(rd.to) if rd.to else None
            organ_key = organ.id if organ else None
            year = rd.year
            if rd.session is not None and organ_key:
                year = year or session_year(organ_key, rd.session)
                self.add(node, RG.session, self.session_node(organ_key, str(rd.session), rd.session, year))
            if year is not None:
                self.add(node, RG.sessionYear, Literal(year))
            if rd.recurrence:
                self.add(node, RG.recurrence, Literal(rd.recurrence))
            self.add(node, RG.operativeNumber, Literal(rd.op))
            self.add(node, RG.inParagraph, self.para.get(rd.paragraph))
            self.span(node, rd.span)
        for i, f in enumerate(self.r.fulfils):
            node = URIRef(f"{d}/fulfilment/{i + 1}")
            report = self.mention(f.report, RG.Report)
            target = self.mention(f.mandate_of)
            self.add(report, RG.fulfils, target)
            self.add(node, RDF.type, RG.Fulfilment)
            self.add(node, RG.report, report)
            self.add(node, RG.mandateOf, target)
            self.add(node, RG.inParagraph, self.para.get(f.paragraph))
            self.span(node, f.span)

    def addition(self, node: URIRef, rd, into: Optional[URIRef]) -> None:
        """'include in the report referred to in paragraph 40': no report of its own, so no organ
        or session to state; it points at the requirement whose report it adds to."""
        self.add(self.doc, RG.hasReportAddition, node)
        self.add(node, RDF.type, RG.ReportAddition)
        if rd.by:
            self.add(node, RG.reportBy, self.actor_iri(rd.by))
        self.add(node, RG.addsTo, Literal(rd.adds_to))
        self.add(node, RG.includedIn, into)
        self.add(node, RG.operativeNumber, Literal(rd.op))
        self.add(node, RG.inParagraph, self.para.get(rd.paragraph))
        self.span(node, rd.span)

    def provenance(self) -> None:
        r, g = self.r, URIRef(str(self.g.identifier))
        src = URIRef(self.m.source(r.sha256))
        act = URIRef(self.m.activity(r.sha256, __version__))
        agent = URIRef(self.m.agent(__version__))
        self.add(g, RDF.type, PROV.Entity)
        self.add(g, PROV.wasDerivedFrom, src)
        self.add(g, PROV.wasGeneratedBy, act)
        self.add(g, PROV.wasAttributedTo, agent)
        self.add(g, DCTERMS.subject, self.doc)
        self.add(src, RDF.type, RG.SourceFile)
        self.add(src, RG.sourceFile, Literal(r.file))
        self.add(src, RG.sha256, Literal(r.sha256))
        self.add(src, RG["format"], Literal(r.format))
        self.add(act, RDF.type, PROV.Activity)
        self.add(act, PROV.used, src)
        self.add(act, PROV.wasAssociatedWith, agent)
        self.share(agent, RDF.type, PROV.SoftwareAgent)
        self.share(agent, RDFS.label, Literal(f"resgraph {__version__}"))
        self.share(agent, RG.extractorVersion, Literal(__version__))
        self.add(self.doc, PROV.wasDerivedFrom, src)


def _convert(record: Record, base: str) -> _Converter:
    c = _Converter(record, base)
    c.header()
    c.paragraphs()
    c.citations()
    c.mandates()
    c.provenance()
    return c


def _nt(triples) -> list[str]:
    return sorted(f"{s.n3()} {p.n3()} {_nt_object(o)} .\n" for s, p, o in triples)


def _hash(c: _Converter) -> tuple[list[str], list[str], str]:
    """Sorted N-Triples of the file graph (closed by rg:graphHash, the hash of both parts, so a
    build can tell an unchanged graph from a changed one), of the shared facts, and the hash."""
    own, shared = _nt(c.triples), _nt(c.shared - c.triples)
    digest = hashlib.sha256("".join(own + ["#\n"] + shared).encode("utf-8")).hexdigest()
    c.triples.add((c.g.identifier, RG.graphHash, Literal(digest)))
    own.append(f"<{c.g.identifier}> <{RG.graphHash}> \"{digest}\" .\n")
    return own, shared, digest


def _graph(c: _Converter) -> Graph:
    c.g.addN((s, p, o, c.g) for s, p, o in c.triples | c.shared)
    return c.g


def record_to_graph(record: Record, base: str = DEFAULT_BASE) -> Graph:
    """One record as its own named graph (identifier = the graph IRI of its source file),
    self-contained: it holds the shared facts about what it cites too, for validation and export."""
    c = _convert(record, base)
    _hash(c)
    return _graph(c)


def _nt_object(o) -> str:
    """N-Triples form of an object: n3() would write a multi-line literal in Turtle's triple quotes."""
    if isinstance(o, Literal):
        v = o.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if o.language:
            return f'"{v}"@{o.language}'
        if o.datatype:
            return f'"{v}"^^<{o.datatype}>'
        return f'"{v}"'
    return o.n3()


@dataclass(frozen=True)
class Serialized:
    """A record as the store takes it: its own graph, and the facts it shares with other files."""
    graph: str
    nt: bytes
    count: int
    hash: str
    shared: bytes


def record_to_ntriples(record: Record, base: str = DEFAULT_BASE, with_graph: bool = False):
    """N-Triples of a record without building an rdflib Graph: the fast path of a build. With
    with_graph, (Serialized, Graph) from the one conversion, for a build that also validates."""
    c = _convert(record, base)
    own, shared, digest = _hash(c)
    s = Serialized(str(c.g.identifier), "".join(own).encode("utf-8"), len(own) + len(shared), digest,
                   "".join(shared).encode("utf-8"))
    return (s, _graph(c)) if with_graph else s


def graph_iri(record: Record, base: str = DEFAULT_BASE) -> str:
    return Minter(base).graph(record.file)


def document_iri(record: Record, base: str = DEFAULT_BASE) -> str:
    return Minter(base).record(record.symbol, record.draft_symbol, record.sha256)


# ---------------------------------------------------------------------------- lineage of drafts
def link_drafts(records: Iterable[Record], base: str = DEFAULT_BASE) -> list[tuple[str, str, float]]:
    """(draft IRI, adopted IRI, score) for each draft whose adoption the records contain."""
    return drafts.match(drafts.candidates(records, base))


def links_graph(links: Iterable[tuple[str, str, float]], base: str = DEFAULT_BASE) -> Graph:
    """The cross-file graph of draft adoptions, rebuilt whole after each build."""
    m = Minter(base)
    g = new_graph(m.links_graph())
    for draft, adopted, score in links:
        d, a, node = URIRef(draft), URIRef(adopted), URIRef(m.link(draft, adopted))
        g.add((d, RG.draftAdoptedAs, a))
        g.add((node, RDF.type, RG.DraftLink))
        g.add((node, RG.linkedDraft, d))
        g.add((node, RG.linkedResolution, a))
        g.add((node, RG.score, Literal(f"{score:.4f}", datatype=XSD.decimal)))
        g.add((node, PROV.wasAttributedTo, URIRef(m.agent(__version__))))
    return g


# ---------------------------------------------------------------------------- reading and writing
FORMATS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld", "nt": "nt"}


def ontology_graph() -> Graph:
    g = new_graph()
    g.parse(ONTOLOGY / "resgraph.ttl", format="turtle")
    return g


def dataset(graphs: Iterable[Graph]) -> Dataset:
    ds = Dataset()
    for k, v in PREFIXES.items():
        ds.bind(k, v)
    for g in graphs:
        target = ds.graph(g.identifier)
        for t in g:
            target.add(t)
    return ds


def serialize(graphs: Iterable[Graph], fmt: str) -> str:
    """Turtle merges all graphs; TriG, N-Quads and JSON-LD keep one named graph per source file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    graphs = list(graphs)
    if fmt in ("ttl", "nt"):
        merged = new_graph()
        for g in graphs:
            for t in g:
                merged.add(t)
        return merged.serialize(format=FORMATS[fmt])
    ds = dataset(graphs)
    if fmt == "jsonld":
        context = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
        return ds.serialize(format="json-ld", context=context, auto_compact=True)
    return ds.serialize(format=FORMATS[fmt])


def to_ntriples(g: Graph) -> bytes:
    return g.serialize(format="nt", encoding="utf-8")


def parse_quads(data: str, fmt: str) -> list[Graph]:
    """Named graphs back from TriG / N-Quads text (the store's dump), for validation and export."""
    ds = Dataset()
    ds.parse(data=data, format=FORMATS.get(fmt, fmt))
    return [g for g in ds.graphs() if g.identifier != ds.default_graph.identifier or len(g)]
