"""Aliases: where the vocabulary's aliases of actors are in a paragraph, overlaps settled.

The alias pattern's word scan is most of the cost of reading addressees, so a paragraph's words are
found once (`_Scan`) and each window and clause reads its aliases from them; overlapping aliases are
settled longest first ("the United Nations Office on Drugs and Crime" is the Office), and a generic
head inside a longer name is none ("the Intergovernmental Working Group on ..."). Split from
addressees.py, which reads which actors the aliases of a window name.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from resgraph.vocab import Vocabulary
from resgraph.wordsearch import alternation

# a name's head ends with one of these ("Working Group on", "Committee established pursuant to"); a
# capitalised word before it that no alias ends continues a longer name ("Open-ended Working Group on")
HEAD_PREPOSITIONS = frozenset({"on", "of", "for", "to", "in"})
NAME_BEFORE = re.compile(r"(?<![\w-])(?!The\b)([A-Z][\w-]*)\s+$")
# an acronym alias ("DPO"), and the words of a name it may be defined for, right before its parenthesis
ACRONYM = re.compile(r"[A-Z]{2,}")
NAME_WORD = re.compile(r"[A-Z][\w-]*|(?:of|and|for|on|the|in)(?=\s)")


@lru_cache(maxsize=1024)  # windows repeat: "the Secretary-General", "Member States"
def alias_spans(text: str, v: Vocabulary) -> tuple[tuple[int, int, str], ...]:
    """Aliases in text as (start, end, alias), overlaps settled longest first: "the United Nations
    Office on Drugs and Crime" is the Office, not "the United Nations" and an office."""
    pattern = v.alias_pattern
    return _spans_in(text, pattern.words(text), v, 0, len(text))


def _spans_in(text: str, words, v: Vocabulary, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """alias_spans(text[start:end]) from the words of the whole paragraph (see WordIndexed.words)."""
    # not an alias that goes on, past the window's end, into another name (actors.yaml `guards`)
    spans = _settle(
        [
            (m.start() - start, m.end(1) - start, m.group(1))
            for m in v.alias_pattern.matches_in(text, words, start, end)
            if not ((g := v.goes_on_into(m.group(1))) and g.match(text, m.end(1)))
        ]
    )
    if any(ACRONYM.fullmatch(a) and a in _bracketed(text) for _, _, a in spans):
        spans = tuple(x for x in spans if not (ACRONYM.fullmatch(x[2]) and _redefined(text, x[2], v)))
    heads = _heads(v)
    if not any(a in heads for _, _, a in spans):
        return spans
    return _inside_names(text, spans, start, v)


# an acronym in brackets: "a Data Protection Officer (DPO)"
BRACKETED = re.compile(r"\(([A-Z]{2,})\)")


@lru_cache(maxsize=8)  # a paragraph's windows each ask it of the whole paragraph
def _bracketed(text: str) -> frozenset[str]:
    """The acronyms text has in brackets, found once per paragraph: a window's asking whether its acronym is one
    searched the whole paragraph again for each window (0.36 s at 27,000 characters, 1.3 s at 55,000)."""
    return frozenset(BRACKETED.findall(text))


@lru_cache(maxsize=64)  # (the same: a paragraph's windows ask it for the same acronym)
def _redefined(text: str, acronym: str, v: Vocabulary) -> bool:
    """Whether text defines the acronym for another name, which it then stands for there: "designate a Data
    Protection Officer (DPO) ..., and requests the DPO to cooperate" is no Department of Peace Operations
    (a name whose words' initials spell it, none of whose words is in a name of the acronym's actor: "the United
    Nations Office for Central Africa (UNOCA)" is still the Regional Office). Read only where text has the acronym
    in brackets."""
    ids = v.actors_of_alias(acronym)[0][:1]
    if not ids or ids[0] not in v.actors:  # a State's code: no name of the vocabulary's own to compare
        return False
    for m in re.finditer(r"\(" + re.escape(acronym) + r"\)", text):
        words = list(NAME_WORD.finditer(text, max(0, m.start() - 160), m.start()))
        initials, after = "", m.start()
        for w in reversed(words):
            if text[w.end() : after].strip():  # the name's words stand together
                break
            after = w.start()
            if w.group(0)[0].isupper():
                initials = w.group(0)[0] + initials
            if initials == acronym:
                return not _words(text[w.start() : m.start()]) & _actor_words(ids, v)
            if not acronym.endswith(initials):
                break
    return False


def _words(name: str) -> set[str]:
    """A name's words of four letters or more, lower-cased."""
    return set(re.findall(r"\w{4,}", name.lower()))


@lru_cache(maxsize=256)
def _actor_words(ids: tuple[str, ...], v: Vocabulary) -> frozenset[str]:
    """The words of the actors' labels and aliases (_words)."""
    return frozenset(w for a in ids for x in (v.actors[a].label, *v.actors[a].aliases) for w in _words(x))


@lru_cache(maxsize=4)
def _heads(v: Vocabulary) -> frozenset[str]:
    """The aliases that are the head of a name, a preposition ending them ("Working Group on")."""
    return frozenset(
        a for x in v.actors.values() for a in x.aliases + x.contextual if a.rsplit(" ", 1)[-1] in HEAD_PREPOSITIONS
    )


def _inside_names(text: str, spans, start: int, v: Vocabulary) -> tuple[tuple[int, int, str], ...]:
    """spans without a generic head inside a longer name, the longest name winning ("the
    Intergovernmental Working Group on the Effective Implementation of the Durban Declaration", "the
    CTITF Working Group on Protecting Human Rights": no special procedure, whether or not the name is
    known); after an organ's name the head is the organ's body ("the Security Council Committee
    established pursuant to resolution 1267")."""
    out = []
    for s, e, a in spans:
        if a.rsplit(" ", 1)[-1] in HEAD_PREPOSITIONS:
            at = start + s
            if NAME_BEFORE.search(text, max(0, at - 40), at) and not _organ_before(v).search(text, max(0, at - 80), at):
                continue
        out.append((s, e, a))
    return tuple(out)


@lru_cache(maxsize=4)
def _organ_before(v: Vocabulary) -> re.Pattern[str]:
    """An organ's name just before a place ("the Security Council Committee established pursuant to")."""
    names = {a for o in v.organs.values() if o.actor in v.actors for a in v.actors[o.actor].aliases}
    return re.compile(r"\b(?:" + alternation(names) + r")\s+$")


class _Scan:
    """scan(a, b): the aliases of text[a:b]. The paragraph's words are found once, when first
    asked for, not again for each mandate's clause and window: that scan is most of the cost."""

    def __init__(self, text: str, v: Vocabulary):
        self.text, self.v = text, v
        self.words: list[tuple[int, int, str]] | None = None

    def __call__(self, start: int, end: int, cues: bool = False) -> tuple[tuple[int, int, str], ...]:
        """With cues, the cues of the vocabulary too ("the Convention", vocab.is_cue): they name
        actors for the running record of who was named, but end no window and list nothing."""
        if self.words is None:
            self.words = self.v.alias_pattern.words(self.text)
        spans = _spans_in(self.text, self.words, self.v, start, end)
        if cues or not spans:
            return spans
        cue = self.v.cues
        return spans if all(x[2] not in cue for x in spans) else tuple(x for x in spans if x[2] not in cue)


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
