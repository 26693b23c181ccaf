"""Who a directive verb asks to act when its object is an activity, not a body.

"Encourages the efforts of the African Union to ...", "Welcomes and encourages the Government's
continued engagement", "Urges the full implementation of the Agreement by all parties": the verb
names no addressee of its own (its window, addressees.py, names none), but the activity it asks
for has an agent, and that agent is who is asked. Read only where the agent is marked as one:
after "by" that follows the activity (not a participle's "by": "the pledges made by the parties"
are the parties' pledges, not a request that they fulfil them), after "of" that follows an
activity noun of the vocabulary (verbs.yaml `agent_nouns`: "the efforts of"), or as the owner
("X's efforts"). Activities between actors ("cooperation among A, B and C") name no agent here:
the gold (tests/mandate_gold) reads them as asking no one. A participle's agent in a decision's subject
("rough diamonds controlled by the Government") qualifies a thing: it is not who acts (participle_agent).
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract.addressees import tail_start
from resgraph.vocab import Vocabulary

# the phrase the activity is read in, the verb's object: up to a comma, a semicolon, a colon or an
# infinitive ("Encourages efforts to promote the work of the Committee": the Committee is not asked)
# (not a passive infinitive, whose agent acts: "requests further measures to be undertaken inter alia by the United
# Nations Development Programme, ...", heldout8 S/RES/1494 (2003) op 15)
# (nor a comma before a name that goes on a list of agents: "by the United Nations Development Programme, the Office
# of the United Nations High Commissioner for Refugees and the Office for the Coordination of Humanitarian Affairs")
NAME_GOES_ON = r"\s*(?:and\s+|or\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|on|and|the))*\s*(?:,|and\b|or\b|to\b|[;:.]|$)"
OBJECT_STOP = re.compile(
    r"[;:]|,(?!" + NAME_GOES_ON + r")"
    r"|\bto\s+(?!(?:the|all|those|its|their|a|an|each|any|both|relevant|other|such)\b|be\s+[a-z]+(?:ed|en|wn)\b)[a-z]"
)
PASSIVE = re.compile(r"\bbe\s+(?:[a-z]+ly\s+)?$")
# "by" after a participle is that participle's agent ("made by", "taken by", "provided by")
PARTICIPLE = re.compile(
    r"(?:\w+ed|\w+en|made|led|held|set|done|run|paid|laid|sent|built|brought|sought|won|met|put|shown|borne|"
    r"undertaken|adopted|expressed|agreed|established|being|been)$",
    re.I,
)
# "for consideration by national Governments": up to two modifiers between "by" and the agent's alias
# ("promoted in particular by the International Maritime Organization": the participle stands before the adverb)
BY = re.compile(
    r"(\S+)\s+(?:(?:in\s+particular|particularly|notably|also|jointly|inter\s+alia),?\s+)?by\s+"
    r"(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
# an owner's "'s" and the words after it, among which the activity: "the Agency’s continued efforts"
OWNER = re.compile(r"['’]s\s+((?:[\w-]+\s+){0,3}[\w-]+)")
TOPIC = re.compile(r"\b(?:regarding|concerning|about|on)\s+(?:the\s+)?$")
# (and a modifier or two after "and": "by the Government of Mali and the signatory armed groups")
CONNECTOR = re.compile(
    r"(?:[\s,]|\b(?:and|or|as well as|the|all|its|their|relevant|other)\b)*"
    r"(?:\b(?:and|or)\s+(?:the\s+|all\s+)?(?:[a-z][\w-]*\s+){1,2})?"
)


@lru_cache(maxsize=4)
def _of_agent(v: Vocabulary) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(v.agent_nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\s+(?:of|by)\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+)?$", re.I)


def object_end(text: str, start: int, stop: int) -> int:
    """Where the verb's object that opens at `start` ends, at `stop` at the latest."""
    m = OBJECT_STOP.search(text, start, stop)
    return m.start() if m else stop


def agents(text: str, found: list[tuple[str, int, int]], v: Vocabulary, by_only: bool = False) -> tuple[str, ...]:
    """The agents of the activity in text (a verb's object, object_end), from the
    actors found in it (id, start, end), in order: the first one marked as an agent, and those
    listed with it ("by the Government and the Council" gives both). by_only: marked by "by" only
    (an activity of something: "the convening of a dialogue with participation of donors")."""
    of_agent = _of_agent(v)
    agent_nouns = {n.lower() for n in v.agent_nouns}
    for i, (a, s, e) in enumerate(found):
        before = text[max(0, s - 80) : s]
        by = BY.search(before)
        # "communication regarding BINUH’s mandate": the owner of a topic is no agent (S/RES/2743 (2024) op 22)
        owner = None if TOPIC.search(before) else OWNER.match(text, e)
        if (by and (not PARTICIPLE.search(by.group(1)) or PASSIVE.search(before, 0, by.start(1)))) or (
            not by_only
            and (of_agent.search(before) or (owner and not agent_nouns.isdisjoint(owner.group(1).lower().split())))
        ):
            run = [(a, s, e)]
            for b in found[i + 1 :]:
                if not CONNECTOR.fullmatch(text, run[-1][2], b[1]):
                    break
                run.append(b)
            return tuple(dict.fromkeys(x for x, _, _ in run))
    return ()


LEAD = re.compile(r"(?:the\s+)?")


def owner_first(window: str, found: list[tuple[str, int, int]], v: Vocabulary) -> tuple[str, ...]:
    """The owner of the activity a window opens with ("encourages CTED’s continued active participation
    in ... activities ..., including within the CTITF": CTED, not the bodies the activity is in)."""
    if not found or LEAD.fullmatch(window, 0, found[0][1]) is None:
        return ()
    owner = OWNER.match(window, found[0][2])
    agent_nouns = {n.lower() for n in v.agent_nouns}
    return (found[0][0],) if owner and not agent_nouns.isdisjoint(owner.group(1).lower().split()) else ()


# a participle's agent ("controlled by", "approved by", "as recommended by"), not after a form of "be" (that
# is the clause's verb: "the management of the award will be provided by the Secretariat")
PARTICIPLE_BY = re.compile(r"(?:\b([a-z]+)\s+)?\b([a-z]+)\s+by\s+(?:the\s+|its\s+)?$")
BE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+\s+)?$")


def participle_agent(window: str, s: int, v: Vocabulary) -> bool:
    """Whether the actor at s of a decision's window is the agent of a participle that qualifies a thing:
    "Decides that rough diamonds controlled by the Government of Liberia ... shall be exempt", "that any such
    exemption approved by the Committee shall only be granted" (the deciding organ decides, heldout6 S/RES/1478
    op 14, gold S/RES/2255 op 20), not of an activity, whose agent acts ("that any support provided by UNMISS
    ... shall be informed by robust conflict-sensitive analysis", heldout5 S/RES/2820 op 3)."""
    m = PARTICIPLE_BY.search(window, tail_start(window, s, 4), s)
    return bool(
        m
        and PARTICIPLE.search(m.group(2))
        and (m.group(1) or "").lower() not in {n.lower() for n in v.agent_nouns}
        and not BE_BEFORE.search(window, max(0, m.start(2) - 40), m.start(2))
    )
