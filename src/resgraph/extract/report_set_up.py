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
from bisect import bisect_right
from collections.abc import Callable

from resgraph import wordsearch
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# (the verbs are data: ontology/vocab/reports.yaml `setting_up` `verbs`)
SET_UP = re.compile(
    rf"\b(?:{phrases(load().reports['setting_up']['verbs'])})\b",
    re.I,
)
NEW_ONE = re.compile(r"\ban?\s+(?:(?!(?:of|and|or|to|the|for|in|on|by|with)\b)[a-z][\w\u2010\u2011-]*\s+){0,3}$")
REACH = 400  # how far after its verb the body set up may be named, past asides ("starting from 2021, with a view ...")

Actors = Callable[[int, int], list[tuple[str, int, int]]]


def body(text: str, at: int, actors: Actors, own: str | None) -> tuple[str, int, int] | None:
    """(actor, start, end) of the body the last set-up verb before text[at] makes in its clause (no semicolon
    between), never the organ `own` (the speaker or the report's receiver); None where none is named so."""
    ends = wordsearch.hits(SET_UP, text)[1]
    # (by index, each report searching the paragraph from its start was quadratic: a verb cut at at, "establish" of
    # "establishes", ends there and names nothing before it)
    for end in reversed(ends[: bisect_right(ends, at)]):
        for x, s, e in actors(end, min(at, end + REACH)):
            if ";" in text[end:s]:
                break
            if x != own and NEW_ONE.search(text, max(end, s - 80), s):
                return x, s, e
    return None


def listed_tasks_of(text: str, actors: Actors, own: str | None) -> str | None:
    """The body a paragraph ending in a colon sets up ("Decides to convene ... an open-ended working group:"),
    whose tasks its sub-paragraphs list; None for any other paragraph."""
    if not text.rstrip().endswith(":"):
        return None
    found = body(text, len(text), actors, own)
    return found[0] if found else None
