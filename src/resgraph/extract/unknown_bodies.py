"""Bodies a text names that the vocabulary lacks, for the running record of who was named.

"Also welcomes the establishment ... of a National Commission on Transitional Justice and encourages
the Commission to seek accountability" (A/RES/80/224 op 3): "the Commission" is the commission named
last, and that one is no actor of ontology/vocab/actors.yaml; without a note of it, the contextual
alias stood for the Commission of Inquiry named before. mandates._Named notes such a name as
UNKNOWN + its head word ("?Commission"), and addressees.actors_in reads a contextual alias named
after it as standing for no actor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract.addressees import OFFICER, UNKNOWN, _alias_spans
from resgraph.vocab import Vocabulary


@lru_cache(maxsize=4)
def _unknown_pattern(v: Vocabulary) -> re.Pattern[str] | None:
    """A proper name of a body ending in, or opening with, the head word of a contextual alias ("the
    Commission": "National Commission on Transitional Justice", "Commission on Missing Persons");
    officers' ("the Chair", "the President") are left out."""
    heads = sorted(
        {
            a[4:]
            for act in v.actors.values()
            for a in act.contextual
            if re.fullmatch(r"the [A-Z][a-z]+", a) and not OFFICER.match(a[4:] + " of ")
        }
    )
    if not heads:
        return None
    alt = "|".join(heads)
    # after an article: a paragraph's opening verb ("Invites Forum members") is no part of a name
    return re.compile(
        rf"\b(?:the|a|an)\s+(?:(?P<n>(?:[A-Z][\w’'-]*\s+){{1,5}})(?P<a>{alt})\b|(?P<b>{alt})\s+(?:on|of|for)\s+"
        rf"(?:the\s+)?[A-Z])"
    )


def unknown_bodies(text: str, v: Vocabulary, spans=None) -> list[tuple[str, int, int]]:
    """Bodies text names that the vocabulary lacks, of the kinds its contextual aliases stand for
    (_unknown_pattern), as (UNKNOWN + head word, start, end), for the record of who was named: a
    name that overlaps an alias of the vocabulary is that actor's, not an unknown one."""
    rx = _unknown_pattern(v)
    if rx is None:
        return []
    if spans is None:
        spans = _alias_spans(text, v)
    out = []
    for m in rx.finditer(text):
        head = m.group("a") or m.group("b")
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b, _ in spans):
            continue
        # "the Scientific Committee for conducting": a contextual alias of the vocabulary, cut off
        # where a name might go on ("for"), is still its actor
        words = (m.group("n") or "").split()
        if any(v.actors_of_alias(" ".join(["the", *words[i:], head]))[0] for i in range(len(words))):
            continue
        out.append((UNKNOWN + head, s, e))
    return out
