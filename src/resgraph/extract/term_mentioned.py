"""A decision mentioned is not a decision made: a term's words that complete a noun ("the decision
... to lift", "its intention to extend", "the proposal to establish") rather than the paragraph's
directive verb set no term; "Renews its decision to establish an open-ended technical expert group"
(A/RES/80/38 op 8) and "reiterates its decision to establish" make it again.

"requests the Panel ... to propose ... statements of cases ... taking into account the decision
imposed by the present resolution in OP1 to lift the arms embargo established pursuant to resolution
2127 (2013)" (S/RES/2745 (2024) op 8) names op 1's decision; the Panel's mandate does not end. The
directive verb ("Decides to lift", "Requests the Secretary-General to establish") governs a term;
a noun that heads the infinitive ("decision", "intention", "proposal", "recommendation", "plan",
"readiness", "commitment", "efforts") holds it, so the words only speak of one.

Split from terms.py, which finds the terms; nothing here raises.
"""

from __future__ import annotations

import re

from resgraph.vocab import load
from resgraph.wordsearch import phrases

# a noun that holds an infinitive, then words up to the term's verb: no directive verb, no clause break (";",
# a comma before the verb: "in accordance with its decision in resolution 2100, to extend" leaves the directive's)
# (the nouns and the directive verbs are data: ontology/vocab/terms.yaml `held`)
_HELD = load().terms["held"]
HELD = re.compile(
    r"(?<!reiterates\sits\s)(?<!renews\sits\s)(?<!confirms\sits\s)"
    rf"\b(?:{phrases(_HELD['nouns'])})\b"
    r"(?P<gap>[^;,]{0,160}?)\s+(?:to\s+(?:\w+ly\s+)?)?$",
    re.I,
)
# a directive verb between the noun and the term's verb governs it again ("its decision ..., and decides to extend")
VERB = re.compile(rf"\b(?:{phrases(_HELD['directive_verbs'])})\b", re.I)
INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.I)
REACH = 200  # characters before the term's verb that are read


def mentioned(text: str, at: int) -> bool:
    """Whether the term whose words begin at text[at] (its verb, or "to" and its verb) completes a noun
    that names a decision or an intention rather than the paragraph's directive: "taking into account
    the decision imposed by the present resolution in OP1 to lift the arms embargo"."""
    before = text[max(0, at - REACH) : at]
    if not (INFINITIVE.search(before) or text.startswith(("to ", "To "), at)):
        return False  # "the decisions contained in operative paragraphs two and three ... shall expire": made
    m = HELD.search(before)
    return m is not None and not VERB.search(m.group("gap"))
