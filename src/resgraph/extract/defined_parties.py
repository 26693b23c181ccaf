"""Parties a text defines: "the Government of Mali and the Plateforme and Coordination armed groups (“the Malian
parties”)" makes "the Malian parties" wherever the text uses the term again the State beside the armed groups, not the
parties alone that a demonym's parties are where no text defines them (mandates.yaml `defined_parties`).

Read once per document, before its operative paragraphs, so that the term stands for its State in every paragraph
that uses it (S/RES/2584 (2021) ops 4, 10, 12, 53 after op 3's definition), and so, as intended, in the paragraphs
before its definition too: a text that defines a term means it throughout. The State must be named as an actor ("the
Government of Mali", "Mali" as a party), not as a place ("the signatory armed groups in Mali (“the Malian parties”)"
are the groups alone). The term is looked up with its spacing collapsed and its case folded (key), so a line break inside
it ("the Malian\nparties") still finds the vocabulary's alias. The definition's own words are bounded
(its demonym, a few capitalised words, and the words before its bracket back to the clause's start, at most
WINDOW characters), so the scan stays linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from resgraph.vocab import STATE, Vocabulary
from resgraph.wordsearch import phrases

# how far back from its bracket a definition's actors are read, and where its clause starts
WINDOW = 400
CLAUSE_START = re.compile(r"[;:]")


def key(term: str) -> str:
    """A defined term as it is looked up: spaces collapsed and case folded, so that the vocabulary's alias ("Malian
    parties") finds the text's own spelling ("Malian\nparties")."""
    return " ".join(term.split()).casefold()


def states(defined: dict[str, tuple[str, ...]], alias: str) -> tuple[str, ...]:
    """The States a defined term (`defined`, as `defined` returns) holds for an alias found in a text; none at once in
    the many texts that define none, with no key built (addressees.actors_in asks this for every alias it reads)."""
    return defined.get(key(alias), ()) if defined else ()


@lru_cache(maxsize=4)
def _pattern(v: Vocabulary) -> re.Pattern:
    """A quoted term in brackets, as mandates.yaml `defined_parties` spells it: an optional mark ("hereinafter referred
    to as"), an optional "the", up to three capitalised words (the demonym) and a head ("parties")."""
    words = v.mandates.get("defined_parties") or {}
    marks, heads = phrases(words.get("marks") or ("hereinafter",)), phrases(words.get("heads") or ("parties",))
    return re.compile(
        rf"\(\s*(?:(?:{marks})\s+)?[“\"](?:the\s+)?(?P<adj>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})\s+"
        rf"(?P<head>{heads})[”\"]\s*\)"
    )


def defined(texts: Iterable[str], v: Vocabulary) -> dict[str, tuple[str, ...]]:
    """The demonyms' parties the texts define, as their alias ("Malian parties") -> the State the definition names
    ("state:MLI"): a term whose demonym's State is not among the actors named before its bracket is none."""
    from resgraph.extract.addressees import actors_in  # (addressees reads what this returns, through _Named)
    from resgraph.extract.named import _Named

    out: dict[str, tuple[str, ...]] = {}
    pattern = _pattern(v)
    for text in texts:
        if "(" not in text:
            continue
        for m in pattern.finditer(text):
            state = v.state_of_alias(m.group("adj"))
            if not state or not state.startswith(STATE):
                continue
            start = max(0, m.start() - WINDOW)
            clause = [c.end() for c in CLAUSE_START.finditer(text, start, m.start())]
            window = text[clause[-1] if clause else start : m.start()]
            # (as an actor, not a place: "the armed groups in Mali" name no Government)
            if state in {a for a, _, _ in actors_in(window, v, _Named())}:
                out[key(m.group("adj") + " " + m.group("head"))] = (state,)
    return out
