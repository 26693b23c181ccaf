"""Who a decision's later infinitive asks: "Decides to convene a panel discussion ... at the fifty-seventh session of
the Human Rights Council, and to invite Member States, relevant United Nations agencies, ... and other relevant
stakeholders to share achievements" (heldout23 A/HRC/RES/54/22 op 12): the organ's own act first, then an invitation,
request or authorization naming who shall act. Both are asked (the organ and those invited), as "Decides to invite X
to" alone asks X (windows.WINDOW_LEAD) and a decision's later "that" clauses name who they make act (asked.and_that).
Split from mandate_clause.py, which adds these to a decision's addressees.
"""

from __future__ import annotations

import re

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
