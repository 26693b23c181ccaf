"""Pronouns that stand for actors named before: "encourages them to", "calls on it also", "both
organizations", and the owner of an activity asked for ("encourages its continued engagement").

Split from mandates.py, which asks them when a mandate's window (addressees.py) is a pronoun, or
names an activity of verbs.yaml `agent_nouns` that a possessive owns.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from resgraph.extract import directives, unaddressed
from resgraph.extract.addressees import DETERMINERS, actors_in, tail_start
from resgraph.extract.aliases import alias_spans
from resgraph.extract.group_pairs import BOTH, pair
from resgraph.extract.modifiers import coordinated
from resgraph.extract.name_complements import QUALIFIER, singled_out
from resgraph.extract.text_authors import not_sent_on
from resgraph.vocab import STATE, Vocabulary, load
from resgraph.wordsearch import phrases

if TYPE_CHECKING:
    from resgraph.extract.named import _Named

# the nouns a demonstrative makes a pronoun of: "those entities" (data: mandates.yaml `pronoun_nouns`, `pronoun_above`)
_NOUNS = phrases(load().mandates["pronoun_nouns"])
# "the above-mentioned stakeholders", "all the aforementioned bodies": a demonstrative group too
_ABOVE = rf"(?:{phrases(load().mandates['pronoun_above'])})"
# a window that is only a pronoun takes the actors named before it ("those organizations and national committees")
PRONOUN = re.compile(
    r"(?:them|her|him|it|he|she|they|the latter|the former|(?:all|each|both)\s+of\s+them|(?:all\s+)?others|those|"
    r"(?:all\s+)?(?:those|these|such|both|the\s+two|the\s+"
    + _ABOVE
    + r")\s+(?:"
    + _NOUNS
    + r")(?:\s+and\s+(?:[a-z]+\s+)?(?:"
    + _NOUNS
    + r"))?)",
    re.I,
)
# "encourages the Governments of the DRC, Rwanda, Uganda and Burundi to ..., and invites these Governments to": the
# States just asked (a window of "Governments" alone is an alias of all States)
THESE_STATES = re.compile(r"(?:these|those|the\s+said)\s+(?:Governments|States|countries)", re.I)
# "encourages them once again", "calls on them in this regard": the adverbs after a pronoun (mandates.yaml)
PRONOUN_ALONE = re.compile(
    r"(?P<p>" + PRONOUN.pattern + rf")(?:\s+(?:{phrases(load().mandates['pronoun_adverbs'])}))*",
    re.I,
)
# "encourages its continued engagement", "their work in promoting": an activity whose agent, named
# before, a possessive stands for (verbs.yaml `agent_nouns`); the pronoun that stands for its owner
OWNED_ACTIVITY = re.compile(
    r"(?P<owner>their|its|his|her)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*)"
    r"(?:\s*$|\s+(?:in|of|with|to|for|on|at|towards|between|among)\b)"
)
# an activity of an owned one: "encourages the continuation of their efforts" (heldout S/RES/2076 (2012) op 13, heldout3
# S/RES/2773 (2025) op 13: the contingents' efforts, MONUSCO), "the strengthening of its engagement": the owner is asked
OF_OWNED = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\s+of\s+(?=(?:their|its|his|her)\s)")
# "requests that they be disseminated", "decides that they shall also apply to": the pronoun of a
# "that" clause stands for things (leaflets, measures), no one asked
THINGS_AFTER = re.compile(
    r"\s+(?:(?:shall|should|will|would|must|may)\s+)?(?:also\s+|further\s+)?(?:be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\b|apply\b)"
)
# "calls on them and States of the region": a pronoun opening a list of addressees
PRONOUN_AND = re.compile(r"\s*(?P<p>them|it)\s+and\s+")
# "calls upon States and such organizations", "States as well as such organizations" (S/RES/1810 (2008) op 5,
# heldout8 S/RES/2325 (2016) op 19): a demonstrative group inside a list of addressees
GROUP_IN_LIST = re.compile(
    r"(?:,|\band|\bor|\bas\s+well\s+as)\s+(?P<p>(?:all\s+)?(?:such|these|those)\s+(?:" + _NOUNS + r"))\b", re.I
)
INDEFINITE = re.compile(r"\b(?:a|an|new)\s+$")
OF_TEXTS = re.compile(r"\s+(?:resolutions?|decisions?|presidential\s+statements?|reports?)\b")
OWNER_PRONOUN = {"their": "them", "its": "it", "his": "him", "her": "her"}
OWNER_REACH = 14  # words: farther back, a possessive more often stands for people no actor names
OWNED = re.compile(r"\b(?:his|her|its|their)\s+$")
ORDINAL_PRONOUNS = {"the latter", "the former"}  # the last (first) named, whoever was asked
# "the involvement of Belarus": a State after "of" and an activity noun, the owner of the act
OF_OWNER = re.compile(r"\b[a-z]+(?:ment|tion|sion|ance|ence|ity|ure)\s+of\s+(?:the\s+)?$")
# a pronoun alone, not a demonstrative group ("those stakeholders"; "calls upon those that have not yet ratified the
# Protocols": the States the paragraph named, A/RES/75/30 op 4)
BARE_PRONOUN = re.compile(r"them|it|they|those|(?:all|each|both)\s+of\s+them")
SINGULAR_PRONOUNS = {"her", "him", "it", "the latter", "he", "she"}
PERSONAL_PRONOUNS = {"her", "him", "he", "she"}  # a person of the vocabulary (`person: true`)
# what may stand between actors named together: "X and the Y, as well as with other relevant Z"
CONNECTOR = re.compile(
    r"(?:[\s,()]|\b(?:and(?:\s+of)?|or|as well as|with|including|in particular|also|"
    + "|".join(sorted(DETERMINERS))
    + r")\b)*",
    re.I,
)


@lru_cache(maxsize=4)
def own_clause(v: Vocabulary) -> re.Pattern[str]:
    """A clause of the organ's own inside a paragraph, after a comma, a semicolon or "and": an
    operative lead of leads.yaml that is a verb ("..., further welcomes the Government's
    cooperation", "and commends the Office"), after its adverbs."""
    adverbs = {a.lower() for a in v.adverbs}
    verbs = sorted(
        {w.lower() for w in v.operative_leads if w.endswith("s") and w.lower() not in adverbs}, key=len, reverse=True
    )
    adv = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(adverbs, key=len, reverse=True))
    return re.compile(rf"(?:[,;]|\band)\s+(?:(?:{adv})\s+)*(?:{'|'.join(verbs)})\s")


def stands_for(
    pronoun: str,
    text: str,
    v: Vocabulary,
    named: _Named,
    prev: tuple[str, ...],
    speaker: str | None = None,
    opens: bool = False,
) -> tuple[str, ...]:
    """The actors a pronoun stands for, text being the paragraph's text since the previous mandate's
    addressees (prev, or its start): who that mandate asked when no clause of the organ's own comes
    between ("Calls upon the parties to cooperate with the ICRC, and calls upon them": the parties,
    not the body the task names); after such a clause, who it names first ("..., further welcomes the
    Government of the DRC's continued cooperation with the team ..., and calls on them": the
    Government); else who the paragraph's opening clause names first (text opens it: `opens`), else
    antecedent() over the whole text. "The latter", "her" and a demonstrative
    group ("those stakeholders", "both parties") are read by antecedent() alone."""
    p = pronoun.lower()
    if p in PERSONAL_PRONOUNS or p in ORDINAL_PRONOUNS:
        return antecedent(pronoun, text, v, named) or prev
    if not BARE_PRONOUN.fullmatch(p):
        group = _group(pronoun, text, v, named)
        # "Requests MINUSCA, ... and French forces ... to provide ..., and requests these forces": all asked
        return prev if prev and set(group) & set(prev) and not BOTH.match(p) else group or prev
    singular = p in SINGULAR_PRONOUNS
    # "Requests the Secretary-General to circulate the report ... to the competent bodies, and urges
    # them": no one person; "Decides to invite ..., and invites them": not the organ deciding
    asked = (
        prev
        and prev != (speaker,)
        and (len(prev) == 1 if singular else not (len(prev) == 1 and prev[0] in v.actors and v.actors[prev[0]].person))
    )
    # the clauses of the organ's own, last first: "Recognizes the progress made by ISAF ..., notes the
    # UNAMA report ..., and calls on them": ISAF (a report names no one)
    ends = [len(text)]
    for c in reversed(list(own_clause(v).finditer(text))):
        found = antecedent(pronoun, text[c.end() : ends[-1]], v, named, first=True)
        if found:
            return found
        ends.append(c.start())
    if asked:
        return prev
    # text opening the paragraph opens a clause too: "Condemns ... the decision of the Taliban to no
    # longer grant access to the Special Rapporteur ..., and calls upon it": the Taliban
    found = antecedent(pronoun, text[: ends[-1]], v, named, first=True) if opens else ()
    return found or antecedent(pronoun, text, v, named) or prev


# a join and the next name's own participle or adjective, as a window reads it: "by donors and affected States" (S/RES/2365)
MODIFIED = re.compile(
    r"[\s,]*(?:and|or|as\s+well\s+as)\s+(?:the\s+|all\s+|other\s+)?(?:[a-z][\w-]*(?:ed|ing|al)\s+){1,2}"
)


def _named_with(text: str, last: tuple[str, int, int], a: tuple[str, int, int], v: Vocabulary) -> bool:
    """Whether actor a goes on the run ending at `last`: joined (CONNECTOR, MODIFIED) or singled out of it (singled_out)."""
    gap = text[last[2] : a[1]]
    joined = CONNECTOR.fullmatch(gap) or MODIFIED.fullmatch(gap)
    return bool(joined or singled_out(text, last[2], a[1], last[0], a[0], v))


def _group(group: str, text: str, v: Vocabulary, named: _Named, fallback: bool = True) -> tuple[str, ...]:
    """The actors a demonstrative group stands for: an alias in full is that actor ("both parties",
    "the two sides": PartiesToConflict by the conventions); else the last actors named together
    where one of them is named with the group's noun ("... support of the United Nations development
    system, the international financial institutions, regional organizations and other stakeholders,
    and therefore requests those stakeholders": all four, not the countries the paragraph opened
    with); else antecedent() (with fallback, else none)."""
    whole = actors_in(group, v, named)
    if len(whole) == 1 and whole[0][1] == 0 and whole[0][2] == len(group):
        return (whole[0][0],)
    noun = group.split()[-1].lower()
    stem = noun[:-3] if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun
    found = [f for f in actors_in(text, v, named) if not OF_TEXTS.match(text, f[2])]
    at = [i for i, (_, s, e) in enumerate(found) if stem in text[s:e].lower()]
    if not at:
        return pair(group, found, antecedent(group, text, v, named), whole) if fallback else ()
    first = last = at[-1]
    while first > 0 and CONNECTOR.fullmatch(text[found[first - 1][2] : found[first][1]]):
        first -= 1
    while last + 1 < len(found) and _named_with(text, found[last], found[last + 1], v):
        last += 1
    run = tuple(dict.fromkeys(a for a, _, _ in found[first : last + 1]))
    # "the two organizations": two of them
    return pair(group, found, antecedent(group, text, v, named), whole) if BOTH.match(group) and len(run) < 2 else run


# "Urges all the above-mentioned stakeholders, in particular the United Nations organs, bodies, and agencies to assist"
# (heldout17 S/RES/1542 (2004) op 14: the list of op 13), "encourages the above-mentioned bodies to continue": a group
# named before, in the paragraph or the one before it (tests/mandate_gold/README.md "What counts": a pronoun is who it
# stands for), not the actor its noun is an alias of
# ("encourages UNODC and other relevant United Nations entities, ..., and in this regard, encourages further the
# above-mentioned entities and bodies", S/RES/2331 (2016) op 17: all whom the paragraph asked)
_GROUP_NOUN = re.compile(r"\b(?:" + _NOUNS + r")\b", re.I)
ABOVE_GROUP = re.compile(
    r"\s*(?:all\s+)?the\s+" + _ABOVE + r"\s+(?:" + _NOUNS + r")(?:\s+and\s+(?:[a-z]+\s+)?(?:" + _NOUNS + r"))?\b", re.I
)


def above_mentioned(window: str, before: str, prior: str, v: Vocabulary, named: _Named, prev=()) -> tuple[tuple, int]:
    """(the actors a window's opening "the above-mentioned <noun>" stands for, where that group ends in the window):
    those named with the noun in before (the paragraph before the verb; all whom its last mandate asked, prev, where
    they are among them), else in prior (the operative paragraph before it), else the first ones named together there
    (_group); ((), 0) for no such group or none named."""
    m = ABOVE_GROUP.match(window)
    if not m:
        return (), 0
    group = m.group(0).strip()
    # each noun of "entities and bodies" names its own
    found = tuple(a for n in _GROUP_NOUN.findall(group) for a in _group("the " + n, before, v, named, fallback=False))
    found = prev if prev and set(found) & set(prev) else found or _group(group, prior, v, named)
    return (found, m.end()) if found else ((), 0)


# "Encourages Member States to provide assistance to those States members of the Standing Advisory Committee that have
# ratified the Arms Trade Treaty, and encourages those that have not yet done so to ratify" (heldout17 A/RES/78/59 op 8
# and the Central Africa twins): "those" with a relative clause stands for the group "those ... that" named before it
THOSE_WHO = re.compile(r"\s+(?:that|which|who)\s")
THOSE_GROUP = re.compile(r"\bthose\s+(?P<np>[^,;:()]{1,100}?)\s+(?:that|which|who)\s", re.I)


def those_who(text: str, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """The actors of the last group "those <group> that/which/who" in text (the paragraph before the verb), else none."""
    groups = list(THOSE_GROUP.finditer(text))
    if not groups:
        return ()
    a, z = groups[-1].span("np")
    return tuple(dict.fromkeys(x for x, _, _ in actors_in(text[a:z], v, named, heads=True)))


def group_in_list(window: str, text: str, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """The actors a demonstrative group inside a window's list stands for ("calls upon States as well as such
    organizations": the organizations named with that noun in text, the paragraph before the verb), else none."""
    m = GROUP_IN_LIST.search(window)
    return _group(m.group("p"), text, v, named, fallback=False) if m else ()


@lru_cache(maxsize=4)
def _agent_nouns(v: Vocabulary) -> frozenset[str]:
    return frozenset(n for n in v.agent_nouns if " " not in n)


def antecedent(pronoun: str, text: str, v: Vocabulary, named: _Named, first: bool = False) -> tuple[str, ...]:
    """The actors a pronoun stands for, from the text before it: "the latter", "her" the last actor
    named (the first, when text opens a clause of the organ's own: `first`); "them", "those entities"
    the first ones named together ("the Working Group and the Committee ..., as well as other special
    procedures and treaty bodies")."""
    spans = alias_spans(text, v)  # read once: the actors below and the coordinated modifiers of a group
    # (an alias that qualifies a text is none: "under the relevant Security Council resolutions")
    # "them" is not the author of a text sent on to others named (text_authors)
    found = not_sent_on(
        pronoun, text, [f for f in actors_in(text, v, named, spans=spans) if not OF_TEXTS.match(text, f[2])]
    )
    if not found and pronoun.lower() == "it":
        # "Deplores the involvement of Belarus in this unlawful use of force against Ukraine, and calls upon it"
        # (A/RES/ES-11/1 op 10): the one State named as the owner of an act ("of"), which actors_in reads as a place
        owners = {
            a
            for a, s, _ in actors_in(text, v, named, places=True, spans=spans)
            if a.startswith(STATE) and OF_OWNER.search(text, 0, s)
        }
        return (owners.pop(),) if len(owners) == 1 else ()
    if not found:
        return ()
    if pronoun.lower() in PERSONAL_PRONOUNS:
        # "his Special Envoy" is not who "he" is (OWNED reads two words back from the name), nor "a Special
        # Representative" the Secretary-General intends to appoint (S/RES/1464 (2003) op 6)
        people = [
            a
            for a in found
            if (a[0] in v.actors and v.actors[a[0]].person or _head_of_state(text[a[1] : a[2]], v))
            and not OWNED.search(text, tail_start(text, a[1], 1), a[1])
            and not INDEFINITE.search(text, tail_start(text, a[1], 1), a[1])
        ]
        # no person named since: the last one asked ("requests him", prev), not a body named since
        return (people[-1][0],) if people else ()
    if pronoun.lower() in SINGULAR_PRONOUNS:
        return (found[0 if first else -1][0],)
    # coordinated modifiers name actors here as in a window (modifiers.coordinated): the run goes on through them
    found = sorted(dict.fromkeys([*found, *coordinated(text, spans, v)]), key=lambda f: (f[1], f[2]))
    runs, end = [[found[0]]], found[0]
    for a in found[1:]:
        if QUALIFIER.fullmatch(text, end[2], a[1]):  # the name's own complement: read past it, not asked
            end = (end[0], a[1], a[2])
            continue
        if not _named_with(text, end, a, v):
            runs.append([])
        runs[-1].append(a)
        end = a
    # the first run, or a later one opening with it and going on: "support provided by Member States, as well as
    # contributions made by Member States and international governmental and non-governmental organizations ...,
    # and encourages them" (A/RES/78/57 op 3); not one naming them among others ("ECOWAS, the United Nations, ...")
    names = [tuple(dict.fromkeys(a for a, _, _ in r)) for r in runs]
    return next((n for n in names[1:] if len(n) > len(names[0]) and n[: len(names[0])] == names[0]), names[0])


@lru_cache(maxsize=4)
def _heads(v: Vocabulary) -> re.Pattern[str] | None:
    """A State named by its head, countries.yaml `heads` ("the President of Yemen"): a person for "him", "her"."""
    heads = sorted(v.states.get("heads") or (), key=len, reverse=True)
    words = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads)
    return re.compile(rf"(?:the\s+)?(?:{words})\b") if heads else None


def _head_of_state(alias: str, v: Vocabulary) -> bool:
    """Whether a State's alias as written names its head ("President of Yemen", "President Faustin-Archange Touadéra")."""
    heads = _heads(v)
    return bool(heads and heads.match(alias))


def owner(window: str, text: str, at: int, v: Vocabulary, named: _Named, prev: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Who owns the activity a window names, when a possessive stands for it ("Welcomes the role of
    the African Union, and encourages its continued engagement"): the actors that pronoun stands
    for, named within OWNER_REACH words before `at` (the verb's end); else whom the paragraph's
    previous mandate asked (prev), where the possessive agrees with them ("Invites the Office, United
    Nations entities and Member States to support ..., and encourages their active participation", the
    gold of A/RES/80/199 op 31; "Encourages the Secretary-General to step up planning ..., and
    encourages his further engagement"); else, no mandate before it, the first actors the paragraph names;
    else none ("Recognizes that women play a vital role ..., and urges their involvement": not an actor of
    the vocabulary). The owner is the activity's agent, asked (the addressee convention from stop 27)."""
    w = window.strip()
    lead = OF_OWNED.match(w)
    if lead and (lead.group("head").endswith("ing") or unaddressed.is_activity(lead.group("head"), v)):
        w = w[lead.end() :]
    owned = OWNED_ACTIVITY.match(w)
    if not owned or owned.group("noun") not in _agent_nouns(v):
        return ()
    pronoun = OWNER_PRONOUN[owned.group("owner")]
    found = antecedent(pronoun, text[tail_start(text, at, OWNER_REACH) : at], v, named)
    if not found and not prev:
        # the first actors the paragraph names ("Welcomes the efforts of IGAD, the AU, ..., encourages their continued
        # firm engagement", S/RES/2514 (2020) op 11), as stands_for reads an opening clause
        found = antecedent(pronoun, text[:at], v, named, first=True)
    return found or (prev if agrees(pronoun, prev, v) and not _aside_before(text, at, v) else ())


@lru_cache(maxsize=4)
def _directive_words(v: Vocabulary) -> frozenset[str]:
    return frozenset(f.split()[0].lower() for d in v.verbs.values() for f in d.get("forms") or ())


def _aside_before(text: str, at: int, v: Vocabulary) -> bool:
    """Whether the clause of the organ's own last before the verb ending at `at` asks no one ("...,
    regrets the low participation of women ..., and encourages their meaningful participation",
    S/RES/2677 op 14; "..., recalls that women play a vital role ..., and urges their involvement", the
    gold's empty set, S/RES/2145 op 14): the possessive stands for whom that clause named, not for whom
    the mandate before it asked."""
    clauses = list(_any_clause(v).finditer(text, 0, at))
    return bool(clauses) and clauses[-1].group("verb").lower() not in _directive_words(v)


def clause_openers(v: Vocabulary) -> re.Pattern[str]:
    """_any_clause: where the organ's clauses inside a paragraph open (continued.py)."""
    return _any_clause(v)


@lru_cache(maxsize=4)
def _any_clause(v: Vocabulary) -> re.Pattern[str]:
    """A clause of the organ's own inside a paragraph, as own_clause, and after a linking phrase too
    (", therefore reiterates"); its verb an operative lead or the finite form of a preambular one
    ("Recalling": ", recalls that women play a vital role")."""
    stems = {w[:-3].lower() for w in v.preambular_leads if w.endswith("ing")}
    verbs = {w.lower() for w in v.operative_leads if w.endswith("s")} | {s + e for s in stems for e in ("s", "es")}
    skip = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in directives.once_each({*v.adverbs, *v.links}))
    alt = "|".join(sorted(verbs - {a.lower() for a in v.adverbs}, key=len, reverse=True))
    return re.compile(rf"(?:[,;]|\band)\s+(?:(?:{skip})\s+)*(?P<verb>{alt})\s", re.I)


def agrees(pronoun: str, actors: tuple[str, ...], v: Vocabulary) -> bool:
    """Whether a pronoun may stand for actors: "him", "her" one person of the vocabulary, "it" one
    actor that is no person, "them" any but one person."""
    people = [a in v.actors and v.actors[a].person for a in actors]
    if pronoun in PERSONAL_PRONOUNS:
        return people == [True]
    return people == [False] if pronoun in SINGULAR_PRONOUNS else bool(people) and people != [True]


def states_listed(text: str, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """The States a demonstrative and the States' noun stand for when no mandate asked them: the last run of
    two or more States named together in text ("Expresses its appreciation ... for the deployment of
    international security forces by the Governments of Portugal, Australia, New Zealand and Malaysia ..., and
    encourages those countries to continue to inform the Council", heldout9 S/RES/1690 (2006) op 2), else none."""
    found = [f for f in actors_in(text, v, named, places=True) if f[0].startswith(STATE)]
    runs: list[list[tuple[str, int, int]]] = []
    for f in found:
        if runs and _LIST_JOIN.fullmatch(text, runs[-1][-1][2], f[1]):
            runs[-1].append(f)
        else:
            runs.append([f])
    last = next((r for r in reversed(runs) if len({a for a, _, _ in r}) > 1), None)
    return tuple(dict.fromkeys(a for a, _, _ in last)) if last else ()


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?")
