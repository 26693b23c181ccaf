"""An authorized strength the Council sets for a time: kept, reduced or raised "until" a date, or raised "for the
period from ... to" a date, is a term of the mission's authorization, as the golds read it: "Decides to maintain the
authorized troop ceiling of 3,250 until 15 November 2025" (heldout16 S/RES/2760 (2024) op 4: T authorizes of=UNISFA;
S/RES/2802 (2025) op 5, "UNISFA's authorized troop ceiling of 4,791 until 15 October 2018", S/RES/2386, 2412, 2438),
"Decides to reduce the authorized troop ceiling to 3,250 until 15 May 2022" (heldout17 S/RES/2609 (2021) op 4;
S/RES/2416, 2445 (2018)), "Maintains the authorized troop ceiling at 3,550 until 15 May 2021" (S/RES/2550 (2020) op
4), "Decides that UNAMID shall maintain its current troop and police ceilings until 31 May 2020" (heldout17 S/RES/2517
(2020) op 1: an authorization, not an extension of UNAMID; S/RES/2523 op 1, and "decides that until 31 March 2020
UNAMID shall maintain its current troop and police ceilings", S/RES/2495 (2019) op 4), "Decides that MONUSCO's
authorised troop ceiling will comprise 13,500 military personnel ..., until June 30th 2024" (S/RES/2717 (2023) op 30),
"Authorizes a temporary increase in UNMIL's personnel ceiling ... for the period from 15 November 2005 to 31 March
2006" (heldout15 S/RES/1626 (2005) op 6). As heldout10 09 op 1 "authorizes the continuation until that date of up
to 19,815 military personnel". Set with no time ("Decides to maintain the current authorized strength of UNMIL's
police component at 1,795 personnel", S/RES/2116 (2013) op 5; "Decides to increase the authorized troop ceiling for
UNISFA to 5,326", S/RES/2104 (2013) op 2) it is no term: terms.py gives an authorization none without a time.

Split from terms.py, which finds the terms; nothing here raises.
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the strength: "the (current) authorized troop ceiling", "UNISFA's authorized troop ceiling", "the authorized
# strength of UNMIL's police component", "its current troop and police ceilings" (a ceiling needs no "authorized",
# a strength or level does: "maintain the level of support" is none) (bounded runs, no quantifier follows another; the
# kinds and the verbs that set them are data: ontology/vocab/terms.yaml `ceiling`)
_CEILING = load().terms["ceiling"]
_KINDS = rf"(?:(?:{phrases(_CEILING['kinds'])})\s+(?:and\s+)?){{0,3}}"
OBJECT = (
    rf"(?:the\s+|its\s+)?(?:(?:{phrases(_CEILING['adjectives'])})\s+)?(?:[A-Z][\w-]{{1,20}}(?:’s|'s)\s+)?"
    r"(?:authori[sz]ed\s+" + _KINDS + r"(?:ceilings?|strength|levels?)|" + _KINDS + r"ceilings?)\b"
)
# the kinds said after the ceiling: "UNAMID's authorised ceiling for troops and police shall be reduced" (S/RES/2363
# (2017) op 5, a ceiling for a time: heldout35 18; S/RES/2429 (2018) op 5, its reduction over the renewal period, no
# time of its own, no term), "for military and police personnel", "for troops, police and civilians": up to three kinds
# or strength nouns, joined by "and" or a comma, then a strength noun (bounded; each word ends at its separator)
_KIND_OR_STRENGTH = phrases(dict.fromkeys([*_CEILING["kinds"], *_CEILING["strength"]]))
_FOR_KINDS = (
    rf"(?:\s+for\s+(?:(?:{_KIND_OR_STRENGTH})(?:,?\s+and\s+|,\s+|\s+)){{0,3}}(?:{phrases(_CEILING['strength'])})\b)?"
)
# a verb that sets it, its time maybe first ("maintain, until 15 May 2021, the authorized troop ceiling"); a rise
# authorized ("Authorizes a temporary increase in UNMIL's personnel ceiling"); the strength as the subject of what
# it will be ("MONUSCO's authorised troop ceiling will comprise")
PATTERN = (
    rf"\b(?:{phrases(_CEILING['verbs'])})\b"
    r"(?=(?:,?\s+(?:until|till)\s+[^,;]{1,40}?,?)?\s+" + OBJECT + r")|"
    r"\bauthori[sz]es\s+(?:an?\s+)?(?:temporary\s+|further\s+)?(?:increase|reduction)\s+(?:in|of)\s+(?="
    + OBJECT
    + r")|"
    r"\b(?-i:[A-Z])[\w-]{1,20}(?:’s|'s)\s+authori[sz]ed\s+"
    + _KINDS
    + r"ceilings?(?="
    + _FOR_KINDS
    + r"\s+(?:will|shall)\s+(?:comprise|remain|be)\b)"
)
CEILING = re.compile(PATTERN, re.I)
# the mission named as the strength's owner: "UNISFA's authorized troop ceiling", "the authorized strength of
# UNMIL's police component", "of UNOCI"
OWNER = re.compile(r"\b(?P<name>[A-Z][\w-]{1,20})(?:’s|'s)\s|\bof\s+(?P<of>[A-Z]{3,}[\w-]{0,20})\b")
STRENGTH_END = re.compile(
    r"\b(?:ceilings?|strength|levels?)\b(?:\s+of\s+(?:the\s+)?[A-Z]{3,}[\w-]{0,20}(?:’s|'s)?)?", re.I
)
ITS = re.compile(r"\bits\s")
# "for the period from 15 November 2005 to 31 March 2006": the date it ends (the first date's groups unnamed)
FROM_TO = re.compile(r"\bfrom\s+" + dates.DATE_PLAIN + r"\s+(?:to|until|till|through)\s+" + dates.DATE)
# the paragraph's own verb: "Maintains the authorized troop ceiling at 3,550 until 15 May 2021"
OWN_VERB = re.compile(r"(?:Maintains|Reduces|Raises|Increases|Decreases)\b")


def opens_paragraph(text: str, s: int) -> bool:
    """Whether the words at text[s] open the paragraph (nothing but space before them): a verb there is the
    paragraph's own, a directive as "Decides" is ("Maintains the ceiling", term_appointed's "Appoints Mr. ...")."""
    return not text[:s].strip()


def own_verb(text: str, s: int) -> bool:
    """Whether the strength's verb at text[s] is the paragraph's own ("Maintains ..."), a directive as "Decides" is."""
    return opens_paragraph(text, s) and bool(OWN_VERB.match(text, s))


def until(clause: str, s: int) -> str | None:
    """The ISO date a strength set by the words at clause[s] runs to "from <date> to <date>"; None when the
    words set no strength or the clause gives no such time."""
    if not CEILING.match(clause, s):
        return None
    m = FROM_TO.search(clause, s)
    return dates.iso(m) if m else None


def of(text: str, s: int, z: int, found, body: str | None) -> tuple[str | None, str]:
    """The mission whose strength is set by the words at text[s] (clause end z): the body of `found`
    (actors as (id, start, end)) named as the strength's owner, or named before it as "its" owner, else the mission the document is about (`body`:
    "the authorized troop ceiling" names none), else the first body the clause names; (None, "") when none."""
    end = STRENGTH_END.search(text, s, z)
    stop = end.end() if end else s
    owner = OWNER.search(text, s, stop)
    if owner:
        at = owner.start("name") if owner.group("name") else owner.start("of")
        named = next((x for x in found if x[1] <= at < x[2]), None)
        if named:
            return named[0], text[named[1] : named[2]]
    subject = [x for x in found if x[2] <= s] if ITS.search(text, s, stop) else []
    if subject:  # "UNAMID shall maintain its current troop and police ceilings": the subject's
        return subject[-1][0], text[subject[-1][1] : subject[-1][2]]
    if body:
        return body, ""
    return (found[0][0], text[found[0][1] : found[0][2]]) if found else (None, "")
