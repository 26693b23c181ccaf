"""Symbols as people write them ("67/186", "2012/14", "1373 (2001)", "resolution 66/181"), resolved
to the canonical symbols a store holds.

A short symbol names a number, not an organ: "12/1" may be the General Assembly's, the Human Rights
Council's or a commission's. `candidates` lists every canonical symbol that the organs of
ontology/vocab/organs.yaml could write for it; `resolve` keeps those that exist (in a store, with the
named query symbol-known) and answers with the one, or raises SymbolError with all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from resgraph.graph.iris import parse_symbol
from resgraph.vocab import Vocabulary, load

# what may stand before the number: "resolution", "GA res.", "Economic and Social Council decision"
LEAD = re.compile(
    r"^\s*(?P<words>.*?)\s*(?P<kind>\b(?:resolutions?|decisions?|res\.?|dec\.?))?\s*(?=(?:ES|S)?[-\u2010\u2011\u2013]?\d)",
    re.I,
)
SESSION_NUMBER = re.compile(r"(?P<s>\d{1,4})\s*/\s*(?P<n>\d{1,4})\s*(?P<part>[A-Z])?")
SPECIAL = re.compile(r"(?P<kind>ES|S)\s*[-\u2010\u2011\u2013]\s*(?P<s>\d{1,2})\s*/\s*(?P<n>\d{1,3})")
YEAR_NUMBER = re.compile(r"(?P<n>\d{1,4})\s*\(\s*(?P<y>\d{4})\s*\)")
ROMAN = re.compile(r"(?P<n>\d{1,4})\s*(?P<part>[A-Z])?\s*\(\s*(?P<s>[IVXL]+)\s*\)")


class SymbolError(ValueError):
    """A symbol the store does not hold, or one that fits several: `candidates` are those it holds
    (several: ambiguous) or, when it holds none, those that were tried."""

    def __init__(self, text: str, candidates: tuple[str, ...], ambiguous: bool):
        self.text, self.candidates, self.ambiguous = text, candidates, ambiguous
        what = "is ambiguous; it may be" if ambiguous else "is in no document of the store; tried"
        super().__init__(f"symbol {text!r} {what}: {', '.join(candidates) or 'nothing (not a symbol)'}")


def candidates(text: str, v: Vocabulary | None = None) -> tuple[str, ...]:
    """Every canonical symbol the words may stand for, most likely first (an organ the words name
    first; the General Assembly before the other organs). A canonical symbol stands for itself."""
    v = v or load()
    compact = re.sub(r"\s+", "", text)
    if parse_symbol(compact):
        return (compact,)
    lead = LEAD.match(text)
    words = (lead.group("words") if lead else "").strip()
    said = (lead.group("kind") or "").lower()[:3] if lead else ""
    kinds = {"dec": ("decision",), "res": ("resolution",)}.get(said, ("resolution", "decision"))
    rest = text[lead.end() :] if lead else text
    out: list[str] = []
    m = SPECIAL.fullmatch(rest.strip())
    if m:
        out.append(f"A/RES/{m['kind'].upper()}-{m['s']}/{m['n']}")
    m = YEAR_NUMBER.fullmatch(rest.strip())
    if m:
        out += [
            o.symbol(k, m["y"], m["n"]) or ""
            for o in v.organs.values()
            if "({s})" in (o.resolution or "")
            for k in kinds
        ]
    m = ROMAN.fullmatch(rest.strip())
    if m:
        n = m["n"] + (m["part"] or "")
        for o in _organs(v, words):
            for k in kinds:
                tmpl = o.resolution if k == "resolution" else o.decision
                if tmpl and "{s}/{n}" in tmpl:
                    out.append(tmpl.replace("{s}/{n}", "{n}({s})").format(s=m["s"], n=n))
    m = SESSION_NUMBER.fullmatch(rest.strip())
    if m:
        n = m["n"] + (m["part"] or "")
        out += [
            o.symbol(k, m["s"], n) or ""
            for o in _organs(v, words)
            for k in kinds
            if "{s}/{n}" in ((o.resolution if k == "resolution" else o.decision) or "")
        ]
    return tuple(dict.fromkeys(c for c in out if c and parse_symbol(c)))


def _organs(v: Vocabulary, words: str):
    """The organs the words name ("Economic and Social Council", "HRC"), the Assembly first; all when
    they name none."""
    named = [
        o
        for o in v.organs.values()
        if words and (words == o.id or words == o.label or words in o.names or words.lower() == o.label.lower())
    ]
    if named:
        return named
    return sorted(v.organs.values(), key=lambda o: o.id != "GA")


def resolve(text: str, known: Callable[[str], bool], v: Vocabulary | None = None) -> str:
    """The one canonical symbol the words stand for among those `known` holds. Raises SymbolError
    when none is known (`candidates`: those tried) or several are (`candidates`: those)."""
    cands = candidates(text, v)
    found = tuple(c for c in cands if known(c))
    if len(found) == 1:
        return found[0]
    raise SymbolError(text, found or cands, ambiguous=len(found) > 1)


def resolve_in_store(store, text: str) -> str:
    """`resolve` against the symbols of a GraphStore (named query symbol-known)."""
    from resgraph.graph import queries

    return resolve(text, lambda sym: bool(queries.run(store, "symbol-known", {"symbol": sym})))
