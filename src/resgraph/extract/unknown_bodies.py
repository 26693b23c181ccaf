"""Bodies a text names that the vocabulary lacks, for the running record of who was named.

"Also welcomes the establishment ... of a National Commission on Transitional Justice and encourages
the Commission to seek accountability" (A/RES/80/224 op 3): "the Commission" is the commission named
last, and that one is no actor of ontology/vocab/actors.yaml; without a note of it, the contextual
alias stood for the Commission of Inquiry named before. named._Named notes such a name as
UNKNOWN + its head word ("?Commission"), and addressees.actors_in reads a contextual alias named
after it as standing for no actor.

A head the vocabulary itself names generically ("Working Group": ExpertGroup, the default of "the
Working Group") is noted as that actor: "Welcomes the work of the Open-ended Working Group on Ageing,
and invites the Working Group to continue its work" is that intergovernmental group, not the
Council's Working Group on Children and Armed Conflict named in an earlier paragraph (_generic).
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract.addressees import OFFICER, UNKNOWN
from resgraph.extract.aliases import alias_spans
from resgraph.vocab import Vocabulary

# a name going on after its head: "the United Nations Regional Centre for the Sustainable Development
# Goals" is another centre than "the Regional Centre"
GOES_ON = re.compile(r"\s+(?:of|for|on|against|in)\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=4)
def _generic(v: Vocabulary) -> dict[str, str]:
    """head -> actor, for the contextual aliases "the <Head Words>" whose bare head is an alias of the
    actor they default to ("Working Group" -> ExpertGroup): any such body named, known or not, is
    one of that kind, unless an alias of an actor sharing the contextual alias names it."""
    out = {}
    for act in v.actors.values():
        for a in act.contextual:
            if re.fullmatch(r"the [A-Z][a-z]+(?: [A-Z][a-z]+)?", a):
                default, bare = v.default_of_alias(a), v.actors_of_alias(a[4:])[0]
                if default and bare and bare[0] == default[0]:
                    out[a[4:]] = default[0]
    return out


@lru_cache(maxsize=4)
def _heads(v: Vocabulary) -> frozenset[str]:
    """The head words of the contextual aliases "the <Head>", officers' ("the Chair") left out."""
    return frozenset(
        a[4:]
        for act in v.actors.values()
        for a in act.contextual
        if re.fullmatch(r"the [A-Z][a-z]+", a) and not OFFICER.match(a[4:] + " of ")
    )


@lru_cache(maxsize=4)
def _unknown_pattern(v: Vocabulary) -> re.Pattern[str] | None:
    """A proper name of a body ending in, or opening with, the head word of a contextual alias ("the
    Commission": "National Commission on Transitional Justice", "Commission on Missing Persons");
    officers' ("the Chair", "the President") are left out. A generic head of two words ("Working
    Group") is no name's last word ("Informal Working" + "Group")."""
    heads = _heads(v) | set(_generic(v))
    if not heads:
        return None
    alt = "|".join(sorted(heads, key=len, reverse=True))
    # "the Working Group established pursuant to resolution 1566 (2004)": a generic head's new group
    generic = "|".join(map(re.escape, _generic(v))) or "(?!)"
    # after an article: a paragraph's opening verb ("Invites Forum members") is no part of a name
    return re.compile(
        rf"\b(?:the|a|an)\s+(?:(?P<n>(?:(?!(?:{generic})\b)[A-Z][\w’'-]*\s+){{1,5}})(?P<a>{alt})\b"
        rf"|(?P<b>{alt})\s+(?:on|of|for)\s+(?:the\s+)?[A-Z]|(?P<c>{generic})\s+(?=established\b))"
    )


def unknown_bodies(text: str, v: Vocabulary, spans=None) -> list[tuple[str, int, int]]:
    """Bodies text names that the vocabulary lacks, of the kinds its contextual aliases stand for
    (_unknown_pattern), as (UNKNOWN + head word, start, end), for the record of who was named: a
    name that overlaps an alias of the vocabulary is that actor's, not an unknown one, and one that
    begins as an alias of an actor the contextual alias stands for, written otherwise, is that actor."""
    rx = _unknown_pattern(v)
    if rx is None:
        return []
    if spans is None:
        spans = alias_spans(text, v)
    out = []
    generic = _generic(v)
    for m in rx.finditer(text):
        head = m.group("a") or m.group("b") or m.group("c")
        s, e = m.start(), m.end()
        if head in generic:
            # ("the Working Group established pursuant to resolution 1566 (2004)": the contextual alias itself
            # names a new group; another alias names its own actor: "its Working Group on Children and Armed
            # Conflict", "the Intergovernmental Working Group", "the Kimberley Process Working Group on Monitoring")
            if any(a < e and s < b and x != "the " + head for a, b, x in spans):
                continue
            out.append((generic[head], s, e))
            last = head.rsplit(" ", 1)[-1]  # and one of its last word's kind: "the Group" after it is no known group
            out += [(UNKNOWN + last, s, e)] if last in _heads(v) else []
            continue
        if any(a < e and s < b for a, b, _ in spans):
            continue
        # "the Scientific Committee for conducting": a contextual alias of the vocabulary, cut off
        # where a name might go on ("for"), is still its actor
        words = (m.group("n") or "").split()
        if not GOES_ON.match(text, e) and any(
            v.actors_of_alias(" ".join(["the", *words[i:], head]))[0] for i in range(len(words))
        ):
            continue
        # "the Office of the High Commissioner for seeking durable solutions": a contextual alias cut off
        # by a name's "for" (A/RES/76/143 op 57) names no body; read as a misspelt name, it was the first
        # "Office of the ..." of the vocabulary (the Office for Human Rights in the refugee texts)
        if m.group("b") and any(text.startswith(c, m.start("b")) for c in _long_contextual(v)):
            continue
        known = _misspelt(
            text, m.start("n") if m.group("n") else m.start("b"), len(words) + 3, _names_of(v).get(head, ())
        )
        out.append((known or UNKNOWN + head, s, e))
    return out


@lru_cache(maxsize=4)
def _long_contextual(v: Vocabulary) -> tuple[str, ...]:
    """The contextual aliases of more than one word, without their article ("Office of the High Commissioner")."""
    return tuple({c.removeprefix("the ") for act in v.actors.values() for c in act.contextual if " of " in c})


@lru_cache(maxsize=4)
def _names_of(v: Vocabulary) -> dict[str, tuple[tuple[str, str], ...]]:
    """head word -> (alias lower-cased, actor) of the actors a contextual alias "the <head>" stands for."""
    out: dict[str, list[tuple[str, str]]] = {}
    for act in v.actors.values():
        for c in act.contextual:
            if c.startswith("the "):
                out.setdefault(c[4:], []).extend((a.lower(), act.id) for a in act.aliases)
    return {k: tuple(x) for k, x in out.items()}


def _misspelt(text: str, at: int, words: int, names: tuple[tuple[str, str], ...]) -> str | None:
    """The actor whose alias the name at `at` is, in its first `words` words, written otherwise ("the
    Division for Ocean Affairs and the law of the Sea", A/RES/78/69 op 6), else None."""
    probe = " ".join(text[at : at + 120].lower().split()[:words])
    return next((a for n, a in names if n.startswith(probe) or probe.startswith(n)), None)
