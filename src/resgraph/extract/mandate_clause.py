"""One directive verb's clause, for mandates.extract: where it starts (past an aside or a linking phrase before a
decision's "that") and whom it asks (the actors a pronoun stands for, the speaking organ of an impersonal decision, else
those asked.named_in reads in its window, with the later "that" clauses' subjects and the addressees of an elliptic
infinitive).

Split from mandates.py, which walks the paragraphs and their verbs and records the mandates and what they ask for.
"""

from __future__ import annotations

import re

from resgraph.extract import agents, decided_asks, judged, owned_parts, pronouns, subjects, these_states
from resgraph.extract.addressees import OFFICER, TO_VERB, actors_in
from resgraph.extract.agents import CONNECTOR
from resgraph.extract.asked import and_that, named_in, window_actors
from resgraph.extract.elliptic import with_elliptic
from resgraph.extract.narrowed import narrowed
from resgraph.extract.that_opening import MODALS, PASSIVE_BY
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# "Decides, in order to assist the Committee in fulfilling its mandate, that": an aside between the verb and
# its "that" (64 paragraphs of corpus-full: "Decides, for a period ending on 30 April 2015, that all States shall")
# (or before an infinitive: "Decides, with a view to saving the threatened lives of migrants ..., to authorise, in these
# exceptional and specific circumstances, for a period of one year ..., Member States", S/RES/2240 (2015) op 7; "Decides,
# in light of the failure by the parties to comply with these demands, to renew", S/RES/1552 (2004) op 2; or before the
# end of a paragraph its sub-paragraphs go on: "Decides, in light of the failure of all parties to the conflict in Darfur
# to fulfil their commitments,\n(a) to establish", S/RES/1591 (2005) op 3): the parties of the aside do not decide
ASIDE = re.compile(rf"\s*,\s*[^;:]{{1,250}}?,(?=\s*(?:that\b|{TO_VERB}|$))")
# ("Reiterates its demand, reminding in particular the Syrian authorities, that all parties immediately comply":
# the parties, heldout6 S/RES/2401 (2018) op 7)
ASIDE_VERBS = frozenset(("decides", "demands"))
# a request's aside before its "that", one aside with no comma inside: "and requests, instead, that the report be
# submitted to the Council" (A/HRC/RES/58/2 op 45, heldout14; 58/28 op 13), "Requests, consistent with the provisions
# of Article 16 of the Rome Statute, that the ICC" (S/RES/1422 (2002) op 1); not one before an object and its
# infinitive ("Requests, in this regard, the United Nations Office on Drugs and Crime, within its mandate and
# resources, ..., to continue", A/RES/75/311 op 41)
THAT_ASIDE = re.compile(r"\s*,\s*[^,;:]{1,250}?,(?=\s*that\b)")
# a linking phrase after "decides" and before its "that" ("decides in this regard that all States shall notify"):
# read past, as after the other verbs (not before an infinitive or a noun: "Decides in this regard to")
THAT_NEXT = re.compile(r"\s*that\s")
# a decision taken on someone's request, with no comma after the verb: "Decides in line with the request from the
# Government of Nepal and the Secretary-General's recommendations, to renew the mandate of UNMIN" (S/RES/1825, 1864,
# 1879, 1909, 1921, 1939), "Decides in response to the request by the Secretary-General to confirm that Judge ..."
# (S/RES/1482, 1668, 1684, 1717): who asked is the decision's source, not whom it asks (heldout18 06, heldout19 12,
# heldout20 10 op 1: the Council); the clause starts at the "that" or infinitive after the phrase
REQUESTED = re.compile(
    r"\s*(?:,\s*)?(?:in\s+(?:line|accordance|conformity|keeping)\s+with|in\s+response\s+to|further\s+to|upon|at|following)"
    rf"\s+the\s+requests?\s+(?:made\s+)?(?:by|from|of)\s[^;:]{{1,250}}?(?=\s{{0,9}},?\s{{0,9}}(?:that\b|{TO_VERB}))"
)
# a subject that benefits, the verb active: "Decides that ... the mandate holder shall benefit from additional dedicated
# and specific resources and expertise to be provided by the Office of the High Commissioner" (heldout13 A/HRC/RES/57/3
# op 24, heldout17 A/HRC/RES/60/2 op 35 and the other yearly Afghanistan texts: the golds' OHCHR, who provides)
BENEFITS = re.compile(r"\s+(?:(?:shall|should|will|may|must)\s+)?(?:continue\s+to\s+)?(?:benefit\s+from|receive)\b")
# a subject that receives and then acts: "Requests that the Special Envoy be appointed and report to the Council
# within 30 days": the Envoy is asked to report (an active verb after "and", not another passive: "be appointed and
# given")
THEN_ACTS = re.compile(
    r"(?:\s+[a-z]+ly)?\s+and\s+(?:(?:shall|should|will|must|may)\s+)?(?:also\s+|further\s+)?"
    r"(?!(?:be|been|being)\b)(?![a-z]+(?:ed|en)\b)[a-z]+\b"
)
# who gives what a beneficiary receives ("be provided with ... by", "to be provided by", "be appointed by"): the
# passives of giving of mandates.yaml `receives` (the same list as subjects.RECEIVES's, so that they cannot drift)
_GIVEN = load().mandates["receives"]
PROVIDED_BY = re.compile(
    rf"\b(?:{phrases(sorted({g.removesuffix(' with') for g in [*_GIVEN['given'], *_GIVEN['given_by']]}))})"
    r"(?:\s+with\s[^,;:]{1,150}?)?\s+by\s"
)


def clause_start(text: str, e: int, clause_end: int, verb: str, word, after_link: re.Pattern[str]) -> int:
    """Where the clause a verb ending at e governs starts: after an aside that ends before its "that" ("Decides,
    in order to assist the Committee ..., that the Monitoring Team shall") or a linking phrase before a decision's
    "that" ("and decides in this regard that all States shall notify", S/RES/1803 (2008) op 3) or a request it answers
    ("Decides in line with the request from the Government of Nepal ..., to renew"), else at e."""
    if not word and verb == "requests":
        aside = THAT_ASIDE.match(text, e, clause_end)
        return aside.end() if aside else e
    if word or verb not in ASIDE_VERBS:
        return e
    aside = ASIDE.match(text, e, clause_end)
    if aside:
        return aside.end()
    linked = after_link.match(text, e, clause_end) if verb == "decides" else None
    if linked and THAT_NEXT.match(text, linked.end()):
        return linked.end()
    requested = REQUESTED.match(text, linked.end() if linked else e, clause_end) if verb == "decides" else None
    return requested.end() if requested else e


def who_is_asked(text, at, verb, noun_for, v, named, spans_in, speaker, prev, prior: str = "") -> tuple[str, ...]:
    """Whom a verb asks, its window being text[ws:we]; at: (the verb's end, ws, we, the clause's end,
    the previous mandate's window's end, the verb's start). A pronoun stands for whom the paragraph
    named before ("and encourages them to"), and may open a list ("calls on them and States of the
    region"), "the above-mentioned stakeholders" for whom it or prior (the operative paragraph before) named;
    else asked.named_in reads the window."""
    e, ws, we, clause_end, prev_end, s = at
    window = text[ws:we]
    above, end = pronouns.above_mentioned(window, text[:s], prior, v, named, prev)
    if above:  # "Urges all the above-mentioned stakeholders, in particular the United Nations organs, to assist"
        rest = actors_in(window[end:], v, named, heads=True)
        return tuple(dict.fromkeys(above + tuple(a for a, _, _ in rest)))
    if pronouns.THESE_STATES.fullmatch(window.strip()):
        # "and invites these Governments to": the States just asked; "6. Also invites those countries, pending":
        # the region's (a group of States only before a comma or the infinitive: "encourages those States that have
        # not yet become parties", A/RES/78/20 op 1 after "urges Member States", are some States)
        if asked := these_states.asked_before(text, we, prev, v):
            return asked
        # "by the Governments of A, B and C, ..., and encourages those countries": those States; else ("Urges Member
        # States and the international community to ..., and calls upon these States to") the States among those
        # just asked beside others (these_states.states_among)
        these = pronouns.states_listed(text[prev_end:s], v, named) or these_states.states_among(text, we, prev, v)
        # ("Congratulates those countries that have met the criteria for graduation ..., invites those countries")
        these = these or (these_states.group_named_before(text[:s], v, named) if not prev else ())
        if these:
            return these
    receiver = _receiver(text, we, clause_end, verb, v, named, spans_in, speaker)
    if receiver is not None:
        return receiver
    alone = pronouns.PRONOUN_ALONE.fullmatch(window.strip()) or _pronoun_through(window)
    if alone and verb == "decides" and speaker and alone.group("p").lower() == "it":  # "decides that it will"
        return (speaker,)
    if alone and pronouns.THINGS_AFTER.match(text, we):  # "requests that they be disseminated": things
        return (speaker,) if verb == "decides" and speaker else ()
    # "to those States members of the Committee that have ratified ..., and encourages those that have not yet done so"
    those = alone.group("p").lower() == "those" and pronouns.THOSE_WHO.match(text, we) if alone else False
    names = pronouns.those_who(text[prev_end:s], v, named) if those else ()
    if names:
        return names
    if alone:  # "and encourages them to": whom the paragraph named before
        names = pronouns.stands_for(alone.group("p"), text[prev_end:s], v, named, prev, speaker, not prev_end)
        if not names:  # "both parties" with none named before: the alias itself
            names = tuple(dict.fromkeys(a for a, _, _ in actors_in(window, v, named, heads=True)))
        if not names and verb == "decides" and speaker:  # "Decides also that it has concluded"
            names = (speaker,)
        return tuple(dict.fromkeys(names + _beside_channel(window, v, named)))
    # "and also invites her Office to", "encourages all its members to": a part of whom the possessive stands for
    names = owned_parts.asked(window, text[prev_end:s], v, named, prev, speaker, not prev_end) or named_in(
        text, (e, ws, we, clause_end), verb, noun_for, v, named, spans_in, speaker, prev
    )
    names = _impersonal_decision(names, text, (e, ws, we, clause_end), verb, speaker, v, named, spans_in)
    # (after a nominal object, a later subject is read as a decision's is: its head an actor, its verb active)
    first = _first_that(text, e, clause_end, verb)
    later = and_that(text, first, ws, clause_end, verb, v, named, spans_in, decision=first != e)
    names = tuple(dict.fromkeys(names + later))
    if verb == "decides" and speaker:  # who the later clauses make act (after an impersonal first: they alone)
        later = and_that(text, e, ws, clause_end, verb, v, named, spans_in, decision=True)
        later += decided_asks.later_subjects(text, we, clause_end, v, named, spans_in)
        names = tuple(dict.fromkeys(later if names == (speaker,) else names + later)) if later else names
        # "Decides to convene a panel discussion ..., and to invite Member States ... to share": the organ and those invited
        names = tuple(dict.fromkeys(names + decided_asks.later_asked(text, e, clause_end, v, named, spans_in)))
    # "..., and other relevant stakeholders as appropriate to take action"; of a decision, those acting together with
    # its subject only ("Decides that the co-facilitators, together with the Office ..., shall")
    own = ((speaker,) if speaker else ()) if verb == "decides" else None
    names = with_elliptic(names, window, text, we, clause_end, v, named, spans_in, own)
    listed = pronouns.PRONOUN_AND.match(window)
    if listed:  # "calls on them and States of the region": whom the paragraph named before, too
        before = pronouns.stands_for(listed.group("p"), text[prev_end:s], v, named, prev, speaker, not prev_end)
        names = tuple(dict.fromkeys(before + names))
    # "calls upon States and such organizations": those the paragraph named with that noun before the verb
    names = tuple(dict.fromkeys(names + pronouns.group_in_list(window, text[:s], v, named)))
    # "and particularly encourages careful coordination with ...": the ask before it narrowed, its addressees
    return names or narrowed(text, s, ws, we, prev, v, speaker)


# a "that" clause after the verb's nominal object: "further demands the immediate withdrawal of the M23 from all
# occupied areas ... and that all members of armed groups immediately and permanently disband" (S/RES/2666 (2022) op 10,
# heldout40 04: M23, PartiesToConflict), "Demands the full implementation of the Communiqué ..., and that the Government
# of Sudan, all militias, armed groups and all other stakeholders ensure" (heldout18 S/RES/1828 (2008) op 13); not where
# an infinitive or a "that" comes first ("Requests the Secretary-General to ensure ... and that": the infinitive's), nor
# a pronoun ("Reiterates its request and that of the African Union Peace and Security Council for AMISOM", S/RES/2182
# (2014) op 31: no verb of its own follows, so no subject is read), nor a clause whose subject is a thing ("requests a further report by 30 April 2023, and that this
# report includes a sector-by-sector assessment of security and ATMIS performance", S/RES/2670 (2022) op 1)
AND_THAT_LATER = re.compile(r"(?:,\s*)?\band(?=\s+that\s)")
NOT_NOMINAL = re.compile(
    r"\bthat\b|\bto\s+(?!(?:the|all|those|its|their|a|an|each|any|both|relevant|other|such|in)\b)[a-z]|[;:]"
)


def _first_that(text: str, e: int, clause_end: int, verb: str) -> int:
    """Where asked.and_that reads the verb's first "that" from: e, or, after a nominal object that an "and that" clause
    follows (AND_THAT_LATER), that "and" (a decision's organ decides what its object names: not for "decides")."""
    if verb == "decides":
        return e
    later = AND_THAT_LATER.search(text, e, clause_end)
    return later.end() if later and not NOT_NOMINAL.search(text, e, later.start()) else e


# a pronoun and the bodies it acts through: "Stresses the primary responsibility of the States of the Gulf of Guinea
# ... and in this context urges them through ECCAS, ECOWAS and the GGC to work towards" (S/RES/2039 (2012) op 3): the
# States, the organizations a channel (channels.py), no addressee; up to ", and" / ", as well as", which close the
# aside as in channels.NEXT ("urges them through ECCAS, ECOWAS and the GGC, and the African Union to": the AU asked,
# group "rest"); not after "and" ("urges them and through them the international community": both asked)
THROUGH = re.compile(
    r",?\s+(?:(?:including|notably|also|directly)\s+)*through\s(?:(?!,\s*(?:and|as\s+well\s+as)\s)[^;:])+"
    r"(?P<rest>,\s*(?:and|as\s+well\s+as)\s[^;:]*)?"
)


def _channel(window: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The pronoun a window opens with and the THROUGH match of the rest of it, where that rest is what the pronoun
    acts through; None where it is not."""
    alone = pronouns.PRONOUN_ALONE.match(window.strip())
    through = THROUGH.fullmatch(window.strip(), alone.end()) if alone else None
    return (alone, through) if alone and through else None


def _pronoun_through(window: str) -> re.Match[str] | None:
    """The pronoun a window opens with (group "p"), where the rest of it is what the pronoun acts through (and
    the bodies joined after that by ", and", _beside_channel)."""
    found = _channel(window)
    return found[0] if found else None


def _beside_channel(window: str, v, named) -> tuple[str, ...]:
    """The bodies asked beside a pronoun that acts through others, after the ", and" that closes the channel."""
    found = _channel(window)
    rest = found[1].group("rest") if found else None
    return tuple(a for a, _, _ in actors_in(rest, v, named)) if rest else ()


def _receiver(text: str, we: int, clause_end: int, verb: str, v, named, spans_in, speaker) -> tuple[str, ...] | None:
    """Whom a clause whose subject receives asks: the provider named ("that the mandate holder shall benefit from
    resources to be provided by the Office": the Office), else no one ("requests that the Committee be informed": who
    receives is not asked; a decision's is its organ's); None where the subject receives nothing."""
    receives = subjects.RECEIVES.match(text, we)
    if receives and THEN_ACTS.match(text, receives.end(), clause_end):
        return None  # "that the Special Envoy be appointed and report to the Council": the subject acts too, asked
    if not (receives or BENEFITS.match(text, we)):
        return None
    provider = _provider(text, we, clause_end, v, named, spans_in)
    if provider:
        return provider
    if not receives:  # benefits from what no one named provides: read as any other clause
        return None
    return (speaker,) if verb == "decides" and speaker else ()


def _provider(text: str, we: int, clause_end: int, v, named, spans_in) -> tuple[str, ...]:
    """The actors a beneficiary subject receives from, named after "provided by" in its clause (the window that opens
    there), else none."""
    by = PROVIDED_BY.search(text, we, clause_end)
    if not by:
        return ()
    return tuple(dict.fromkeys(a for a, _, _ in window_actors(text, by.end(), clause_end, v, named, spans_in)[2]))


# (a decision's passive and its agent, that_opening.PASSIVE_BY)
# (or a second verb of the subject's, coordinated after its first: "recommendations ... shall originate, to the extent
# possible, in the Committee and shall be considered by the Committee", A/RES/74/92 op 6, heldout26 25: the Committee)
AND_PASSIVE_BY = re.compile(rf"\s+{MODALS}\s+" r"(?!not\b|be\b)[a-z]+\b[^;:]{0,100}?\s+and" + PASSIVE_BY.pattern)
IT = re.compile(r"it\b")  # "and shall be considered by it" (A/RES/79/93 op 4, 80/84 op 4)
# the words that may open the agent's name after "by" ("by the", "by at least one Member State")
AGENT_OPENS = re.compile(r"(?:(?:the|a|an|all|each|any|at\s+least\s+one|its|their)\s+)*")


def _impersonal_decision(names, text: str, at: tuple[int, int, int, int], verb: str, speaker, v, named, spans_in):
    """names, or the agents of the passive verb of a decision whose window names no one (names: the deciding organ
    alone): "Decides that a request ... shall be submitted to the Committee ... by the Kimberley Process and the
    importing Member State" (passive_agents), or the court of the judges its clause names as who shall act ("that,
    notwithstanding the expiry of his term of office ..., Judge Joseph Masanche is authorized to complete the
    Hategekimana case", judged.court: read from the window's start, or from the verb's end where the window was left
    empty after a concessive aside naming no subject, that_opening.PREJUDICE: "Decides that notwithstanding article 12
    bis ..., Judge ... may work part-time", S/RES/1878 (2009) op 6; any empty window does, so an aside with no "that"
    is read the same way: "Decides, in light of the request of the International Tribunal, Judge Meron may continue to
    serve"); at: the verb's end, the window's start and end and the clause's end."""
    if verb != "decides" or not speaker:
        return names
    e, ws, we, clause_end = at
    if names != (speaker,):  # a window that ran from the judges into what they shall do ("in their home countries")
        return judged.court(text, ws, v, named) or names
    return (
        passive_agents(text, we, clause_end, v, named, spans_in)
        or given_to_by(text, ws, we, clause_end, v, named, spans_in)
        or judged.court(text, ws, v, named)
        or (judged.court(text, e, v, named) if ws >= we else ())
        or names
    )


def _agent_opens(text: str, a: int, z: int) -> bool:
    """Whether text[a:z], the words before the first actor after "by", open an agent's name: determiners, or an officer
    of the body ("a summary by the Chair of the Commission": the Commission, as addressees.OFFICER reads an officer)."""
    if AGENT_OPENS.fullmatch(text, a, z):
        return True
    officer = OFFICER.search(text, a, z)
    return officer is not None and AGENT_OPENS.fullmatch(text, a, officer.start()) is not None


def passive_agents(text: str, we: int, clause_end: int, v, named, spans_in) -> tuple[str, ...]:
    """The agents of a decision's passive verb right after its subject (the window ending at we), PASSIVE_BY: the
    actors of the window that opens after "by", when the first of them opens it ("shall be replaced by the following",
    "shall be governed by the rules of procedure of the General Assembly": no one), else none. The passive may be the
    subject's second verb, coordinated after its first (AND_PASSIVE_BY): "recommendations ... shall originate, to the
    extent possible, in the Committee and shall be considered by the Committee" (A/RES/74/92 op 6: the Committee), and
    "... and shall be considered by it" is the last actor named before "by" (A/RES/79/93 op 4), no one after a
    passive of its own ("shall be considered by it" right after the subject)."""
    by = PASSIVE_BY.match(text, we, clause_end) or AND_PASSIVE_BY.match(text, we, clause_end)
    if not by:
        return ()
    if IT.match(text, by.end()):  # "... in the Committee and shall be considered by it": the body of its first verb
        body = actors_in(text[we : by.end()], v, named)
        return (body[-1][0],) if body and by.re is AND_PASSIVE_BY else ()
    return _agents_after(text, by.end(), clause_end, v, named, spans_in)


def _agents_after(text: str, at: int, clause_end: int, v, named, spans_in) -> tuple[str, ...]:
    """The agents named after a "by" that ends at `at`: the actors of the window that opens there, when the first of
    them opens it, and those listed with the first."""
    ws, _, found = window_actors(text, at, clause_end, v, named, spans_in)
    if not found or not _agent_opens(text, ws, ws + found[0][1]):
        return ()
    run = found[:1]  # the agents listed with the first ("by the Government of Liberia and the exporting state, and, in
    for f in found[1:]:  # case of approval, the Government of Liberia shall ... notify the Committee": not the last)
        if f[1] >= run[-1][2] and not CONNECTOR.fullmatch(text, ws + run[-1][2], ws + f[1]):
            break
        run.append(f)
    return tuple(dict.fromkeys(a for a, _, _ in run))


# an activity given to a beneficiary by its agent, the subject of a decision: "Decides that technical cooperation
# provided to Iran by the IAEA or under its auspices shall only be for food, agricultural, medical, safety or other
# humanitarian purposes" (heldout36 S/RES/1737 (2006) op 16: the IAEA, whose cooperation the decision binds, as "any
# support provided by UNMISS ... shall be informed by robust conflict-sensitive analysis", heldout5 S/RES/2820 op 3,
# read by agents.participle_agent); the window ends at the beneficiary's "to" (who receives is no addressee): the
# agent is read after it, an activity and an agentive participle (verbs.yaml `unaddressed.agent_participles`) closing
# the window, up to six words of the beneficiary and "by", then the agents and the clause's modal verb (not a thing's
# participle: "the assistance requested to date by the Government" names no activity given)
WINDOW_GIVEN = re.compile(r"\b([a-z][\w-]*)\s+([a-z]+)(?:\s+out)?\s*$")
# (the beneficiary's own participle's "by" is not the agent's: "support provided to non-United Nations security forces
# deployed by the African Union shall be ...", review54-F 2)
TO_BY = re.compile(r"\s*to\s+(?:(?!by\b)[\w’'()-]+\s+){1,6}?(?<!ed\s)by\s+(?=\S)")
THEN_MODAL = re.compile(rf"[^,;:]{{0,120}}?\s{MODALS}\s")


def given_to_by(text: str, ws: int, we: int, clause_end: int, v, named, spans_in) -> tuple[str, ...]:
    """The agents of an activity given to a beneficiary that a decision's window (text[ws:we]) names: WINDOW_GIVEN,
    TO_BY, the agents (_agents_after) and a modal after them; else none."""
    given = WINDOW_GIVEN.search(text, ws, we)
    if (
        not given
        or given.group(2) not in agents._listed(v, "agent_participles")
        or not agents.activity_noun(given.group(1), v)
    ):
        return ()
    by = TO_BY.match(text, we, clause_end)
    if not by:
        return ()
    modal = THEN_MODAL.match(text, by.end(), clause_end)
    return _agents_after(text, by.end(), modal.end(), v, named, spans_in) if modal else ()
