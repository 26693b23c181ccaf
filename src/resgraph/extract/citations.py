"""Citations of resolutions and decisions, other documents, treaties, and fulfilled requests.

A citation's function is the verb of the clause that cites (the nearest cue before it in its
paragraph: "Recalling ...", "..., bearing in mind resolution 2012/12"). A footnote's citations
take the function at the place of the footnote's marker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from resgraph.extract.symbols import mentions, nm_organ_named
from resgraph.models import Block, Citation, DocumentRef, Footnote, Fulfilment, Span, TreatyRef
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import alternation, phrases

# (the series are data: ontology/vocab/citations.yaml `symbol_series`)
DOC_SYMBOL = re.compile(
    rf"(?<![\w/])(?:{phrases(load().citations['symbol_series'])})"
    r"(?:/[A-Z0-9][A-Za-z0-9.\-]*)+"
)
RES_DEC = re.compile(r"/(?:RES|DEC)/")
QUOTED = re.compile(r"[“\"][^”\"]{0,400}[”\"]")
TREATY = re.compile(r"vols?\.\s*([\d,\sand]+?),\s*No\.\s*(\d+)")
IBID = re.compile(r"^\s*(?:See\s+)?Ibid\b", re.I)
DIGIT = re.compile(r"\d")
# a document symbol's code (A, CTOC, UNODC ...) ends in a capital before its first slash; found
# from the slash, which re looks for as fast as str.find
CODE_SLASH = re.compile(r"/(?<=[A-Z]/)[A-Z0-9]")
# an instrument a footnote would source (citations.yaml `instruments`)
INSTRUMENT = re.compile(rf"\b(?:{phrases(load().citations['instruments'])})\b")
FULFIL = re.compile(
    r"report[^;]{0,250}?(?:pursuant to|in accordance with|in response to|requested in)\s+(?:its\s+|General Assembly\s+|"
    r"Council\s+|Economic and Social Council\s+)?resolution\s+[\w/ ()]+?(?=[;,.]|$)",
)


@lru_cache(maxsize=4)
def _cue_regex(v: Vocabulary) -> tuple[re.Pattern[str], dict[str, str]]:
    """One case-blind regex of every citation cue (group 1 the cue), and each cue's function."""
    pairs = [(cue, f) for f, d in v.functions.items() for cue in d.get("cues") or ()]
    pairs.sort(key=lambda p: len(p[0]), reverse=True)
    # lower-cased, as the case-blind match reads them: cues that differ only in case are one
    return re.compile(r"\b(" + alternation(c.lower() for c, _ in pairs) + r")\b", re.I), {
        c.lower(): f for c, f in pairs
    }


def function_at(text: str, pos: int, v: Vocabulary) -> str:
    """The citation function that governs position `pos` of a paragraph's text."""
    rx, by_cue = _cue_regex(v)
    cues = _cues(text, v)
    # text[:pos] with its quotations blanked: the paragraph's, but for a quotation that pos cuts
    n = min(pos, len(text))
    q = bisect_left(cues.quotes, (n,)) - 1
    cut = cues.quotes[q][0] if q >= 0 and cues.quotes[q][1] > n else n
    masked = cues.masked[:cut] + text[cut:n]
    before = masked[max(0, pos - 60) : pos].lower()
    if any(p in before for p in v.reference_phrases):
        return "refers-to"
    # the last cue: the paragraph's, up to where a cue could reach the cut; read on from there
    safe = max(cut - cues.longest - 1, 0)
    i = cues.upto(safe)
    found = cues.found[i - 1] if i else None
    for m in rx.finditer(masked, max(safe, found[1]) if found else safe):
        found = (m.start(), m.end(), m.group(1))
    return by_cue[found[2].lower()] if found else "refers-to"


class _Cues:
    """A paragraph's quotations, its text with them blanked, and its cues, read once and only as
    far as asked: a paragraph citing thirty resolutions was read thirty times, up to each."""

    def __init__(self, text: str, v: Vocabulary):
        self.rx, by_cue = _cue_regex(v)
        self.quotes = [m.span() for m in QUOTED.finditer(text)]
        self.masked = QUOTED.sub(lambda m: " " * len(m.group(0)), text)
        self.longest = max(map(len, by_cue))  # a match is as long as its cue, case-blind or not
        self.found: list[tuple[int, int, str]] = []  # (start, end, cue) of the cues begun before `read`
        self.read = 0
        self.resume = 0  # where the reading goes on

    def upto(self, limit: int) -> int:
        """How many cues begin before limit. What begins before it is read within `longest` more
        characters: the reading stops there, and leaves what begins after limit for later."""
        if limit > self.read:
            end = min(len(self.masked), limit + self.longest + 1)
            for m in self.rx.finditer(self.masked, self.resume, end):
                if m.start() >= limit:
                    break
                self.found.append((m.start(), m.end(), m.group(1)))
            self.read = limit
            self.resume = max(limit, self.found[-1][1]) if self.found else limit
        return bisect_left(self.found, (limit,))


@lru_cache(maxsize=64)
def _cues(text: str, v: Vocabulary) -> _Cues:
    return _Cues(text, v)


def document_symbols(text: str) -> Iterable[tuple[int, int, str]]:
    if not CODE_SLASH.search(text):  # DOC_SYMBOL, tried at every position, cannot match
        return
    for m in DOC_SYMBOL.finditer(text):
        sym = m.group(0).rstrip(".-")
        if RES_DEC.search(sym) or not DIGIT.search(sym) or sym.count("/") < 1:
            continue
        yield m.start(), m.start() + len(sym), sym


def commission_named(text: str, current: str | None, v: Vocabulary) -> str | None:
    """The commission last named in text ("Commission resolution 19/2" means it)."""
    last = current
    if "Commission" in text:
        for oid, label in _commissions(v):
            if label in text:
                last = oid
    return last


@lru_cache(maxsize=4)
def _commissions(v: Vocabulary) -> tuple[tuple[str, str], ...]:
    return tuple((oid, o.label) for oid, o in v.organs.items() if o.label.startswith("Commission"))


def extract(
    blocks: tuple[Block, ...], footnotes: tuple[Footnote, ...], v: Vocabulary, speaker_of: dict[str, str | None]
):
    """Citations, documents, treaties and fulfilments of a segmented text.

    `speaker_of` maps a paragraph part (main, draft, annex) to the organ speaking in it.
    """
    cites: list[Citation] = []
    docs: list[DocumentRef] = []
    treaties: list[TreatyRef] = []
    fulfils: list[Fulfilment] = []
    notes = {f.marker: f for f in footnotes}
    carrier: dict[str, tuple[Block, int]] = {}
    commission = None
    recent = None  # the session/number-style organ last named (Conference of the Parties ...)
    for b in blocks:
        p = b.paragraph
        speaker = speaker_of.get(p.part)
        commission = commission_named(p.text, commission, v)
        for s, e, sym, d, title, words in mentions(p.text, v, speaker, commission, recent):
            cites.append(Citation(sym, function_at(p.text, s, v), p.index, b.to_source(s, e), words, d, title))
        for s, e, sym in document_symbols(p.text):
            docs.append(DocumentRef(sym, p.index, b.to_source(s, e)))
        for marker, pos in b.markers:
            carrier.setdefault(marker, (b, pos))
        recent = nm_organ_named(p.text, recent)
    _bare_markers(carrier, notes, blocks)
    _orphans(carrier, notes, blocks, v)
    prev_targets: list[str] = []
    prev_treaty = False
    for f in footnotes:
        where = carrier.get(f.marker)
        pos = where[1] if where else 0
        fp = where[0].paragraph if where else None  # the paragraph the footnote's marker is in
        speaker = speaker_of.get(fp.part if fp else "main")
        context = fp.text[max(0, pos - 300) : pos] if fp else ""
        organ_hint = commission_named(context, None, v)
        func = function_at(fp.text, pos, v) if fp else "refers-to"
        found = []
        for s, e, sym, d, title, words in mentions(
            f.text, v, speaker, organ_hint, nm_organ_named(context + " " + f.text)
        ):
            found.append(sym)
            cites.append(
                Citation(
                    sym,
                    func,
                    fp.index if fp else -1,
                    Span(f.span.start + s, f.span.start + e),
                    words,
                    d,
                    title,
                    "footnote",
                    f.marker,
                )
            )
        for s, e, sym in document_symbols(f.text):
            docs.append(
                DocumentRef(sym, fp.index if fp else None, Span(f.span.start + s, f.span.start + e), "footnote")
            )
        t = TREATY.search(f.text)
        is_ibid = bool(IBID.match(f.text))
        if t and ("Treaty Series" in f.text or (is_ibid and prev_treaty)):
            vols = tuple(x for x in re.split(r"[,\s]+|and", t.group(1)) if x.strip().isdigit())
            treaties.append(TreatyRef(vols, t.group(2), fp.index if fp else None, f.span, f.marker))
            prev_treaty = True
        elif is_ibid and not found and prev_targets and not t:
            for sym in prev_targets:
                cites.append(
                    Citation(sym, func, fp.index if fp else -1, f.span, f.text, via="footnote", footnote=f.marker)
                )
        else:
            prev_treaty = bool(t)
        if found:
            prev_targets = found
    fulfils.extend(_fulfilments(blocks, notes, v, speaker_of))
    return tuple(cites), tuple(docs), tuple(treaties), tuple(fulfils)


def _bare_markers(carrier, notes, blocks) -> None:
    """PDF text numbers its footnote markers bare: "the Universal Declaration of Human Rights, 6 the
    International Covenant". Each numbered footnote without a marker is placed at the first such
    number after a name, from the paragraph of the marker before it on."""
    order = list(blocks)
    for marker in sorted((m for m in notes if m.isdigit() and m not in carrier), key=int):
        before = carrier.get(str(int(marker) - 1))
        first = order.index(before[0]) if before else 0
        rx = re.compile(rf"\b[A-Z][\w-]*[,”’)]?\s({marker})(?=\s+[a-z]|\s*[,;.:]|\s*$)")
        for b in order[first:]:
            m = rx.search(b.paragraph.text, before[1] if before and b is before[0] else 0)
            if m:
                carrier[marker] = (b, m.end(1))
                break


def _orphans(carrier, notes, blocks, v) -> None:
    """Footnotes whose marker the text lost: attach each to the likeliest paragraph.

    The marker stood between the markers before and after it; of those paragraphs, the one naming
    an instrument (a Declaration, Convention, Strategy ...) that a footnote would source.
    """
    order = [b for b in blocks]
    index = {id(b): i for i, b in enumerate(order)}
    for marker in notes:
        if marker in carrier or not marker.isdigit():
            continue
        n = int(marker)
        lo = max((index[id(carrier[m][0])] for m in carrier if m.isdigit() and int(m) < n), default=0)
        hi = min((index[id(carrier[m][0])] for m in carrier if m.isdigit() and int(m) > n), default=len(order) - 1)
        cands = order[lo : hi + 1]
        named = [
            b for b in cands if INSTRUMENT.search(b.paragraph.text) and b.paragraph.kind in ("preambular", "operative")
        ]
        pick = named[0] if named else (cands[0] if cands else None)
        if pick is not None:
            m = re.search(
                r"\b(?:Declaration|Convention|Strategy|Programme of Action|Plan of Action|Rules|Principles|Guidelines|Agenda)\b[^,;]*",
                pick.paragraph.text,
            )
            carrier[marker] = (pick, m.end() if m else len(pick.paragraph.text))


def _fulfilments(blocks, notes, v, speaker_of) -> Iterable[Fulfilment]:
    """ "the report ... prepared pursuant to resolution 66/181" with its footnote "A/67/156"."""
    for b in blocks:
        p = b.paragraph
        for m in FULFIL.finditer(p.text):
            targets = [sym for _, _, sym, *_ in mentions(m.group(0), v, speaker_of.get(p.part))]
            reports = [sym for _, _, sym in document_symbols(m.group(0))]
            for marker, pos in b.markers:
                if m.start() <= pos <= m.end() + 3 and marker in notes:
                    reports += [sym for _, _, sym in document_symbols(notes[marker].text)]
            for t in targets:
                for r in dict.fromkeys(reports):
                    yield Fulfilment(r, t, p.index, b.to_source(m.start(), m.end()))
