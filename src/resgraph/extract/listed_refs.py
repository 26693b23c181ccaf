"""Actors named by reference to an item of another paragraph: "Requests the organisations and states listed in
paragraph 40.c of this resolution, or subsequently added, to provide to the Security Council ... an update"
(S/RES/2806 (2025) op 52; 2776 (2025) op 47 "paragraph 38 (c)"), "Requests the following reports ...: c. from
organisations and states listed in paragraph 34.c of this resolution, ..., an update" (S/RES/2713 (2023) op 45),
"invites the stakeholders referred to in paragraph 4 (d) above to submit inputs" (A/RES/78/128 op 24). Who is asked,
and who reports, are the actors the item names ("c. European Union training and support activities, Türkiye, the
United Kingdom ... and the United States of America, as well as any other Member State forces, with a status of
forces agreement ... with the GFRS": the European Union and the three States, one report each; tests/mandate_gold
heldout13 06 op 52, heldout5 03 op 45), not the noun that names them ("states": no generic States).

The extractor of a paragraph sees no other, so the reference is read once every paragraph is known (as
report_refs.py reads a time named by another paragraph): a mandate whose addressee words are such a reference, or a
report whose reporter reports.py marked with MARK (a list item "from" a reference), gets the actors of the item.
Only a reference to a lettered item is read: a whole paragraph ("the States referred to in paragraphs 18 and 19
above") names its actors among others (the one it asks, the one it requests to invite them), and the noun read as
written is the better guess. Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from resgraph.extract.addressees import actors_in
from resgraph.extract.named import _Named
from resgraph.models import Mandate, Paragraph, ReportDue
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import may_hold, phrases

MARK = "listed:"  # a reporter named by reference ("listed:34.c"), until resolve reads it

PARTICIPLE = rf"(?:{phrases(load().mandates['listed_in'])})"  # the participles are data: mandates.yaml `listed_in`
# "40.c", "38 (c)", "4(d)": a paragraph's number and the letter of its item
ITEM_REF = r"\d+\s*(?:\(\s*[a-z]\s*\)|\.[a-z]\b)"
# the reference after the words that name the actors: "listed in paragraph 40.c of this resolution", "referred to in
# paragraphs 2 (a) and 3 (b) above"; not an item of another text ("paragraph 4 (a) of resolution 1521 (2003)"); the
# spaces before it taken from the first of a run only (each start inside a run of n spaces read the run: n squared)
REFERENCE = re.compile(
    rf"(?<!\s)\s+{PARTICIPLE}\s+(?:in|under)\s+(?:sub-?)?paragraphs?\s+"
    rf"(?P<refs>{ITEM_REF}(?:\s*(?:,\s*(?:and\s+)?|and\s+)"
    rf"(?:{ITEM_REF}|\(\s*[a-z]\s*\)))*)(?:\s+(?:above|below))?"
    r"(?!\s*(?:,\s*)?of\s+(?!this\b|the\s+present\b)|\s*(?:\(\s*[a-z]\s*\)|\.[a-z]\b))",
    re.I,
)
# the words that name the actors by the reference: common nouns, plural at the head, "Member States" the one capital
# ("the organisations and states", "the stakeholders", "relevant bodies and Member States"); not a body's name ("the
# Panel of Experts referred to in paragraph 19 above", already named)
NOUNS = re.compile(
    r"(?:(?:the|those|these|all)\s+)?(?:(?:[a-z][\w-]*|Member|States|and|or)[\s,]+)*?(?:[a-z][\w-]*s|States)"
)
ONE = re.compile(r"(\d+)\s*(?:\(\s*([a-z])\s*\)|\.([a-z])\b)|\(\s*([a-z])\s*\)", re.I)
# an item of a list set in its paragraph's own text: "...: a. United Nations personnel ...; b. AUSSOM ...; and, c."
INLINE_ITEM = re.compile(r"(?:^|[:;]\s*(?:and,?\s*)?)(?:([a-z])\.|\(([a-z])\))\s+")
# a member of the item named as one of an open class, not by name: "as well as any other Member State forces"
OTHER = re.compile(r"\b(?:any|all)\s+other\s+(?:[\w-]+\s+){0,2}$", re.I)

# the head of a list of reports whose items name their reporters (report_reporters.FOLLOWING)
LIST_HEAD = re.compile(r"the\s+following\s+(?:[\w-]+\s+)?(?:reports|updates|briefings)\b", re.I)

Actors = Callable[[str], list[tuple[str, int, int]]]  # the actors a text names as list heads (addressees.actors_in)


def referred(words: str, text: str = "", refs: list[re.Match[str]] | None = None) -> tuple[int, str] | None:
    """(where the reference starts, the references) when words ("the organisations and states listed in paragraph
    40.c of this resolution"), a mandate's addressee words in its paragraph's text, name actors by a lettered item of
    another paragraph of the same text; else None. The window may end inside the reference ("the stakeholders
    referred", its "to" read as an infinitive's): the reference is read on in text. refs: REFERENCE's matches in
    text, where the caller has them (a paragraph of many mandates is read once, not once a mandate)."""
    if not words:
        return None
    for m in REFERENCE.finditer(text) if refs is None else refs:
        lo = max(0, m.start() - len(words) - 200)
        at = text.rfind(words, lo, m.start() + len(words))
        if at >= 0 and m.start() < at + len(words) and NOUNS.fullmatch(text[at : m.start()].strip()):
            return m.start() - at, m.group("refs")
    own = REFERENCE.search(words)
    return (own.start(), own.group("refs")) if own and NOUNS.fullmatch(words[: own.start()].strip()) else None


def mark_of(text: str, at: int) -> str | None:
    """MARK and the references where text[at:] is a reference by item ("organisations and states listed in
    paragraph 34.c ..."); else None."""
    m = REFERENCE.search(text, at, at + 160)
    if not m or not NOUNS.fullmatch(text[at : m.start()].strip()):
        return None
    return MARK + m.group("refs")


def _items(refs: str) -> list[tuple[int, str]]:
    """(paragraph number, letter) of each item named: "54 (g) and (h)" is 54 (g) and 54 (h)."""
    out: list[tuple[int, str]] = []
    for m in ONE.finditer(refs):
        if m.group(1):
            out.append((int(m.group(1)), (m.group(2) or m.group(3)).lower()))
        elif out:
            out.append((out[-1][0], m.group(4).lower()))
    return out


def _item_text(paragraphs: tuple[Paragraph, ...], part: str, number: int, letter: str) -> str:
    """The text of item `letter` of operative paragraph `number` in `part`: its sub-paragraph, or the item in the
    paragraph's own text; "" when there is none."""
    for p in paragraphs:
        if (
            p.part == part
            and p.kind == "subparagraph"
            and p.parent == number
            and (p.label or "").strip("(). ").lower() == letter
        ):
            return p.text
    for p in paragraphs:
        if p.part == part and p.kind == "operative" and p.number == number:
            items = [(m.group(1) or m.group(2), m.start(), m.end()) for m in INLINE_ITEM.finditer(p.text)]
            for i, (label, _, e) in enumerate(items):
                if label == letter:
                    return p.text[e : items[i + 1][1] if i + 1 < len(items) else len(p.text)]
    return ""


def actors_of(refs: str, paragraphs: tuple[Paragraph, ...], part: str, actors: Actors) -> tuple[str, ...]:
    """The actors the items named by refs list, in their order: those named as one of an open class ("any other
    Member State forces") left out where others are named by name."""
    out: list[str] = []
    for number, letter in _items(refs):
        text = _item_text(paragraphs, part, number, letter)
        found = actors(text) if text else []
        named = [a for a, s, _ in found if not OTHER.search(text, max(0, s - 40), s)]
        out += named or [a for a, _, _ in found]
    return tuple(dict.fromkeys(out))


def heads(v: Vocabulary) -> Actors:
    """The actors a text names as the heads of a list (addressees.actors_in with heads), nothing named before."""
    return lambda text: actors_in(text, v, _Named(), heads=True)


def resolve(
    mandates: tuple[Mandate, ...], reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...], actors: Actors
) -> tuple[tuple[Mandate, ...], tuple[ReportDue, ...]]:
    """mandates and reports, those that name actors by reference to an item of another paragraph given the actors
    of the item: a mandate's addressees read from its reference's words (the noun "states") replaced by them, and
    the reports of its clause by those addressees (or by MARK) made one report per actor; a marked reporter whose
    item names no actor, none (its report dropped, as reports.py drops a list item from no one it knows)."""
    part = {p.index: p.part for p in paragraphs}
    texts = {p.index: p.text for p in paragraphs}
    refs: dict[int, list[re.Match[str]]] = {}  # REFERENCE's matches in a paragraph, read once

    def of(refs: str, paragraph: int) -> tuple[str, ...]:
        return actors_of(refs, paragraphs, part.get(paragraph, "main"), actors)

    swaps: list[tuple[Mandate, frozenset[str], tuple[str, ...]]] = []  # (mandate, actors of its noun, the item's)
    out_m = []
    for m in mandates:
        ref = None
        if m.verb != "decides" and m.addressee_text:
            text = texts.get(m.paragraph, "")
            if m.paragraph not in refs:  # (REFERENCE needs the word: a paragraph without is not searched)
                refs[m.paragraph] = list(REFERENCE.finditer(text)) if may_hold(text, ("paragraph",)) else []
            ref = referred(m.addressee_text, text, refs[m.paragraph])
        names = [x for a in m.addressees for x in (of(a[len(MARK) :], m.paragraph) if a.startswith(MARK) else (a,))]
        if ref is not None:
            found = of(ref[1], m.paragraph)
            noun = frozenset(a for a, _, _ in actors(m.addressee_text[: ref[0]]))
            if found:
                swaps.append((m, noun, found))
                names = [a for a in names if a not in noun] + list(found)
        out_m.append(replace(m, addressees=tuple(dict.fromkeys(names))) if names != list(m.addressees) else m)
    out_r: list[ReportDue] = []
    listed: dict[int, list[str]] = {}  # a paragraph's reporters read from a marked item
    for r in reports:
        if r.by and r.by.startswith(MARK):
            found = of(r.by[len(MARK) :], r.paragraph)
            listed.setdefault(r.paragraph, []).extend(found)
            out_r += [x for x in (replace(r, by=a) for a in found) if x not in out_r]
            continue
        by = next(
            (
                found
                for m, noun, found in swaps
                if r.by in noun and m.paragraph == r.paragraph and m.span.start <= r.span.start < m.span.end
            ),
            None,
        )
        out_r += [x for x in (replace(r, by=a) for a in by) if x not in out_r] if by else [r]
    return tuple(_list_head(m, listed) for m in out_m), tuple(out_r)


def _list_head(m: Mandate, listed: dict[int, list[str]]) -> Mandate:
    """m, where it heads a list of reports ("Requests the following reports to the Security Council: a. from the
    GFRS ...") in a paragraph whose items name reporters by reference, with those reporters among its addressees: an
    item after a second verb in the list ("b. ..., and requests that this assessment is: 1. ...; c. from
    organisations and states listed in paragraph 34.c", S/RES/2713 (2023) op 45) is still the head's."""
    more = listed.get(m.paragraph)
    if not more or not LIST_HEAD.match(m.addressee_text):
        return m
    return replace(m, addressees=tuple(dict.fromkeys((*m.addressees, *more))))
