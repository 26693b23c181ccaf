"""Who a decision's later infinitive asks: "Decides to convene a panel discussion ... at the fifty-seventh session of
the Human Rights Council, and to invite Member States, relevant United Nations agencies, ... and other relevant
stakeholders to share achievements" (heldout23 A/HRC/RES/54/22 op 12): the organ's own act first, then an invitation,
request or authorization naming who shall act. Both are asked (the organ and those invited), as "Decides to invite X
to" alone asks X (windows.WINDOW_LEAD) and a decision's later "that" clauses name who they make act (asked.and_that).
Split from mandate_clause.py, which adds these to a decision's addressees.
"""

from __future__ import annotations

import re

from resgraph.extract.addressees import actors_in
from resgraph.extract.asked import window_actors

# the decision opens with an infinitive of the organ's own ("Decides to convene", "Decides also to hold")
OWN_INFINITIVE = re.compile(r"\s*(?:,\s*)?(?:(?:also|further|therefore)\s+)?to\s+[a-z]")
# a later infinitive that asks someone, joined by "and" (the verbs as windows.WINDOW_LEAD reads them after "Decides");
# its spaces start after a comma or a word, not inside a run of them (a search from each space of a run: n² work)
AND_TO_ASK = re.compile(
    r"(?:,|(?<![\s,]))\s+and\s+(?:also\s+|further\s+)?to\s+(?:authori[sz]e|invite|request)\s+(?=the\b|all\b|member\s+States\b|[A-Z])"
)
# the asked act's own infinitive after the window ("to share"): those named are asked to act, not a thing's owners
INFINITIVE = re.compile(r"\s*,?\s*to\s+[a-z]")


def later_asked(text: str, e: int, clause_end: int, v, named, spans_in) -> tuple[str, ...]:
    """The actors a decision that opens with an infinitive (its verb ending at e) asks in a later "and to invite
    (request, authorize) X to" of its clause, in order; none where it opens otherwise ("Decides that")."""
    if not OWN_INFINITIVE.match(text, e, clause_end):
        return ()
    out: list[str] = []
    for m in AND_TO_ASK.finditer(text, e, clause_end):
        _, we, found = window_actors(text, m.end(), clause_end, v, named, spans_in)
        if found and INFINITIVE.match(text, we, clause_end):
            out += [a for a, _, _ in found]
    return tuple(dict.fromkeys(out))


# a later subject of the same "that" clause, joined by "and" with its own modal and active verb, no "that" said again:
# "decides further that, if a flag State neither consents to inspection ..., then the Committee shall consider
# designating the vessel ... and the flag State shall immediately deregister that vessel" (heldout36 S/RES/2375 (2017)
# op 8: the Committee and the flag State, as a decision's "and that" clauses name who they make act, heldout24
# S/RES/2270 (2016) op 29); not a passive, also after an adverb ("and the Al-Qaida Sanctions List shall henceforth be
# known", "and the Secretary-General shall also be consulted"), nor a
# name's own "and" ("the Group of 77 and China": the span covers it)
# (the first subject's modal right after it: not "the Council hereby establishes the following ... authorities ...: –
# UNMOVIC and the IAEA shall determine", S/RES/1441 (2002) op 7, a list under a colon; nor across a colon)
FIRST_ACTS = re.compile(r"\s*,?\s*(?:shall|should|will|must|may)\s[^:]*$")
AND_SUBJECT = re.compile(r"(?:,\s*|\s+)and\s+(?:(?:the|all|any|each|a)\s+)?(?=[\w-]+)")
ACTS_NEXT = re.compile(r"\s+(?:shall|should|will|must)\s+(?:not\s+)?(?!(?:[a-z]+\s+)?(?:be|have\s+been)\b)[a-z]")


def later_subjects(text: str, we: int, clause_end: int, v, named, spans_in) -> tuple[str, ...]:
    """The actors a decision's "that" clause names as later subjects after the window that ends at we: an actor's
    alias right after AND_SUBJECT (a determiner at most before it), ACTS_NEXT after the alias; FIRST_ACTS at we."""
    if not FIRST_ACTS.match(text, we, clause_end):  # the first subject's own modal verb first
        return ()
    out: list[str] = []
    names = [(we + a, we + z) for a, z, _ in spans_in(we, clause_end)]  # (offsets from we)
    for m in AND_SUBJECT.finditer(text, we, clause_end):
        if any(a < m.start() + 1 < z for a, z in names):  # "the Group of 77 and China": inside a name
            continue
        first = next((n for n in names if n[0] >= m.end()), None)
        if first is None or first[0] > m.end() or not ACTS_NEXT.match(text, first[1], clause_end):
            continue
        out += [a for a, _, _ in actors_in(text[m.end() : first[1]], v, named, heads=True)]
    return tuple(dict.fromkeys(out))
