"""Which draft became which resolution, from title, session and text alone.

A draft rarely names the symbol it will be adopted under: ECOSOC recommends a draft to the General
Assembly inside its own resolution (E/RES/2012/14), a Third Committee draft carries only
A/C.3/67/L.15. The adopted text repeats the draft almost word for word, so the best-scoring
adopted resolution of the receiving organ, in a compatible session, is the adoption.
Candidates come from records (one build) or from the store (all builds so far); both give
`Candidate`s, so the scoring is the same.
"""

from __future__ import annotations

import contextlib
import pickle
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from rapidfuzz import fuzz

from resgraph import vocab
from resgraph.graph import storedir
from resgraph.graph.iris import Minter, parse_symbol
from resgraph.models import Record

THRESHOLD = 0.90  # 0.8 let vetoed Security Council drafts match later resolutions on the same country
TITLE_FLOOR = 0.5  # below this title similarity a text is not even compared
TEXT_CHARS = 6000  # enough text to tell two resolutions of one series apart, and fast


@dataclass(frozen=True)
class Candidate:
    iri: str
    is_draft: bool
    organ: str | None  # the organ that adopted it, or (for a draft) the organ it goes to
    sessions: tuple[int, ...]  # the sessions (or years, for annual organs) it may fall in
    title: str
    text: str
    # the year of its date (adopted, else distributed): where neither it nor the other has a
    # session (the Security Council numbers none), the years place it instead
    year: int | None = None


def match_text(text: str) -> str:
    """A text as drafts and resolutions are compared: lower case, marks and footnote markers spaces,
    white space folded, its first TEXT_CHARS characters (the store's candidates are kept so)."""
    return _normalized(text)[:TEXT_CHARS]


def _normalized(text: str) -> str:
    text = re.sub(r"\[\^\w+\]", " ", text or "")
    return re.sub(r"\s+", " ", re.sub(r"[^\w ]+", " ", text.lower())).strip()


def _norm_joined(texts: list[str]) -> str:
    """match_text(" ".join(texts)) from the first texts only, as many as its TEXT_CHARS need (a
    resolution's whole text was normalised to keep its first 6,000 characters). Exact: each step
    of _normalized acts within a text or on the spaces between them (a marker holds no space), so
    the normalised first texts begin the normalised whole; once they are TEXT_CHARS long, they
    are all that is kept."""
    want = 2 * TEXT_CHARS
    while True:
        size = n = 0
        while n < len(texts) and size < want:
            size += len(texts[n]) + 1
            n += 1
        text = _normalized(" ".join(texts[:n]))
        if n == len(texts) or len(text) >= TEXT_CHARS:
            return text[:TEXT_CHARS]
        want *= 4


def _dated(record: Record) -> int | None:
    """The year of a record's date: adopted, else distributed (None: undated)."""
    for value in (record.adopted, record.distributed):
        if value and re.match(r"^\d{4}", value):
            return int(value[:4])
    return None


def _year(record: Record) -> int | None:
    year = _dated(record)
    if year is not None:
        return year
    sym = parse_symbol(record.symbol) if record.symbol else None
    return sym.year if sym else None


def sessions_opening(organ: str, year: int) -> tuple[int, ...]:
    """The sessions of `organ` that open in `year` or the next (organs.yaml's calendar)."""
    o = vocab.load().organs.get(organ)
    return o.sessions_opening(year) if o else (year, year + 1)


def candidates(records: Iterable[Record], base: str) -> list[Candidate]:
    """Drafts (standalone, or nested in a recommending resolution) and adopted resolutions."""
    m, out = Minter(base), []
    for r in records:
        iri = m.record(r.symbol, r.draft_symbol, r.sha256)
        main = [p.text for p in r.paragraphs if p.part == "main"]
        if r.contains_draft_for:
            year = _year(r)
            # a draft recommended in year Y goes to the session that opens that year or the next
            sessions = () if year is None else sessions_opening(r.contains_draft_for, year)
            text = _norm_joined([p.text for p in r.paragraphs if p.part == "draft"])
            out.append(Candidate(m.nested_draft(iri), True, r.contains_draft_for, sessions, r.title or "", text))
        if r.status == "draft" or not r.symbol:
            sessions = (r.session,) if r.session is not None else ()
            out.append(Candidate(iri, True, r.body, sessions, r.title or "", _norm_joined(main), _dated(r)))
        elif r.symbol:
            sym = parse_symbol(r.symbol)
            session = r.session if r.session is not None else (sym.session_number if sym else None)
            out.append(
                Candidate(
                    iri,
                    False,
                    r.body or (sym.organ if sym else None),
                    (session,) if session is not None else (),
                    r.title or "",
                    _norm_joined(main),
                    _dated(r),
                )
            )
    return out


def plausible(draft: Candidate, adopted: Candidate) -> bool:
    """Cheap test before reading texts: same organ, a compatible session, a similar title."""
    if draft.organ and adopted.organ and draft.organ != adopted.organ:
        return False
    if draft.sessions and adopted.sessions and not set(draft.sessions) & set(adopted.sessions):
        return False
    if not _year_fits(draft, adopted):
        return False
    if draft.title and adopted.title:
        return fuzz.token_set_ratio(draft.title.lower(), adopted.title.lower()) >= 100 * TITLE_FLOOR
    return True


def _year_fits(draft: Candidate, adopted: Candidate) -> bool:
    """Where neither has a session but both a date, the adoption falls in the draft's year or the
    next (as a draft recommended in a year lands in the sessions opening then). Without this a
    Security Council draft was read against every Council resolution ever adopted: matching grew
    with the square of the corpus (298 s of 40,000 synthesised resolutions' 2,000 CPU s)."""
    if draft.sessions or adopted.sessions:
        return True
    return _years_meet(draft.year, adopted.year)


def _years_meet(draft: int | None, adopted: int | None) -> bool:
    """An adoption in the draft's year or the next, or either year unknown."""
    return draft is None or adopted is None or adopted in (draft, draft + 1)


def score(draft: Candidate, adopted: Candidate) -> float:
    """0..1: text similarity weighs most; title confirms; an incompatible session or organ rules out."""
    if not plausible(draft, adopted):
        return 0.0
    title = (
        fuzz.token_set_ratio(draft.title.lower(), adopted.title.lower()) / 100
        if draft.title and adopted.title
        else None
    )
    # the cutoff lets rapidfuzz stop early on texts that cannot reach the threshold
    cutoff = 100 * (THRESHOLD - 0.25 * title) / 0.75 if title is not None else 100 * THRESHOLD
    text = (
        fuzz.ratio(draft.text, adopted.text, score_cutoff=max(0.0, cutoff)) / 100
        if draft.text and adopted.text
        else 0.0
    )
    return text if title is None else 0.75 * text + 0.25 * title


Key = tuple[int | None, int | None]  # (session, None), or for a candidate without one (None, year)
Index = dict[str | None, dict[Key, list[Candidate]]]


def _by_organ_session(adopted: Iterable[Candidate]) -> Index:
    """Adopted candidates by organ and session, or by year where they have no session (None: not
    known), so a draft meets only those it could plausibly be: scanning every pair made matching
    grow with the square of the corpus."""
    index: Index = {}
    for a in adopted:
        by_key = index.setdefault(a.organ, {})
        keys: list[Key] = [(s, None) for s in a.sessions]
        for key in keys or [(None, a.year)]:
            by_key.setdefault(key, []).append(a)
    return index


def _keys(draft: Candidate, by_key: dict[Key, list[Candidate]]) -> Iterator[Key]:
    """The keys of an organ's candidates whose sessions (or years) `plausible` would accept."""
    if draft.sessions:  # its sessions, and every candidate without a session
        yield from ((s, None) for s in draft.sessions)
        yield from (k for k in by_key if k[0] is None)
        return
    for k in by_key:  # every session, and the years _year_fits accepts
        if k[0] is not None or _years_meet(draft.year, k[1]):
            yield k


def _eligible(draft: Candidate, index: Index) -> Iterator[Candidate]:
    """The adopted candidates of `index` whose organ and sessions (or years) `plausible` would
    accept for `draft` (its title is not looked at here), each once."""
    seen: set[int] = set()
    for organ in (draft.organ, None) if draft.organ else tuple(index):
        by_key = index.get(organ, {})
        for k in list(_keys(draft, by_key)):
            for a in by_key.get(k, ()):
                if id(a) not in seen:
                    seen.add(id(a))
                    yield a


def with_plausible_draft(cands: Iterable[Candidate]) -> set[str]:
    """IRIs of the adopted candidates that some draft among `cands` could plausibly be (whose
    texts are worth reading)."""
    cands = list(cands)
    index = _by_organ_session(c for c in cands if not c.is_draft)
    return {a.iri for d in cands if d.is_draft for a in _eligible(d, index) if plausible(d, a)}


def match(cands: Iterable[Candidate], threshold: float = THRESHOLD) -> list[tuple[str, str, float]]:
    """Best adoption per draft, each resolution used once, highest scores first."""
    cands = list(cands)
    drafts = [c for c in cands if c.is_draft and c.text]
    index = _by_organ_session(c for c in cands if not c.is_draft and c.text)
    scored = []
    for d in drafts:
        for a in _eligible(d, index):
            if a.iri == d.iri:
                continue
            # cheap prefilter on length before the quadratic ratio
            la, ld = len(a.text), len(d.text)
            if min(la, ld) < 0.5 * max(la, ld):
                continue
            s = score(d, a)
            if s >= threshold:
                scored.append((s, d.iri, a.iri))
    out: list[tuple[str, str, float]] = []
    used_d: set[str] = set()
    used_a: set[str] = set()
    for s, d_iri, a_iri in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if d_iri in used_d or a_iri in used_a:
            continue
        used_d.add(d_iri)
        used_a.add(a_iri)
        out.append((d_iri, a_iri, round(s, 4)))
    return sorted(out)


@contextlib.contextmanager
def spool_file(folder: Path | None, wanted: bool = True) -> Iterator[IO[bytes] | None]:
    """A file for a build's candidates (None when not `wanted`), removed afterwards: in the
    store's folder, named as what a killed build leaves (storedir.clean removes it), or in the
    temporary folder for a store in memory. Already gone at the end is no error: a bulk load
    that failed (a full disk) cleans the store's folder of it first, and the failure's own error
    must be the one raised, not a missing spool file's."""
    if not wanted:
        yield None
        return
    with tempfile.NamedTemporaryFile(dir=folder, prefix=storedir.LEFTOVER_PREFIX, suffix=".drafts", delete=False) as f:
        try:
            yield f
        finally:
            Path(f.name).unlink(missing_ok=True)


def spool(cands: Iterable[Candidate], to: IO[bytes]) -> None:
    """Append candidates to a spool file (read back by `match_spooled`): a build keeps no text
    of them in memory."""
    for c in cands:
        pickle.dump(c, to, protocol=pickle.HIGHEST_PROTOCOL)


def _spooled(path: str) -> Iterator[Candidate]:
    with open(path, "rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def match_spooled(path: str, threshold: float = THRESHOLD) -> list[tuple[str, str, float]]:
    """`match` over the candidates spooled at `path`, read twice: first without their texts (to
    find the resolutions some draft could be), then with the texts of those only. Memory grows
    with the drafts and their plausible adoptions, not with the corpus's text."""
    bare = [replace(c, text="") for c in _spooled(path)]
    wanted = with_plausible_draft(bare)
    del bare
    return match((c for c in _spooled(path) if c.is_draft or c.iri in wanted), threshold)
