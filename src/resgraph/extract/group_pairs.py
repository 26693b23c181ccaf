"""The two actors "both organizations", "the two organizations" stand for, where the run of names the pronoun reading
takes (pronouns.antecedent: the first actors named together) names one: the two named last. Split from pronouns.py,
which reads demonstrative groups.

"Welcomes the actions taken by the Inter-Parliamentary Union to continue to pursue a more systematic and meaningful
engagement with the United Nations, and encourages both organizations to enhance their cooperation" (A/RES/79/319 op 1
and its twins 74/304, 76/270): IPU and UNSystemEntities, as the sets read "both organizations" after the two named (the
Collective Security Treaty Organization's yearly text, 77/13 op 7); the first run, the Union alone, was one of the two.

Their secretariats are the organizations' own, read as each organization, but the United Nations' is its Secretariat
(actors.yaml `secretariat`): "Calls upon both secretariats to exert further efforts", "Requests both secretariats to
convene the fifteenth general cooperation meeting" after "the secretariats of the United Nations and the League of Arab
States" (A/RES/75/11 ops 1-5 and its twins 77/17, 79/12), "Requests the secretariats of the two organizations to
strengthen cooperation" (the Organization of Islamic Cooperation's yearly text, A/RES/75/16 op 9, 77/18, 79/9): the
Secretariat and the League, the Secretariat and the OIC, as heldout11 A/RES/77/13 op 3 reads "the secretariats of the
United Nations and the Collective Security Treaty Organization". "Both organizations" stays the United Nations (77/13
op 7).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resgraph.vocab import Vocabulary

# a group that stands for two actors: a contextual alias ("the two Governments", "both Governments", named_last) or a
# demonstrative group as the text spells it ("Both organizations" opening a clause, pair): case-blind for the second
BOTH = re.compile(r"(?:both|the\s+two)\s", re.I)
# the organizations' secretariats: "both secretariats", or a group after "the secretariats of"
SECRETARIATS = re.compile(r"\bsecretariats?\b", re.I)
SECRETARIATS_OF = re.compile(r"\bsecretariats?\s+of\s+$", re.I)


def pair(
    group: str, found: list[tuple[str, int, int]], read: tuple[str, ...], whole: Sequence[tuple[str, int, int]] = ()
) -> tuple[str, ...]:
    """The actors a "both"/"the two" group stands for: read where it names two or more; else the two the text (found:
    its actors in order, (id, start, end)) named last; where it names fewer, the two the group's own contextual reading
    (whole: named_last over all named before) gives, else read. Any other group: read.

    ("Welcomes the steps that INTERPOL and the United Nations ... have taken ..., encourages relevant United Nations
    agencies to make use of resources and expertise provided by INTERPOL ..., and calls upon the two organizations to
    further collaborate", A/RES/75/10 op 12 and 77/20: the text since the last mandate names INTERPOL alone.)"""
    if not BOTH.match(group) or len(read) > 1:
        return read
    last = tuple(dict.fromkeys(a for a, _, _ in reversed(found)))[:2]
    if len(last) == 2:
        return last[::-1]
    known = tuple(dict.fromkeys(a for a, _, _ in whole))
    return known if len(known) == 2 else read


def named_last(alias: str, ids: tuple[str, ...], seen: dict[str, int], before: str, v: Vocabulary) -> tuple[str, ...]:
    """The actors a contextual alias stands for: of those sharing it (ids), the one named last (seen: when each was
    named), the two for a pair ("both Governments"); a group of secretariats (the alias, or the words before it: the
    text up to it) as each one's secretariat, deduplicated after mapping, so the United Nations and its Secretariat
    count once. A secretariat may not be in seen (the United Nations named, its Secretariat not): the caller looks
    it up with a default."""
    named = sorted((a for a in ids if a in seen), key=lambda a: -seen[a])
    if SECRETARIATS.search(alias) or SECRETARIATS_OF.search(before):
        named = [(v.actors[a].secretariat if a in v.actors else None) or a for a in named]
    return tuple(dict.fromkeys(named))[: 2 if BOTH.match(alias) else 1]
