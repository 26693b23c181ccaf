"""The two actors "both organizations", "the two organizations" stand for, where the run of names the pronoun reading
takes (pronouns.antecedent: the first actors named together) names one: the two named last. Split from pronouns.py,
which reads demonstrative groups.

"Welcomes the actions taken by the Inter-Parliamentary Union to continue to pursue a more systematic and meaningful
engagement with the United Nations, and encourages both organizations to enhance their cooperation" (A/RES/79/319 op 1
and its twins 74/304, 76/270): IPU and UNSystemEntities, as the sets read "both organizations" after the two named (the
Collective Security Treaty Organization's yearly text, 77/13 op 7); the first run, the Union alone, was one of the two.
"""

from __future__ import annotations

import re

BOTH = re.compile(r"(?:both|the\s+two)\s", re.I)


def pair(group: str, found: list[tuple[str, int, int]], read: tuple[str, ...]) -> tuple[str, ...]:
    """The actors a "both"/"the two" group stands for: read where it names two or more, or the text (found: its actors
    in order, (id, start, end)) names fewer than two; else the two named last. Any other group: read."""
    last = tuple(dict.fromkeys(a for a, _, _ in reversed(found)))[:2]
    if not BOTH.match(group) or len(read) > 1 or len(last) < 2:
        return read
    return last[::-1]
