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
from resgraph.models import Line, RecommendedBy, Segments, Span
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
L_SYMBOL = re.compile(r"\b[AE]/(?:C\.\d/|CN\.\d+/)?\d+/L\.\d+(?:/Rev\.\d+)?\b")


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
            codes, missing = [], []
            for p in parts:
                c = _country(p, v)
                (codes if c else missing).append(c or p)
            return tuple(codes), tuple(missing)
    return (), ()


def identify(seg: Segments, v: Vocabulary) -> dict:
    """Identity fields of a segmented text, with the span of each where it was read."""
    src, lines = seg.source, list(seg.header)
    head = "\n".join(ln.text for ln in lines)
    spans: dict[str, Span] = {}
    out: dict = {}

    body = _organ_of(seg.opener, v)
    if not body:
        for oid, organ in v.organs.items():
            if re.search(rf"^\s*(?:The\s+)?{re.escape(organ.label)}\b", head, re.M):
                body = oid
                break
    meta_body = src.meta_get("body")
    body = body or meta_body
    symbol = src.meta_get("symbol")
    status = "draft" if DRAFT.search(head) or re.search(r"Distr\.:\s*Limited", head) else "adopted"
    title = None
    for i, ln in enumerate(lines):
        m = TITLE_LINE.match(ln.text)
        if m and not symbol and status == "adopted":
            symbol = canonical(m.group(1), "resolution", body, v, body)
            spans["symbol"] = ln.span
        if m and title is None:
            # a title runs on over the following header lines, up to a part heading ("A") of a
            # multi-part resolution, whose own title follows it
            multi = any(MULTI_PART.search(x.text) for x in lines)
            rest = list(
                takewhile(
                    lambda x: not (PART_HEADING.match(x.text) or multi and PART_TITLE.match(x.text)), lines[i + 1 :]
                )
            )
            more = [x.text.strip() for x in rest if not re.match(r"^\s*(?:\[|The\s)", x.text)]
            title = " ".join([m.group(2).strip()] + more)
            spans["title"] = ln.span
        h = HEADING_SYMBOL.search(ln.text)
        if h and not symbol:
            org = (
                "ECOSOC"
                if h.group(0).startswith(("ECOSOC", "Economic"))
                else _organ_of(h.group(0).split(" resolution")[0].split(" Resolution")[0], v)
            )
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
    if status == "draft":
        ls = L_SYMBOL.search(head)
        symbol = ls.group(0) if ls else (symbol if symbol and "/L." in symbol else None)
        for i, ln in enumerate(lines):
            if DRAFT.search(ln.text) and title is None and i + 1 < len(lines):
                title = " ".join(x.text.strip() for x in lines[i + 1 :])
                spans["title"] = lines[i + 1].span
    title = title or src.meta_get("title")
    if not body and symbol:
        body = v.organ_of_symbol(symbol)
    out.update(symbol=symbol, body=body, status=status, title=title.strip(" :") if title else None)

    session = None
    if symbol:
        m = re.match(r"A/(?:HRC/)?RES/(\d+)/", symbol) or re.match(r"E/RES/(\d{4})/", symbol)
        session = int(m.group(1)) if m else None
    session = session or session_from_words(head)
    if session is None and src.meta_get("session"):
        m = re.search(r"\d+", src.meta_get("session") or "")
        session = int(m.group(0)) if m else session_from_words(src.meta_get("session") or "")
    out["session"] = session

    d = DISTR.search(head)
    if d:
        dd = d.group(1) or (re.search(DATE, head[d.end() : d.end() + 40]) or [None])[0]
        out["distributed"] = iso_date(dd)
    a = AGENDA.search(head) or AGENDA.search(src.meta_get("agenda_item") or "")
    out["agenda_item"] = re.sub(r"\s+", " ", a.group(1)).strip() if a else None
    c = COMMITTEE.search(head)
    out["committee"] = f"{c.group(1)} Committee" if c else None
    r = RECOMMENDED.search(head)
    if r:
        organ = _organ_of(r.group(1).strip(), v)
        actor = v.organs[organ].actor if organ in v.organs else None
        out["recommended_by"] = RecommendedBy(actor or r.group(1).strip(), r.group(2).rstrip(",;"), None)
    w = WITHOUT_REF.search(head)
    out["draft_symbol"] = (w.group(1) if w else None) or (
        L_SYMBOL.search(head).group(0) if L_SYMBOL.search(head) and status == "adopted" else None
    )
    adopted = ADOPTED_ON.search(head)
    out["adopted"] = iso_date(adopted.group(1)) if adopted else None
    for b in seg.blocks:
        m = MEETING.match(b.paragraph.text)
        if b.paragraph.kind == "closing" and m:
            out["meeting"] = m.group(1)
            out["adopted"] = iso_date(m.group(2)) or out["adopted"]
            spans["adopted"] = b.paragraph.span
    if not out.get("adopted") and status == "adopted" and src.meta_get("date"):
        out["adopted"] = src.meta_get("date")
    out["sponsors"], out["sponsors_unresolved"] = _sponsors(lines, v)
    out["spans"] = tuple(spans.items())
    return out
