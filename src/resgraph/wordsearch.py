"""Finding many words and phrases in a text in one pass: what the vocabularies' regexes are made of.

`alternation` writes a list of words as a trie-shaped regex that reads each character once;
`WordIndexed` tries a set of patterns only where a word that can begin one of them starts. The
actors' aliases, the States' names and the citation cues are all matched through them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import lru_cache

_WORD = re.compile(r"\w+")


class WordIndexed:
    """Patterns tried only where a word starts that can begin one of their matches.

    Python's re tries every branch of an alternation at every position, so one regex of some 700
    aliases, run at every word boundary, was most of the extraction time. Here each first word has
    its own small patterns (zero-width, group 1 the match, as `finditer` consumers expect), and
    one regex, in C, finds where to try them: where one of a word's `heads` begins, the texts
    that every match of its patterns begins with (its aliases; by default the word itself).
    "the" alone, the commonest word, would send most words of a text to be tried."""

    def __init__(self, buckets: dict[str, tuple[re.Pattern, ...]], heads: dict[str, tuple[str, ...]] | None = None):
        self.buckets = buckets
        self.heads = heads or {w: (w,) for w in buckets}
        heads_alt = alternation(sorted({h for hs in self.heads.values() for h in hs}))
        # not after "non-": "all parties concerned, including non-State parties" names no States parties, "non-member
        # States" no Member States (S/RES/1296 (2000) op 12); the longer name that opens with "non-" is matched whole
        self._starts = re.compile(r"(?<!\w)(?<![Nn]on[-\u2010\u2011])(?=" + heads_alt + r")(\w+)")  # group 1: the word

    def finditer(self, text: str):
        for w in self._starts.finditer(text):
            for rx in self.buckets.get(w.group(1), ()):
                m = rx.match(text, w.start())
                if m:
                    yield m

    def words(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of the words of text that can begin a match, for `matches_in`."""
        buckets = self.buckets
        return [(w.start(), w.end(), w.group(1)) for w in self._starts.finditer(text) if w.group(1) in buckets]

    def matches_in(self, text: str, words: list[tuple[int, int, str]], start: int, end: int) -> list[re.Match]:
        """What finditer(text[start:end]) finds, at text's positions, from words(text): the clauses
        and windows of a paragraph then cost no scan of their own, the scan being most of the
        cost. The patterns look ahead, never behind their start, so endpos=end reads as the cut;
        only a word that start or end cuts reads otherwise, as its part inside."""
        buckets = self.buckets
        found: list[re.Match] = []
        pos = start
        tail = _WORD.match(text, start, end) if 0 < start < end and _TWO_WORD_CHARS.match(text, start - 1) else None
        if tail:  # a word's tail
            pos = tail.end()
            found += _matches(buckets.get(text[start:pos], ()), text, start, end)
        # by index: a slice of the words from pos on, once per clause and window, was quadratic
        for k in range(bisect_left(words, (pos,)) if pos else 0, len(words)):
            s, e, w = words[k]
            if e > end:
                break
            for rx in buckets[w]:
                m = rx.match(text, s, end)
                if m:
                    found.append(m)
        if pos < end < len(text) and _TWO_WORD_CHARS.match(text, end - 1):  # a word's head
            s = end - 1
            while s > pos and _WORD_CHAR.match(text, s - 1):
                s -= 1
            found += _matches(buckets.get(text[s:end], ()), text, s, end)
        return found

    def __or__(self, other: WordIndexed) -> WordIndexed:
        """Both patterns in one pass over the words."""
        both = {**self.buckets, **other.buckets}
        return WordIndexed(
            {w: self.buckets.get(w, ()) + other.buckets.get(w, ()) for w in both},
            {w: self.heads.get(w, ()) + other.heads.get(w, ()) for w in both},
        )


_WORD_CHAR = re.compile(r"\w")
_TWO_WORD_CHARS = re.compile(r"\w\w")


def _matches(patterns, text: str, pos: int, endpos: int) -> list[re.Match]:
    return [m for m in (rx.match(text, pos, endpos) for rx in patterns) if m]


@lru_cache(maxsize=64)
def hits(rx: re.Pattern, text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of rx.finditer(text), over the whole text once per pattern and text (the
    last 64 kept, some 16 patterns a paragraph): what `found` and its callers look up by index instead of a search per
    report word."""
    found = [m.span() for m in rx.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]


def found(rx: re.Pattern, text: str, pos: int, endpos: int) -> bool:
    """Whether rx.search(text, pos, endpos) finds a match, from the pattern's hits over the whole text: a
    clause's report words each searching the rest (or the start) of their clause was quadratic in a long one.

    The same answer for a pattern that reads nothing right of its match but a \\b after a word character at
    its end (re's pos cuts nothing on the left: a \\b or a look-behind there reads the text before it). Where
    the hits cannot tell, it searches: endpos cutting a word (a \\b at the cut holds in the cut text only),
    a hit across pos (it may hide one that starts after pos), a first hit after pos across endpos (a shorter
    match may end before it). Raises nothing."""
    if 0 < endpos < len(text) and _TWO_WORD_CHARS.match(text, endpos - 1):
        return rx.search(text, pos, endpos) is not None
    starts, ends = hits(rx, text)
    k = bisect_left(starts, pos)
    if k and ends[k - 1] > pos:
        return rx.search(text, pos, endpos) is not None
    if k == len(starts) or starts[k] >= endpos:
        return False
    return ends[k] <= endpos or rx.search(text, starts[k], endpos) is not None


def alternation(words: Iterable[str], tail: Callable[[str], str] = lambda w: "") -> str:
    """A regex of the words, each followed by its tail(word) pattern, that tries them as the
    alternation sorted longest first does, but reads each character once: re tries every branch
    in turn, some 200 aliases for "the". Only words that are prefixes of one another can match
    at one place, and the longer is tried first. (Case-blind, two words that differ only in
    case would both match at one place: pass them lower-cased.)"""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = tail(word)
    return _branches(root)


def unnamed(pattern: str) -> str:
    """pattern with its named groups made plain: a fragment with names written into a larger pattern more than once
    (or beside another that names the same group) would not compile. Raises nothing."""
    return re.sub(r"\?P<\w+>", "?:", pattern)


def phrases(words: Iterable[str]) -> str:
    """A regex of a vocabulary's wording list (a YAML list of words and phrases): their `alternation`, which
    tries the longer of two that share a start first, a space standing for any run of whitespace ("set up"
    reads "set\\n up"). Raises TypeError for an item that is no string: YAML reads a bare on, no, yes or off as a
    boolean, which the list must quote."""
    listed = list(words)
    for w in listed:
        if not isinstance(w, str):
            raise TypeError(f"a wording list holds {w!r}, not a string: quote it in the YAML")
    return alternation(listed).replace(re.escape(" "), r"\s+")


def _branches(node: dict) -> str:
    out = []
    for ch, child in node.items():
        if ch:
            run = ch
            while len(child) == 1 and "" not in child:  # a chain of single children: one literal
                ((c, child),) = child.items()
                run += c
            out.append(re.escape(run) + _branches(child))
    if "" in node:
        out.append(node[""])  # the word ending here, after every longer one
    return out[0] if len(out) == 1 else "(?:" + "|".join(out) + ")"


# characters that re.I matches to an ASCII letter though str.lower() keeps them apart (İ, ı, ſ, K): all there are
CASE_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether a case-blind (re.I) pattern that cannot match without one of words (lower-case, ASCII) may match in
    text: one of them is in text.lower(), or text holds a letter re.I reads as an ASCII one that lower() keeps apart.
    A pattern that opens with \\b or a look-behind is tried at every position of a text, where `in` finds a word in
    C: a paragraph without the word is not searched (same matches, less time)."""
    low = text.lower()
    return any(w in low for w in words) or CASE_FOLDS.search(text) is not None


def first_word(s: str) -> str:
    """The first word of an alias (the vocabulary indexes its aliases by it); ValueError for an alias
    that does not start with a letter or digit (a vocabulary entry to fix)."""
    m = _WORD.match(s)
    if not m:
        raise ValueError(f"an alias must start with a letter or digit: {s!r}")
    return m.group()


_IZE = re.compile(r"(?<=[a-z]{4})iz(?=(?:ations?|e|ed|es|ing)\b)")


# "the Special Representative of the Secretary General on Sexual Violence in Conflict" (heldout16 S/RES/1960 (2010) op
# 7; twenty names of envoys and representatives in corpus-full): the title with no hyphen
_SG = re.compile(r"(?<=\S )Secretary-General\b")


def both_spellings(words: Iterable[str] | None) -> tuple[str, ...]:
    """Each of words as written and, where it has one, in the other spelling ("relevant organizations",
    "relevant organisations"): the vocabulary writes -ize, the Security Council's texts -ise since about
    2016 ("calls on Member States and relevant organisations", S/RES/2759 (2024) op 52); and a name that holds
    "Secretary-General" after another word ("Special Envoy of the Secretary-General") with the title written
    "Secretary General" too."""
    spelt = (x for w in words or () for x in (w, _IZE.sub("is", w)))
    return tuple(dict.fromkeys(y for x in spelt for y in (x, _SG.sub("Secretary General", x))))
