"""Pronouns that stand for actors named before: "encourages them to", "calls on it also", "both
organizations", and the owner of an activity asked for ("encourages its continued engagement").

Split from mandates.py, which asks them when a mandate's window (addressees.py) is a pronoun, or
names an activity of verbs.yaml `agent_nouns` that a possessive owns.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from resgraph.extract.addressees import DETERMINERS, _tail, actors_in
from resgraph.vocab import Vocabulary

if TYPE_CHECKING:
    from resgraph.extract.mandates import _Named

# the nouns a demonstrative makes a pronoun of: "those entities", "these organizations and mechanisms"
_NOUNS = (
    r"entities|parties|bodies|organizations|organisations|institutions|actors|mechanisms|stakeholders|secretariats|"
    r"forces|authorities|committees|experts|groups|agencies|partners|missions|programmes|funds|offices|commissions"
)
# a window that is only a pronoun takes the actors named before it in the paragraph
PRONOUN = re.compile(
    r"(?:them|her|him|it|he|she|they|the latter|the former|(?:all|each|both)\s+of\s+them|(?:all\s+)?others|"
    r"(?:those|these|such|both|the\s+two)\s+(?:" + _NOUNS + r")(?:\s+and\s+(?:" + _NOUNS + r"))?)",
    re.I,
)
# "encourages them once again", "calls on them in this regard": a pronoun and the adverbs after it
PRONOUN_ALONE = re.compile(
    r"(?P<p>" + PRONOUN.pattern + r")(?:\s+(?:once\s+again|again|also|further|publicly|strongly|in\s+(?:this|that)\s+"
    r"(?:regard|respect|context)))*",
    re.I,
)
# "encourages its continued engagement", "their work in promoting": an activity whose agent, named
# before, a possessive stands for (verbs.yaml `agent_nouns`); the pronoun that stands for its owner
OWNED_ACTIVITY = re.compile(
    r"(?P<owner>their|its|his|her)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*)"
    r"(?:\s*$|\s+(?:in|of|with|to|for|on|at|towards|between|among)\b)"
)
# "calls on them and States of the region": a pronoun opening a list of addressees
PRONOUN_AND = re.compile(r"\s*(?P<p>them|it)\s+and\s+")
INDEFINITE = re.compile(r"\b(?:a|an|new)\s+$")
OF_TEXTS = re.compile(r"\s+(?:resolutions?|decisions?|presidential\s+statements?)\b")
OWNER_PRONOUN = {"their": "them", "its": "it", "his": "him", "her": "her"}
OWNER_REACH = 14  # words: farther back, a possessive more often stands for people no actor names
OWNED = re.compile(r"\b(?:his|her|its|their)\s+$")
SINGULAR_PRONOUNS = {"her", "him", "it", "the latter", "he", "she"}
PERSONAL_PRONOUNS = {"her", "him", "he", "she"}  # a person of the vocabulary (`person: true`)
# what may stand between actors named together: "X and the Y, as well as with other relevant Z"
CONNECTOR = re.compile(
    r"(?:[\s,()]|\b(?:and|or|as well as|with|including|in particular|also|" + "|".join(sorted(DETERMINERS)) + r")\b)*",
    re.I,
)


@lru_cache(maxsize=4)
def _agent_nouns(v: Vocabulary) -> frozenset[str]:
    return frozenset(n for n in v.agent_nouns if " " not in n)


def antecedent(pronoun: str, text: str, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """The actors a pronoun stands for, from the text before it: "the latter", "her" the last actor
    named; "them", "those entities" the first ones named together ("the Working Group and the
    Committee ..., as well as other special procedures and treaty bodies")."""
    # (an alias that qualifies a text is none: "under the relevant Security Council resolutions")
    found = [f for f in actors_in(text, v, named) if not OF_TEXTS.match(text, f[2])]
    if not found:
        return ()
    if pronoun.lower() in PERSONAL_PRONOUNS:
        # "his Special Envoy" is not who "he" is
        # OWNED reads two words back from the name: searched from 0 it read all the text before it
        # nor is "a Special Representative" the Secretary-General intends to appoint (S/RES/1464 (2003) op 6)
        people = [
            a
            for a in found
            if a[0] in v.actors
            and v.actors[a[0]].person
            and not OWNED.search(text, _tail(text, a[1], 1), a[1])
            and not INDEFINITE.search(text, _tail(text, a[1], 1), a[1])
        ]
        # no person named since: the last one asked ("requests him", prev), not a body named since
        return (people[-1][0],) if people else ()
    if pronoun.lower() in SINGULAR_PRONOUNS:
        return (found[-1][0],)
    run = [found[0]]
    for a in found[1:]:
        if not CONNECTOR.fullmatch(text[run[-1][2] : a[1]]):
            break
        run.append(a)
    return tuple(dict.fromkeys(a for a, _, _ in run))


def owner(window: str, text: str, at: int, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """Who owns the activity a window names, when a possessive stands for it ("Welcomes the role of
    the African Union, and encourages its continued engagement"): the actors that pronoun stands
    for, named within OWNER_REACH words before `at` (the verb's end), else none ("Recognizes that
    women play a vital role ..., and urges their involvement": not an actor of the vocabulary)."""
    owned = OWNED_ACTIVITY.match(window.strip())
    if not owned or owned.group("noun") not in _agent_nouns(v):
        return ()
    return antecedent(OWNER_PRONOUN[owned.group("owner")], text[_tail(text, at, OWNER_REACH) : at], v, named)
