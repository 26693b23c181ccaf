"""The body a paragraph sets up, as the reporter of the reports among its tasks: "Decides to convene,
beginning in 2022, an open-ended working group: ... (d) To submit a report to the General Assembly at its
seventy-eighth session" (A/RES/76/231 op 5), "Decides to convene, starting from 2021, ..., a new
open-ended working group ..., to continue ...; and to submit ... annual progress reports and a final
report ... to the General Assembly" (A/RES/75/240 op 1). The organ that speaks was read as reporter and
receiver of those reports, which then had none (SHACL: a report due without a reporter).

What is set up is new, named after an indefinite article and up to three lower-case modifiers ("an ad hoc
working group", "a new open-ended working group"), not "the United Nations" an aside names on the way.
Used by report_unknown (a clause's own text) and mandates (a paragraph that ends in a colon, whose
sub-paragraphs list the body's tasks). Raises nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import islice

from resgraph import wordsearch
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

# (the verbs are data: ontology/vocab/reports.yaml `setting_up` `verbs`)
SET_UP = re.compile(
    rf"\b(?:{phrases(load().reports['setting_up']['verbs'])})\b",
    re.I,
)
NEW_ONE = re.compile(r"\ban?\s+(?:(?!(?:of|and|or|to|the|for|in|on|by|with)\b)[a-z][\w\u2010\u2011-]*\s+){0,3}$")
SEMICOLON = re.compile(";")
TWO_WORD_CHARS = re.compile(r"\w\w")
REACH = 400  # how far after its verb the body set up may be named, past asides ("starting from 2021, with a view ...")
# how many set-up verbs that may name a body body() reads before a report, the last first: a paragraph of the open
# corpus has at most three set-up verbs
TRIED = 8

Actors = Callable[[int, int], list[tuple[str, int, int]]]


def body(
    text: str, at: int, actors: Actors, own: str | None, v: Vocabulary | None = None
) -> tuple[str, int, int] | None:
    """(actor, start, end) of the body the last set-up verb before text[at] makes in its clause (no semicolon
    between), never the organ `own` (the speaker or the report's receiver); None where none is named so. With the
    vocabulary v of `actors`, only the verbs that may name one are read (_may_name); the last TRIED of them only (each
    report of a paragraph read the actors after every verb before it that named a body rejected, the organ `own` or
    one not set up: quadratic in a paragraph of many, "establish a General Assembly to report to the General Assembly"
    repeated)."""
    ends = wordsearch.hits(SET_UP, text)[1]
    # (by index, each report searching the paragraph from its start was quadratic: a verb cut at at, "establish" of
    # "establishes", ends there and names nothing before it)
    k = bisect_right(ends, at)
    verbs = reversed(ends[:k]) if v is None else _verbs(text, v, ends, k, at)
    for end in islice(verbs, TRIED):
        for x, s, e in actors(end, min(at, end + REACH)):
            if ";" in text[end:s]:
                break
            if x != own and NEW_ONE.search(text, max(end, s - 80), s):
                return x, s, e
    return None


def _verbs(text: str, v: Vocabulary, ends: list[int], k: int, at: int) -> Iterator[int]:
    """The ends of the first k set-up verbs (ends) that may name a body before text[at], the last first: those whose
    reach at cuts read as such, the others from the list of them read once per paragraph (reading the actors after
    every verb of the paragraph for each of its reports was quadratic in a paragraph of many verbs and reports)."""
    j = bisect_right(ends, at - REACH, 0, k)  # before j, the verbs at does not cut
    yield from (end for end in reversed(ends[j:k]) if _may_name(text, v, end, min(at, end + REACH)))
    uncut = _named_after(text, v)
    yield from (ends[i] for i in reversed(uncut[: bisect_left(uncut, j)]))


@lru_cache(maxsize=8)
def _named_after(text: str, v: Vocabulary) -> list[int]:
    """The indexes of the set-up verbs of text (in wordsearch.hits) that may name a body within their reach."""
    ends = wordsearch.hits(SET_UP, text)[1]
    return [i for i, end in enumerate(ends) if end + REACH <= len(text) and _may_name(text, v, end, end + REACH)]


def _may_name(text: str, v: Vocabulary, end: int, z: int) -> bool:
    """Whether the actors of text[end:z] may hold one body() takes: it starts before the first ";" after end where a
    word an alias can start with (v.alias_pattern's words) follows NEW_ONE, or in the word z cuts (read there as its
    head). What body() needs of an actor it returns, so a verb with none names no body (no actors read)."""
    if 0 < z < len(text) and TWO_WORD_CHARS.match(text, z - 1):  # (a word cut at z: read as body() reads it)
        return True
    semicolons = wordsearch.hits(SEMICOLON, text)[0]
    q = bisect_left(semicolons, end)
    stop = min(z, semicolons[q] + 1) if q < len(semicolons) else z
    news = _new_ones(text, v)
    i = bisect_left(news, end)
    return i < len(news) and news[i] < stop


@lru_cache(maxsize=8)
def _new_ones(text: str, v: Vocabulary) -> list[int]:
    """The starts of the words of text an alias can start with that follow NEW_ONE ("a new open-ended working
    group"), in order: where body() may find a body set up."""
    return [s for s, _, _ in v.alias_pattern.words(text) if NEW_ONE.search(text, max(0, s - 80), s)]


def listed_tasks_of(text: str, actors: Actors, own: str | None) -> str | None:
    """The body a paragraph ending in a colon sets up ("Decides to convene ... an open-ended working group:"),
    whose tasks its sub-paragraphs list; None for any other paragraph."""
    if not text.rstrip().endswith(":"):
        return None
    found = body(text, len(text), actors, own)
    return found[0] if found else None
