"""Mandates (who is asked to do what) and the reports they ask for.

A mandate is a directive verb of an operative paragraph: the one that opens it and any after
"and" or a comma in its middle ("Recognizes ..., and requests the Office to ..."). Addressees are
actors of ontology/vocab/actors.yaml found between the verb and the infinitive that follows.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .models import Block, Mandate, ReportDue
from .symbols import ORDINAL, ordinal
from .vocab import Vocabulary

DETERMINERS = {"the", "all", "those", "its", "their", "relevant", "other", "member", "such", "these", "this",
               "that", "a", "an", "each", "every", "any", "both", "interested", "concerned", "international",
               "regional", "national"}
CLAUSE_END = re.compile(r"[,;:]|\s(?:that|which|who|as|in order)\s|$")
REPORT = re.compile(r"\breports?\b|\breporting\b")
SESSIONS = re.compile(rf"\bat\s+(?:its|their|the)\s+((?:{ORDINAL})(?:(?:\s*,\s*|\s+and\s+)(?:{ORDINAL}))*)\s+sessions?\b", re.I)
ADDS_TO = re.compile(r"include in (?:the|his|her|its) (?:report|reports)[^;]{0,40}?referred to in paragraph (\d+)", re.I)
RECURRENCE = {"biennially": "biennial", "annually": "annual", "on an annual basis": "annual",
              "on a biennial basis": "biennial", "every two years": "biennial", "triennially": "triennial",
              "every three years": "triennial", "every four years": "quadrennial"}


@lru_cache(maxsize=4)
def _verb_regexes(v: Vocabulary):
    forms = sorted(((f, k) for k, d in v.verbs.items() for f in d.get("forms") or ()), key=lambda x: -len(x[0]))
    nouns = sorted(((n, k) for k, d in v.verbs.items() for n in d.get("nouns") or ()), key=lambda x: -len(x[0]))
    adv = "|".join(re.escape(a) for a in sorted(v.adverbs, key=len, reverse=True))
    f_alt = "|".join(re.escape(f) for f, _ in forms)
    n_alt = "|".join(re.escape(n) for n, _ in nouns)
    lead = re.compile(rf"^(?:(?:{adv})\s+)*(?P<verb>{f_alt})\b", re.I)
    lead_noun = re.compile(rf"^(?:(?:{adv})\s+)*(?:reiterates|renews|recalls)\s+(?:its|the)\s+(?P<noun>{n_alt})\b", re.I)
    mid = re.compile(rf"(?:,|;|\band)\s+(?:(?:{adv})\s+)*(?P<verb>{f_alt})\b")
    mid_noun = re.compile(rf"(?:,|\band)\s+its\s+(?P<noun>{n_alt})\b")
    return lead, lead_noun, mid, mid_noun, {f.lower(): k for f, k in forms}, {n.lower(): k for n, k in nouns}


def actors_in(text: str, v: Vocabulary, known: set[str]) -> list[tuple[str, int, int]]:
    """Actors named in text, longest alias first; contextual aliases only when already known."""
    out = []
    for m in v.actor_pattern.finditer(text):
        alias = m.group(1)
        for act in v.actors.values():
            if alias in act.aliases:
                out.append((act.id, m.start(), m.end()))
                break
            if alias in act.contextual:
                if act.id in known:
                    out.append((act.id, m.start(), m.end()))
                break
    return out


def _window(text: str, start: int) -> tuple[int, int]:
    """The addressee window after a verb: up to the infinitive ("to continue"), a comma or "that"."""
    rest = text[start:]
    lead = re.match(
        r"\s*(?:,\s*made\s+in[^,]*,\s*|in\s+(?:that|its|the\s+same)\s+resolution\s+)?"
        r"(?:that\s+|to\s+(?=the\b|all\b|those\b|[A-Z]))?", rest)
    s = start + (lead.end() if lead else 0)
    seg = text[s:]
    end = len(seg)
    for m in re.finditer(r"\bto\s+(\w+)", seg):
        if m.group(1).lower() not in DETERMINERS and m.group(1)[0].islower():
            end = min(end, m.start())
            break
    c = CLAUSE_END.search(seg[:end] if end else seg)
    if c and c.start() > 0:
        end = min(end, c.start())
    return s, s + end


def _speaker_actor(v: Vocabulary, organ: Optional[str]) -> Optional[str]:
    o = v.organs.get(organ or "")
    return o.actor if o else None


def extract(blocks: tuple[Block, ...], v: Vocabulary, speaker_of: dict[str, Optional[str]]):
    """(mandates, reports due) of the operative paragraphs of the organ's text and of its draft."""
    lead, lead_noun, mid, mid_noun, by_form, by_noun = _verb_regexes(v)
    mandates: list[Mandate] = []
    reports: list[ReportDue] = []
    known: set[str] = set()
    for b in blocks:
        p = b.paragraph
        text = p.text
        if not (p.kind == "operative" and p.part in ("main", "draft")):
            known.update(a for a, _, _ in actors_in(text, v, known))
            continue
        hits: list[tuple[int, int, str]] = []  # (start, end of verb, verb id)
        m = lead.match(text) or lead_noun.match(text)
        if m:
            verb = by_form.get((m.groupdict().get("verb") or "").lower()) or by_noun.get((m.groupdict().get("noun") or "").lower())
            hits.append((m.start(), m.end(), verb))
        for rx, table, key in ((mid, by_form, "verb"), (mid_noun, by_noun, "noun")):
            if rx is mid_noun and not re.match(r"(?:Also\s+)?Reiterates", text):
                continue
            for mm in rx.finditer(text):
                if mm.start(key) > 0 and not any(h[0] <= mm.start(key) < h[1] for h in hits):
                    hits.append((mm.start(key), mm.end(key), table[mm.group(key).lower()]))
        hits.sort()
        prev: tuple[str, ...] = ()
        for i, (s, e, verb) in enumerate(hits):
            known.update(a for a, _, _ in actors_in(text[:s], v, known))  # "..., and requests the Office"
            ws, we = _window(text, e)
            found = actors_in(text[ws:we], v, known)
            names = tuple(dict.fromkeys(a for a, _, _ in found))
            if not names:
                names = (_speaker_actor(v, speaker_of.get(p.part)),) if verb == "decides" else prev
                names = tuple(n for n in names if n)
            known.update(names)
            prev = names
            clause_end = hits[i + 1][0] if i + 1 < len(hits) else len(text)
            mandates.append(Mandate(p.number or 0, verb, names, p.index, b.to_source(s, clause_end), text[s:e],
                                    text[ws:we].strip()))
            r = _report(text[s:clause_end], s, p, b, names, v, speaker_of, known)
            if r:
                reports.append(r)
        known.update(a for a, _, _ in actors_in(text, v, known))
    return tuple(mandates), tuple(reports)


def _organ_named(clause: str, v: Vocabulary, speaker: Optional[str]) -> Optional[str]:
    """The organ a report goes to: named after "to the", or the speaking organ ("at its ... session")."""
    best = None
    for oid, organ in v.organs.items():
        for name in (organ.label,) + organ.names:
            i = clause.find("to the " + name)
            if i < 0:
                i = clause.find("to " + name)
            if i >= 0 and (best is None or i < best[0] or (i == best[0] and len(name) > best[2])):
                best = (i, oid, len(name))
    if best:
        return best[1]
    if re.search(r"to the Commission\b", clause):
        return "CCPCJ"
    return speaker


def _report(clause: str, offset: int, p, b: Block, names, v: Vocabulary, speaker_of, known) -> Optional[ReportDue]:
    add = ADDS_TO.search(clause)
    if add:
        return ReportDue(p.number or 0, names[0] if names else None, None, None, p.index,
                         b.to_source(offset + add.start(), offset + add.end()), adds_to=int(add.group(1)))
    if not REPORT.search(clause):
        return None
    sess = SESSIONS.search(clause)
    rec = next((val for k, val in RECURRENCE.items() if k in clause), None)
    if not sess and not rec:
        return None
    numbers = tuple(n for n in (ordinal(w) for w in re.findall(ORDINAL, sess.group(1), re.I)) if n) if sess else ()
    to = _organ_named(clause[: sess.start() if sess else len(clause)], v, speaker_of.get(p.part))
    organ = v.organs.get(to or "")
    first = numbers[0] if numbers else None
    year = organ.session_year(first) if organ and first else None
    if len(numbers) > 1 and not rec:
        rec = "sessions"
    span = b.to_source(offset, offset + len(clause))
    to_actor = organ.actor if organ else None
    return ReportDue(p.number or 0, names[0] if names else None, to_actor, first, p.index, span, year, rec, numbers)
