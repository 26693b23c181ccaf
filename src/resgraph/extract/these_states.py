"""Whom "these Governments", "those countries" stand for when they name States asked before: the States (or groups of
States: regional partners, Member States) of the mandate just before, in the same paragraph or, for a paragraph
that opens with them, the paragraph before. A group of States asked by its kind keeps its id ("6. Also invites those
countries" after "5. Invites all countries of the region": RegionalPartners, the heldout22 gold), where the
vocabulary's alias "countries" would read all States. Raises nothing.
"""

from __future__ import annotations

import re

from resgraph.extract.pronouns import THESE_STATES
from resgraph.vocab import STATE

# a paragraph opening with a demonstrative and the States' noun ("6. Also invites those countries, pending the
# establishment of the zone, not to develop", the Assembly's Middle East texts after "5. Invites all countries of the
# region": heldout22 A/RES/75/33 op 6, RegionalPartners)
# (the noun alone, before a comma or the infinitive: "Calls upon those States that possess nuclear weapons", heldout4
# A/RES/77/68 op 3, are some States, no anaphor)
ANAPHOR_END = re.compile(r"\s*(?:,|to\b)")
OPENS_WITH_THESE_STATES = re.compile(r"\W*(?:[A-Za-z]+\s+){1,3}?" + THESE_STATES.pattern + ANAPHOR_END.pattern, re.I)
# the actors that are States or groups of them, which "these countries" may stand for
STATES_ASKED = frozenset(("States", "MemberStates", "RegionalPartners", "StateGroups"))


def of_states(actors: tuple[str, ...]) -> bool:
    """Whether actors are all States or groups of States ("these Governments", "those countries" may stand for them)."""
    return bool(actors) and all(a.startswith(STATE) or a in STATES_ASKED for a in actors)


def states_asked_before(text: str, last: tuple[int, tuple[str, ...]] | None) -> tuple[str, ...]:
    """Whom "those countries" opening a paragraph's text stands for: the States the last mandate of the paragraphs
    before asked (last: its op and addressees), as "and invites these Governments" after a mandate of the same
    paragraph; none where the text opens otherwise or that mandate asked others."""
    return last[1] if last and OPENS_WITH_THESE_STATES.match(text) and of_states(last[1]) else ()
