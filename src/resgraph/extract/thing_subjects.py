"""The actors a verb's window names that only qualify a thing, not who is asked: a "that" clause's subject that
is a thing of them ("Decides that the strategic priority of MINUSMA remains"), a decision's thing named with no
"that" ("Decides the mandate of UNMIL shall be extended"), a decision's subject opening with a thing ("Resolves
that the scale of assessments for the contributions of Member States ... shall be"), a participle's agent in a
decision's subject ("rough diamonds controlled by the Government of Liberia"), where a participle in any "that" clause's
subject took place ("those considered in the Conference on Disarmament"). A step of asked.named_in, split
from asked.py (which reads who the window asks once these are set aside); nothing here raises.
"""

from __future__ import annotations

import re

from resgraph.extract import agents as agent_clauses
from resgraph.extract.addressees import LIST_JOIN, OFFICER, tail_start, wrongdoers
from resgraph.vocab import STATE, Vocabulary, load
from resgraph.wordsearch import phrases

THAT = re.compile(r"\s+(?:\w+\s+)?that\b")
# a report as a "that" clause's subject, and the modal of its verb: what its author shall or may do
AUTHORED = re.compile(r"the\s+(?:[a-z]+\s+)?reports?\s+of\s")
MODAL_AFTER = re.compile(r"(?:\s*,[^;]{0,120}?)?\s+(?:shall|should|will|may|must)\s")
ACRONYM_AFTER = re.compile(r"\s*\(\s*")  # between a name and its acronym in parentheses
# a decision's subject that is a thing, the actors after it qualifying it: "Resolves that the scale of
# assessments for the contributions of Member States to the regular budget ... shall be as follows"
# (A/RES/76/238 op 12: the Assembly decides)
# (or a bare plural a participle qualifies: "decides that recommendations relating to the programme of the Department
# of Global Communications shall originate ... in the Committee and shall be considered by the Committee", A/RES/74/92
# op 6, heldout26 25, and the yearly texts on information)
THING_LEAD = re.compile(
    r"(?:the|a|an|any|such|this|these)\s+(?:(?:rule\s+of\s+law|[a-z][\w-]*)\s+){0,3}?"
    r"(?!rule\s+of\s+law\b)(?P<noun>[a-z][\w-]*)\s+"
    r"(?:of|for|to|in|on|from|under|against)\s"
    r"|(?P<bare>[a-z][\w-]*s)\s+(?:relating|related|pertaining)\s+to\s"
)
# the parts of a body that act for it, in lower case (addressees.OFFICER has them capitalised; the parts are data:
# ontology/vocab/mandates.yaml `body_parts`)
BODY_PARTS = frozenset(load().mandates["body_parts"])
# the pronouns of an actor's head ("those of", "that of") after a comma or a join, "in particular" at most between, in
# a subject that opens with an actor (SUBJECT_HEAD: determiners alone before it): a list's next body, not a thing's
# ("that the measures imposed by resolution 1493 and those of the Government" stay a thing's)
THE_ONES = ("those", "that")
SUBJECT_HEAD = re.compile(r"\s*(?:(?:all|each|every|any|both|the)\s+)*")
ONES_LEAD = re.compile(r"(?:,|\band|\bas\s+well\s+as)\s+(?:(?:in\s+particular|particularly|especially|notably)\s+)?$")
# a noun qualified by the actor after it: "the strategic priority of MINUSMA"
OF_THING = re.compile(r"\b([a-z][\w-]*)\s+of\s+(?:the\s+)?$")
# a part of a mission that opens a request's "that" clause subject, the mission after "of" (mandates.yaml
# `request_parts`): "that all components of the MONUSCO Force ... work together", "that the police component of"; not
# a thing of the part ("that the size of the military component of MINUSMA be kept under review")
REQUEST_PART = re.compile(
    rf"\s*(?:all\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:{phrases(load().mandates['request_parts'])})\s+of\s+(?:the\s+)?"
)


# the end of a wrongdoer's clause (acted_on): a punctuation mark, an infinitive ("Calls on those responsible to cease
# committing acts of sexual and gender-based violence", S/RES/2162 (2014) op 16: they are asked to act) or another
# "that" ("Demands that those responsible for this incident be held to account and that all States cooperate")
CLAUSE_END = re.compile(r"[;:,]|\bto\s+[a-z]|\band\s+that\b")
# a passive's verb: "be held accountable", "be effectively brought to justice", "are prosecuted"
PASSIVE_VERB = re.compile(
    r"\b(?:be|are|is|were)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn)|brought|held|caught|put|sought|dealt)\b"
)


def acting(text: str, ws: int, found: list, clause_end: int, v: Vocabulary) -> list:
    """found (actors in a window opening at ws of text) without the wrongdoers that their clause acts on (acted_on):
    actors.yaml `kind: wrongdoers` are asked only when they act."""
    return [f for f in found if not (wrongdoers(f[0], v) and acted_on(text, ws + f[2], clause_end))]


# a passive right after a subject: "and that the Council be briefed by the Special Representative", "and that
# humanitarian organizations be given unhindered access" (review55-D 1), "shall be kept informed"
PASSIVE_NEXT = re.compile(
    r"\s*(?:(?:shall|should|will|must|may)\s+)?(?:(?:also|not|further|[a-z]+ly)\s+)?(?:be|are|is)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|en|wn)|given|brought|held|put|sought|dealt|granted|made|kept|told|met|paid|sent|led)\b"
)


def not_passive(text: str, ws: int, found: list) -> list:
    """found (actors in a window opening at ws of text) without those a passive right after them acts on: a later
    "that" clause's subject that is briefed, given access or kept informed is what is done to, not who is asked
    (the agent after "by", where the vocabulary names one, is read as found)."""
    return [f for f in found if not PASSIVE_NEXT.match(text, ws + f[2])]


def acted_on(text: str, e: int, clause_end: int) -> bool:
    """Whether the wrongdoers whose alias ends at e (actors.yaml `kind: wrongdoers`: "those responsible", "the
    perpetrators") are the subject of a passive in their clause, what is done to them, not what they are asked to
    do: "demands that the perpetrators be held accountable" (A/RES/78/29 op 3), "urges that the perpetrators of attacks
    on journalists be brought to justice" (A/RES/79/317 op 14) ask no one (heldout12 S/RES/2228 (2015) op 14), while
    "demands that the perpetrators immediately desist from any further use of chemical weapons" (A/RES/77/73 op 3)
    asks them. Reads at most 200 characters of the clause."""
    stop = min(clause_end, e + 200)
    end = CLAUSE_END.search(text, e, stop)
    return PASSIVE_VERB.search(text, e, end.start() if end else stop) is not None


def _of_a_thing(window: str, s: int, v: Vocabulary, parts: bool = False, ones: bool = False) -> bool:
    """Whether the actor at s of a "that" clause's subject qualifies a thing ("the strategic priority
    of MINUSMA"), not an officer ("the President of the Council") nor an activity's agent ("the
    efforts of the Government"); parts: whether a part of the mission that opens the subject (REQUEST_PART)
    is the mission, as in a request whose subject acts ("requests ... that all components of the MONUSCO
    Force ... work together", S/RES/2409 (2018) op 47), not in a decision, which sets a part's size or task
    ("Decides that the military component of MINUSMA shall consist of": the Council's), nor in a passive
    ("Requests that the human rights component of UNMISS be strengthened": acted on; not_things); ones: whether the
    subject opens with an actor, for whom "those of", "that of" then stand (THE_ONES)."""
    m = OF_THING.search(window, tail_start(window, s, 3), s)
    # ("that no member of the Malian Armed Forces should interfere", S/RES/2071 (2012) op 2: the body, as "members")
    noun = m and m.group(1).lower()
    if (
        m is None
        or noun in agent_clauses.agent_nouns(v)
        or noun in ("member", "members")
        # a pronoun standing for the actor named before it: "that all governments in the region, and in particular
        # those of the Democratic Republic of the Congo and of States bordering Ituri and the Kivus, shall take"
        # (S/RES/1596 (2005) op 6, heldout47 08: state:COD beside RegionalPartners)
        or ones
        and noun in THE_ONES
        and bool(ONES_LEAD.search(window, tail_start(window, m.start(1), 5), m.start(1)))
        or parts
        and REQUEST_PART.fullmatch(window, 0, s)
    ):
        return False
    return not OFFICER.search(window, tail_start(window, s), s)


def _thing_lead(window: str, first: int, v: Vocabulary) -> bool:
    """Whether a "that" clause's subject opens with a thing that the first actor, at first, only
    qualifies ("the scale of assessments for the contributions of Member States"), not an officer
    ("the President of the Council") nor an activity's agent ("the efforts of the Government")."""
    m = THING_LEAD.match(window)
    # "the efforts of MINUJUSTH": the efforts' agent acts; "the bureau of the committee": the body
    noun = m and (m.group("noun") or m.group("bare")).lower()
    if m is None or m.end() > first or noun in agent_clauses.agent_nouns(v):
        return False
    if noun in BODY_PARTS:
        return False
    return not OFFICER.search(window, tail_start(window, first), first)


# a decision's subject that is an event the deciding organ arranges: "Decides that the high-level 2025 United Nations
# Conference to Support the Implementation of Sustainable Development Goal 14: Conserve ..., co-hosted by Costa Rica and
# France, will be organized in Nice" and "Decides that the Conference shall be organized in accordance with the
# organization of work set forth in annex II" (A/RES/78/128 ops 1, 15, heldout38 24: the Assembly's, as the sets read
# "Decides that the Conference shall be held from 27 to 30 May 2024", heldout8 24): the first modal after the subject's
# window (a title, an aside) held, convened, organized or hosted; not "shall be composed of" (the body, a test row), not
# a modal of a relative clause in an aside ("the 2025 United Nations Ocean Conference, which will be hosted by France and
# Costa Rica, shall adopt a declaration": the Conference acts), nor where the subject goes on to act ("the Committee on
# Conferences shall be convened in 2025 and shall submit a report": the Committee)
EVENT_MODAL = re.compile(
    r"\b(?:shall|should|will|must|may)\s+(?:(?:also|only|further|then)\s+)?"
    r"(?P<be>be\s+(?:held|convened|organi[sz]ed|hosted)\b)?"
)
RELATIVE_ASIDE = re.compile(r",\s*(?:which|that|who)\b[^,;]*,")
GOES_ON = re.compile(r"\band\s+(?:(?:also|then|further)\s+)?(?:shall|should|will|must|may)\s+(?!be\b)[a-z]")


def _event_passive(text: str, we: int, clause_end: int) -> bool:
    """Whether a decision's subject, its window ending at we, is an event the deciding organ arranges (EVENT_MODAL
    within 300 characters, no ";", a relative clause's aside set aside) and does nothing itself (GOES_ON)."""
    part = text[we:clause_end].split(";", 1)[0]
    part = RELATIVE_ASIDE.sub(lambda m: " " * len(m.group()), part)
    m = EVENT_MODAL.search(part)
    return m is not None and m.start() <= 300 and m.group("be") is not None and not GOES_ON.search(part, m.end())


def not_things(text: str, at: tuple[int, int, int, int], found: list, verb: str, v: Vocabulary) -> list:
    """found without the actors that only qualify a thing: a "that" clause's subject that is a thing of
    them ("Decides that the strategic priority of MINUSMA remains"), a decision's thing named with no "that"
    ("Decides the mandate of UNMIL shall be extended") or a participle's agent in a decision's subject
    ("rough diamonds controlled by the Government of Liberia"). at: (the verb's end, the window's start
    and end, the clause's end)."""
    e, ws, we, clause_end = at
    window = text[ws:we]
    if verb == "decides" and found and THAT.match(text, e) and _event_passive(text, we, clause_end):
        return []
    found = acting(text, ws, found, clause_end, v)
    if verb == "decides":  # "that rough diamonds controlled by the Government of Liberia shall be exempt"
        found = [f for f in found if not agent_clauses.participle_agent(window, f[1], v)]
    elif THAT.match(text, e):  # "that ... those considered in the Conference on Disarmament, be explored"
        found = not_placed(window, found, v)
    # "Decides that the strategic priority of MINUSMA remains", "Decides the mandate of UNMIL shall be": a thing's
    if found and (THAT.match(text, e) or verb == "decides" and _bare_thing(text, e, ws, window)):
        things: list[tuple[str, int, int]] = []
        # "Decides that the report of the Group of Experts ... may include": its author acts
        authored = verb == "decides" and AUTHORED.match(window) and MODAL_AFTER.match(text, we, clause_end)
        lead_thing = verb == "decides" and not authored and _thing_lead(window, found[0][1], v)
        # "that all governments in the region, ..., and in particular those of": a subject opening with an actor
        ones = bool(SUBJECT_HEAD.fullmatch(window, 0, found[0][1]))
        for f in found:  # "the thematic focus of the Council and the high-level political forum": both the thing's
            if (
                lead_thing
                or not authored
                and _of_a_thing(
                    window,
                    f[1],
                    v,
                    parts=verb != "decides" and not _acted_on(text, ws + f[2], clause_end),
                    # a State's: "those of States bordering Ituri" are some of the region's governments
                    ones=ones and f[0].startswith(STATE),
                )
                or things
                and things[-1][2] <= f[1]
                and LIST_JOIN.fullmatch(window, things[-1][2], f[1])
            ):
                things.append(f)
        # "that the mandate of the United Nations Mission in Sierra Leone (UNAMSIL)": its acronym too
        found = [
            f for f in found if f not in things and not any(ACRONYM_AFTER.fullmatch(window, t[2], f[1]) for t in things)
        ]
    return found


# a participle's place or forum in a "that" clause's subject: "Recommends that further intensive efforts be devoted to
# the search for such a common approach ... and that the various alternative approaches, including, in particular,
# those considered in the Conference on Disarmament, be further explored" (A/RES/74/31 op 4 and its yearly texts to
# A/RES/80/18: where the approaches were considered, not who is asked to explore them; they had read the Conference)
PARTICIPLE_IN = re.compile(r"(?:\b([a-z]+)\s+)?\b([a-z]+)\s+(?:in|at|within)\s+(?:the\s+|its\s+)?$")


def not_placed(window: str, found: list, v: Vocabulary) -> list:
    """found (actors in a "that" clause's subject, window, offsets in it) without those that are only where a
    participle qualifying a thing took place (_participle_place): the first clause's (not_things) and a later one's
    after "and that" (asked.and_that)."""
    return [f for f in found if not _participle_place(window, f[1], v)]


def _participle_place(window: str, s: int, v: Vocabulary) -> bool:
    """Whether the actor at s of a "that" clause's subject (a request, recommendation or call; a decision's are read
    by agents.participle_agent) is where a participle that qualifies a thing took place ("those considered in the
    Conference on Disarmament"), not where its clause's own verb does ("be discussed in the Committee": BE_BEFORE)
    nor an activity's forum ("the efforts undertaken in the Council": the activity's, agent_nouns)."""
    m = PARTICIPLE_IN.search(window, agent_clauses.tail_start(window, s, 4), s)
    return bool(
        m
        and agent_clauses.PARTICIPLE.search(m.group(2))
        and (m.group(1) or "").lower() not in agent_clauses.agent_nouns(v)
        and not agent_clauses.BE_BEFORE.search(window, max(0, m.start(2) - 40), m.start(2))
    )


def _acted_on(text: str, e: int, clause_end: int) -> bool:
    """Whether the actor whose alias ends at e is the subject of a passive: right after it (PASSIVE_NEXT, "be kept
    under review") or in its clause (acted_on, "be deployed without delay")."""
    return PASSIVE_NEXT.match(text, e) is not None or acted_on(text, e, clause_end)


def _bare_thing(text: str, e: int, ws: int, window: str) -> bool:
    """Whether a decision's window opens, just after the verb and with no "that", with a thing of what follows
    ("Decides the mandate of the United Nations Mission in Liberia (UNMIL) shall be extended", heldout6 S/RES/1750
    op 1), not after an infinitive ("Decides to authorize the deployment of AFISMA ..., which shall")."""
    lead = THING_LEAD.match(window)
    return bool(lead and lead.group(0).rstrip().endswith(" of") and not text[e:ws].strip())
