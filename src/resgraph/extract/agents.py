"""Who a directive verb asks to act when its object is an activity, not a body.

"Encourages the efforts of the African Union to ...": the verb names no addressee of its own (its
window, addressees.py, names none), but the activity it asks for has an owner after "of" that follows an
activity noun of the vocabulary (verbs.yaml `agent_nouns`: "the efforts of"), and that owner is who is
asked, as the golds read them (tests/mandate_gold). The activity's agent is not asked (the golds'
convention for the agents of a nominal activity): the one marked by "by" or "from" ("encourages further
assistance in mine action by the United Nations", "urges the full implementation by the parties of ...",
"encourages further support from bilateral and multilateral partners": agent_lead), the owner before
"'s" ("Encourages the Government's efforts", heldout A/HRC/RES/54/34 op 8: owner_first) or a possessive
for one only named before ("encourages its continued engagement", pronouns.owner). Unless what the agent
does is hand the asking organ something (verbs.yaml `unaddressed.source_nouns`: "prompt reporting by the
Secretary-General", "comments from Member States") or the "by" is a passive's ("measures to be undertaken
by UNDP"). A participle's "by" is no request either ("the pledges made by the parties" are the parties'
pledges). Activities between actors ("cooperation among A, B and C") name no agent here: the golds read
them as asking no one. A participle's agent in a decision's subject ("rough diamonds controlled by the
Government") qualifies a thing: it is not who acts (participle_agent).
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
# ("promoted in particular by the International Maritime Organization": the participle stands before the adverb;
# "to be carried out jointly by AMISOM-UNSOM teams": before its particle)
BY = re.compile(
    r"(\S+)(?:\s+out)?\s+(?:(?:in\s+particular|particularly|notably|also|jointly|inter\s+alia),?\s+)?by\s+"
    r"(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
# an owner's "'s" and the words after it, among which the activity: "the Agency’s continued efforts"
OWNER = re.compile(r"['’]s\s+((?:[\w-]+\s+){0,3}[\w-]+)")
# (and a modifier or two after "and": "by the Government of Mali and the signatory armed groups")
CONNECTOR = re.compile(
    r"(?:[\s,]|\b(?:and|or|as well as|the|all|its|their|relevant|other)\b)*"
    r"(?:\b(?:and|or)\s+(?:the\s+|all\s+)?(?:[a-z][\w-]*\s+){1,2})?"
)


@lru_cache(maxsize=4)
def _sources(v: Vocabulary) -> frozenset[str]:
    return frozenset(n.lower() for n in v.unaddressed.get("source_nouns") or ())


def _activity(word: str, v: Vocabulary) -> bool:
    """Whether a head noun names an activity: the vocabulary's activity or agent nouns, or a gerund."""
    from resgraph.extract.unaddressed import is_activity  # unaddressed imports PARTICIPLE from here

    w = word.lower()
    return is_activity(w, v) or w in {n.lower() for n in v.agent_nouns} or (w.endswith("ing") and len(w) > 4)


# a window that opens with an activity and its agent after "by" or "from": determiners, up to four modifiers
# (no preposition among them), the head noun, a participle ("efforts made by") or an adverb, then "by"/"from"
# ("increased capacity-building and technical assistance by States", "a timely decision by the Government of
# Timor-Leste on the nature ... of the United Nations role", "support from bilateral and multilateral partners")
PREPOSITION = r"(?:of|for|to|in|on|with|by|from|at|towards|toward|within|through|under)\b"
NOT_MODIFIER = (
    r"(?!(?:of|for|to|in|on|with|by|from|at|between|among|amongst|towards|toward|against|through|under|within|into|"
    r"that|which|who|whose|as|including|such)\b)"
)
DETERMINERS = (
    r"(?:(?:the|a|an|its|their|his|her|this|these|such|all|any|some|more|greater|further|continued|renewed|full)\s+)*"
)
MODIFIERS = rf"(?:{NOT_MODIFIER}[a-z][\w-]*,?\s+(?:(?:and|or)\s+)?){{0,4}}?"
AGENT_LEAD = re.compile(
    rf"{DETERMINERS}{MODIFIERS}{NOT_MODIFIER}(?P<noun>[a-z][\w-]*)\s+"
    r"(?:(?:made|undertaken|taken|carried\s+out|exerted|deployed|being\s+made)\s+)?"
    r"(?:(?:in\s+particular|particularly|notably|also|jointly|inter\s+alia|including),?\s+)?(?:by|from)\s+(?!\d)"
)


# the head noun of an object, before its first preposition: "enhanced reporting to the Security Council by"
HEAD = re.compile(rf"{DETERMINERS}{MODIFIERS}{NOT_MODIFIER}(?P<noun>[a-z][\w-]*)\s+(?!{NOT_MODIFIER})")


def _handed(text: str, word: str, v: Vocabulary) -> bool:
    """Whether the activity of an object (text, from its start) whose agent "by" marks after `word` is one
    whose agent hands the organ something: its head noun or the word before "by" is a source noun ("enhanced
    reporting to the Security Council by the Secretary-General", "the submission of reports by States")."""
    head = HEAD.match(text)
    return word.lower() in _sources(v) or bool(head and head.group("noun").lower() in _sources(v))


def agent_lead(window: str, found: list[tuple[str, int, int]], v: Vocabulary) -> bool:
    """Whether a window is an activity whose agent "by" or "from" marks, with no actor named before that
    agent: who is named in it acts, is helped or is worked with, and none of them is asked ("encourages
    further assistance in mine action by the United Nations to the Government of Lebanon", heldout10
    S/RES/1496 op 9). Not an activity whose agent hands the organ something ("prompt reporting by the
    Secretary-General": who reports is asked)."""
    m = AGENT_LEAD.match(window)
    if m is None or (found and found[0][1] < m.end()):
        return False
    noun = m.group("noun").lower()
    return _activity(noun, v) and noun not in _sources(v)


@lru_cache(maxsize=4)
def _of_agent(v: Vocabulary) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(v.agent_nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\s+of\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+)?$", re.I)


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
    for i, (a, s, e) in enumerate(found):
        before = text[max(0, s - 80) : s]
        by = BY.search(before)
        # (an owner, "the Agency’s continued efforts", is the activity's agent: not asked, as after "by")
        # "by" marks who is asked after a passive ("to be undertaken by") or a thing handed over ("reporting by"),
        # not the agent of any other activity ("assistance in mine action by the United Nations": agent_lead)
        marked = by and (
            PASSIVE.search(before, 0, by.start(1)) if PARTICIPLE.search(by.group(1)) else _handed(text, by.group(1), v)
        )
        if marked or (not by_only and of_agent.search(before)):
            run = [(a, s, e)]
            for b in found[i + 1 :]:
                if not CONNECTOR.fullmatch(text, run[-1][2], b[1]):
                    break
                run.append(b)
            return tuple(dict.fromkeys(x for x, _, _ in run))
    return ()


LEAD = re.compile(r"(?:the\s+)?")
# a name that owns what follows it, plural ("Member States’ further progress"), which the vocabulary's aliases do not
# take in (a plural possessive is no addressee, addressees.py)
PLURAL_OWNER = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*s['’]\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def plural_owner(window: str, v: Vocabulary) -> bool:
    """Whether a window opens with an activity a plural name owns ("encourages Member States’ further progress in
    this regard, including by concluding arrangements with the Office of the Ombudsperson", heldout4 S/RES/2253
    (2015) op 60, heldout7 S/RES/2161 op 47: the golds' empty set), whose agent it is: none named in it is asked."""
    m = PLURAL_OWNER.match(window)
    words = re.split(rf"[,;]|\s+{PREPOSITION}", m.group(1), maxsplit=1)[0].split() if m else []
    return bool(words) and _activity(words[-1], v)


def owner_first(window: str, found: list[tuple[str, int, int]], v: Vocabulary) -> tuple[str, ...]:
    """The owner of the activity a window opens with ("encourages CTED’s continued active participation
    in ... activities ..., including within the CTITF": CTED), its agent: the caller asks no one of them."""
    if not found or LEAD.fullmatch(window, 0, found[0][1]) is None:
        return ()
    owner = OWNER.match(window, found[0][2])
    # the owned head, the last word before any preposition: "continued active participation in", not "Plan of Action"
    words = re.split(rf"\s+{PREPOSITION}", owner.group(1), maxsplit=1)[0].split() if owner else []
    return (found[0][0],) if words and words[-1].lower() in {n.lower() for n in v.agent_nouns} else ()


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
