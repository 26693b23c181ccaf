"""Who a request for a product names no one for is made of: the actor asked to produce it.

"Requests Somalia to provide an additional report by 30 April 2023, and further requests that this report
includes an updated force generation plan" (S/RES/2670 (2022) op 2): the report's maker, Somalia, is asked
what the report shall hold, though the second request names no actor. Likewise "requests these reports
contain updates" (the Secretary-General's reports, S/RES/2687 (2023) op 44), "further requests that this
strategy ensures" (the strategy the Secretary-General was asked to initiate, heldout7 S/RES/2447 (2018) op 14),
"requests that such review be conveyed" (S/RES/2640 (2022) op 58), "Further requests that the report include"
(the report the paragraph before asked of the Secretary-General, heldout10 S/RES/2195 (2014) op 21), "further
requests in this regard, specific reporting on" (who the paragraph asked to report, heldout4 S/RES/2520 (2020)
op 36) and "requests that any obstacles encountered to the fulfilment of its mandate ... be reported" (whose
mandate: the Panel the paragraph asked, heldout5 S/RES/2340 (2017) op 3).

The maker is the actor the clause that first named the product asks or names first (its antecedent: the
last earlier mention of the product's noun in the paragraph, else in the operative paragraph before it); with
no antecedent, whom the paragraph's previous mandate asked. A request for a product nobody was asked for
("Requests that progress ... be measured", "requests the extension of the certification process") keeps no
addressee. Called by mandates.py for a request whose window names no actor; raises nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resgraph.extract.addressees import actors_in
from resgraph.extract.pronouns import own_clause
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

if TYPE_CHECKING:
    from resgraph.extract.named import _Named

# "in this regard, these reports", "that the first written report", "the framework to also include": a product
# named as one the reader knows (a demonstrative or "the"), with at most three modifiers before its noun
# (not "the following reports", a list each item of which names its maker; not "the submission of the report")
LINKED = r"(?:(?:in|to)\s+(?:this|that)\s+(?:regard|respect|context|end),?\s+)?"
PRODUCT = re.compile(
    LINKED
    + r"(?:that\s+)?(?:this|these|the|such|those)\s+(?:(?!(?:following|of|on|and|or|to|the|for|in|with|by|from|at|an?|its|their|his|her)\b)[\w-]+\s+){0,3}?"
    r"(?P<noun>reports?|strateg(?:y|ies)|frameworks?|assessments?|reviews?|plans?|stud(?:y|ies)|updates?)\b"
    r"(?!\s+of\b|['’])",
    re.I,
)
# "specific reporting on", "regular updates on this force generation through the Secretary-General": reporting
# asked for with no reporter named, whom the paragraph asked before
# (the adjectives and the participles of MADE_BY are data: ontology/vocab/mandates.yaml `products`)
_PRODUCTS = load().mandates["products"]
REPORTING = re.compile(
    LINKED + rf"(?:(?:{phrases(_PRODUCTS['reporting_adjectives'])})\s+)*"
    r"(?:reporting|updates?|briefings?)\s+(?:on|to|regarding|every|through|by|no\s+later)\b",
    re.I,
)
# "that any obstacles encountered to the fulfilment of its mandate ... be reported": a thing of whom the
# paragraph asked before, to be done (a passive), the doer left unsaid
THEIR_THING = re.compile(r"(?:that\s+)?[^;:]{1,200}?\b(?:its|their)\s+mandate\b[^;:]{0,200}?\sbe\s+[a-z]+ed\b", re.I)
# where the clause that names a product begins: "that" ("its request that the Secretary-General initiate ... a
# revised strategy"), a semicolon, or an item's letter
CLAUSE_OPEN = re.compile(r"\bthat\s|;|:")
# "all reports produced by the Office": the maker the mention itself names
MADE_BY = re.compile(rf"\w*\s+(?:{phrases(_PRODUCTS['made_by'])})\s+by\s+")
INFINITIVE = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?[a-z]")


def _stem(noun: str) -> str:
    """The noun's stem as written in any number: report, strateg, stud."""
    n = noun.lower()
    return n[:-3] if n.endswith("ies") else n[:-1] if n.endswith("y") else n.rstrip("s")


def _maker(text: str, stem: str, v: Vocabulary, named: _Named, speaker: str | None) -> tuple[str, ...]:
    """Whom the clause of the last mention of stem in text names first (those before its infinitive when
    one follows them: "requests Somalia to provide an additional report"), () when text names none."""
    mentions = list(re.finditer(rf"\b{re.escape(stem)}\w*", text, re.I))
    if not mentions:
        return ()
    at = mentions[-1].start()
    by = MADE_BY.match(text, mentions[-1].end())
    if by:
        makers = actors_in(text[by.end() : by.end() + 120], v, named)
        return (makers[0][0],) if makers and makers[0][1] <= 4 else ()  # "the " at most before it
    # the clause that names it, or the one before when it names no one ("b. from the Secretary-General: i. an
    # update on ... the technical assessment report ..., and requests that this assessment is", S/RES/2713 (2023)
    # op 45), never past a clause of the organ's own
    own = [m.end() for m in own_clause(v).finditer(text, 0, at)]
    opens = sorted({0, *own, *(m.end() for m in CLAUSE_OPEN.finditer(text, 0, at))}, reverse=True)
    found: list[tuple[str, int, int]] = []
    start = 0
    for start in opens:
        found = [(a, s, e) for a, s, e in actors_in(text[start:at], v, named) if a != speaker]
        if found or start in own:
            break
    if not found:
        return ()
    infinitive = INFINITIVE.search(text, start + found[0][2], at)
    if infinitive is None:
        return (found[0][0],)
    return tuple(dict.fromkeys(a for a, s, _ in found if start + s < infinitive.start()))


def maker(
    text: str,
    at: tuple[int, int, int],
    v: Vocabulary,
    named: _Named,
    prev: tuple[str, ...],
    before: str,
    speaker: str | None,
) -> tuple[str, ...]:
    """Who makes the product a request names no one for (at: the verb's start, the window's start and end in
    text, the paragraph); prev: whom the paragraph's previous mandate asked; before: the operative paragraph
    before it. () when the window asks for no product of anyone's."""
    s, ws, we = at
    window = text[ws:we]
    product = PRODUCT.match(window)
    if product:
        stem = _stem(product.group("noun"))
        return _maker(text[:s], stem, v, named, speaker) or prev or _maker(before, stem, v, named, speaker)
    if REPORTING.match(window) or THEIR_THING.match(text, ws, ws + 400):
        return prev
    return ()
