"""The agents of an activity the organ asks to go on, named in the clause before: "Welcomes the contributions by the
signatory States to the work of the Preparatory Commission ..., and encourages their continuation" (heldout
A/RES/79/77 op 2 and its yearly twins: the signatory States), "Welcomes the strengthening of the ... rebalancing
initiatives undertaken by the administering Power, and urges its continuation" (heldout4 A/RES/80/98 op 27),
"commends ... the tireless efforts of all MONUSCO contingents ..., and encourages the continuation of their efforts"
(heldout S/RES/2076 (2012) op 13, heldout10 S/RES/2773 (2025) op 13). The possessive stands for the activity, or
for its agents, named in the organ's clause just before the verb; who acts in it (agents.agents: after "by", the
owner after "efforts of") is asked (the addressee convention from stop 27). No agent named there: none ("Notes the
second International Expert Meeting ..., and encourages the continuation of its work": a meeting, no actor). They are
asked before anyone the window names, whom an aside after the continuation names: "Welcomes the ongoing efforts of the
Congolese authorities to fight against impunity and encourages their continuation, including against perpetrators ...
committed by any illegal armed groups" (heldout43 S/RES/2021 (2011) op 14) asks the Congolese State, not the groups;
but an aside opening with "by" names more agents of it, asked beside the owner ("..., including by the federal member
states and civil society").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resgraph.extract import agents as agent_clauses
from resgraph.extract import pronouns
from resgraph.extract.addressees import actors_in
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

if TYPE_CHECKING:
    from resgraph.extract.named import _Named

_CONTINUED = load().mandates["continued"]  # the nouns are data: ontology/vocab/mandates.yaml `continued`
GOING_ON = rf"(?:{phrases(_CONTINUED['going_on'])})"
# (or an aside a comma sets off: "encourages their continuation, including against perpetrators of human rights abuses
# ...", heldout43 S/RES/2021 (2011) op 14)
AFTER = (
    r"(?:\s+(?:in|at|on|during|throughout|until|within|beyond)\b.*"
    rf"|\s*,\s*(?:{phrases(_CONTINUED['asides'])})\b.*)?"
)
# "their continuation", "its continuation in all areas"; "the continuation of their efforts"
CONTINUED = re.compile(
    rf"(?:(?:its|their)\s+(?:further\s+)?{GOING_ON}|(?:the\s+)?(?:further\s+)?{GOING_ON}\s+of\s+(?:their|its)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{phrases(_CONTINUED['activities'])})){AFTER}",
    re.S,
)

# an aside that names agents of the going on after "by": ", including by the federal member states and civil society"
BY_ASIDE = re.compile(rf",\s*(?:{phrases(_CONTINUED['asides'])})\s+by\s+(?P<by>.*)", re.S)


def continued_agents(window: str, text: str, at: int, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """The agents of the activity a window asks to go on (CONTINUED), from the organ's clause before the verb
    ending at `at` in the paragraph's text (the clause after the one before it, or the paragraph's opening one);
    () when the window asks for no continuation or that clause names no agent."""
    if not CONTINUED.fullmatch(window.strip()):
        return ()
    found = list(pronouns.clause_openers(v).finditer(text, 0, min(len(text), at + 1)))
    clauses = [c for c in found if c.end("verb") < at]
    current = [c for c in found if c.end("verb") >= at]
    end = current[-1].start() if current else -1
    if end < 0:  # the verb opens the paragraph: no clause before it
        return ()
    start = clauses[-1].end() if clauses and clauses[-1].end() <= end else 0
    clause = text[start:end]
    owners = agent_clauses.agents(clause, actors_in(clause, v, named, places=True), v)
    by = BY_ASIDE.search(window)
    if not owners or not by:
        return owners
    # the aside names more agents of the going on, beside its owner: "Welcomes the efforts of the Government of Somalia
    # ... and encourages their continuation, including by the federal member states and civil society"
    return tuple(dict.fromkeys((*owners, *(a for a, _, _ in actors_in(by.group("by"), v, named, places=True)))))
