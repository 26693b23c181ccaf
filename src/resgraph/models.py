"""Plain data of the pipeline: frozen dataclasses, no I/O, no imports from the logic.

Every fact carries a `Span`: character offsets into `SourceText.text`, the text as the
reader decoded it (for Markdown and PDF text this is the file's own text; for XML and PDF
files it is the text the reader took out of the element tree or the pages).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Skipped:
    """A file under a folder that is not read, and why (one line for the command's report)."""

    path: Path
    reason: str


@dataclass(frozen=True)
class Found:
    """The files to read, in order, and the files of the folders walked that are not read."""

    files: tuple[Path, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class SourceText:
    """What a reader returns: the decoded text in resgraph's light markup.

    Footnote markers are written `[^N]`, footnote bodies are lines `[^N]: text`.
    `meta` holds identity that the container gave (AKN FRBR, YAML front matter, TSV columns).
    `offsets[i]` is the index in the original file's decoded text of `text[i]`, or None when
    the text was assembled from a structure (XML, PDF pages).
    """

    path: str
    format: str  # txt | md | xml | tsv | pdf
    text: str
    sha256: str
    meta: tuple[tuple[str, str], ...] = ()
    offsets: tuple[int, ...] | None = None

    def meta_get(self, key: str, default: str | None = None) -> str | None:
        for k, v in self.meta:
            if k == key:
                return v
        return default


@dataclass(frozen=True)
class Footnote:
    marker: str
    text: str
    span: Span


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a resolution.

    kind: preambular | operative | subparagraph | heading | other
    part: main (the organ's own text) | draft (a draft the organ recommends) | annex
    number: the operative number (repaired where PDF text displaced it); 0 when unnumbered.
    """

    index: int
    kind: str
    part: str
    text: str
    span: Span
    number: int | None = None
    label: str | None = None  # "(a)" for sub-paragraphs
    parent: int | None = None  # operative number that a sub-paragraph belongs to
    lead: str | None = None  # leading participle or verb phrase, lower-cased
    footnotes: tuple[str, ...] = ()  # markers of the footnotes this paragraph carries
    eid: str | None = None  # AKN element id where the source has one


@dataclass(frozen=True)
class Citation:
    """A resolution or decision cited, in canonical notation (A/RES/67/186)."""

    target: str
    function: str
    paragraph: int  # Paragraph.index
    span: Span
    text: str  # the words that cite, as written
    date: str | None = None
    title: str | None = None
    via: str = "text"  # text | footnote
    footnote: str | None = None


@dataclass(frozen=True)
class DocumentRef:
    """Another document cited: report, draft, meeting record."""

    symbol: str
    paragraph: int | None
    span: Span
    via: str = "text"


@dataclass(frozen=True)
class TreatyRef:
    """A United Nations Treaty Series reference (volumes and registration number)."""

    volumes: tuple[str, ...]
    number: str
    paragraph: int | None
    span: Span
    footnote: str | None = None


@dataclass(frozen=True)
class Mandate:
    op: int
    verb: str
    addressees: tuple[str, ...]
    paragraph: int
    span: Span
    text: str  # the verb phrase as written ("Also requests")
    addressee_text: str = ""  # the words naming the addressees, kept when no actor matched


@dataclass(frozen=True)
class ReportDue:
    op: int
    by: str | None
    to: str | None
    session: int | None
    paragraph: int
    span: Span
    year: int | None = None
    recurrence: str | None = None  # annual | biennial | ... | sessions
    sessions: tuple[int, ...] = ()
    adds_to: int | None = None  # "include in the report referred to in paragraph 40"
    through: str | None = None  # "to the Council through the Committee": the Committee
    due: str | None = None  # ISO date, or "2010-11" / "2023" when the text gives no more
    within: str | None = None  # ISO 8601, the text's unit: "within 30 days" P30D, "two weeks" P2W
    every: str | None = None  # ISO 8601 duration of a recurrence ("every 90 days": P90D, "weekly": P1W)
    form: str | None = None  # written | oral | either
    session_of: str | None = None  # the organ whose session `session` is (the receiver's unless "through ... at its")


@dataclass(frozen=True)
class MandateTerm:
    """A mandate established, extended, ended, or an authorization given, for a time: "Decides to
    extend the mandate of UNMISS until 30 April 2025"."""

    op: int
    action: str  # establishes | extends | terminates | authorizes
    of: str  # an actor id (UNMISS, PanelOfExperts2140), the measures of paragraphs (S/RES/2140(2014)#11,15), or a name
    paragraph: int
    span: Span
    until: str | None = None  # ISO date (or year-month)
    period: str | None = None  # ISO 8601 duration, in the text's unit ("five weeks": P5W; the graph writes P35D)
    text: str = ""  # the words that name the body, as written
    renews: tuple[
        str, ...
    ] = ()  # resolutions the clause cites as setting the mandate out ("as set out in resolution 2217 (2015)")


@dataclass(frozen=True)
class Fulfilment:
    """A report that answers an earlier resolution's request."""

    report: str
    mandate_of: str
    paragraph: int
    span: Span


@dataclass(frozen=True)
class RecommendedBy:
    organ: str | None
    document: str | None
    span: Span | None = None


@dataclass(frozen=True)
class Identity:
    """A text's identity as its header, closing lines and container metadata give it
    (identity.identify); the Record of the text carries every field."""

    symbol: str | None
    body: str | None  # the adopting organ (organs.yaml key)
    status: str  # adopted | draft
    title: str | None = None
    session: int | None = None
    adopted: str | None = None  # ISO date, or the container's date as written
    meeting: str | None = None
    distributed: str | None = None
    agenda_item: str | None = None
    committee: str | None = None
    recommended_by: RecommendedBy | None = None
    draft_symbol: str | None = None
    sponsors: tuple[str, ...] = ()  # ISO 3166 alpha-3 codes
    sponsors_unresolved: tuple[str, ...] = ()
    spans: tuple[tuple[str, Span], ...] = ()  # where each field was read


@dataclass(frozen=True)
class Record:
    """Everything read out of one resolution or draft."""

    file: str
    format: str
    sha256: str
    symbol: str | None
    body: str | None
    status: str  # adopted | draft
    title: str | None = None
    session: int | None = None
    adopted: str | None = None
    meeting: str | None = None
    distributed: str | None = None
    agenda_item: str | None = None
    committee: str | None = None
    recommended_by: RecommendedBy | None = None
    draft_symbol: str | None = None
    sponsors: tuple[str, ...] = ()  # ISO 3166 alpha-3 codes
    sponsors_unresolved: tuple[str, ...] = ()
    contains_draft_for: str | None = None  # organ a nested draft is recommended to
    paragraphs: tuple[Paragraph, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    citations: tuple[Citation, ...] = ()
    documents: tuple[DocumentRef, ...] = ()
    treaties: tuple[TreatyRef, ...] = ()
    mandates: tuple[Mandate, ...] = ()
    reports_due: tuple[ReportDue, ...] = ()
    mandate_terms: tuple[MandateTerm, ...] = ()
    fulfils: tuple[Fulfilment, ...] = ()
    spans: tuple[tuple[str, Span], ...] = ()  # where each identity field was read


@dataclass(frozen=True)
class Failure:
    """An input that could not be read or extracted, and why, in words a user can act on."""

    path: str
    reason: str


@dataclass(frozen=True)
class Line:
    text: str
    span: Span


@dataclass(frozen=True)
class Block:
    """A paragraph as the segmenter found it, with the map back to the source.

    `pieces` are (offset in text, offset in source, length) runs; `markers` the footnote markers
    removed from the text with the offset in text where each stood.
    """

    paragraph: Paragraph
    pieces: tuple[tuple[int, int, int], ...]
    markers: tuple[tuple[str, int], ...] = ()

    def to_source(self, start: int, end: int) -> Span:
        """Map a span of the paragraph's text to a span of the source text."""

        def one(pos: int, right: bool) -> int:
            for t, s, n in self.pieces:
                if t <= pos < t + n or (right and pos == t + n):
                    return s + (pos - t)
            return self.paragraph.span.end if right else self.paragraph.span.start

        return Span(one(start, False), one(end, True))


@dataclass(frozen=True)
class Segments:
    """What the segmenter returns: header lines, paragraphs in order, footnotes."""

    source: SourceText
    header: tuple[Line, ...]
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...]
    opener: str | None = None  # "General Assembly" from "The General Assembly,"
    draft_opener: str | None = None  # organ of a nested draft the text recommends


@dataclass(frozen=True)
class Serialized:
    """A record as the store takes it (ntriples.convert): the N-Triples of its own graph, and of the
    facts it shares with other files (a cited resolution's organ, a session's year)."""

    graph: str  # the IRI of the file's named graph
    nt: bytes
    count: int  # triples in nt and shared together
    hash: str  # rg:graphHash: what a rebuild compares to skip an unchanged file
    shared: bytes


@dataclass(frozen=True)
class Problem:
    """One SHACL result of a build: the file (or "ontology/vocab"), severity, message, and kind
    (the shape's message before its value is filled in, for counting problems by kind)."""

    path: str
    severity: str  # "Violation" | "Warning" | "Info"
    text: str
    kind: str


@dataclass(frozen=True)
class BuildResult:
    """What a build did, for the command line, the tests and the benchmarks to render or check."""

    store_path: str | None
    files: int  # files found under the paths given
    loaded: int  # files whose graph the store now holds (unchanged ones included)
    failed: tuple[Failure, ...]
    violations: int
    warnings: int
    problems: tuple[Problem, ...]
    triples_loaded: int
    unchanged: int  # files skipped because the store held their graph with the same hash
    added: int
    replaced: int
    draft_links: int
    store_quads: int
    duplicates: tuple[dict[str, Any], ...]  # documents read from two files: symbol, kept, dropped, reason
    recovered: tuple[str, ...] = ()  # what a killed build had left, cleaned before this one
    pruned: tuple[str, ...] = ()  # files whose documents `prune` removed (they are gone)
    skipped: tuple[Skipped, ...] = ()  # files of the folders given that are not read, and why
