"""A body extended by the kind it is, not by its mandate (and a mandate "of" a generic name, `generic`): "Decides to extend for a period of 12 months, in
accordance with paragraphs 2 to 7 below, the multidimensional presence in Chad and military presence in the
Central African Republic" (S/RES/1861 (2009) op 1: MINURCAT, heldout8 04 op 1), "Extends the special political
mission set out in resolution 1547 for an additional 90 days" (S/RES/1556 (2004) op 15). The body is the one
an acronym right after names, else the mission the document is about (term_panels.document_body); with
neither, no term. A thing of no id extended for a time is named by its noun, as written (`thing`: "decides to
extend the voluntary funding mechanism for 10 years", A/RES/79/254 op 25).

Split from terms.py, which finds the terms and what they are of; nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from resgraph.extract import deadlines as dates
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the kind, as the object of an extension (terms.py's verb pattern, after "the" or "its")
OBJECT = r"(?:[\w-]+\s+){0,2}?(?:presence|(?:special\s+)?political\s+mission)\b"
# right after the extension's words, past a time said first ("to extend for a period of 12 months, in accordance with
# paragraphs 2 to 7 below, the multidimensional presence"), as terms.py's verb pattern reads its object
KIND = re.compile(r"(?:,?\s+(?:until|till|for)\b[^;]{0,80}?,?)?\s+(?:the|its)\s+(?P<words>" + OBJECT + r")", re.I)
ACRONYM = re.compile(r"[^;()]{0,120}?\(([A-Z][A-Z-]{2,}[A-Z])\)")
REACH = 120  # characters before the extension's words where its time may be said
# a time the clause gives: a presence extended in space ("Requests UNMISS ... to extend its presence ... to areas of
# displacement", S/RES/2406 (2018) op 15) is no term
TIME = re.compile(
    r"\b(?:until|till)\s|\bfor\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?period\b|"
    r"\bfor\s++(?:a|an|another)?\s*+(?:additional\s++|further\s++)?(?:\w+|\d+)\s++(?:days|weeks|months|years?)\b",
    re.I,
)


# the resolution that set the kind up, right after it: "the special political mission set out in resolution 1547"
SET_BY = re.compile(
    r"\s+(?:as\s+)?(?:set\s+out|established|created|set\s+up)\s+(?:in|by|under|pursuant\s+to)\s+(?:its\s+)?(?=resolution\b)"
)


def of_kind(
    text: str, e: int, z: int, body: str | None, set_up_by: Callable[[int], str | None] | None = None
) -> tuple[str | None, str] | None:
    """(of, words) of the body an extension ending at text[e] names by its kind in text[:z], for a time
    the clause gives: the acronym named right after the kind, else the body the resolution cited right after it
    set up (`set_up_by(start of "resolution")`: S/RES/1556 (2004) op 15, UNAMIS of resolution 1547, in a text
    about Darfur that names no mission three times), else `body`; (None, "") when no time is given or none
    names the body (no term); None when no kind follows (the object is read otherwise)."""
    m = KIND.match(text, e, z)
    if not m:
        return None
    if not TIME.search(text, max(0, e - REACH), z):
        return None, ""
    acro = ACRONYM.match(text, m.end(), z)
    if acro:
        return acro.group(1), m.group("words")
    by = SET_BY.match(text, m.end(), z)
    set_up = set_up_by(by.end()) if by and set_up_by else None
    if set_up:
        return set_up, m.group("words")
    return (body, m.group("words")) if body else (None, "")


# a mission named by no name of its own: "Decides to extend the mandate of the United Nations mission for a new period
# terminating on 15 February 2009" (UNOMIG, S/RES/1839 (2008) op 1, 1866 op 8)
GENERIC = re.compile(r"(?:United\s+Nations\s+)?(?:[Mm]ission|[Oo]peration|[Oo]ffice|[Ff]orce)")


def generic(name: str, body: str | None) -> tuple[str, str] | None:
    """(body, name) when the name a mandate is "of" is a generic one ("the United Nations mission") and the
    document is about a mission (`body`); None otherwise (the name is read as written)."""
    return (body, name) if body and GENERIC.fullmatch(name) else None


# a thing of no id extended for a time, named by its noun, lower-case (terms.yaml `extended_things`), its time right
# after it: "decides to extend the voluntary funding mechanism for 10 years" (A/RES/79/254 op 25, the heldout47 gold:
# of="voluntary funding mechanism" as written, P10Y); the object of terms.py's verb pattern, after "the" or "its". The
# time is one term_times reads: until a date, or for a count of a unit as term_times.PERIOD reads it ("for a further
# period of two years"), not "for another year", "for several years" or "for monitoring over two years" (no time read,
# so no term)
THING = (
    rf"(?:[\w-]+\s+){{0,3}}?(?-i:{phrases(load().terms['extended_things'])})\b"
    rf"(?=,?\s+(?:until\s+\d|for\s+(?:(?:a|an|another|the)\s+)?(?:(?:{phrases(load().terms['period_adjectives'])})\s+){{0,2}}"
    r"(?:(?:period|duration),?\s+)?(?:of\s+)?"
    + dates.COUNT
    + r"(?:\s*\(\d+\))?[\s-]+(?:(?:additional|further|more)\s+)?"
    r"(?:days?|weeks?|months?|years?)\b))"
)
THING_NAMED = re.compile(r"\s+(?:the|its)\s+(?P<words>" + THING + ")", re.I)


def thing(text: str, e: int, z: int) -> tuple[str, str] | None:
    """(name, words) of the thing of no id an extension ending at text[e] names by its noun (THING), as written;
    None when it names none."""
    m = THING_NAMED.match(text, e, z)
    return (m.group("words"), m.group("words")) if m else None
