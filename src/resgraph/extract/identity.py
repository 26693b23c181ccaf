"""A resolution's identity from its header, closing lines and container metadata.

Symbol, organ, status, session, dates, agenda item, title, the recommending body and its report,
the draft's symbol and a draft's sponsors as ISO 3166 codes.
"""

from __future__ import annotations

import re
from itertools import takewhile

import pycountry
from rapidfuzz import fuzz, process

from resgraph.extract.dates import DATE, iso_date
from resgraph.extract.symbols import FULL_SYMBOL, canonical, organ_for_words, session_from_words
from resgraph.models import Identity, Line, RecommendedBy, Segments, Span
from resgraph.vocab import Vocabulary

TITLE_LINE = re.compile(r"^\s*(?:#+\s*)?((?:ES|S)-\d+/\d+|\d{1,4}/\d{1,4}|\d{1,4}\s?\(\d{4}\))\s?\.\s+(\S.*)$")
PART_HEADING = re.compile(r"^\s*[A-H]\s*$")
PART_TITLE = re.compile(r"^\s*[A-H]\s+[A-Z]")  # "A Budget appropriations for 2022"
MULTI_PART = re.compile(r"/\d+\s*[A-H]\s*-\s*[A-H]\s*$")  # "A/RES/76/247 A-C"
HEADING_SYMBOL = re.compile(
    r"\b(?:ECOSOC|Economic and Social Council|General Assembly|Security Council|Human Rights Council)\s+[Rr]esolution\s+(\S+)"
)
DISTR = re.compile(rf"Distr\.:\s*\w+\s*({DATE})?")
AGENDA = re.compile(r"Agenda items?\s+(\d+(?:\s*\(\s*[a-z]\s*\))?(?:\s*(?:,|and)\s*\d+(?:\s*\([a-z]\))?)*)")
COMMITTEE = re.compile(r"\b(First|Second|Third|Fourth|Fifth|Sixth|Special Political and Decolonization) Committee\b")
# "[on the report of the Special Political and Decolonization Committee (Fourth Committee)
# (A/79/429, para. 8)]": the name may carry its own parentheses; the report is the first symbol
RECOMMENDED = re.compile(r"\[\s*on the (?:recommendation|report) of the ([^\]]+?)\s*\(([A-Z][A-Z.\d]*/\S+?)[\s,;)]")
WITHOUT_REF = re.compile(r"\[\s*without reference to a Main Committee\s*\((\S+?)\)")
ADOPTED_ON = re.compile(rf"adopted by the [A-Z][\w ]+? on ({DATE})")
MEETING = re.compile(rf"^\s*(\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting)\s*,?\s*({DATE})?", re.I)
DRAFT = re.compile(r"\bdraft (?:resolution|decision)\b", re.I)
DISTR_LIMITED = re.compile(r"Distr\.:\s*Limited")
L_SYMBOL = re.compile(r"\b[AE]/(?:C\.\d/|CN\.\d+/)?\d+/L\.\d+(?:/Rev\.\d+)?\b")
# a Security Council document (its drafts are issued as S/2023/773), not a resolution (S/RES/...)
COUNCIL_DOCUMENT = re.compile(r"S/\d{4}/\d+(?:/Rev\.\d+)?", re.I)


def _organ_of(name: str | None, v: Vocabulary) -> str | None:
    return organ_for_words(name, v, None, None) if name else None


def _country(name: str, v: Vocabulary) -> str | None:
    """ISO 3166 alpha-3 code of a country as the UN names it."""
    name = name.strip().strip(".:")
    alpha2 = v.countries.get(name)
    try:
        c = pycountry.countries.get(alpha_2=alpha2) if alpha2 else pycountry.countries.lookup(name)
        return c.alpha_3 if c else None
    except LookupError:
        pass
    names = {c.name: c.alpha_3 for c in pycountry.countries}
    hit = process.extractOne(name, list(names), scorer=fuzz.WRatio, score_cutoff=92)
    return names[hit[0]] if hit else None


def _sponsors(lines: list[Line], v: Vocabulary) -> tuple[tuple[str, ...], tuple[str, ...]]:
    for i, ln in enumerate(lines):
        if DRAFT.search(ln.text) and i > 0 and lines[i - 1].text.rstrip().endswith(":"):
            text = lines[i - 1].text.rstrip().rstrip(":")
            if "," not in text:
                return (), ()
            parts = [p.strip() for p in re.split(r",\s*", text) if p.strip()]
            last = parts.pop() if parts else ""
            # only the list's final "X and Y" joins two members; "Antigua and Barbuda" is one
            if _country(last, v) is None and " and " in last:
                cuts = [m.start() for m in re.finditer(r" and ", last)]
                cut = next((c for c in cuts if _country(last[:c], v) and _country(last[c + 5 :], v)), cuts[-1])
                parts += [last[:cut], last[cut + 5 :]]
            else:
                parts.append(last)
            codes: list[str] = []
            missing: list[str] = []
            for p in parts:
                c = _country(p, v)
                if c:
                    codes.append(c)
                else:
                    missing.append(p)
            return tuple(codes), tuple(missing)
    return (), ()


def identify(seg: Segments, v: Vocabulary) -> Identity:
    """The identity of a segmented text, with the span of each field where it was read.

    Never raises: a field the text does not give is None (or empty). The steps, in order: the
    organ (`_body`), adopted or draft (`_status`), symbol and title from the header lines
    (`_header_symbol_title`, `_draft_symbol_title`), the session, the header's other fields, the
    adoption date and meeting from the closing lines, the sponsors of a draft."""
    src, lines = seg.source, list(seg.header)
    head = "\n".join(ln.text for ln in lines)
    spans: dict[str, Span] = {}
    body = _body(seg, head, v)
    status = "draft" if DRAFT.search(head) or DISTR_LIMITED.search(head) else "adopted"
    symbol, body, title = _header_symbol_title(lines, src.meta_get("symbol"), body, status, v, spans)
    if status == "draft":
        symbol, title = _draft_symbol_title(lines, head, symbol, title, spans)
    title = title or src.meta_get("title")
    if not body and symbol:
        body = v.organ_of_symbol(symbol)
    adopted, meeting = _adoption(seg, head, status, spans)
    sponsors, unresolved = _sponsors(lines, v)
    return Identity(
        symbol=symbol,
        body=body,
        status=status,
        title=title.strip(" :") if title else None,
        session=_session(symbol, head, src.meta_get("session")),
        adopted=adopted,
        meeting=meeting,
        distributed=_distributed(head),
        agenda_item=_agenda_item(head, src.meta_get("agenda_item")),
        committee=_committee(head),
        recommended_by=_recommended_by(head, v),
        draft_symbol=_draft_symbol(head, status),
        sponsors=sponsors,
        sponsors_unresolved=unresolved,
        spans=tuple(spans.items()),
    )


def _body(seg: Segments, head: str, v: Vocabulary) -> str | None:
    """The adopting organ: the one the opener names, else the first organ whose label opens a
    header line, else the container's metadata."""
    body = _organ_of(seg.opener, v)
    if not body:
        for oid, organ in v.organs.items():
            if re.search(rf"^[^\S\n]*(?:The\s+)?{re.escape(organ.label)}\b", head, re.M):
                body = oid
                break
    return body or seg.source.meta_get("body")


def _header_symbol_title(
    lines: list[Line], symbol: str | None, body: str | None, status: str, v: Vocabulary, spans: dict[str, Span]
) -> tuple[str | None, str | None, str | None]:
    """(symbol, body, title) from the header lines, line by line; a symbol already known (from
    metadata) is kept. A title line "67/186. Title" gives the title (and, adopted, the symbol);
    a heading "Economic and Social Council resolution 2012/14" the symbol, the organ and, on the
    next line, the title; a full symbol (A/RES/67/186) the symbol. Records in spans where each was read."""
    title = None
    multi = any(MULTI_PART.search(x.text) for x in lines)
    for i, ln in enumerate(lines):
        m = TITLE_LINE.match(ln.text)
        if m and not symbol and status == "adopted":
            symbol = canonical(m.group(1), "resolution", body, v, body)
            spans["symbol"] = ln.span
        if m and title is None:
            title = _title_from(m.group(2), lines[i + 1 :], multi)
            spans["title"] = ln.span
        h = HEADING_SYMBOL.search(ln.text)
        if h and not symbol:
            org = _heading_organ(h.group(0), v)
            body = body or org
            symbol = canonical(h.group(1), "resolution", org, v, org)
            spans["symbol"] = ln.span
            if i + 1 < len(lines) and title is None:
                title = lines[i + 1].text.strip()
                spans["title"] = lines[i + 1].span
        f = FULL_SYMBOL.search(ln.text)
        if f and not symbol and status == "adopted":
            symbol = re.sub(r"\s+", "", f.group(0))
            spans["symbol"] = ln.span
    return symbol, body, title


def _title_from(first: str, rest: list[Line], multi: bool) -> str:
    """A title that runs on over the following header lines, up to a part heading ("A") of a
    multi-part resolution, whose own title follows it; bracketed and "The ..." lines left out."""
    run = takewhile(lambda x: not (PART_HEADING.match(x.text) or multi and PART_TITLE.match(x.text)), rest)
    more = [x.text.strip() for x in run if not re.match(r"^\s*(?:\[|The\s)", x.text)]
    return " ".join([first.strip()] + more)


def _heading_organ(heading: str, v: Vocabulary) -> str | None:
    """The organ of "Economic and Social Council resolution 2012/14" ("ECOSOC resolution ...")."""
    if heading.startswith(("ECOSOC", "Economic")):
        return "ECOSOC"
    return _organ_of(heading.split(" resolution")[0].split(" Resolution")[0], v)


def _draft_symbol_title(
    lines: list[Line], head: str, symbol: str | None, title: str | None, spans: dict[str, Span]
) -> tuple[str | None, str | None]:
    """A draft's symbol and its title: the header lines after the "draft resolution" line. The
    symbol is an L-symbol (A/C.3/67/L.15) or, for a Council draft, the document's own symbol
    (S/2023/773, read from the container: Council drafts are S/ documents with no "L."); never a
    resolution's symbol, which a draft does not yet have."""
    ls = L_SYMBOL.search(head)
    kept = symbol and ("/L." in symbol or COUNCIL_DOCUMENT.fullmatch(symbol))
    symbol = ls.group(0) if ls else (symbol if kept else None)
    for i, ln in enumerate(lines):
        if DRAFT.search(ln.text) and title is None and i + 1 < len(lines):
            title = " ".join(x.text.strip() for x in lines[i + 1 :])
            spans["title"] = lines[i + 1].span
    return symbol, title


def _session(symbol: str | None, head: str, meta_session: str | None) -> int | None:
    """The session: from the symbol (A/RES/67/..., E/RES/2012/...), the header's words ("Sixty-
    seventh session") or the container's metadata, in that order."""
    session = None
    if symbol:
        m = re.match(r"A/(?:HRC/)?RES/(\d+)/", symbol) or re.match(r"E/RES/(\d{4})/", symbol)
        session = int(m.group(1)) if m else None
    session = session or session_from_words(head)
    if session is None and meta_session:
        m = re.search(r"\d+", meta_session)
        session = int(m.group(0)) if m else session_from_words(meta_session)
    return session


def _distributed(head: str) -> str | None:
    """The date of "Distr.: General 20 December 2012" (on the line or just after it)."""
    d = DISTR.search(head)
    if not d:
        return None
    dd = d.group(1)
    if not dd:
        near = re.search(DATE, head[d.end() : d.end() + 40])
        dd = near.group(0) if near else None
    return iso_date(dd)


def _agenda_item(head: str, meta_agenda: str | None) -> str | None:
    a = AGENDA.search(head) or AGENDA.search(meta_agenda or "")
    return re.sub(r"\s+", " ", a.group(1)).strip() if a else None


def _committee(head: str) -> str | None:
    c = COMMITTEE.search(head)
    return f"{c.group(1)} Committee" if c else None


def _recommended_by(head: str, v: Vocabulary) -> RecommendedBy | None:
    """ "[on the report of the Third Committee (A/67/457/Add.2)]": the committee (its actor, when
    the vocabulary knows it as an organ) and its report."""
    r = RECOMMENDED.search(head)
    if not r:
        return None
    organ = _organ_of(r.group(1).strip(), v)
    actor = v.organs[organ].actor if organ in v.organs else None
    return RecommendedBy(actor or r.group(1).strip(), r.group(2).rstrip(",;"), None)


def _draft_symbol(head: str, status: str) -> str | None:
    """The draft an adopted text was adopted from: "without reference ... (A/67/L.5)" or an L-symbol."""
    w = WITHOUT_REF.search(head)
    if w:
        return w.group(1)
    ls = L_SYMBOL.search(head)
    return ls.group(0) if ls and status == "adopted" else None


def _adoption(seg: Segments, head: str, status: str, spans: dict[str, Span]) -> tuple[str | None, str | None]:
    """(adoption date, meeting): "adopted by the ... on 20 December 2012" in the header, then the
    closing line "60th plenary meeting, 20 December 2012" (the last one read wins), then the
    container's date for an adopted text."""
    found = ADOPTED_ON.search(head)
    adopted = iso_date(found.group(1)) if found else None
    meeting = None
    for b in seg.blocks:
        m = MEETING.match(b.paragraph.text)
        if b.paragraph.kind == "closing" and m:
            meeting = m.group(1)
            adopted = iso_date(m.group(2)) or adopted
            spans["adopted"] = b.paragraph.span
    if not adopted and status == "adopted" and seg.source.meta_get("date"):
        adopted = seg.source.meta_get("date")
    return adopted, meeting
