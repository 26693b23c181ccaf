"""Support packages set up or continued for a time: "requests the Secretary-General ... to provide a
United Nations logistical support package to AMISOM including equipment and services ..., until 1
June 2009 or until the decision referred to in paragraph 4 above, whichever is earlier" (S/RES/1863
(2009) op 10) sets up a support task for a time, read as a mandate established until the date given,
of the package as written (heldout7 11 op 10); "Requests the Secretary-General to continue to
provide a logistical support package for AMISOM ... until 30 September 2011" (S/RES/1964 (2010)
op 7 and the yearly requests after it) extends it. A package with no time given sets no term.

So does a service of an office asked for a time: "Requests the Office of the United Nations High
Commissioner for Human Rights to provide technical assistance and capacity-building to national civilian
authorities in penitentiary, security and justice matters, for a period of one year" (A/HRC/RES/54/30 op 1,
heldout20), "Requests, for a renewable period of two years, the Office ... to enhance its technical
assistance and capacity-building for national and local authorities and other relevant actors, including
..." (A/HRC/RES/59/24 op 1, heldout23): established for that period, of the service as written up to its
first comma (the verbs and nouns are data: ontology/vocab/terms.yaml `services`).

Split from terms.py, which finds the terms that a verb of mandates sets.
"""

from __future__ import annotations

import re

from resgraph.extract import term_times as times
from resgraph.models import Block, MandateTerm, Paragraph
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# asked of others: "Requests the Secretary-General to continue to provide a logistical support package"; or a package
# the Council itself carries on to a date: "Decides to expand the logistical support package for AMISOM, referred to in
# paragraph 4 of resolution 2093 (2013), for a maximum of 22,126 uniformed personnel until 31 October 2014" (S/RES/2124
# (2013) op 4, 2036 (2012) op 4); "to extend the ... package ... for a further 50 civilian personnel" with no time
# (S/RES/2073 (2012) op 2) sets none
PACKAGE = re.compile(
    r"(?:\b[Rr]equests\b[^;]{0,300}?\bto\s+(?P<cont>continue\s+to\s+)?provide\s*(?:,[^,;]{1,120},)?\s+(?:a|an)"
    r"|\b[Dd]ecides\b[^;]{0,200}?\bto\s+(?P<ext>expand|extend|renew)\s+the)\s+"
    r"(?P<name>(?:United\s+Nations(?:-funded)?\s+)?logistic(?:al|s)\s+support\s+package"
    r"(?:\s+(?:to|for)\s+(?:the\s+)?[A-Z][A-Za-z]+\b(?!\s+(?:of|in)\b))?)"
)

_SERVICES = load().terms["services"]
SERVICE = re.compile(
    rf"\b[Rr]equests\b[^;]{{0,300}}?\bto\s+(?P<cont>continue\s+to\s+)?(?:{phrases(_SERVICES['verbs'])})\s+(?:its\s+)?"
    # to the first comma of no list: not the one in "in penitentiary, security and justice matters"
    rf"(?P<name>(?:{phrases(_SERVICES['nouns'])})\b(?:[^,;]|,(?!\s+(?:for|including|in|with|as|and|to|which|by|so)\b))*)"
)


def wanted(low: str) -> bool:
    """Whether a paragraph's lower-cased text may hold such a term."""
    return "support package" in low or ("period" in low and any(n in low for n in _SERVICES["nouns"]))


def terms(text: str, a: int, z: int, p: Paragraph, b: Block, adopted: str | None) -> list[MandateTerm]:
    """The term of the support package that the clause text[a:z] asks to be provided for a time;
    [] when it asks for none, or for no time."""
    clause = text[a:z]
    m = PACKAGE.search(clause)
    service = None if m else SERVICE.search(clause)
    m = m or service
    if not m:
        return []
    until = times.until(clause, m.end()) if not service else None
    # a service's time may stand before it: "Requests, for a renewable period of two years, the Office ... to enhance"
    length, counted = times.period(clause[m.end() :] if not service else clause, adopted)
    if not (until or counted or length):
        return []
    name = re.sub(r"\s+", " ", m.group("name"))
    action = "extends" if m.group("cont") or m.groupdict().get("ext") else "establishes"
    return [MandateTerm(p.number or 0, action, name, p.index, b.to_source(a, z), until or counted, length, name)]
