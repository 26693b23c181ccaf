"""Who a directive verb asks to act when its object is an activity, not a body: the activity's agents.

"Urges engagement by the sides", "Encourages their use by Member States", "the Department's continued efforts", "the
efforts of the Government of Haiti", "cooperation between the African Union and the United Nations", "coordination among
all relevant States and regional fisheries management organizations", "contributions from Member States": the verb names
no addressee of its own (its window, addressees.py, names none ahead of the activity), but the activity it asks for has
agents, and they are who is asked (the addressee convention from stop 27, tests/mandate_gold/README.md, "What counts";
74a1de3, ba92233 and fc85219 had read them as asking no one). One mechanism (agents): the action noun heading the verb's
object, then the phrase that marks its agent: after "by" (not a participle's that qualifies a thing, "the Agreement
signed by the parties", but "efforts made by", verbs.yaml `unaddressed.agent_participles`, and a passive's, "to be
undertaken by UNDP"), the owner before "'s" or after "of" that follows an activity noun of verbs.yaml `agent_nouns`
("the efforts of"; not "with the support of", a partner), the parties after "between" / "among" that follows an
activity, the givers after "from" that follows a noun of what is given (verbs.yaml `unaddressed.giver_nouns`:
"contributions from"; not "withdrawal from Lebanon", a place). Not agents: an adjective ("international support"), a
partner after "with", a beneficiary after "to", the bodies of an example after "such as". A possessive or "such"
standing for agents named before in the paragraph ("encourages its continued engagement", "encourages the continuation
of such cooperation") is read by pronouns.owner and window_openers.such_agents. A participle's agent in a decision's subject ("rough
diamonds controlled by the Government") qualifies a thing: it is not who acts (participle_agent).
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract.addressees import tail_start
from resgraph.extract.asides import ASIDE, NAME_TAIL, THOSE
from resgraph.vocab import STATE, Vocabulary, load
from resgraph.wordsearch import phrases

# the verb's object, up to a comma, semicolon, colon or infinitive ("Encourages efforts to promote the work of the
# Committee"; "to in" is none: "the trust fund referred to in paragraph 101 above by the SG", A/RES/75/239 op 106)
# (not a passive infinitive, whose agent acts: "requests further measures to be undertaken inter alia by the United
# Nations Development Programme, ...", heldout8 S/RES/1494 (2003) op 15)
# (nor a comma before a name that goes on a list of agents: "by the United Nations Development Programme, the Office
# of the United Nations High Commissioner for Refugees and the Office for the Coordination of Humanitarian Affairs")
# (the name's own part after "including its" may follow it: "between Special Representatives of the Secretary-General,
# the Department of Peacekeeping Operations including its Police Division, the Department of Political Affairs",
# S/RES/2185 (2014) op 26), with "of" in it ("including its Office of Military Affairs") or between commas ("the
# Department of Peace Operations, including its Police Division, the Department of Political Affairs")
OWN_PART = r"including\s+(?:its|their)\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|on|the))*"
NAME_GOES_ON = (
    r"\s*(?:(?:and\s+|or\s+)?(?:the\s+)?(?:(?:other|all|relevant)\s+)*[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|on|and|the|in))*"
    rf"(?:\s+[a-z][\w-]*|\s+{OWN_PART})?|{OWN_PART}(?=\s*,))\s*(?:,|and\b|or\b|to\b|[;:.]|$)"
)
# (nor the commas of an aside before a joint activity's "between" (asides.ASIDE), nor those of activities that share an
# "of", "the further development, implementation and funding of National Action Plans ... by Cameroon", S/RES/2349
# (2017) op 14, nor those of a part of the last party singled out in 40 characters at most, asides.THOSE)
SERIES = r"(?:\s*[a-z][\w-]*,){0,4}\s*[a-z][\w-]*,?\s+(?:and|or)\s+[a-z][\w-]*\s+of\b"  # bounded: tried at every comma
OBJECT_STOP = re.compile(
    rf"[;:]|,(?!{NAME_GOES_ON}|\s*(?:{ASIDE}\s*)?(?:between|among|amongst)\b|{SERIES}|\s*{THOSE}\s[^,;:]{{1,40}},)"
    r"|\bto\s+(?!(?:the|all|those|its|their|a|an|each|any|both|relevant|other|such|in)\b|be\s+[a-z]+(?:ed|en|wn)\b)[a-z]"
)
PASSIVE = re.compile(r"\bbe\s+(?:[a-z]+ly\s+)?$")
# "by" after a participle is its agent ("made by", "taken by", "provided by"; irregular ones: mandates.yaml `by_participles`)
PARTICIPLE = re.compile(rf"(?:\w+ed|\w+en|{phrases(load().mandates['by_participles'])})$", re.I)
# "for consideration by national Governments": up to two modifiers between "by" and the agent's alias
# ("promoted in particular by the International Maritime Organization": the participle stands before the adverb;
# "to be carried out jointly by AMISOM-UNSOM teams": before its particle), or more when they are coordinated
# ("further efforts by relevant national and international actors", A/RES/74/206 op 15 and its renewals)
# (the particle of a phrasal participle, mandates.yaml `by_particles`: "drawn up by the authorities of the Central African
# Republic" qualifies the plan, A/HRC/RES/57/35 op 45, heldout48 29: no agent asked)
BY_PARTICLES = phrases(load().mandates["by_particles"])
BY = re.compile(
    rf"(\S+)(?:\s+(?:{BY_PARTICLES}))?\s+(?:(?:in\s+particular|particularly|notably|also|jointly|inter\s+alia),?\s+)?by\s+"
    r"(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){0,2}|(?:[a-z][\w-]*,?\s+){1,3}(?:and|or)\s+(?:[a-z][\w-]*\s+)?)$"
)
# an owner's "'s" and the words after it, among which the activity: "the Agency’s continued efforts"
OWNER = re.compile(r"['’]s\s+((?:[\w-]+\s+){0,6}[\w-]+)")
# (and a modifier or two after "and": "by the Government of Mali and the signatory armed groups"; or a name's first
# words, which no alias takes in: "by the Secretary-General and the United Nations Special Coordinator"; the bodies
# a list names after "including", as a list of addressees: "by all relevant stakeholders, including the Dispute
# Tribunal ..., the Secretary-General and staff representatives", A/RES/80/238 op 23; not after "such as")
CONNECTOR = re.compile(
    r"(?:[\s,()]|\b(?:and|or|as well as|the|all|its|their|relevant|other|including|in particular|particularly|notably|"
    r"especially)\b)*"
    r"(?:\b(?:and|or)\s+(?:the\s+|all\s+)?(?:[a-z][\w-]*\s+){1,2}|\b(?:and|or)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,2})?"
)


# a member of a list that the vocabulary lacks, and the join after it: "between the Presidential Council, the African
# Union, and UNSMIL" (S/RES/2796 (2025) op 8), "the Counter-Terrorism Implementation Task Force and the United Nations
# Development Programme": a capitalised name of two words or more, its inner words "of", "for", "on", "and", "the",
# "in" (not "the Committee", a contextual alias that stands for no body named before); in an agents' list, also a lower-case
# plural of a word or two ("between ... specialized agencies and programmes and the mechanisms of the Human Rights Council")
JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
UNKNOWN_ITEM = rf"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|on|and|the|in))+?{JOIN}"
LOWER_ITEM = rf"(?!(?:its|their|this|his|as|is|was|has|of|for|to|in|on|at|by|with|from|through|under)\b)(?:[a-z][\w-]*\s+)?[a-z][\w-]*s{JOIN}"
# the list of agents going on past members the vocabulary lacks or names only in part: ", the Counter-Terrorism
# Executive Directorate, the UN Office on Drugs and Crime, the Counter-Terrorism Implementation Task Force and"
# (the aliases "Executive Directorate", "Office on Drugs and Crime": a name's first words before the alias) (and past
# a member's own part: "the Department of Peacekeeping Operations including its Police Division,", ", including its
# Police Division,", or before "and": "... including its Office of Military Affairs and the African Union", stop 51),
# "other United Nations Missions in the LRA-affected region, the AU-RTF", S/RES/2211 (2015) op 28; "the United Nations
# Country Team in Haiti, the MSS mission, regional organizations", heldout4 S/RES/2743 (2024) op 22)
# (and past the rest of a member's name after "for" / "on" or a holder's subject: asides.NAME_TAIL)
IN_A_STATE = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")
# the body a member belongs to after it ("between the Department of Economic and Social Affairs of the Secretariat and
# the United Nations entities", A/RES/74/124 op 14; no second owner: "... of the ECOSOC and the Secretariat" + Secretariat,
# a test row), or its part with "and" in its name, an alias at its end ("its Peace and Security Council and"): no party
OWNER_OF = re.compile(r"\s+of\s+(?:the\s+)?")
PART_WITH_AND = re.compile(
    r"\s+including\s+(?:its|their)\s+(?:[A-Z][\w-]*\s+(?:(?:of|for|on|the)\s+)*)*?"
    rf"(?!(?:{phrases(load().mandates['part_heads'])})\s)[A-Z][a-z][\w-]*\s+and\s+"  # mandates.yaml
)
LIST_GOES_ON = re.compile(
    NAME_TAIL + r"(?:\s+[a-z][\w-]*(?=,))?(?:\s+(?:in|within|including)\s+(?:(?:its|their|the)\s+)?[^,;:()]{1,40}?(?=,)"
    rf"|,\s*(?:including\s+(?:its|their)|{THOSE})\s+[^,;:()]{{1,40}}?(?=,)|\s+" + OWN_PART + r"(?=\s+and\s))?"
    rf"\s*+(?:,\s*+)?+(?:(?:and|or|as\s+well\s+as|including|in\s+particular|particularly|notably|especially)\s+)?"
    rf"(?:{UNKNOWN_ITEM}|{LOWER_ITEM}){{0,2}}(?:the\s+|other\s+|relevant\s+)*"
    r"(?:[A-Z][\w-]*\s+){0,2}"
)


@lru_cache(maxsize=16)
def _listed(v: Vocabulary, key: str) -> frozenset[str]:
    """A word list of verbs.yaml `unaddressed` (giver_nouns, agent_participles, joint_nouns, ...), lower case."""
    return frozenset(n.lower() for n in v.unaddressed.get(key) or ())


@lru_cache(maxsize=4)
def agent_nouns(v: Vocabulary) -> frozenset[str]:
    """verbs.yaml `agent_nouns` ("the efforts of X", "X's work"), lower case (asked.py, unaddressed.py too)."""
    return frozenset(n.lower() for n in v.agent_nouns)


def activity_noun(word: str, v: Vocabulary) -> bool:
    """Whether a head noun names an activity: the vocabulary's activity or agent nouns, or a gerund."""
    from resgraph.extract.unaddressed import gerund, is_activity  # unaddressed imports PARTICIPLE from here

    w = word.lower()
    return is_activity(w, v) or w in agent_nouns(v) or gerund(w, v)


# a window that opens with an activity and its agent after "by" or "from": determiners, up to four modifiers
# (no preposition among them), the head noun, a participle ("efforts made by") or an adverb, then "by"/"from"
# (the participles are data: ontology/vocab/mandates.yaml `lead_participles`)
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
    rf"(?:(?:{phrases(load().mandates['lead_participles'])})\s+)?"
    r"(?:(?:in\s+particular|particularly|notably|also|jointly|inter\s+alia|including),?\s+)?(?:by|from)\s+(?!\d)"
)


def agent_lead(window: str, found: list[tuple[str, int, int]], v: Vocabulary) -> bool:
    """Whether a window opens with an activity whose agent "by" or "from" marks, no actor named before that
    agent ("encourages further assistance in mine action by the United Nations to the Government of Lebanon",
    heldout10 S/RES/1496 op 9): the agent is asked (agents), none of the others named in it."""
    m = AGENT_LEAD.match(window)
    return m is not None and not (found and found[0][1] < m.end()) and activity_noun(m.group("noun"), v)


@lru_cache(maxsize=4)
def _of_agent(v: Vocabulary) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(v.agent_nouns, key=len, reverse=True))
    return re.compile(rf"\b(?P<noun>{nouns})\s+of\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+)?$", re.I)


# "with the support of the United Nations", "in cooperation with": a partner's activity, not the one asked for
PARTNER_BEFORE = re.compile(r"\b(?:with|through|under|in)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# the parties of a joint activity: "cooperation between the African Union and", "coordination and cooperation for
# this purpose among all relevant States and" (the activity's noun, of verbs.yaml `unaddressed.joint_nouns`, a
# purpose or regard, then the preposition; not "connectivity between cities", "the arrangement between Israel and";
# the bodies a kind the vocabulary lacks is made of, after "including": "close co-ordination among UN missions in the
# region, including UNAMID, ...", S/RES/2003 (2011) op 17)
# an aside between the activity and "between": "information sharing, where relevant and appropriate, between"
# (S/RES/2195 (2014) op 19), "the sharing of information and best practices, on a regular basis, between" (heldout7
# A/HRC/RES/57/32 op 9: the activity's head before what it is of, "the exchange of information between")
# (or "in particular" before "between"; a topic of lower-case words after "on" / "in" / "at": "closer
# cooperation on disaster risk reduction, emergency response and management between the United Nations and ASEAN",
# A/RES/75/15 op 21; "between and among States", heldout13 A/HRC/RES/59/11 op 5; its words may hold an "of": "closer
# cooperation on the culture of peace agenda between the United Nations and the Association of Southeast Asian
# Nations", A/RES/75/15 op 23, 77/12 op 19, 79/290 op 30)
# (the parties' representatives, members or leaders: "encourages further contacts between representatives of civil
# society", S/RES/1716 (2006) op 12 and the Council's Cyprus texts to 1808 (2008): the body they stand for)
JOINT_ASIDE = (
    rf"(?:,\s*{ASIDE}|,?\s+(?:in\s+particular|particularly|especially|notably|mainly))?"
    r"(?:\s+(?:on|in|at)(?:\s+(?!(?:by|with|from|to|between|among|amongst|that|which|including)\b)[a-z][\w-]*,?){1,8}?"
    r"(?=\s+(?:between|among|amongst)\b))?"
)
BETWEEN = r"(?:between|among|amongst)(?:\s+and\s+(?:between|among|amongst))?"
# parties the vocabulary lacks before one it knows, a list's members: "collaboration between practitioners, experts and
# other relevant stakeholders" (A/RES/77/209 op 44), "continued collaboration between the follow-up and review process
# of the World Summit and the Technology Facilitation Mechanism" (heldout8 E/RES/2023/3 op 17, heldout4 E/RES/2024/13 op 19,
# the first gold's E/RES/2021/28 op 15): any words but a purpose, a partner or a topic, then a list's join (not a contextual
# alias that stands for no body named before: "amongst the Committee, the Monitoring Team and the Executive Directorate")
LOWER_ITEMS = (
    r"(?!(?:the\s+)?[A-Z][\w’'-]*(?:,|\s+(?:and|or)\b))"
    r"(?:(?!(?:to|that|which|who|with|by|for|through|such|including|on|at|from|towards|regarding|concerning)\b)"
    r"[\w’'-]+,?\s+){1,12}?(?:(?<=,\s)(?:and\s+|or\s+)?|(?:and|or|as\s+well\s+as)\s+)"
    r"(?:(?:the|all|relevant|other|concerned)\s+)*"
)
JOINT = re.compile(
    r"(?:\b(?P<mod>[a-z][\w-]*)\s+)?(?P<noun>[a-z][\w-]*)(?:\s+of\s+(?:[a-z][\w-]*,?\s+){0,4}?(?P<last>[a-z][\w-]*))?"
    r"(?:\s+(?:for|in|to)\s+(?:this|that|the\s+same)\s+(?:purpose|regard|respect|end|context))?"
    rf"{JOINT_ASIDE},?\s+{BETWEEN}\s+(?:(?:the|all|relevant|other|both|concerned|its|their|national|"
    r"regional|international)\s+)*(?:(?:[\w-]+\s+){1,6}?(?:in\s+the\s+region\s*)?,\s*(?:including|in\s+particular|"
    rf"particularly|notably|especially)\s+(?:the\s+)?|{LOWER_ITEMS})?(?:{UNKNOWN_ITEM}){{0,2}}(?:the\s+)?"
    r"(?:(?:senior\s+)?(?:representatives|members|leaders)\s+of\s+(?:the\s+)?)?"
    # (a hyphenated modifier before the name: "consultations between the nuclear-weapon States and", A/RES/76/44 op 4)
    rf"(?:{NOT_MODIFIER}[a-z][\w]*-[a-z][\w-]*\s+)?(?:[A-Z][\w-]*\s+){{0,2}}$"
)
# the givers of what is given: "contributions from Member States", "further support from bilateral partners"; what it
# is given for between, a determiner opening it ("encourages the necessary support for its implementation from the
# administering Power, the United Nations system and relevant stakeholders", heldout15 A/RES/77/145 op 9 and the
# Assembly's Tokelau texts 2019-2024; not an infinitive's object: "cooperation to prevent attacks from armed groups")
# (or what is given after "of": "invites donation of vaccine doses from developed economies and all those in a position
# to do so", heldout15 S/RES/2565 (2021) op 11)
# (no preposition among its words: "the mobilization of resources and building of capacity with support from
# international financial institutions", A/RES/74/19 op 17, is the support's)
FOR_WHAT = (
    rf"(?:for\s+(?:its|their|the|this|these|such)\s+(?:{NOT_MODIFIER}[\w’'-]+\s+){{1,3}}?"
    rf"|of\s+(?:{NOT_MODIFIER}[a-z][\w-]*\s+){{1,3}}?)?"
)
FROM = re.compile(
    rf"(?P<noun>[a-z][\w-]*)\s+{FOR_WHAT}(?:(?:in\s+particular|particularly|notably|also|including),?\s+)?from\s+"
    r"(?:among\s+)?"
    r"(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
WORD_BEFORE = re.compile(r"([a-z][\w-]*),?\s+$")  # (a comma after it: "education and training, promoted by")


def object_end(text: str, start: int, stop: int) -> int:
    """Where the verb's object that opens at `start` ends, at `stop` at the latest."""
    m = OBJECT_STOP.search(text, start, stop)
    return m.start() if m else stop


def _by_marks(before: str, v: Vocabulary) -> bool:
    """Whether "by" just before an actor (before: the text before it) marks an activity's agent: not a participle's
    that qualifies a thing ("the Agreement signed by the parties", "the assistance requested by the Government"),
    but a passive's ("to be undertaken by UNDP") and an agentive participle's right after an activity ("efforts
    made by", "the support provided by UNMISS")."""
    by = BY.search(before)
    if by is None:
        return False
    if not PARTICIPLE.search(by.group(1)):
        return True
    if PASSIVE.search(before, 0, by.start(1)):
        return True
    noun = WORD_BEFORE.search(before, max(0, by.start(1) - 40), by.start(1))
    return by.group(1).lower() in _listed(v, "agent_participles") and bool(noun and activity_noun(noun.group(1), v))


def joint_noun(word: str, v: Vocabulary) -> bool:
    """Whether a word is an activity of two sides: a noun of verbs.yaml `unaddressed.joint_nouns`, or a compound ending
    in one ("information-sharing")."""
    w = word.lower()
    return w in _listed(v, "joint_nouns") or w.split("-")[-1] in _listed(v, "joint_nouns")


def _joint(m: re.Match[str], v: Vocabulary) -> bool:
    """Whether the JOINT match m reads an activity of two sides: the word before "between" is one ("the promotion of
    dialogue among"; or one of verbs.yaml `unaddressed.joint_modifiers` qualifies it: "shared information between"), or
    the head before "of" is, and what it is of is shared (verbs.yaml `unaddressed.shared_nouns`:
    "the sharing of information and best practices ... between", not "the exchange of letters between", a document).
    A joint modifier makes no activity of a thing ("the joint declaration between", "the mutual border between",
    `unaddressed.joint_modifier_things`) nor of an adverb ("the information shared internationally between")."""
    if m.group("last") is None:
        noun = m.group("noun").lower()
        return joint_noun(noun, v) or (
            (m.group("mod") or "").lower() in _listed(v, "joint_modifiers")
            and not noun.endswith("ly")
            and noun not in _listed(v, "joint_modifier_things")
        )
    return joint_noun(m.group("last"), v) or (
        joint_noun(m.group("noun"), v) and m.group("last").lower() in _listed(v, "shared_nouns")
    )


def joint_marked(text: str, s: int, v: Vocabulary) -> bool:
    """Whether the actor at s of text is a party of a joint activity named before it (JOINT, _joint): the first match
    that reads one, from the farthest back (a topic may stand between the activity and "between")."""
    before = text[max(0, s - 160) : s]
    at = 0
    while (joint := JOINT.search(before, at)) is not None:
        # ("information-sharing between", S/RES/2117 (2013) op 7: a compound's head, its last part)
        if _joint(joint, v):
            return True
        at = joint.start() + 1
    return False


# an office named before its head's alias: "between the Office of the Special Envoy for the Great Lakes, MONUSCO,
# UNOCA" (heldout33 S/RES/2808 (2025) op 20), "efforts by the Office of the Special Adviser on Africa": the office
# read as its head (as a verb's own addressee, heldout16 03 op 5, heldout3 04 op 5), so its "between" or "by" marks it
OFFICE_OF = re.compile(r"\b(?:the\s+)?[Oo]ffices?\s+of\s+(?:the\s+)?$")


def name_start(text: str, s: int) -> int:
    """Where the name of the actor whose alias starts at s begins: before "the Office of the" that opens it."""
    m = OFFICE_OF.search(text, max(0, s - 30), s)
    return m.start() if m else s


def _marked(text: str, s: int, v: Vocabulary, by_only: bool, joint_of: bool = False) -> bool:
    """Whether the actor at s of text is marked as the agent of an activity (agents)."""
    s = name_start(text, s)
    before = text[max(0, s - 80) : s]
    # (in the purpose of efforts, joint_of, an agent after a name or a participle, "personnel deployed to AMISOM by", not
    # after a noun: "efforts to protect civilians from attacks by armed groups", "the draft for review by Member States")
    by = BY.search(before) if joint_of else None  # (a lower-case word before "by" that is no participle: a noun)
    if _by_marks(before, v) and not (by and by.group(1)[:1].islower() and not PARTICIPLE.search(by.group(1))):
        return True
    if joint_marked(text, s, v):
        return True
    given = FROM.search(before)
    if given and given.group("noun").lower() in _listed(v, "giver_nouns"):
        return True
    of = None if by_only and not joint_of else _of_agent(v).search(before)
    if of and by_only and of.group("noun").lower() not in _listed(v, "purpose_nouns"):  # not "the work of"
        of = None
    return bool(of and not PARTNER_BEFORE.search(before, 0, of.start()))


def agents(
    text: str, found: list[tuple[str, int, int]], v: Vocabulary, by_only: bool = False, joint_of: bool = False
) -> tuple[str, ...]:
    """The agents of the activity in text (a verb's object, object_end), from the actors found in it (id, start,
    end, places too), in order: the first one marked as an agent (_marked, or the owner before "'s" of an activity,
    not of a topic: "communication regarding BINUH’s mandate", S/RES/2743 op 22), and those listed with it ("by
    the Government and the Council" gives both). by_only: not the owner after "of" (an activity of something:
    "the convening of a dialogue with participation of donors"); joint_of: with by_only, the owner after "of" of a
    joint activity still (in the purpose of efforts, purpose_end: "efforts to enhance cooperation and coordination of
    United Nations humanitarian entities", not "efforts to promote the work of the Committee against Torture")."""
    for i, (a, s, e) in enumerate(found):
        owner = None if by_only or TOPIC.search(text, max(0, s - 40), s) else OWNER.match(text, e)
        if _marked(text, s, v, by_only, joint_of) or (owner and owned_activity(owner.group(1), v)):
            run = [(a, s, e)]
            last = e  # where the last member's name ends, its owner after "of" with it
            for b in found[i + 1 :]:
                if b[1] < run[-1][2]:  # a group's members, one span: "by Central Asian countries, Member States"
                    run.append(b)
                    last = b[2]
                    continue
                if b[0].startswith(STATE) and IN_A_STATE.fullmatch(text, last, b[1]):
                    continue  # "the United Nations Country Team in Haiti, the MSS mission": a place
                if OWNER_OF.fullmatch(text, last, b[1]) or PART_WITH_AND.fullmatch(text, last, b[1]):
                    last = b[2]  # "the Department of ... of the Secretariat and": its owner; or the member's own part
                    continue
                if not CONNECTOR.fullmatch(text, last, name_start(text, b[1])) and not LIST_GOES_ON.fullmatch(
                    text, last, b[1]
                ):
                    break
                run.append(b)
                last = b[2]
            return tuple(dict.fromkeys(x for x, _, _ in run))
    return ()


TOPIC = re.compile(r"\b(?:regarding|concerning|about|on)\s+(?:the\s+)?$")


@lru_cache(maxsize=4)
def _action_nouns(v: Vocabulary) -> frozenset[str]:
    return agent_nouns(v) | _listed(v, "activity_nouns")


def owned_activity(owned: str, v: Vocabulary) -> bool:
    """Whether the words after an owner's "'s" are an activity: the owned head, the last word before any preposition
    ("continued active participation in", not "Plan of Action"), a noun of the vocabulary's lists or a gerund, not
    a noun its ending only makes one ("UNDOF’s equipment, resources", S/RES/2257 (2015) op 10: a thing's owner)."""
    from resgraph.extract.unaddressed import gerund  # (unaddressed imports this module)

    words = re.split(rf"[,;]|\s+{PREPOSITION}", owned, maxsplit=1)[0].split()
    head = words[-1].lower() if words else ""
    return head in _action_nouns(v) or gerund(head, v)


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
        and (m.group(1) or "").lower() not in agent_nouns(v)
        and not BE_BEFORE.search(window, max(0, m.start(2) - 40), m.start(2))
    )
