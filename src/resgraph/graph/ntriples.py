"""Records to N-Triples: the one module that knows how a `Record` becomes triples.

Each document becomes one named graph (its IRI from the document's, not the file path) holding the resolution, its
paragraphs, two layers of citations (a direct eli:cites edge typed by function, for traversal, and
a cito:Citation node with paragraph, date and span, for evidence), mandates in UNDO's
proponent/semantics/receiver pattern, reporting requirements, fulfilments, draft lineage and PROV
provenance. IRIs come from `iris.Minter`, so the same symbol meets itself across files.

Terms are written in their N-Triples form from the start ("<iri>", '"text"@en') and triples as
N-Triples lines, without rdflib: building rdflib terms only to print them was most of the cost of
a build. rdf.py reads the same lines back into a Graph where one is wanted.
"""

from __future__ import annotations

import hashlib

from resgraph import __version__, vocab
from resgraph.graph.describe import paragraph_name, standard_types
from resgraph.graph.iris import Minter, Symbol, document_session, function_property, parse_symbol, session_year
from resgraph.graph.mandate_triples import MandateTriples
from resgraph.graph.terms import (
    CITO,
    DCTERMS,
    ELI,
    PROV,
    RDF,
    RDF_TYPE,
    RDFS,
    RG,
    date_literal,
    iri,
    literal,
    under,
)
from resgraph.models import Paragraph, Record, Serialized, Span

Triple = tuple[str, str, str]  # subject, predicate, object as N-Triples terms

PARA_CLASS = {"preambular": RG.PreambularParagraph, "operative": RG.OperativeParagraph, "subparagraph": RG.SubParagraph}


class _Converter(MandateTriples):
    """Writes one record's triples; holds the IRIs minted for its paragraphs."""

    def __init__(self, record: Record, base: str):
        self.r, self.m, self.v = record, Minter(base), vocab.load()
        self.triples: set[Triple] = set()  # (s, p, o) as N-Triples terms; a set drops the repeats
        self.shared: set[Triple] = set()
        doc = self.m.record(record.symbol, record.draft_symbol, record.sha256)
        self.graph = self.m.document_graph(doc)
        self.doc = iri(doc)
        self.draft = iri(self.m.nested_draft(doc)) if record.contains_draft_for else None
        self.name = record.symbol or record.draft_symbol or f"draft {record.sha256[:16]}"
        self.para: dict[int, str] = {}
        self.para_name: dict[int, str] = {}
        self.part_of: dict[int, str] = {}
        self.op_number: dict[int, str] = {}

    def add(self, s: str, p: str, o: str | None) -> None:
        if o is not None:
            self.triples.add((s, p, o))
        if p == RDF_TYPE:
            for std in standard_types().get(o or "", ()):
                self.triples.add((s, p, std))

    def label(self, node: str, text: str | None, lang: str | None = None, shared: bool = False) -> None:
        """rdfs:label: what a viewer shows instead of the IRI (the symbol, "A/RES/67/186, op 14")."""
        if text:
            (self.share if shared else self.add)(node, RDFS.label, literal(text, lang=lang))

    def share(self, s: str, p: str, o: str | None) -> None:
        """A fact that follows from a symbol alone (a cited resolution's organ, a session's year):
        the store keeps it once in the registry graph rather than once per citing file."""
        if o is not None:
            self.shared.add((s, p, o))
        if p == RDF_TYPE:
            for std in standard_types().get(o or "", ()):
                self.shared.add((s, p, std))

    def span(self, node: str, span: Span | None) -> None:
        if span is not None:
            self.add(node, RG.spanStart, literal(span.start))
            self.add(node, RG.spanEnd, literal(span.end))

    def organ_actor(self, organ_key: str | None) -> str | None:
        organ = self.v.organs.get(organ_key or "")
        if organ and organ.actor:
            return iri(self.m.actor(organ.actor))
        return iri(self.m.organ(organ_key)) if organ_key else None

    def session_node(self, organ: str, label: str, ordinal: int | None, year: int | None) -> str:
        node = iri(self.m.session(organ, label))
        self.share(node, RDF.type, RG.Session)
        self.share(node, RG.ofOrgan, iri(self.m.organ(organ)))
        self.share(node, RG.sessionLabel, literal(label))
        self.label(node, f"{organ} session {label}", shared=True)
        if ordinal is not None:
            self.share(node, RG.sessionNumber, literal(ordinal))
        if year is not None:
            self.share(node, RG.sessionYear, literal(year))
        return node

    def mention(self, symbol: str, cls: str | None = None) -> str:
        """A document named by symbol: typed and placed (organ, session, year) from the symbol alone."""
        node = iri(self.m.doc(symbol))
        sym = parse_symbol(symbol)
        if cls is None:
            cls = (RG.Decision if sym.kind == "decision" else RG.Resolution) if sym else RG.Document
        self.add(node, RDF.type, cls)
        self.share(node, RG.symbol, literal(sym.text if sym else symbol))
        self.label(node, sym.text if sym else symbol, shared=True)
        self.share(node, RDFS.seeAlso, iri(self.m.undocs(sym.text if sym else symbol)))
        if sym:
            self.share(node, RG.adoptedBy, iri(self.m.organ(sym.organ)))
            if sym.session:
                self.share(node, RG.session, self.session_node(sym.organ, sym.session, sym.session_number, sym.year))
            if sym.year is not None:
                self.share(node, RG.sessionYear, literal(sym.year))
        elif placed := document_session(symbol):
            organ, n, year = placed
            if n is not None:
                self.share(node, RG.session, self.session_node(organ, str(n), n, year))
            if year is not None:
                self.share(node, RG.sessionYear, literal(year))
        return node

    # ------------------------------------------------------------------ the resolution itself
    def header(self) -> None:
        """The resolution (or draft) itself: what it is, its fields, session, recommendation and
        the draft it carries."""
        r, d = self.r, self.doc
        sym = parse_symbol(r.symbol) if r.symbol else None
        self.kind(sym)
        if r.body:
            self.add(d, RG.adoptedBy, iri(self.m.organ(r.body)))
        if r.title:
            self.add(d, DCTERMS.title, literal(r.title, lang="en"))
        if r.adopted:
            self.add(d, ELI.date_document, date_literal(r.adopted))
        if r.distributed:
            self.add(d, RG.distributed, date_literal(r.distributed))
        session = r.session if r.session is not None else (sym.session_number if sym else None)
        if r.body and session is not None and not (sym and sym.session):
            year = session_year(r.body, session)
            self.add(d, RG.session, self.session_node(r.body, str(session), session, year))
            if year is not None:
                self.add(d, RG.sessionYear, literal(year))
        for key, value in (("meeting", r.meeting), ("agendaItem", r.agenda_item), ("committee", r.committee)):
            if value:
                self.add(d, RG[key], literal(value))
        for iso3 in r.sponsors:
            self.add(d, RG.sponsor, iri(self.m.country(iso3)))
            self.label(iri(self.m.country(iso3)), self.v.state_name(iso3), "en")
        self.recommendation()
        self.nested()
        if r.symbol:
            self.add(d, RDFS.seeAlso, iri(self.m.undocs(r.symbol)))

    def kind(self, sym: Symbol | None) -> None:
        """A draft (with its L-symbol), or a resolution placed by its symbol, with the draft it
        was adopted from."""
        r, d = self.r, self.doc
        if r.status == "draft" or not r.symbol:
            self.add(d, RDF.type, RG.DraftResolution)
            self.label(d, r.title if not r.draft_symbol and r.title else self.name)
            if r.draft_symbol:
                self.add(d, RG.symbol, literal(r.draft_symbol))
            return
        self.mention(r.symbol)
        if sym is None:  # the record's own symbol is no canonical resolution symbol
            self.add(d, RDF.type, RG.Resolution)
        if r.draft_symbol:
            self.add(iri(self.m.doc(r.draft_symbol)), RDF.type, RG.DraftResolution)
            self.add(iri(self.m.doc(r.draft_symbol)), RG.symbol, literal(r.draft_symbol))
            self.label(iri(self.m.doc(r.draft_symbol)), r.draft_symbol)
            self.add(iri(self.m.doc(r.draft_symbol)), RG.draftAdoptedAs, d)

    def recommendation(self) -> None:
        """The committee that recommended the text and its report."""
        rb = self.r.recommended_by
        if rb:
            if rb.organ:
                self.add(self.doc, RG.recommendedBy, iri(self.m.organ(rb.organ)))
            if rb.document:
                self.add(self.doc, RG.recommendationDocument, self.mention(rb.document, RG.Document))

    def nested(self) -> None:
        """The draft the text recommends to another organ (ECOSOC to the Assembly), a part of it."""
        r, d = self.r, self.doc
        if self.draft is None or r.contains_draft_for is None:
            return
        self.add(d, RG.containsDraft, self.draft)
        self.add(self.draft, RDF.type, RG.DraftResolution)
        self.label(self.draft, f"{self.name}, draft")
        self.add(self.draft, ELI.is_part_of, d)
        self.add(self.draft, RG.recommendedTo, iri(self.m.organ(r.contains_draft_for)))
        if r.body:
            self.add(self.draft, RG.recommendedBy, iri(self.m.organ(r.body)))
        if r.title:
            self.add(self.draft, DCTERMS.title, literal(r.title, lang="en"))

    def paragraphs(self) -> None:
        seen: set[str] = set()
        ordinals: dict[tuple[str, str], int] = {}
        for p in self.r.paragraphs:
            owner = self.draft if (p.part == "draft" and self.draft is not None) else self.doc
            local = self._local(p, ordinals)
            node = under(owner, local)
            if node in seen:
                local = f"para/{p.index}"
                node = under(owner, local)
            seen.add(node)
            self.para_name[p.index] = f"{self.name}, {'draft ' if owner == self.draft else ''}{paragraph_name(local)}"
            self.label(node, self.para_name[p.index])
            self.para[p.index] = node
            self.part_of[p.index] = p.part
            cls = RG.AnnexParagraph if p.part == "annex" else PARA_CLASS.get(p.kind, RG.Paragraph)
            self.add(node, RDF.type, cls)
            self.add(node, ELI.is_part_of, owner)
            self.add(node, RG.paragraphIndex, literal(p.index))
            if p.number is not None and p.kind == "operative":
                self.add(node, RG.number, literal(p.number))
                self.op_number[p.index] = literal(p.number)
            if p.label:
                self.add(node, RG.label, literal(p.label))
            self.add(node, RG.text, literal(p.text))
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
        if p.kind == "subparagraph" and p.parent and p.label and p.label.strip("()").isalnum():
            # "(a)" is op/7/a; a bullet ("•", "–") names no item, so its own place does
            return f"op/{p.parent}/{p.label.strip('()')}"
        return f"para/{p.index}"

    # ------------------------------------------------------------------ statements in the text
    def where(self, paragraph: int) -> str:
        """ "A/RES/67/186, op 14": the label of a statement's paragraph, or the document's."""
        return self.para_name.get(paragraph, self.name)

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
            node = under(d, f"citation/{i + 1}")
            self.add(node, RDF.type, RG.Citation)
            self.label(node, f"{self.where(c.paragraph)}: {c.function.replace('-', ' ')} {c.target}")
            self.add(node, CITO.hasCitingEntity, d)
            self.add(node, CITO.hasCitedEntity, target)
            self.add(node, RG.hasFunction, iri(self.m.function(c.function)))
            cito = (self.v.functions.get(c.function) or {}).get("cito")
            if cito:
                self.add(node, CITO.hasCitationCharacterization, CITO[cito])
            self.add(node, RG.inParagraph, self.para.get(c.paragraph))
            self.add(node, RG.operativeNumber, self.op_number.get(c.paragraph))
            if c.date:
                self.add(node, RG.citedDate, date_literal(c.date))
            self.add(node, RG.text, literal(c.text))
            self.add(node, RG.via, literal(c.via))
            self.span(node, c.span)
        for ref in self.r.documents:
            self.add(d, DCTERMS.references, self.mention(ref.symbol, RG.Document))
        for t in self.r.treaties:
            node = iri(self.m.treaty(t.number))
            self.share(node, RDF.type, RG.Treaty)
            self.label(node, f"UNTS registration {t.number}", shared=True)
            self.share(node, RG.untsNumber, literal(t.number))
            for vol in t.volumes:
                self.share(node, RG.untsVolume, literal(vol))
            self.add(d, DCTERMS.references, node)

    def provenance(self) -> None:
        r, g = self.r, iri(self.graph)
        src = iri(self.m.source(r.sha256))
        act = iri(self.m.activity(r.sha256, __version__))
        agent = iri(self.m.agent(__version__))
        self.add(g, RDF.type, PROV.Entity)
        self.label(g, f"graph of {r.file}")
        self.label(src, r.file)
        self.label(act, f"extraction of {r.file}")
        self.add(g, PROV.wasDerivedFrom, src)
        self.add(g, PROV.wasGeneratedBy, act)
        self.add(g, PROV.wasAttributedTo, agent)
        self.add(g, DCTERMS.subject, self.doc)
        self.add(src, RDF.type, RG.SourceFile)
        self.add(src, RG.sourceFile, literal(r.file))
        self.add(src, RG.sha256, literal(r.sha256))
        self.add(src, RG["format"], literal(r.format))
        self.add(act, RDF.type, PROV.Activity)
        self.add(act, PROV.used, src)
        self.add(act, PROV.wasAssociatedWith, agent)
        self.share(agent, RDF.type, PROV.SoftwareAgent)
        self.share(agent, RDFS.label, literal(f"resgraph {__version__}"))
        self.share(agent, RG.extractorVersion, literal(__version__))
        self.add(self.doc, PROV.wasDerivedFrom, src)


def convert(record: Record, base: str) -> Serialized:
    """Sorted N-Triples of the file graph (closed by rg:graphHash, the hash of both parts, so a
    build can tell an unchanged graph from a changed one) and of the shared facts it does not hold."""
    return convert_with_triples(record, base)[0]


def convert_with_triples(record: Record, base: str) -> tuple[Serialized, set[Triple]]:
    """`convert`, and the distinct triples of its lines (own and shared) as (s, p, o) N-Triples
    terms: what a line of them reads as (validate's _TRIPLE), for a check that would parse them back."""
    c = _Converter(record, base)
    c.header()
    c.paragraphs()
    c.citations()
    c.mandates()
    c.reports()
    c.terms()
    c.fulfilments()
    c.provenance()
    own = sorted([f"{s} {p} {o} .\n" for s, p, o in c.triples])
    shared = sorted([f"{s} {p} {o} .\n" for s, p, o in c.shared - c.triples])
    digest = hashlib.sha256("".join(own + ["#\n"] + shared).encode("utf-8")).hexdigest()
    closing = (iri(c.graph), RG.graphHash, literal(digest))
    own.append(f"{closing[0]} {closing[1]} {closing[2]} .\n")
    triples = c.triples | c.shared
    triples.add(closing)
    serialized = Serialized(
        c.graph, "".join(own).encode("utf-8"), len(own) + len(shared), digest, "".join(shared).encode("utf-8")
    )
    return serialized, triples
