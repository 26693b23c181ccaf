"""Which of the directive verbs' patterns a paragraph can match at all: the words each cannot match without.

The patterns that read a verb after a paragraph's first (directives.find's mid, mid_renewed, unpunctuated and
unpunctuated_renewed; directive_asides' bare verbs) open with a separator or any word, so re tries them at every
position of every paragraph, where most paragraphs of the open corpus hold no verb's form after their first word (7 in
10), no adverb (4 in 5) or no verb that restates a mandate (19 in 20). Each pattern reads these words as written (no
re.I there), so a paragraph that lacks all of a pattern's words, looked for with `in` (C), is not scanned by it: the
same hits, in a fraction of the time.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from resgraph.vocab import Vocabulary


class Present(NamedTuple):
    """What a paragraph holds after its first character: a verb's form's first word in lower case (verbs), or that
    or the capitalised one of a third person's form (any_verb), an adverb, a verb that restates a mandate."""

    verbs: bool
    any_verb: bool
    adverbs: bool
    restating: bool


def _fewest(words: set[str]) -> tuple[str, ...]:
    """words less those that hold another of them ("requests" holds "request"): one `in` finds both."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


@lru_cache(maxsize=4)
def needed(v: Vocabulary) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(the first words of verbs.yaml's forms, those and the capitalised ones of the forms in -s that directives reads
    inside a paragraph ("and Requests"), the adverbs, the restating verbs with "reiterates")."""
    firsts = {f.split()[0] for d in v.verbs.values() for f in d.get("forms") or ()}
    caps = {w[0].upper() + w[1:] for w in firsts if w.endswith("s")}
    restating = {*(v.restating.get("its_or_the") or ()), *(v.restating.get("its") or ()), "reiterates"}
    return _fewest(firsts), _fewest(firsts | caps), _fewest(set(v.adverbs)), _fewest(restating)


def _any(text: str, words: tuple[str, ...]) -> bool:
    return any(text.find(w, 1) >= 0 for w in words)


def present(text: str, v: Vocabulary) -> Present:
    """Which of the needed words text holds after its first character (a verb read after a separator or a word is
    never at 0)."""
    verbs, any_verb, adverbs, restating = needed(v)
    return Present(_any(text, verbs), _any(text, any_verb), _any(text, adverbs), _any(text, restating))


def holds_verb(text: str, v: Vocabulary) -> bool:
    """Whether text holds a verb's form's first word in lower case after its first character."""
    return _any(text, needed(v)[0])
