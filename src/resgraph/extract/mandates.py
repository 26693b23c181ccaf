"""Mandates (who is asked to do what) and the reports they ask for.

A mandate is a directive verb of an operative paragraph: the one that opens it and any after
"and" or a comma in its middle ("Recognizes ..., and requests the Office to ..."). Addressees are
actors of ontology/vocab/actors.yaml found between the verb and the infinitive that follows: a
definite description ("the Commission") is the body of that kind named last, a pronoun ("them",
"the latter") the actors named just before it, and an activity between actors ("further dialogue
between the United Nations and the Court") has none.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache, partial

from resgraph.extract import reports as report_clauses
from resgraph.extract import terms as term_clauses
from resgraph.extract.report_receivers import Context as ReportContext
from resgraph.models import Block, Mandate, MandateTerm, ReportDue
from resgraph.vocab import STATE, Vocabulary

DETERMINERS = {
    "the",
    "all",
    "those",
    "its",
    "their",
    "relevant",
    "other",
    "member",
    "such",
    "these",
    "this",
    "that",
    "a",
    "an",
    "each",
    "every",
    "any",
    "both",
    "interested",
    "concerned",
    "international",
    "regional",
    "national",
}
# a window that is only a pronoun takes the actors named before it in the paragraph
PRONOUN = re.compile(
    r"(?:them|her|him|it|he|she|they|the latter|the former|(?:those|these|such|both)\s+(?:entities|parties|bodies|"
    r"organizations|institutions|actors|mechanisms|stakeholders))",
    re.I,
)
OWNED = re.compile(r"\b(?:his|her|its|their)\s+$")
SINGULAR_PRONOUNS = {"her", "him", "it", "the latter", "he", "she"}
PERSONAL_PRONOUNS = {"her", "him", "he", "she"}  # a person of the vocabulary (`person: true`)
# "that he continue": the pronoun is the subject of the clause
SUBJECT_PRONOUN = re.compile(r"(?:he|she|it|they)\b")
# "all groups other than UNDOF": the actor is left out
EXCEPT = re.compile(r"\bother\s+than\s+(?:the\s+)?$|\bexcept\s+(?:for\s+)?(?:the\s+)?$")
# a State named in a government form is no place: "the intention of the Government of Lebanon"
GOVERNMENT = re.compile(r"\b(?:Governments?|government|[Aa]uthorities|[Aa]rmed [Ff]orces|forces|institutions)\b")
# what may stand between actors named together: "X and the Y, as well as with other relevant Z"
CONNECTOR = re.compile(
    r"(?:[\s,]|\b(?:and|or|as well as|with|including|in particular|also|" + "|".join(sorted(DETERMINERS)) + r")\b)*",
    re.I,
)
# a window naming an activity between actors, not the actors asked ("further dialogue between ...")
ACTIVITY = re.compile(r"\b(?:between|among|amongst)\b")
QUALIFIED = re.compile(r"\b(?:of|in)\s+(?:the\s+)?$")
OF_ACTOR = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")
# an alias that qualifies what follows it: "MINUSMA's personnel", "General Assembly resolution 70/125"
POSSESSOR = re.compile(r"['’]s\b|\s+(?:resolutions?|decisions?|personnel|staff|premises)\b")
PLACE = re.compile(
    r"\b(?:of|in|on|from|for|against|within|throughout|across|inside|into|over|by|at|to|towards|"
    r"with|near|between|among|and\s+(?:in|on|of))\s+(?:the\s+)?$",
    re.I,
)
# "the Bureau of the Commission", "all members of the international community": the body itself is asked
OFFICER = re.compile(
    r"\b(?:President|Chair|Chairman|Chairperson|Chairs|Co-Chairs|Vice-Chairs?|Prosecutor|Registrar|Director|"
    r"Director-General|Head|Heads|Bureau|Bureaux|[Ss]ecretariat|[Mm]embers|[Ll]eadership|[Ll]eaders|Presidency|"
    r"Executive\s+Secretary|Executive\s+Director|Commissioner|Coordinator)\s+of\s+(?:the\s+)?$"
)
CLAUSE_END = re.compile(
    r"[,;:]|\s(?:that|which|who|(?<!well\s)as(?!\s+well\s+as)|in order)\s|$"
    r"|\sin\s+(?:close\s+)?(?:consultation|cooperation|coordination|collaboration)\s+with\b"
)
# after a comma, what begins a clause of its own rather than the next body of a list: "Requests
# the Secretary-General, in consultation with Member States, to", "Urges States, where appropriate,"
LIST_STOP = re.compile(
    r"\s*(?:(?:and|or)\s+)?(?:in(?!\s+particular)|with|within|through|as(?!\s+well\s+as)|at|by|for|under|"
    r"where|when|whenever|wherever|while|if|inter\s+alia|pursuant|consistent|subject|without|after|before|"
    r"during|from|via|according|acting|taking|bearing|building|drawing|together|each|also|further|again|once|"
    r"respectively|notwithstanding|given|since|until|unless|whether|whose|(?<!and\s)(?:on|upon))\b",
    re.I,
)
# after "that", the subject ends where its verb begins: "Requests that the Secretary-General report"
SUBJECT_GOES_ON = re.compile(
    r"(?:['’]s\b|\s*(?:[,;]|\(|and\b|or\b|as\s+well\s+as\b|in\s+particular\b|particularly\b|including\b|"
    r"together\s+with\b|of\b|in\b|for\b|on\b|to\b|concerned\b|[A-Z]|$))"
)
THAT_COMMA = re.compile(r"that\s*,")
LIST_COMMA = re.compile(r",\s*(?:and\s+)?")
NOUN_LEAD = re.compile(r"(?:and\s+(?:its\s+)?[a-z]+\s+)?(?:to|for)\s+")
# what may stand between "its request to" and the addressees' alias: modifiers, no verb's object
NOUN_TO = re.compile(r"(?:[a-z][\w-]*(?:,?\s+(?:and|or))?\s+){0,3}")
# "intergovernmental and non-governmental organizations": modifiers sharing the head of an alias
COORDINATED = re.compile(r"(?:\b[a-z][\w-]*,\s+)*\b[a-z][\w-]*,?\s+(?:and|or)\s+$")
MODIFIER = re.compile(r"[a-z][\w-]*")
# Unicode hyphens and spaces read as their ASCII forms, one character for one, so spans stay put
SAME_LENGTH = str.maketrans(
    {
        **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2212\u00ad\ufe63\uff0d"), "-"),
        **dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"), " "),
    }
)
THAT = re.compile(r"\s+(?:\w+\s+)?that\b")
TO_VERB = re.compile(r"\bto\s+(\w+)")
REITERATES = re.compile(r"(?:Also\s+)?Reiterates")
WINDOW_LEAD = re.compile(
    r"\s*(?:,\s*made\s+in[^,]*,\s*|in\s+(?:that|its|the\s+same)\s+resolution\s+)?"
    r"(?:as\s+a\s+matter\s+of\s+(?:priority|urgency)\s*,?\s*(?=that\b))?"
    r"(?:that\s+|to\s+(?=the\b|all\b|those\b|[A-Z]))?"
)


@lru_cache(maxsize=4)
def _verb_regexes(v: Vocabulary):
    forms = sorted(((f, k) for k, d in v.verbs.items() for f in d.get("forms") or ()), key=lambda x: -len(x[0]))
    nouns = sorted(((n, k) for k, d in v.verbs.items() for n in d.get("nouns") or ()), key=lambda x: -len(x[0]))
    adv = "|".join(re.escape(a) for a in sorted(v.adverbs, key=len, reverse=True))
    f_alt = "|".join(re.escape(f) for f, _ in forms)
    n_alt = "|".join(re.escape(n) for n, _ in nouns)
    # "and in this regard calls upon", "and, in this respect, urges": a linking phrase before the verb
    link_alt = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(v.links, key=len, reverse=True))
    # "\s*,?\s+" and "\s*,?\s*" split a run of spaces many ways (quadratic in it): the comma, if
    # any, comes with its own spaces
    link = rf"(?:,?\s*(?:{link_alt})(?:\s*,\s+|\s+))?" if link_alt else ""
    # a paragraph may open with a quotation mark: "“Decides to adopt the attached declaration" (S/RES/1467)
    lead = re.compile(rf"^[“\"‘]?{link.replace(',?', '', 1)}(?:(?:{adv})\s+)*(?P<verb>{f_alt})\b", re.I)
    lead_noun = re.compile(
        rf"^(?:(?:{adv})\s+)*(?:reiterates|renews|recalls)\s+(?:its|the)\s+(?P<noun>{n_alt})\b", re.I
    )
    # "a(?<!\w.)nd" is "\band": a pattern that starts with a character re can look for without
    # trying the whole pattern at every position
    mid = re.compile(rf"(?:,|;|a(?<!\w.)nd)(?:\s+|{link})(?:(?:{adv})\s+)*(?P<verb>{f_alt})\b")
    mid_noun = re.compile(rf"(?:,|a(?<!\w.)nd)\s+its\s+(?P<noun>{n_alt})\b")
    # "Requests further that ...": an adverb after the verb
    after = re.compile(rf"\s*(?:,\s*)?(?:{adv})\b\s*,?(?=\s)")
    return lead, lead_noun, mid, mid_noun, {f.lower(): k for f, k in forms}, {n.lower(): k for n, k in nouns}, after


@lru_cache(maxsize=1024)  # windows repeat: "the Secretary-General", "Member States"
def _alias_spans(text: str, v: Vocabulary) -> tuple[tuple[int, int, str], ...]:
    """Aliases in text as (start, end, alias), overlaps settled longest first: "the United Nations
    Office on Drugs and Crime" is the Office, not "the United Nations" and an office."""
    pattern = v.alias_pattern
    return _spans_in(text, pattern.words(text), v, 0, len(text))


def _spans_in(text: str, words, v: Vocabulary, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """_alias_spans(text[start:end]) from the words of the whole paragraph (see WordIndexed.words)."""
    return _settle(
        [(m.start() - start, m.end(1) - start, m.group(1)) for m in v.alias_pattern.matches_in(text, words, start, end)]
    )


class _Scan:
    """scan(a, b): the aliases of text[a:b]. The paragraph's words are found once, when first
    asked for, not again for each mandate's clause and window: that scan is most of the cost."""

    def __init__(self, text: str, v: Vocabulary):
        self.text, self.v = text, v
        self.words: list[tuple[int, int, str]] | None = None

    def __call__(self, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
        if self.words is None:
            self.words = self.v.alias_pattern.words(self.text)
        return _spans_in(self.text, self.words, self.v, start, end)


def _settle(cands: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    """Overlapping aliases settled, the longer first, then the earlier."""
    # an actor's alias and a State's name of the same place and length are the same words: the
    # order the two patterns give them in is no matter
    if len(cands) < 2:  # most texts: nothing to settle
        return tuple(cands)
    cands.sort(key=lambda c: (c[0] - c[1], c[0]))
    # the spans taken so far never overlap, so sorted by start they are sorted by end too: a
    # candidate overlaps one of them iff it overlaps the last that starts before it ends (a
    # bisection, where testing it against every span taken was quadratic in a paragraph's length)
    starts: list[int] = []
    ends: list[int] = []
    taken: list[tuple[int, int, str]] = []
    for c in cands:
        i = bisect.bisect_left(starts, c[1])
        if i and ends[i - 1] > c[0]:
            continue
        starts.insert(i, c[0])
        ends.insert(i, c[1])
        taken.insert(i, c)
    return tuple(taken)


def _tail(text: str, end: int, words: int = 5) -> int:
    """Where a pattern anchored at `end` that reads at most `words` words of at most 24 characters
    and the spaces between them (PLACE, EXCEPT, QUALIFIED, OFFICER) can begin: searched from there,
    not over text[:end] for every alias (quadratic in a paragraph), they read only what they match."""
    i = end
    for _ in range(words):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        stop = max(0, i - 24)  # no word these patterns read is longer
        while i > stop and not text[i - 1].isspace():
            i -= 1
    return i


def actors_in(
    text: str, v: Vocabulary, named: _Named, heads: bool = False, places: bool = False, spans=None
) -> list[tuple[str, int, int]]:
    """Actors named in text, longest alias first; a contextual alias ("the Commission") stands for
    the actor sharing it that was named last, and for nothing when none was. With heads, a definite
    description after "of" is left out: it qualifies a noun ("States members of the Institute",
    "the Charter of the United Nations"), unless that noun is an officer ("the President of the
    Mechanism"). A State after a preposition is a place or an owner ("the people of Afghanistan",
    "the Permanent Mission of Japan"), not an actor, unless places (it still counts as named for
    "the Government"). spans: text's aliases where the caller has them."""
    if spans is None:
        spans = _alias_spans(text, v)
    out: list[tuple[str, int, int]] = []
    if not spans:
        return out
    aliases = [(s, e, alias, *v.actors_of_alias(alias)) for s, e, alias in spans]
    # an actor named earlier in the same text counts as named; only a contextual alias asks
    seen = dict(named.asked(v)) if any(a[4] for a in aliases) else {}
    ends = [0] + [a[1] for a in aliases]  # where the alias before each ends
    for (s, e, alias, ids, contextual), last in zip(aliases, ends, strict=False):
        if contextual:
            ids = tuple(sorted((a for a in ids if a in seen), key=lambda a: -seen[a]))[:1]
        if not ids:
            continue
        for a in ids:
            seen[a] = named.tick()
        tail = _tail(text, s)  # where the patterns anchored at s can begin: not all of text[:s] per alias
        if not places and ids[0].startswith(STATE) and PLACE.search(text, tail, s) and not GOVERNMENT.search(alias):
            continue
        if heads and EXCEPT.search(text, tail, s):
            continue
        # "the Charter of the United Nations", "the special procedures of the Human Rights Council"
        if (
            heads
            and (alias.startswith("the ") or OF_ACTOR.fullmatch(text, last, s))
            and QUALIFIED.search(text, tail, s)
            and not OFFICER.search(text, tail, s)
        ):
            continue
        if heads and POSSESSOR.match(text, e):
            continue
        out.append((ids[0], s, e))
    return out


class _Named:
    """When each actor was last named, for a contextual alias ("the Commission", "the Government")
    to stand for the one named last. What a paragraph names outside the mandates' windows counts
    only through this, and many files never ask (their windows name no contextual alias): such
    text is put off, with room kept on the clock, and read, as of its own place, when one asks."""

    def __init__(self, now: int = 0, known: dict[str, int] | None = None):
        self.now = now
        self.known: dict[str, int] = {} if known is None else known  # actor -> when last named
        self.events: list[tuple[int, str]] = []  # (when, actor) of every naming noted
        self.later: list[tuple[int, str, int, Callable[[], tuple] | None]] = []  # (when, text, end, its spans)

    def tick(self) -> int:
        self.now += 1
        return self.now

    def note(self, ids) -> None:
        """Mark actors as named, the last one as the most recent."""
        for a in ids:
            self.known[a] = t = self.tick()
            self.events.append((t, a))

    def put_off(self, text: str, spans: Callable[[], tuple] | None = None, end: int | None = None) -> None:
        """Note text[:end]'s actors when asked; spans() gives its aliases, where the caller has them.
        The cut is made only when asked: a copy of each mandate's prefix was quadratic in a paragraph."""
        end = len(text) if end is None else end
        self.later.append((self.now + 1, text, end, spans))
        self.now += 2 * end + 2  # two ticks an alias at most (seen, known), an alias a character at least

    def asked(self, v: Vocabulary) -> dict[str, int]:
        """known, once the text put off is read, in order, each as of its own place."""
        if self.later:
            events, i = sorted(self.events), 0
            known: dict[str, int] = {}
            for at, text, end, spans in self.later:
                while i < len(events) and events[i][0] < at:
                    known[events[i][1]] = events[i][0]
                    i += 1
                then = _Named(at - 1, known)  # its notes go into known, all before the next put off
                then.note(a for a, _, _ in actors_in(text[:end], v, then, places=True, spans=spans and spans()))
                self.events += then.events
            for t, a in events[i:]:
                known[a] = t
            self.known, self.later = known, []
        return self.known


def _window(text: str, start: int, spans_in, stop: int, noun: bool = False) -> tuple[int, int]:
    """The addressee window after a verb: up to the infinitive ("to continue"), a comma or "that";
    a "to" or a comma inside an actor's name ("parties to armed conflict") ends nothing. After a
    noun ("its request to intergovernmental organizations to") "to" comes before the addressees.
    spans_in(a, b): the aliases of text[a:b]."""
    s, that = _window_start(text, start, spans_in, stop, noun)
    seg = text[s:stop]  # never past the next mandate's verb
    names = spans_in(s, stop)
    end = _subject_end(seg, names, len(seg)) if that else len(seg)
    for m in TO_VERB.finditer(seg, 0, end):
        if any(a <= m.start() < b for a, b, _ in names):
            continue
        if m.group(1).lower() not in DETERMINERS and m.group(1)[0].islower():
            end = min(end, m.start())
            break
        # "reporting by UNIFIL to the Security Council": who receives is no addressee
        if any(a in (m.start(1), m.start(1) + 4) for a, _, _ in names) and m.start() > 0:
            end = min(end, m.start())
            break
    # a comma inside a name ("international, regional and subregional organizations") ends nothing;
    # nor one between the bodies of a list ("Member States, intergovernmental and non-governmental
    # organizations and other relevant entities to provide")
    ends = [
        c for c in CLAUSE_END.finditer(seg[:end] if end else seg) if not any(a < c.start() < b for a, b, _ in names)
    ]
    for i, c in enumerate(ends):
        if c.group() == "," and c.start() > 0 and _list_goes_on(seg, c.end(), ends[i + 1 :], end, names):
            continue
        if c.start() > 0:
            end = min(end, c.start())
        break
    return s, s + end


def _window_start(text: str, start: int, spans_in, stop: int, noun: bool) -> tuple[int, bool]:
    """Where the addressees begin after a verb, and whether a "that" clause opens there."""
    lead = WINDOW_LEAD.match(text, start)
    s = lead.end() if lead else start
    that = bool(lead and lead.group().rstrip().endswith("that"))
    tc = None if that else THAT_COMMA.match(text, s)
    if tc:  # "that, after a discussion with the Committee, the Panel of Experts submit"
        for c in LIST_COMMA.finditer(text, tc.end(), min(stop, tc.end() + 400)):
            first = next(iter(spans_in(c.end(), min(stop, c.end() + 120))), None)
            if first and first[0] <= 4:  # "the " at most before the subject's alias
                return c.end(), True
    to = NOUN_LEAD.match(text, s) if noun else None
    if to:  # "its invitation and encouragement to all States parties"
        first = next(iter(spans_in(to.end(), min(stop, to.end() + 80))), None)
        if first and NOUN_TO.fullmatch(text, to.end(), to.end() + first[0]):
            s = to.end()
    return s, that


def _subject_end(seg: str, names, end: int) -> int:
    """In a "that" clause, where the subject ends: at its verb ("that the Secretary-General report"),
    after a pronoun ("that he continue")."""
    pronoun = SUBJECT_PRONOUN.match(seg)
    if pronoun:
        return pronoun.end()
    for _, b, _ in names:
        if b < end and not SUBJECT_GOES_ON.match(seg, b) and not any(a < b < e for a, e, _ in names):
            return b
    return end


def _list_goes_on(seg: str, at: int, later, end: int, names) -> bool:
    """Whether the words after a comma at `at` are the next body of a list: they begin no clause of
    their own, and they or the items after them, up to one that does, name an actor."""
    if LIST_STOP.match(seg, at):
        return False
    upto = next((c.start() for c in later if c.group() != "," or LIST_STOP.match(seg, c.end())), end)
    return any(at <= a < upto for a, _, _ in names)


def _coordinated(window: str, spans, v: Vocabulary) -> list[tuple[str, int, int]]:
    """Actors named by modifiers that share an alias's head: "intergovernmental and
    non-governmental organizations" names intergovernmental organizations too."""
    out = []
    for s, _, alias in spans:
        head = alias.split(" ", 1)
        if len(head) < 2 or not head[0][:1].islower():
            continue
        m = COORDINATED.search(window, 0, s)
        if not m:
            continue
        for w in MODIFIER.findall(window, m.start(), s):
            if w in ("and", "or"):
                continue
            ids, contextual = v.actors_of_alias(w + " " + head[1])
            if ids and not contextual:
                out.append((ids[0], m.start(), s))
    return out


def _speaker_actor(v: Vocabulary, organ: str | None) -> str | None:
    o = v.organs.get(organ or "")
    return o.actor if o else None


def _antecedent(pronoun: str, text: str, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """The actors a pronoun stands for, from the text before it: "the latter", "her" the last actor
    named; "them", "those entities" the first ones named together ("the Working Group and the
    Committee ..., as well as other special procedures and treaty bodies")."""
    found = actors_in(text, v, named)
    if not found:
        return ()
    if pronoun.lower() in PERSONAL_PRONOUNS:
        # "his Special Envoy" is not who "he" is
        people = [a for a in found if a[0] in v.actors and v.actors[a[0]].person and not OWNED.search(text, 0, a[1])]
        return ((people or found)[-1][0],)
    if pronoun.lower() in SINGULAR_PRONOUNS:
        return (found[-1][0],)
    run = [found[0]]
    for a in found[1:]:
        if not CONNECTOR.fullmatch(text[run[-1][2] : a[1]]):
            break
        run.append(a)
    return tuple(dict.fromkeys(a for a, _, _ in run))


def _hits(text: str, v: Vocabulary) -> list[tuple[int, int, str, bool]]:
    """(start, end, verb id, a noun?) of the directive verbs of an operative paragraph, in order."""
    lead, lead_noun, mid, mid_noun, by_form, by_noun, _ = _verb_regexes(v)
    hits: list[tuple[int, int, str, bool]] = []
    m = lead.match(text) or lead_noun.match(text)
    if m:
        verb = by_form.get((m.groupdict().get("verb") or "").lower()) or by_noun.get(
            (m.groupdict().get("noun") or "").lower()
        )
        hits.append((m.start(), m.end(), verb, bool(m.groupdict().get("noun"))))
    # the places the hits cover: a hit starts outside the others and spans a verb, so this stays
    # linear in the paragraph, where testing each match against every hit was quadratic
    covered = {i for h in hits for i in range(h[0], h[1])}
    for rx, table, key in ((mid, by_form, "verb"), (mid_noun, by_noun, "noun")):
        if rx is mid_noun and not REITERATES.match(text):
            continue
        for mm in rx.finditer(text):
            if mm.start(key) > 0 and mm.start(key) not in covered:
                hits.append((mm.start(key), mm.end(key), table[mm.group(key).lower()], key == "noun"))
                covered.update(range(mm.start(key), mm.end(key)))
    hits.sort()
    return hits


def extract(
    blocks: tuple[Block, ...], v: Vocabulary, speaker_of: dict[str, str | None], adopted: str | None = None
) -> tuple[tuple[Mandate, ...], tuple[ReportDue, ...], tuple[MandateTerm, ...]]:
    """(mandates, reports due, mandate terms) of the operative paragraphs of the organ's text and
    of its draft; adopted (ISO date) dates "within 30 days of the adoption of this resolution".
    Reports due are read in reports.py and mandate terms in terms.py, clause by clause."""
    after = _verb_regexes(v)[-1]
    mandates: list[Mandate] = []
    reports: list[ReportDue] = []
    terms: list[MandateTerm] = []
    named = _Named()
    panel = term_clauses.document_panel([b.paragraph.text for b in blocks], v)
    last: tuple[int, tuple[str, ...]] | None = None  # (op, addressees) of the last mandate, for its sub-paragraphs
    for b in blocks:
        p = b.paragraph
        written = p.text
        text = written.translate(SAME_LENGTH)
        if not (p.kind == "operative" and p.part in ("main", "draft")):
            if p.kind == "subparagraph" and last and p.part in ("main", "draft"):
                ctx = _context(text, p, b, v, speaker_of, adopted, named, last[0], panel)
                reports += report_clauses.extract(ctx, 0, len(text), last[1])
            named.put_off(text)
            continue
        hits = _hits(text, v)
        spans_in = _Scan(text, v)
        ctx = _context(text, p, b, v, speaker_of, adopted, named, p.number or 0, panel, spans_in)
        terms += term_clauses.extract(text, p, b, v, speaker_of.get(p.part), adopted, ctx.actors, panel)
        prev: tuple[str, ...] = ()
        prev_end = 0  # end of the previous mandate's addressee window
        joined: list[int] = []  # "Invites and encourages X to": the verbs that share the next one's addressees
        for i, (s, e, verb, noun) in enumerate(hits):
            if s:  # "..., and requests the Office"
                named.put_off(text, partial(spans_in, 0, s), s)
            clause_end = hits[i + 1][0] if i + 1 < len(hits) else len(text)
            if i + 1 < len(hits) and text[e:clause_end].strip() in ("and", "or", ",", "and/or", ", and"):
                joined.append(len(mandates))
            adv = after.match(text, e, clause_end)
            ws, we = _window(text, adv.end() if adv else e, spans_in, clause_end, noun)
            window = text[ws:we]
            if PRONOUN.fullmatch(window.strip()):  # "and encourages them to": whom the paragraph named before
                names = _antecedent(window.strip(), text[prev_end:s], v, named) or prev
                if not names:  # "both parties" with none named before: the alias itself
                    names = tuple(dict.fromkeys(a for a, _, _ in actors_in(window, v, named, heads=True)))
            else:
                spans = spans_in(ws, we)
                found = actors_in(window, v, named, heads=True, spans=spans)
                found = sorted(found + _coordinated(window, spans, v), key=lambda f: (f[1], f[2]))
                names = tuple(dict.fromkeys(a for a, _, _ in found))
                # "encourages further dialogue between the United Nations and the Court": an activity
                activity = bool(ACTIVITY.search(window[: found[0][1]] if found else window))
                if activity:
                    names = ()
                if not names and verb == "decides":
                    names = tuple(n for n in (_speaker_actor(v, speaker_of.get(p.part)),) if n)
                elif not names and not activity and THAT.match(text, e):
                    names = prev  # "..., and recommends that such assistance include"
            # "the Panel of Experts", "the Monitoring Team": the panel the document is about
            names = term_clauses.as_panel(names, window, panel)
            if not names and panel and term_clauses.PANEL_WORDS.search(window):
                names = (panel,)
            named.note(names)
            prev, prev_end = names, we
            mandates.append(
                Mandate(
                    p.number or 0,
                    verb,
                    names,
                    p.index,
                    b.to_source(s, clause_end),
                    written[s:e],
                    written[ws:we].strip(),
                )
            )
            who = names
            found_reports = report_clauses.extract(ctx, s, clause_end, who)
            reports += found_reports
            ctx.before = (found_reports[-1].by,) if found_reports and found_reports[-1].by else who
            last = (p.number or 0, who)
        for j in reversed(joined):
            mandates[j] = replace(mandates[j], addressees=mandates[j + 1].addressees)
        named.put_off(text, partial(spans_in, 0, len(text)))
    return tuple(mandates), tuple(reports), tuple(terms)


def _context(
    text, p, b, v, speaker_of, adopted, named: _Named, op: int, panel: str | None, spans_in=None
) -> ReportContext:
    """What reports and terms read beside a clause: its paragraph, speaker, date, actors named."""
    scan = spans_in or _Scan(text, v)

    def actors(a: int, z: int) -> list[tuple[str, int, int]]:
        return [(x, a + s, a + e) for x, s, e in actors_in(text[a:z], v, named, spans=scan(a, z))]

    def last_named() -> list[str]:
        known = named.asked(v)
        return sorted(known, key=lambda k: -known[k])

    return ReportContext(text, p, b, v, speaker_of.get(p.part), adopted, actors, last_named, op, panel)
