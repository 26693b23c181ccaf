"""What may stand between two actors named in a run a pronoun stands for, past the first one's complement: the
complement read past (QUALIFIER) and the aside that singles out one of a group (ASIDE_PAST_COMPLEMENT, singled_out).

Split from pronouns.py, which reads these runs (antecedent, _group).
"""

from __future__ import annotations

import re

from resgraph.extract.list_members import STATE_ACTOR_KINDS
from resgraph.vocab import STATE, Vocabulary

# what joins an actor named inside a name's complement to that name: "the Special Rapporteur on the rights of Indigenous
# Peoples and the Permanent Forum on Indigenous Issues ..., encourages them" (heldout20 A/HRC/RES/57/15 op 24): the
# Indigenous Peoples qualify the Rapporteur, and the Forum after them is named with the others
QUALIFIER = re.compile(r"\s+(?:on|of|for)\s+(?:[a-z][\w-]*\s+){0,8}")
# a group's complement, then the one it singles out: "the important role of regional and subregional organisations on
# child protection, in particular the African Union, ..., and encourages these organisations" (heldout15 S/RES/2764
# (2024) op 9, the gold's InternationalOrganizations and AfricanUnion): the aside names one of the group, asked with it
# as when no complement stands between (CONNECTOR's "in particular"); the complement itself is not asked
ASIDE_PAST_COMPLEMENT = re.compile(
    r"\s+(?:on|of|for|in)\s+(?:[\w’'-]+\s+){0,7}[\w’'-]+\s*,\s*(?:in\s+particular|notably|particularly|especially)\s+(?:the\s+)?"
)


def _state_like(actor: str, v: Vocabulary) -> bool:
    """A State or a kind of States (countries.yaml, or actors.yaml kinds of list_members.STATE_ACTOR_KINDS)."""
    return actor.startswith(STATE) or actor in v.ids_of_kinds(*STATE_ACTOR_KINDS)


def singled_out(text: str, end: int, start: int, group: str, member: str, v: Vocabulary) -> bool:
    """Whether the actor `member` named at text[start:] is the one an aside singles out of `group`, named before and
    ending at `end`, past the group's complement: only one of the group's sort. "the role of United Nations agencies
    in the humanitarian response in the region, in particular Chad, and encourages these agencies" singles out a
    country of the region, not an agency: a State is one of a group of States only, a body of a group of bodies."""
    return bool(ASIDE_PAST_COMPLEMENT.fullmatch(text, end, start)) and _state_like(group, v) == _state_like(member, v)
