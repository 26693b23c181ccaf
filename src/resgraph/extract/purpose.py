"""The purpose of efforts asked for: where a verb's object ends when it is efforts and the infinitive of their purpose.

"Urges efforts to enhance cooperation and coordination of United Nations humanitarian entities, other relevant
humanitarian organizations and donor countries with the affected States" (heldout8 E/RES/2024/8 op 8, heldout11
E/RES/2023/16 op 8), "Strongly encourages efforts to increase the percentage of female uniformed personnel deployed to
AMISOM by the Troop and Police Contributing Countries" (heldout4 S/RES/2520 (2020) op 20): the verb's object ends at
its infinitive (agents.OBJECT_STOP), but the activity the purpose names has the agents the golds ask (the addressee
convention from stop 27, tests/mandate_gold/README.md). Read to the purpose's end, the object's agents are those of
agents.agents with `by_only` and `joint_of`: an agent after "by" that follows no activity noun, the owner after "of" of
a joint activity (verbs.yaml `unaddressed.purpose_nouns`), the parties after "between" (nested_joint.py reads these too,
when nothing else is found); not "efforts to promote the work of the Committee against Torture" (no one named who
promotes it), nor "efforts to protect civilians from attacks by armed groups". A step of asked.named_in; raises nothing.
"""

from __future__ import annotations

import re

from resgraph.extract.addressees import actors_in
from resgraph.extract.agents import agents, object_end
from resgraph.extract.modifiers import coordinated, in_order

EFFORTS = re.compile(r"(?:[\w-]+\s+){0,3}?(?:efforts|endeavours|initiatives)\s*")
PURPOSE = re.compile(r"to\s+[a-z]+\s")
# the purpose's end: a clause of its own ("..., recognizes that", "and notes the") or the end of a sentence's part
PURPOSE_STOP = re.compile(
    r"[;:]|(?:,\s*|\s+and\s+)(?:and\s+)?(?:also\s+|further\s+)?[a-z]+s\s+(?:that|the|its|their|his|her|all)\b"
)


def object_ends(text: str, start: int, stop: int) -> tuple[int, int]:
    """Where the verb's object that opens at `start` ends (agents.object_end), and where it ends with its purpose
    (purpose_end); `stop`: the clause's end."""
    end = object_end(text, start, stop)
    return end, purpose_end(text, start, end, stop)


def purpose_end(text: str, start: int, end: int, stop: int) -> int:
    """Where the object text[start:end] of a verb ends with its purpose, when it is efforts and the infinitive of
    their purpose follows ("efforts to enhance cooperation ... of"); else end."""
    if not (EFFORTS.fullmatch(text, start, end) and PURPOSE.match(text, end, stop)):
        return end
    m = PURPOSE_STOP.search(text, end, stop)
    return m.start() if m else stop


def purpose_agents(text: str, ws: int, stop: int, v, named, spans_in) -> tuple[tuple[str, ...], int]:
    """The agents of the verb's object that opens at `ws` read to its purpose's end (agents.agents, by_only and
    joint_of when a purpose is read), and where the object alone ends. The actors named are those of a window with
    the modifiers coordinated before a head they share (modifiers.coordinated, as asked.named_in reads a window's and
    an activity's): "encourages further efforts to enhance coordination ... between the United Nations, regional
    organizations and other humanitarian and non-governmental organizations" (A/RES/77/31 op 46) names humanitarian
    organizations too, where the run of agents broke at "humanitarian and"."""
    oe, ce = object_ends(text, ws, stop)
    spans = spans_in(ws, ce)
    found = actors_in(text[ws:ce], v, named, places=True, spans=spans)
    found = in_order([*found, *coordinated(text[ws:ce], spans, v)])
    return agents(text[ws:ce], found, v, ce > oe, ce > oe), oe
