"""read → segment → identify/extract → Record: the extraction pipeline for one file.

Each step is a function from plain data to plain data; this module only chains them and turns
every failure into an InputError that names the file and the reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from resgraph.errors import InputError
from resgraph.extract import (
    citations,
    deadlines,
    listed_refs,
    mandates,
    report_event_day,
    report_forwarded,
    report_given_again,
    report_later,
    report_refs,
    report_tasks,
    subject_state,
    term_holder,
    term_in_force,
    term_later,
    term_listed,
    term_own,
    term_refs,
    term_replaced,
    term_restated,
)
from resgraph.extract.citations import document_symbols
from resgraph.extract.deadlines import MANDATE_END_MARK
from resgraph.extract.identity import identify
from resgraph.extract.limits import deadline, kill_after
from resgraph.extract.read import display_name, read
from resgraph.extract.segment import segment
from resgraph.extract.symbols import organ_for_words
from resgraph.models import DocumentRef, Failure, MandateTerm, Record, ReportDue, SourceText, Span
from resgraph.vocab import Vocabulary, load


def extract_source(src: SourceText, vocab: Vocabulary | None = None) -> Record:
    """Record of an already-read source text.

    Raises InputError when the text has neither a preambular nor an operative paragraph: it is no
    resolution, and a record of nothing would hide that from the build's list of skipped files."""
    v = vocab or load()
    seg = segment(src, v)
    ident = identify(seg, v)
    paragraphs = tuple(b.paragraph for b in seg.blocks)
    if not any(p.kind in ("operative", "preambular") for p in paragraphs):
        raise InputError(src.path, "not a resolution: no preambular or operative paragraph found")
    body = ident.body
    draft_for = None
    if seg.draft_opener:
        draft_for = organ_for_words(seg.draft_opener, v, None, None)
    speaker_of = {"main": body, "draft": draft_for or body, "annex": body}
    cites, docs, treaties, fulfils = citations.extract(seg.blocks, seg.footnotes, v, speaker_of)
    own = ident.symbol
    cites = tuple(c for c in cites if c.target != own)  # a cover line naming the text itself
    header_docs = _header_documents(seg)
    mands, reports, terms = mandates.extract(seg.blocks, v, speaker_of, ident.adopted, ident.symbol)
    mands, reports = listed_refs.resolve(mands, reports, paragraphs, listed_refs.heads(v))  # "listed in paragraph 40.c"
    reports = report_refs.same_time(reports, paragraphs)
    reports = report_refs.same_dialogue(reports, paragraphs)  # "during an enhanced interactive dialogue also including"
    reports = report_later.later_time(reports, paragraphs, ident.adopted, v)
    reports = report_later.same_paragraph(reports, paragraphs, ident.adopted, v)
    reports = report_event_day.meeting_day(reports, paragraphs)  # "prior to the high-level meeting" op 1 dates
    reports, terms = _mandate_end(reports, terms)
    terms = term_restated.imposing(terms, paragraphs, v, body)  # "paragraph 54 of ... renewed by paragraph 1 of this"
    terms = term_refs.renewed_there(terms)  # "the measures in paragraph 3 above" renewed there: those of 1807's
    terms = _own_measures(terms, own)
    terms = term_replaced.into_replaced(terms, paragraphs, own, cites)  # "paragraph 11 of resolution 2653 replaced"
    # "a monitoring mechanism" the text sets up, "the monitoring mechanism"
    terms = term_own.as_known(terms, own, v, (c.target for c in cites))
    terms = term_refs.set_up_again(terms, paragraphs)  # "administrative measures ... to re-establish the Panel"
    terms = term_refs.same_period(terms, paragraphs, ident.adopted)
    terms = term_refs.lead_time(terms, paragraphs, ident.adopted)
    terms = term_later.later_time(terms, paragraphs, ident.adopted)
    terms = term_listed.beside(terms, paragraphs, body)
    terms = term_in_force.from_entry_into_force(terms, paragraphs, ident.adopted, own)
    terms = term_holder.named_holder(terms, paragraphs)
    reports = _term_reporter(reports, terms, v, body)
    reports = report_tasks.compiled_again(reports, paragraphs)
    reports = report_given_again.given_again(reports, paragraphs)  # "its final report" given again
    reports = report_given_again.also_given(reports, paragraphs)  # "its report will be also transmitted ... to"
    reports = report_forwarded.handed_on(reports, paragraphs)  # "the additional report" another paragraph asked
    mands = subject_state.as_state(mands, paragraphs, ident.title, v)  # "the national authorities"
    mands, reports, terms = _read_as(mands, reports, terms, v)
    record = Record(
        file=src.path,
        format=src.format,
        sha256=src.sha256,
        paragraphs=paragraphs,
        footnotes=seg.footnotes,
        citations=cites,
        documents=tuple(d for d in header_docs + docs if d.symbol.upper() != (own or "").upper()),  # others only
        treaties=treaties,
        mandates=mands,
        reports_due=reports,
        mandate_terms=terms,
        fulfils=fulfils,
        contains_draft_for=draft_for,
        symbol=ident.symbol,
        body=ident.body,
        status=ident.status,
        title=ident.title,
        session=ident.session,
        adopted=ident.adopted,
        meeting=ident.meeting,
        distributed=ident.distributed,
        agenda_item=ident.agenda_item,
        committee=ident.committee,
        recommended_by=ident.recommended_by,
        draft_symbol=ident.draft_symbol,
        sponsors=ident.sponsors,
        sponsors_unresolved=ident.sponsors_unresolved,
        spans=ident.spans,
    )
    return to_original(record, src.offsets)


def to_original(record: Record, offsets) -> Record:
    """Spans into the file's own decoded text, where the reader kept the map (txt, md, tsv)."""
    if not offsets:
        return record

    def span(sp):
        if sp is None or sp.end <= sp.start:
            return sp
        last = len(offsets) - 1
        return Span(offsets[min(sp.start, last)], offsets[min(sp.end - 1, last)] + 1)

    def fix(items):
        return tuple(replace(x, span=span(x.span)) for x in items)

    rb = record.recommended_by
    return replace(
        record,
        paragraphs=fix(record.paragraphs),
        footnotes=fix(record.footnotes),
        citations=fix(record.citations),
        documents=fix(record.documents),
        treaties=fix(record.treaties),
        mandates=fix(record.mandates),
        reports_due=fix(record.reports_due),
        mandate_terms=fix(record.mandate_terms),
        fulfils=fix(record.fulfils),
        recommended_by=replace(rb, span=span(rb.span)) if rb else None,
        spans=tuple((k, span(v)) for k, v in record.spans),
    )


def _mandate_end(
    reports: tuple[ReportDue, ...], terms: tuple[MandateTerm, ...]
) -> tuple[tuple[ReportDue, ...], tuple[MandateTerm, ...]]:
    """Reports due "before the end of the present mandate" (or "15 days before the end of its mandated
    period": so long before) and authorizations "until the end of MINUSMA's mandate as authorized in this
    resolution" end when the mandate that the same text extends or sets up ends (the latest end it gives),
    or at no known date."""
    marked = [r for r in reports if r.due and r.due.startswith(MANDATE_END_MARK)]
    if not marked and not any(t.until == MANDATE_END_MARK for t in terms):
        return reports, terms
    end = max(
        (t.until for t in terms if t.until and t.until != MANDATE_END_MARK and t.action in ("extends", "establishes")),
        default=None,
    )
    return (
        tuple(replace(r, due=deadlines.before_end(end, r.due or "")) if r in marked else r for r in reports),
        tuple(replace(t, until=end) if t.until == MANDATE_END_MARK else t for t in terms),
    )


def _own_measures(terms: tuple[MandateTerm, ...], own: str | None) -> tuple[MandateTerm, ...]:
    """Measures of the text's own paragraphs ("#20": "all States shall, for an initial period of 12
    months, take the necessary measures") are those of its symbol's paragraphs; of a text whose
    symbol is not known, they are named by their words; "#" alone, all of the text's own measures ("the measures
    imposed by this resolution shall terminate"), is its symbol."""
    return tuple(
        replace(t, of=f"{own}{t.of}".rstrip("#") if own else t.text or t.of) if t.of.startswith("#") else t
        for t in terms
    )


def _term_reporter(
    reports: tuple[ReportDue, ...], terms: tuple[MandateTerm, ...], v: Vocabulary, body: str | None
) -> tuple[ReportDue, ...]:
    """A report among the tasks of a body whose mandate the paragraph sets ("Decides to extend the
    mandate of the Panel of Experts ... to undertake the following tasks: ... to report to the
    Council") is the body's: the organ that speaks does not report to itself. So is one whose reporter
    report_unknown found nowhere (None) after it read the organ as its own receiver ("Decides to establish ... an
    ad hoc working group ...: (b) To submit a report thereon to the Assembly", A/RES/74/303 op 3)."""
    own = v.actor_of_organ(body)
    if own is None or not any(r.by in (own, None) for r in reports):
        return reports
    body_of: dict[int, str] = {}
    for t in terms:
        if t.action in ("extends", "establishes") and t.of in v.actors and t.of != own:
            body_of.setdefault(t.op, t.of)
    return tuple(replace(r, by=body_of[r.op]) if r.by in (own, None) and r.op in body_of else r for r in reports)


@lru_cache(maxsize=4)
def _reads_as(v: Vocabulary) -> dict[str, str]:
    return {a.id: a.reads_as for a in v.actors.values() if a.reads_as}


def _read_as(mands: tuple, reports: tuple, terms: tuple, v: Vocabulary) -> tuple[tuple, tuple, tuple]:
    """The facts' actors as the golds read them: an actor kept apart only for its contextual aliases
    (actors.yaml `reads_as`) is given as the actor it belongs to. None is now: UNHCR, kept apart so that its
    "Office of the High Commissioner" is not the Office for Human Rights, was given as UNFundsProgrammes
    until the golds named it UNHCR (tests/regressions/test_unhcr_read_as_itself.py)."""
    table = _reads_as(v)
    if not table:
        return mands, reports, terms

    def r(a: str | None) -> str | None:
        return table.get(a, a) if a else a

    mands = tuple(
        replace(m, addressees=tuple(dict.fromkeys(table.get(a, a) for a in m.addressees)))
        if table.keys() & set(m.addressees)
        else m
        for m in mands
    )
    reports = tuple(
        replace(x, by=r(x.by), to=r(x.to), through=r(x.through)) if table.keys() & {x.by, x.to, x.through} else x
        for x in reports
    )
    return mands, reports, tuple(replace(t, of=r(t.of)) if t.of in table else t for t in terms)


def _header_documents(seg) -> tuple[DocumentRef, ...]:
    """Documents the header names: the recommending body's report, the draft's symbol."""
    return tuple(
        DocumentRef(sym, None, Span(ln.span.start + s, ln.span.start + e), "header")
        for ln in seg.header
        for s, e, sym in document_symbols(ln.text)
    )


def extract_file(path: str | Path, vocab: Vocabulary | None = None, limit: float | None = None) -> Record:
    """Record of one file; raises InputError naming the file and the reason (also when it takes
    longer than `limit` seconds: see limits.deadline)."""
    with deadline(limit, display_name(path)):
        src = read(path)
        try:
            return extract_source(src, vocab)
        except InputError:
            raise
        except Exception as e:  # a bug on a real document must not take the batch down
            raise InputError(src.path, f"extraction failed ({type(e).__name__}: {e})") from e


def extract_many(
    paths: Iterable[str | Path], limit: float | None = None, workers: int | None = None
) -> Iterator[Record | Failure]:
    """Records of many files in their order, one Failure per file that could not be read; the
    rest go on. With a time `limit` (seconds) or `workers`, each file is extracted in a worker
    process (resgraph.pool): a file that overruns the limit is that file's Failure, and so is one
    stuck where the limit's timer cannot reach (C code: a regular expression, a reader): its
    worker is killed after limits.kill_after(limit) and a new one takes the next files. Without
    either, files are extracted in this process."""
    if limit is None and workers is None:
        v = load()
        for p in paths:
            try:
                yield extract_file(p, v, limit)
            except InputError as e:
                yield Failure(e.path, e.reason)
        return
    from resgraph.pool import Pool

    files = list(paths)
    with Pool(workers or 1, (_init_worker, ()), kill_after(limit)) as pool:
        for i, ok, value in pool.run([(_extract_one, (f, limit)) for f in files]):
            if ok:
                yield value
            elif value.startswith("timed out"):
                yield Failure(
                    display_name(files[i]),
                    f"took longer than {limit:g} s to extract and did not stop; its worker was killed (--time-limit)",
                )
            else:
                yield Failure(display_name(files[i]), f"extraction failed ({value})")


def warm_up() -> None:
    """Load the vocabularies and compile the regexes they are matched with (a fifth of a second,
    more under load), so that a worker's first file does not carry them under its time limit."""
    from resgraph.extract.read import read_bytes

    text = b"The General Assembly,\n\nRecalling its resolution 60/1,\n\n1. Requests the Secretary-General to report.\n"
    extract_source(read_bytes(text, "warm-up.txt"), load())


def _init_worker() -> None:
    """A worker of extract_many, warmed up before any file's time limit runs."""
    warm_up()


def _extract_one(path: str | Path, limit: float | None) -> Record | Failure:
    """One file in a worker: its Record, or its Failure (plain data, sent back through a pipe)."""
    try:
        return extract_file(path, load(), limit)
    except InputError as e:
        return Failure(e.path, e.reason)
