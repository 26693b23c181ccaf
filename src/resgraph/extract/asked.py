"""Who a directive verb asks: the addressees its window names (addressees.py, windows.py), or, with
none named, the deciding organ, an activity's agent ("the efforts of the African Union", agents.py) or
owner ("its continued engagement", pronouns.py), the addressees named after the object ("Recommends
the guidelines ... to all Member States"), or the previous mandate's for a "that" clause whose subject
goes back to it. An activity between actors, or of or for them ("the continuation of live webcasts of
public meetings of the General Assembly"), asks none of them; those named after the window's infinitive,
the verb left out, are elliptic.py's; the actors that only qualify a thing ("that the strategic priority
of MINUSMA remains") are set aside first (thing_subjects.py). Split from mandates.py, which finds the verbs
and their windows and keeps the record of who was named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resgraph.extract import agents as agent_clauses
from resgraph.extract import asides, including_that, pronouns, purpose, unaddressed, window_openers
from resgraph.extract.addressees import OFFICER, actors_in, tail_start
from resgraph.extract.adjunct_agents import adjunct_givers
from resgraph.extract.continued import continued_agents
from resgraph.extract.modifiers import coordinated, in_order
from resgraph.extract.nested_joint import nested_joint
from resgraph.extract.thing_subjects import THAT, acting, not_passive, not_placed, not_things
from resgraph.extract.windows import addressee_window
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

if TYPE_CHECKING:
    from resgraph.extract.named import _Named

# a window naming an activity between actors, not the actors asked ("further dialogue between ..."); not "between" /
# "among" joined by "and" to a word before it (AND_ACTIVITY, any spacing): a place joined to another ("calls on Afghans,
# both within Afghanistan and among the Afghan diaspora, and Member States to cooperate", S/RES/1378 (2001) op 3: who
# is asked, wherever they are), or a preposition joined to another ("greater cooperation and coordination within and
# among regional organizations": those named are asked as sides of a joint activity are, tests/mandate_gold/README.md
# "What counts")
ACTIVITY = re.compile(r"(?<![\w-])(?P<joined>and\s+)?(?:between|among|amongst)\b")


def _activity(text: str) -> bool:
    """Whether text names an activity between actors (ACTIVITY), "between" or "among" not after "and"."""
    return any(m.group("joined") is None for m in ACTIVITY.finditer(text))


# a window that is the report asked for: "requests a final report", "requests an update"
REPORT_ASKED = re.compile(
    r"(?:also\s+|further\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:report|update|briefing)s?\b"
)
# a report asked of the one it comes from, a time before or after it: "Requests within 90 days a further report from the
# Director General of the IAEA on whether Iran has established ... to the IAEA Board of Governors" (S/RES/1696 op 7,
# 1737 op 23, 1747 op 12, 1803 op 18 (heldout7), 1929 op 36), "Requests an update by 15 September 2023 from the African
# Union and the Government of Somalia on their preparations" (S/RES/2687 op 41): who it is from is asked, not whom the
# report is about or for
TIME = r"(?:by|within|before|no\s+later\s+than)\s+[^,;]{1,40}?"
REPORT_FROM = re.compile(rf"(?:{TIME}\s+)?{REPORT_ASKED.pattern}(?:\s+{TIME})?\s+(?:from|by)\s")
# where those it is from end: "from the Director General of the IAEA primarily on whether", "by the Secretariat at"
FROM_END = re.compile(
    r"\s+(?:(?:primarily|mainly|in\s+particular)\s+)?(?:on|by|to|at|before|within|no\s+later)\s|[,;:(]"
)


def report_from(window: str, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """Who a report asked for in the window comes from (REPORT_FROM), () when the window asks for none."""
    m = REPORT_FROM.match(window)
    if m is None:
        return ()
    cut = FROM_END.search(window, m.end())
    found = actors_in(window[m.end() : cut.start() if cut else len(window)], v, named)
    return tuple(dict.fromkeys(a for a, _, _ in found))


# a "that" clause whose subject goes back to what the clause before asked ("and recommends that such
# assistance include"): the previous mandate's addressees, even when that subject is a thing
# ("encourages that this pact relies on agreed-upon benchmarks": a demonstrative names a thing, no one)
ANAPHORIC = re.compile(r"(?:such|those|its|their|the\s+same)\b", re.I)
# but a thing "(all/any) such" names that is to do something is no one's ("requests that such review assess": heldout16
# 03 op 36, heldout34 01 op 3); one to go on ("continue(s)", "remain(s)", not "continue to include"; no relative pronoun)
# or advised with a modal ("such assistance could ... include", seed E/RES/2012/14 op 12) is its agent's (heldout19 25 op 2)
SUCH_SUBJECT = re.compile(r"(?:(?:all|any|each|every)\s+)?such\s", re.I)
_SUBJECT_TO_GO_ON = r"\s*(?:(?!(?:that|which|who)\b)[\w-]+,?\s+){1,12}?" + (
    r"(?:(?:continues?|remains?)\b(?!\s+to\s+(?!be\b)[a-z])|(?:could|should|would|may|might|can|will|shall)\b)"
)
SUCH_GOES_ON = re.compile(SUCH_SUBJECT.pattern + _SUBJECT_TO_GO_ON, re.I)


def such_thing(text: str, start: int, end: int) -> bool:
    """Whether text[start:end]'s subject is a thing "such" names, to do, not go on (read past end): asks no one."""
    goes_on = SUCH_GOES_ON.match(text, start)
    return bool(SUCH_SUBJECT.match(text, start, end)) and not (goes_on and goes_on.end() <= end)


# a window opening with an activity and what it is of: "the continuation of", "the convening of a" (up to three
# words before its head: "the effective and efficient management of assistance", "further and increased international
# support for"; "towards" after it: "continued work towards, a comprehensive political strategy", S/RES/2434 op 6)
# the determiners and modifiers an activity asked for may open with ("the continued", "further")
LEAD_WORDS = r"(?:(?:the|a|an|its|their|further|continued|full)\s+)*"
ACTIVITY_LEAD = re.compile(
    # (a modifier a capitalised compound: "strengthened South-South cooperation with the Peacebuilding Fund",
    # A/RES/76/305 op 13) (its words coordinated with commas: "the further development, implementation and funding of
    # National Action Plans ... by Cameroon, Chad, Niger and Nigeria", S/RES/2349 (2017) op 14)
    LEAD_WORDS + r"(?:(?:[a-z][\w-]*,?|[A-Z][a-z]+-[A-Z][a-z]+)\s+){0,3}?"
    r"(?!following\b)(?P<noun>[a-z][\w-]*)\s+"
    # ("within": "Authorizes the deployment within UNMEE of up to 4,200 troops", heldout11 S/RES/1320 (2000) op 2)
    r"(?P<prep>of|with|for|to|on|in|within|towards|toward)[\s,]"
)
# a window opening with coordinated activities and what they are of: "stronger coordination, coherence and cooperation of
# the Security Council and the General Assembly with the Peacebuilding Commission" (A/RES/78/79, 79/92, 80/83 op 4):
# read as ACTIVITY_LEAD's "of", the last activity the head whose agent "of" marks
ACTIVITIES_OF = re.compile(
    LEAD_WORDS + r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    r"(?:,\s+[a-z][\w-]*){0,3},?\s+(?:and|or)\s+(?P<noun>[a-z][\w-]*)\s+(?P<prep>of)\s"
)
# a window opening with a gerund and its object: "authorizes increasing the military strength of MONUC to 10,800
# personnel" (heldout4 S/RES/1493 (2003) op 3): the actors of the object are what is acted on, not who acts
GERUND_FIRST = re.compile(
    r"(?!(?:including|regarding|concerning|following|according|excluding|notwithstanding)\b)"
    r"(?P<gerund>[a-z][\w-]*ing)\s+(?:the|a|an|its|their)\s"
)


# a "that" clause's subject and a verb stating what is, no duty (the README of the gold: a decision's
# addressee is the deciding organ unless the paragraph names who shall act): "Decides that Iraq has been
# and remains in material breach", not "that all States shall", "that MINUSMA is authorized", "that the
# Panel is to", "that the Government has the primary responsibility to" (the words that ask are data:
# ontology/vocab/mandates.yaml `finding`)
_FINDING = load().mandates["finding"]
FINDING = re.compile(
    r"\s*(?:has|have|had|is|are|was|were|remains)\s+"
    rf"(?!(?:(?:{phrases(_FINDING['adverbs'])})\s+)*(?:to\b|(?:\w+\s+)?(?:{phrases(_FINDING['asked'])})\b|"
    rf"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{phrases(_FINDING['duties'])})\b))"
)
SUBORDINATE = re.compile(r"(?:where|when|whenever|if|once|after|before|until|unless|as\s+soon\s+as|in\s+case)\b", re.I)
DEMONSTRATIVE = re.compile(r"(?:this|these|that)\s", re.I)
# a window that asks for reporting: "enhanced reporting by UNMISS", "further updates from"
REPORTING = re.compile(rf"(?:[\w-]+\s+){{0,3}}?(?:{phrases(load().mandates['reporting_words'])})\b")  # mandates.yaml
# a report asked for, no activity: "an informal briefing", "a final report"
REPORT_HEAD = re.compile(r"(?:(?:also|further)\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}(?:report|update|briefing)s?")
# what an activity may be of whose owners are asked: "the continuation of the efforts of the Government" (not
# "of efforts by the Government": an activity's agent after "by" is not asked, agents.py)
OF_EFFORTS = re.compile(  # (the nouns are data: ontology/vocab/mandates.yaml `efforts_of`)
    rf"(?:(?:the|its|their|such|these|all)\s+)?(?:[a-z][\w-]*\s+)?(?:{phrases(load().mandates['efforts_of'])})\s+of\b"
)


# a time that opens the verb's object or a "that" clause's subject, before its head: "Authorizes until 15 December 2006
# an increase in the strength of UNOCI" (S/RES/1682 (2006) op 2: no one, as "Authorizes an increase"), "Decides that as
# of 15 October 2019, the authorized troop ceiling for UNISFA shall decrease" (S/RES/2465 (2019) op 2), "decides that from
# the date of the adoption of this resolution the name of the Committee ... shall be" (S/RES/2662 (2022) op 24): the
# Council's, a thing of the body named after it; read from the head on, the time set aside (a body after the time is
# still asked: "Decides that as of June 2019, UNIOGBIS shall")
DATE = r"(?:the\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}"
ADOPTION = r"the\s+date\s+of\s+(?:the\s+)?adoption\s+of\s+(?:this|the\s+present)\s+resolution"
TIME_FIRST = re.compile(
    rf"(?:until\s+{DATE}|as\s+of\s+{DATE}|(?:with\s+effect\s+)?from\s+(?:{DATE}|{ADOPTION})|effective\s+{DATE})\s*,?\s*"
)

# "Recommends the guidelines ... to all Member States": where the addressees named after the object begin
TO_AFTER_OBJECT = re.compile(r"\s*(to\s+(?=(?:the|all|those)\b|[A-Z]))")
FIRST_WORDS = re.compile(r"(?:(?:the|all|those|relevant|other|members\s+of)\s+)*")  # ("all members of armed groups")


# "encourages close coordination of these efforts with MINUSMA": the activity's partner, no agent, not asked
PARTNER_NEXT = re.compile(r"\swith\s+(?:(?:the|all|its|their|relevant|other)\s+)*$")


def _plural_owner(window: str, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """The actors a plural name owning the activity a window opens with names ("Member States’ further progress")."""
    plural = window_openers.plural_owner(window, v)
    return tuple(dict.fromkeys(a for a, _, _ in actors_in(plural, v, named, places=True))) if plural else ()


def _gerund_first(window: str, v: Vocabulary) -> bool:
    """Whether a window opens with a gerund and its object (GERUND_FIRST): the activity asked for is the gerund's."""
    m = GERUND_FIRST.match(window)
    return m is not None and unaddressed.gerund(m.group("gerund"), v)


def _agent_of(lead: re.Match, v: Vocabulary) -> bool:
    """Whether the activity a window opens with is one whose agent "of" marks ("the efforts of")."""
    return lead.group("noun").lower() in agent_clauses.agent_nouns(v)


# an actor that opens the window or follows the join of a list: a body the verb addresses
# ("United Nations bodies, especially the Human Rights Council", A/HRC/RES/57/30 op 16: one of the list's)
LISTED = re.compile(
    r"(?:^|,|\band|\bor|\bas\s+well\s+as|\bespecially|\bin\s+particular|\bparticularly|\bnotably|\bincluding)"
    r"\s*(?:the\s+|all\s+)?$"
)
# "invites any Member of the Security Council to provide" (S/RES/2231 (2015) op 17): the organ, as its members
MEMBER_OF = re.compile(r"\b[Mm]embers?\s+of\s+(?:the\s+)?$")


def _self_reference(window: str, found: tuple[str, int, int], speaker: str | None, v: Vocabulary) -> bool:
    """Whether an actor found in a window is the organ that speaks, named as "the Council", or in full inside
    another phrase: the Council does not ask itself ("the force authorized by the Council", "pending a decision
    by the Security Council on the establishment of", "requests the Secretary-General keep the Security Council
    informed", "non-United Nations forces authorised under a Security Council mandate": no gold has the
    speaking organ asked by a verb other than its decision), though it asks its President ("Requests the
    President of the Council")."""
    a, s, e = found
    if a != speaker or OFFICER.search(window, tail_start(window, s), s) or MEMBER_OF.search(window, max(0, s - 20), s):
        return False
    # named in full as a body of the list the verb addresses, it is asked ("Invites the General Assembly and its
    # Main Committees and the Economic and Social Council", A/RES/75/325 op 17); named in full inside another
    # phrase ("by the Security Council", "keep the Security Council informed", "observers of the General
    # Assembly"), it is not
    return bool(v.actors_of_alias(window[s:e])[1]) or not LISTED.search(window, max(0, s - 20), s)


def named_in(
    text: str,
    at: tuple[int, int, int, int],
    verb: str,
    noun_for: bool,
    v: Vocabulary,
    named: _Named,
    spans_in,
    speaker: str | None,
    prev: tuple[str, ...],
) -> tuple[str, ...]:
    """The addressees a window names; at: (the verb's end, the window's start and end, the clause's
    end). With none named: a decision's is the deciding organ; an activity's, its marked agent
    ("the efforts of the African Union", agents.py) or its owner ("its continued engagement",
    pronouns.py); a "that" clause's, the previous mandate's unless its subject is a thing."""
    e, ws, we, clause_end = at
    time = TIME_FIRST.match(text, ws, we)
    if time:  # "Authorizes until 15 December 2006 an increase in the strength of UNOCI": the object after the time
        ws = time.end()
        at = (e, ws, we, clause_end)
    window = text[ws:we]
    spans = spans_in(ws, we)
    found = asides.outside_relatives(window, actors_in(window, v, named, heads=True, spans=spans))
    if speaker and verb != "decides":
        found = [f for f in found if not _self_reference(window, f, speaker, v)]
    coords = coordinated(window, spans, v)  # "regional and international partners": regional partners too
    found = sorted(found + coords, key=lambda f: (f[1], f[2]))
    found = not_things(text, (e, ws, we, clause_end), found, verb, v)
    if verb != "decides" and window_openers.helped(window, found):
        return ()  # "Recommends assisting developing countries in attaining ...": those helped, no one asked
    names = tuple(dict.fromkeys(a for a, _, _ in found))
    if (
        names
        and verb == "decides"
        and THAT.match(text, e)
        and FINDING.match(text, we, clause_end)
        and not SUBORDINATE.match(window)  # "that where the Committee has approved ..., the State shall"
    ):
        # "Decides that Iraq has been and remains in material breach": a finding of the deciding organ
        return (speaker,) if speaker else ()
    every = actors_in(window, v, named, places=True, spans=spans)
    owner = window_openers.owner_first(window, every, v) or _plural_owner(window, v, named)
    owner = owner or continued_agents(window, text, e, v, named)  # "Welcomes X's efforts, ... their continuation"
    if verb != "decides" and owner and not noun_for:
        # "Encourages the Department’s continued efforts", "encourages CTED’s continued participation ... within the
        # CTITF", "encourages Member States’ further progress": the owner of an activity is its agent, asked
        return owner
    # "encourages further dialogue between the United Nations and the Court": an activity
    activity = _activity(window[: found[0][1]] if found else window) and not window_openers.named(window, v)
    if (activity or not names) and verb == "decides":
        return (speaker,) if speaker else ()
    own = pronouns.own_clause(v).search(window)
    obj = own.start() if own else len(window)
    if activity or verb != "decides" and agent_clauses.agent_lead(window, found, v):
        # "encourages cooperation between the African Union and the United Nations", "urges engagement by the sides",
        # "invites contributions from Member States": the activity's agents are asked, not who else is named in it
        # ("Calls for an immediate ceasefire by all parties" asks no one: "calls for" is no mandate, the golds' README;
        # the organ speaking is asked as a party of a joint activity, "interactions between the Council and the
        # Committee", E/RES/2024/7 op 23, not as an agent after "by", "pending a decision by the Security Council")
        # (but for a report asked for: "and requests for enhanced reporting by UNMISS", S/RES/2252 (2015) op 14)
        pool = in_order(f for f in every + coords if f[2] <= obj)
        asked = agent_clauses.agents(window[:obj], pool, v)
        asked = () if noun_for and not REPORTING.match(window) else asked
        return tuple(a for a in asked if a != speaker or activity)
    lead = ACTIVITY_LEAD.match(window)
    of = lead if lead and lead.group("prep") == "of" else None if lead else ACTIVITIES_OF.match(window)
    if names and verb != "decides" and of and _agent_of(of, v):
        # "encourages the cooperation of the Office with a wide range of stakeholders": the Office, not
        # its partners ("the collaboration of the Government ... with all United Nations mechanisms")
        every = actors_in(window, v, named, places=True, spans=spans)
        # (or the forum of a participation, up to more participants: window_openers.partner_cut)
        opens = every and every[0][1] >= of.end()
        kept = window_openers.kept_agents(window, of.group("noun"), found, every, v) if opens else None
        names = () if every and PARTNER_NEXT.search(window, of.end(), every[0][1]) else names
        if kept is not None and names:
            names = tuple(dict.fromkeys(a for a, _, _ in kept))
    if (
        names
        and verb != "decides"
        and lead
        and lead.end() <= found[0][1]
        and (unaddressed.is_activity(lead.group("noun"), v) or _gerund_first(window, v))
        # "enhanced cooperation and collaboration within the United Nations system": a joint activity within a body is
        # its members' (A/RES/78/131 op 9), "the deployment within UNMEE" is not UNMEE's
        and not (lead.group("prep") == "within" and agent_clauses.joint_noun(lead.group("noun"), v))
        # "the efforts of": its agents are asked ("international support for the Lebanese Armed Forces": not)
        and (lead.group("prep") != "of" or lead.group("noun").lower() not in agent_clauses.agent_nouns(v))
        and not REPORT_HEAD.fullmatch(window[: lead.start("noun")] + lead.group("noun"))  # "an informal briefing"
        # "the continuation of the efforts of the parties": the efforts' owners are asked
        and not OF_EFFORTS.match(window, lead.end())
    ):
        # "Encourages the continuation of live webcasts of public meetings of the General Assembly": the
        # actors an activity is of or for are not asked, its agent after "by" is ("enhanced reporting by UNIFIL")
        # ("encourages his further engagement with the African Union": the owner a possessive stands for)
        # (up to a clause of the organ's own: "demands an end to the hindrances to the movement of UNMHA personnel,
        # ..., and expresses support for the efforts by UNMHA", S/RES/2586 (2021) op 5: the agent of another verb's)
        agents = actors_in(window[:obj], v, named, places=True, spans=spans)
        return agent_clauses.agents(window[:obj], agents, v, True) or pronouns.owner(window, text, e, v, named, prev)
    if not names and v.verbs.get(verb, {}).get("after_object"):
        names = _after_object(text, we, clause_end, v, named, spans_in)
    if not names and not noun_for:  # "Encourages the efforts of the African Union to"
        names, oe = purpose.purpose_agents(text, ws, clause_end, v, named, spans_in)  # "efforts to enhance ... of"
        names = names or pronouns.owner(window, text, e, v, named, prev)
        names = names or window_openers.such_agents(window, text, e, v, named)
        names = names or nested_joint(text, ws, clause_end, v, named)  # "efforts to improve coordination between"
        # "encourages further donor support": Donors (not a "that" clause's subject, a thing: "that such stakeholder
        # contributions ... be made available", A/HRC/RES/57/6 op 9)
        names = names or (adjunct_givers(text[ws:oe], v) if not THAT.match(text, e) else ())
        names = names or including_that.subjects(text, we, clause_end, v, named, spans_in)  # ", including that X do"
    if (
        not names
        and THAT.match(text, e)
        and not DEMONSTRATIVE.match(window)  # "encourages that this pact relies on": a thing
        and not such_thing(text, ws, clause_end)
        and (
            ANAPHORIC.match(window)
            and not unaddressed.passive(text[e:clause_end], window)
            or not _impersonal(text, e, clause_end, window, v)
        )
    ):
        # "..., and recommends that such assistance include", not "that the measures be reviewed"
        # nor "that these proposals be further elaborated"
        names = prev
    return names


def window_actors(text: str, at: int, clause_end: int, v: Vocabulary, named: _Named, spans_in):
    """The addressee window that opens at text[at] (windows.addressee_window, up to clause_end) and the actors found
    in it with their offsets in it, heads read: how a later subject, the addressees after an object and a provider
    named after "by" are all read."""
    ws, we = addressee_window(text, at, spans_in, clause_end)
    return ws, we, actors_in(text[ws:we], v, named, heads=True, spans=spans_in(ws, we))


def _after_object(text: str, we: int, clause_end: int, v: Vocabulary, named: _Named, spans_in) -> tuple[str, ...]:
    """The addressees named after the verb's object, "to" opening them ("Recommends the guidelines
    ... to all Member States for implementation"), for a verb of verbs.yaml `after_object`: the
    actors of the window that opens there, when the first of them opens it."""
    to = TO_AFTER_OBJECT.match(text, we, clause_end)
    if not to:
        return ()
    ws, _, found = window_actors(text, to.start(1), clause_end, v, named, spans_in)
    if not found or not FIRST_WORDS.fullmatch(text, ws, ws + found[0][1]):
        return ()
    return tuple(dict.fromkeys(a for a, _, _ in found))


def _impersonal(text: str, e: int, clause_end: int, window: str, v: Vocabulary) -> bool:
    """Whether the "that" clause after a verb has a thing, not an actor, for subject (unaddressed.py):
    "and requests that updates on progress be provided to the Commission" asks no one."""
    return unaddressed.reason(text[e:clause_end], window, v) in unaddressed.NO_ADDRESSEE


# a second "that" clause of the same verb: "Demands that all forms of violence ... cease immediately and that
# armed groups lay down their arms" (S/RES/2605 (2021) op 3), "that the Government of South Sudan fully
# redeploy ... and that the Government of Sudan redeploy" (S/RES/2469 (2019) op 13)
AND_THAT = re.compile(r"(?:,\s*)?\band\s+(?=that\s)")


def and_that(
    text: str, e: int, ws0: int, clause_end: int, verb: str, v: Vocabulary, named, spans_in, decision: bool = False
) -> tuple[str, ...]:
    """The subjects of the "that" clauses after the first one a verb governs, "and that" opening each, read from the
    first's window (at ws0) on. Not a decision's (its organ decides what no clause names) unless `decision`: a decision
    whose first clause names no one ("further decides that ... petroleum ... shall be immune ..., and that all States
    shall take any steps", heldout9 S/RES/1483 (2003) op 22) names who its later clauses make act. Not those a passive
    acts on ("and that those responsible be held") nor where a participle took place (thing_subjects.not_placed)."""
    if (verb == "decides" and not decision) or not THAT_AFTER.match(text, e, clause_end):
        return ()
    out: list[str] = []
    for m in AND_THAT.finditer(text, ws0, clause_end):
        ws, we2, found = window_actors(text, m.end(), clause_end, v, named, spans_in)
        found = not_placed(text[ws:we2], not_passive(text, ws, acting(text, ws, found, clause_end, v)), v)
        if OWNED.match(text, ws):  # "and that its members immediately ... disband": the first subject's
            continue
        # a decision's later subject acts only where it is the subject's head and the verb active: not "that
        # downsizing of UNMISET should proceed", "that the Special Rapporteur should be supported"
        if decision and (
            not found or not FIRST_WORDS.fullmatch(text, ws, ws + found[0][1]) or pronouns.THINGS_AFTER.match(text, we2)
        ):
            continue
        out += [a for a, _, _ in found]
    return tuple(out)


# the verb's "that", an adverb or link of verbs.yaml between: "Demands also that ... and that" (S/RES/1399 (2002) op 4)
THAT_AFTER = re.compile(rf"(?:,?\s+(?:{phrases((*load().adverbs, *load().links))}),?)?\s+that\b")
OWNED = re.compile(r"(?:its|their|his|her)\s")
