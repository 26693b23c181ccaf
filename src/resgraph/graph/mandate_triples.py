"""A record's mandates, reporting requirements and fulfilments as N-Triples.

The part of ntriples._Converter that writes what a resolution asks: mandates in UNDO's
proponent/semantics/receiver pattern, the reports it requires (organ, session, year, recurrence),
the additions to them, and the reports that answer earlier requests. A mixin: the converter holds
the record, the minted IRIs and the triple sets these methods write to.
"""

from __future__ import annotations

from resgraph import vocab
from resgraph.graph.iris import Minter, session_year
from resgraph.graph.terms import RDF, RG, SKOS, UNDO, XSD, duration_literal, iri, literal, under
from resgraph.models import MandateTerm, Record, ReportDue, Span


def when(value: str) -> str:
    """An ISO date, year-month or year as its XSD literal."""
    if len(value) == 10:
        return literal(value, datatype=XSD.date)
    return literal(value, datatype=XSD.gYearMonth if len(value) == 7 else XSD.gYear)


class MandateTriples:
    """What the text asks, written through the converter's own helpers (declared here, defined
    by ntriples._Converter)."""

    r: Record
    m: Minter
    v: vocab.Vocabulary
    doc: str
    para: dict[int, str]
    part_of: dict[int, str]

    def add(self, s: str, p: str, o: str | None) -> None:
        raise NotImplementedError  # the converter's

    def label(self, node: str, text: str | None, lang: str | None = None, shared: bool = False) -> None:
        raise NotImplementedError  # the converter's

    def span(self, node: str, span: Span | None) -> None:
        raise NotImplementedError  # the converter's

    def where(self, paragraph: int) -> str:
        raise NotImplementedError  # the converter's

    def organ_actor(self, organ_key: str | None) -> str | None:
        raise NotImplementedError  # the converter's

    def session_node(self, organ: str, label: str, ordinal: int | None, year: int | None) -> str:
        raise NotImplementedError  # the converter's

    def mention(self, symbol: str, cls: str | None = None) -> str:
        raise NotImplementedError  # the converter's

    def proponent(self, paragraph: int) -> str | None:
        draft = self.part_of.get(paragraph) == "draft" and self.r.contains_draft_for
        return self.organ_actor(self.r.contains_draft_for if draft else self.r.body)

    def actor_iri(self, key: str) -> str:
        """An actor of the vocabulary, or a State ("state:SDN"): the country IRI sponsors use, typed
        rg:State and named."""
        if not key.startswith(vocab.STATE):
            return iri(self.m.actor(key))
        node = iri(self.m.country(key[len(vocab.STATE) :]))
        self.add(node, RDF.type, RG.State)
        name = self.v.state_name(key)
        if name:
            self.add(node, SKOS.prefLabel, literal(name, lang="en"))
            self.label(node, name, "en")
        return node

    def mandates(self) -> None:
        """Mandates in UNDO's proponent/semantics/receiver pattern: who asks (the adopting organ,
        or the organ a nested draft goes to), the verb, the addressees."""
        d = self.doc
        for i, m in enumerate(self.r.mandates):
            node = under(d, f"mandate/{i + 1}")
            self.add(d, RG.hasMandate, node)
            self.add(node, RDF.type, RG.Mandate)
            self.label(node, f"{self.where(m.paragraph)}: mandate ({m.verb})")
            self.add(node, UNDO.hasProponent, self.proponent(m.paragraph))
            self.add(node, RG.mandateVerb, iri(self.m.verb(m.verb)))
            for a in m.addressees:
                self.add(node, RG.addressee, self.actor_iri(a))
            if m.addressee_text:
                self.add(node, RG.addresseeText, literal(m.addressee_text))
            self.add(node, RG.operativeNumber, literal(m.op))
            self.add(node, RG.inParagraph, self.para.get(m.paragraph))
            self.add(node, RG.text, literal(m.text))
            self.span(node, m.span)

    def reports(self) -> None:
        """Reporting requirements (who reports to whom, at which session or year, how often), and
        the additions to a report another paragraph requires."""
        d = self.doc
        required: dict[tuple[str, int], str] = {}  # (part, op) -> its reporting requirement
        for i, rd in enumerate(self.r.reports_due):
            if rd.adds_to is None:
                required.setdefault((self.part_of.get(rd.paragraph, ""), rd.op), under(d, f"reporting/{i + 1}"))
        for i, rd in enumerate(self.r.reports_due):
            node = under(d, f"reporting/{i + 1}")
            if rd.adds_to is not None:
                self.addition(node, rd, required.get((self.part_of.get(rd.paragraph, ""), rd.adds_to)))
                continue
            self.add(d, RG.hasReportingRequirement, node)
            self.add(node, RDF.type, RG.ReportingRequirement)
            self.label(node, f"{self.where(rd.paragraph)}: report requested")
            self.add(node, UNDO.hasProponent, self.proponent(rd.paragraph))
            if rd.by:
                self.add(node, RG.reportBy, self.actor_iri(rd.by))
            if rd.to:
                self.add(node, RG.reportTo, self.actor_iri(rd.to))
            # "at its sixty-ninth session" with no organ named is the speaking organ's session;
            # the extractor then sets `to`. Without `to` the session's organ is unknown: keep the year only.
            # "to the Assembly through the Commission at its thirty-third session": the Commission's.
            session_actor = rd.session_of or rd.to
            organ = self.v.organ_of_actor(session_actor) if session_actor else None
            organ_key = organ.id if organ else None
            year = rd.year
            if rd.session is not None and organ_key:
                year = year or session_year(organ_key, rd.session)
                self.add(node, RG.session, self.session_node(organ_key, str(rd.session), rd.session, year))
            if year is not None:
                self.add(node, RG.sessionYear, literal(year))
            if rd.recurrence:
                self.add(node, RG.recurrence, literal(rd.recurrence))
            self.timing(node, rd)
            self.add(node, RG.operativeNumber, literal(rd.op))
            self.add(node, RG.inParagraph, self.para.get(rd.paragraph))
            self.span(node, rd.span)

    def timing(self, node: str, rd: ReportDue) -> None:
        """When a report is due, how often, in what form, through whom."""
        if rd.due:
            self.add(node, RG.dueDate, when(rd.due))
        if rd.within:
            self.add(node, RG.deadlineWithin, duration_literal(rd.within))
        if rd.every:
            self.add(node, RG.reportCycle, duration_literal(rd.every))
        if rd.form:
            self.add(node, RG.reportForm, literal(rd.form))
        if rd.through:
            self.add(node, RG.reportThrough, self.actor_iri(rd.through))

    def terms(self) -> None:
        """Mandate terms: which body's mandate is established, extended, ended or authorized, until
        when and for how long, and the resolutions the extension renews. The link from an extension
        to the earlier term it extends is made at build time, across documents (store.relink_terms)."""
        d = self.doc
        for i, t in enumerate(self.r.mandate_terms):
            node = under(d, f"term/{i + 1}")
            self.add(d, RG.hasMandateTerm, node)
            self.add(node, RDF.type, RG.MandateTerm)
            self.label(node, f"{self.where(t.paragraph)}: {t.action} {t.of}")
            self.add(node, UNDO.hasProponent, self.proponent(t.paragraph))
            self.add(node, RG.termAction, literal(t.action))
            self.add(node, RG.termOfName, literal(t.of))
            self.term_of(node, t)
            if t.until:
                self.add(node, RG.termUntil, when(t.until))
            if t.period:
                self.add(node, RG.termPeriod, duration_literal(t.period))
            for sym in t.renews:
                self.add(node, RG.renews, self.mention(sym))
            self.add(node, RG.operativeNumber, literal(t.op))
            self.add(node, RG.inParagraph, self.para.get(t.paragraph))
            self.span(node, t.span)

    def term_of(self, node: str, t: MandateTerm) -> None:
        if "#" in t.of:  # the measures of named paragraphs: S/RES/2140(2014)#11,15
            sym, paras = t.of.split("#", 1)
            self.add(node, RG.measuresOf, self.mention(sym))
            self.add(node, RG.measuresParagraphs, literal(paras))
        elif t.of in self.v.actors or t.of.startswith(vocab.STATE):
            self.add(node, RG.termOf, self.actor_iri(t.of))

    def fulfilments(self) -> None:
        """Reports that answer an earlier resolution's request."""
        d = self.doc
        for i, f in enumerate(self.r.fulfils):
            node = under(d, f"fulfilment/{i + 1}")
            report = self.mention(f.report, RG.Report)
            target = self.mention(f.mandate_of)
            self.add(report, RG.fulfils, target)
            self.add(node, RDF.type, RG.Fulfilment)
            self.label(node, f"{self.where(f.paragraph)}: {f.report} answers {f.mandate_of}")
            self.add(node, RG.report, report)
            self.add(node, RG.mandateOf, target)
            self.add(node, RG.inParagraph, self.para.get(f.paragraph))
            self.span(node, f.span)

    def addition(self, node: str, rd: ReportDue, into: str | None) -> None:
        """'include in the report referred to in paragraph 40': no report of its own, so no organ
        or session to state; it points at the requirement whose report it adds to."""
        self.add(self.doc, RG.hasReportAddition, node)
        self.add(node, RDF.type, RG.ReportAddition)
        self.label(node, f"{self.where(rd.paragraph)}: addition to the report of op {rd.adds_to}")
        if rd.by:
            self.add(node, RG.reportBy, self.actor_iri(rd.by))
        self.add(node, RG.addsTo, literal(rd.adds_to))
        self.add(node, RG.includedIn, into)
        self.add(node, RG.operativeNumber, literal(rd.op))
        self.add(node, RG.inParagraph, self.para.get(rd.paragraph))
        self.span(node, rd.span)
