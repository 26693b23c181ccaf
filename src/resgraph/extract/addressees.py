"""Addressees: which actors a window of an operative paragraph names.

The vocabulary's aliases are matched once per paragraph (`alias_spans`, aliases.py), then read inside the
window a directive verb governs (windows.py): whole lists split into their bodies, coordinated
modifiers split ("intergovernmental and non-governmental organizations"), places, possessors,
officers of another body and "other than" exclusions left out (`actors_in`). Split from
mandates.py, which finds the verbs and keeps the running record of who was named (`_Named`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resgraph.extract import addressee_presidents, channels, defined_parties, group_pairs, list_members, states_of
from resgraph.extract.aliases import alias_spans
from resgraph.extract.list_members import SIDE
from resgraph.vocab import STATE, Vocabulary, load
from resgraph.wordsearch import phrases

if TYPE_CHECKING:
    from resgraph.extract.named import _Named

DETERMINERS = {
    "the",
    "all",
    "those",
    "its",
    "their",
    "relevant",
    "other",
    "member",
    "such",
    "these",
    "this",
    "that",
    "a",
    "an",
    "each",
    "every",
    "any",
    "both",
    "interested",
    "concerned",
    "international",
    "regional",
    "national",
}
# an infinitive, not "to" before a noun phrase ("States to cooperate", not "to the Committee"): where an
# addressee's own infinitive begins (elliptic.py, asides.py); the words that open a noun phrase after "to" are written
# once, for the patterns that add words of their own (report_own_task.LATER_TASK, report_addressed)
NOT_AN_INFINITIVE = "the|all|its|their|his|her|a|an|this|that|these|those"
TO_VERB = rf"to\s+(?!(?:{NOT_AN_INFINITIVE})\b)[a-z]"


# "all groups other than UNDOF": the actor is left out
# ("those having influence with the parties", "all those with influence over parties to armed conflict": who has
# the influence is asked, not whom it bears on; S/RES/1427 (2002) op 6, S/RES/2417 (2018) op 8)
EXCEPT = re.compile(
    r"\bother\s+than\s+(?:the\s+)?$|\bexcept\s+(?:for\s+)?(?:the\s+)?$"
    r"|\binfluence\s+(?:on|over|with|upon)\s+(?:the\s+|all\s+)?$"
)
# ("United Nations country teams under the leadership of the Resident Coordinator", heldout46 A/RES/75/233 op 96 and
# A/RES/79/226 op 109; "the United Nations development system, under the leadership of the Secretary-General", A/RES/74/301
# op 15: who leads them is not asked, as every set reads a leader; "led by" is a participle's, list_members.qualified_by)
# ("under the overall leadership of the Resident Coordinator", "under the guidance and leadership of the": up to 7
# words back, more than EXCEPT's 5, so it is searched from its own tail_start(text, s, LEADER_WORDS))
LEADER = re.compile(
    r"\bunder\s+the\s+(?:overall\s+|guidance\s+and\s+)?leadership\s+of\s+(?:the\s+|a\s+|its\s+|their\s+)?$"
)
LEADER_WORDS = 7

# "the Special Rapporteur on the rights of Indigenous Peoples": those whose rights a title names hold them, the
# subject of the mandate, not asked (A/RES/79/159 op 29 and its yearly twins; heldout23 A/RES/74/135 op 18: the gold's
# EMRIP, PFII, SpecialProcedures)
RIGHTS_OF = re.compile(r"\brights\s+of\s+(?:the\s+|all\s+)?$", re.I)


OWN_PART = re.compile(r"\b(?:notably|in\s+particular|particularly|especially)\s+(?:its|their)\s+$")
# "all Member States, notably Sahel and Maghreb States", "in particular designating States", "Member States,
# including countries in the region": some of the States named before, no other addressee (not "in particular
# Sudan and South Sudan", "the Government of Afghanistan", "including Libya")
# ("notably Sahel, West Africa and Maghreb States", heldout11 S/RES/2364 (2017) op 43: names listed with commas)
SOME_OF = re.compile(r"\b(?:notably|in\s+particular|particularly|especially|including)\s+(?:[\w-]+,?\s+){0,5}$")
STATE_KINDS = frozenset(("States", "MemberStates", "StateGroups"))
# ("Member States, including countries in the region": the region's States are some of them, heldout4 S/RES/2743 op 25)
SOME_KINDS = STATE_KINDS | {"RegionalPartners"}
# "Member States, in particular developed countries and those developing countries in a position to do so": the States
# singled out are some of them too (heldout26 A/RES/80/118 op 47, the gold's MemberStates alone); after "including"
# they are still read beside the group, as bodies named after "including" are (tests/mandate_gold/README.md)
SINGLED_OUT = re.compile(r"\b(?:notably|in\s+particular|particularly|especially)\s+(?:[\w-]+,?\s+){0,5}$")
STATE_GROUPS = frozenset(("DevelopedCountries", "DevelopingCountries"))
# "all Member States, in particular neighbouring States and Member States of the Economic Community of the Central African
# States (ECCAS)": the member States of an organization singled out are some of them too, not the organization
# (heldout28 17 S/RES/2399 (2018) op 8, heldout31 17 S/RES/2339 (2017) op 21: the golds' MemberStates alone)
MEMBERS_SINGLED_OUT = re.compile(
    r"\b(?:notably|in\s+particular|particularly|especially)\s+(?:[\w-]+,?\s+){0,8}?[Mm]ember\s+States\s+of\s+(?:the\s+)?$"
)


# a State named in a government form or by its head is no place: "the intention of the Government of Lebanon",
# "the commitment by the President of Yemen" (heldout7 S/RES/2014 (2011) op 4); nor a State's legislature, which
# countries.yaml reads as the State: "Welcomes the adoption by the Senate and the National Assembly of the law ...,
# and encourages them" (A/HRC/RES/54/34 op 12, the heldout gold's state:COD: "by" marks the agent, no place); nor its
# forces by their capitalised name ("Demands that no member of the Malian Defence and Security Forces shall undermine",
# heldout35 S/RES/2100 (2013) op 6: state:MLI, as "the Malian Armed Forces")
GOVERNMENT = re.compile(
    r"\b(?:Governments?|government|[Aa]uthorities|[Aa]rmed [Ff]orces|[Ff]orces|institutions|President|Prime\s+Minister|"
    r"[Pp]arliament|National\s+Assembly|Senate)\b"
)


IN_PLACE = re.compile(r"\b(?:in|within|throughout|across|inside)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$")
# (and the sectors: "development partners across the public and private sectors", A/RES/79/218 op 27, 80/150 op 25)
PLACE_KINDS = frozenset(("States", "MemberStates", "RegionalPartners", "DevelopingCountries", "DevelopedCountries"))
PLACE_KINDS |= {"PublicAndPrivateSectors"}
NOT_A_PLACE_LIST = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
THOSE_OF = re.compile(r"\bthose\s+of\s+(?:the\s+)?$", re.I)  # "those of Burundi": its Government
# between the items of a list: the States of a list of places ("of Sierra Leone, Guinea and Liberia"), a State's side
# between them too (PLACE_LIST_JOIN: "..., southern Serbia and elsewhere", list_members.SIDE); LIST_JOIN, without the
# side, also joins thing_subjects' lists of things
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?")
PLACE_LIST_JOIN = re.compile(LIST_JOIN.pattern + SIDE)


HYPHENS = frozenset("-‑‐")
JOINT = re.compile(r"\s+(?:collaboration|cooperation|partnerships?|dialogue)\b")  # an activity of two sides


QUALIFIED = re.compile(r"\b(?:of|in)\s+(?:the\s+)?$")
# "under a mandate of the Security Council": a mandate's owner qualifies it even when its alias has no "the" of its own
# (the nouns are data: ontology/vocab/mandates.yaml `mandate_of`)
OWNER_OF = re.compile(rf"\b(?:{phrases(load().mandates['mandate_of'])})\s+of\s+(?:the\s+)?$")


# "States members of the Committee", "Member States participating in the ECOWAS forces"
OF_ACTOR = re.compile(r"\s+(?:members\s+|participating\s+(?=in))?(?:of|in)\s+(?:the\s+)?")


# an alias that qualifies what follows it: "MINUSMA's personnel", "General Assembly resolution 70/125"
# ("United States dollars": a currency, no State; "the crisis in the Mano River Union region": a place, S/RES/1346 op 11)
# (a noun followed by a determiner is a verb and its object: "Recommends that the General Assembly mandate the
# Secretary-General to convene", where "under a Security Council mandate to take" is the noun)
NOT_VERB = r"(?!\s+(?:the|a|an|its|his|her|their|all)\b)"
POSSESSOR = re.compile(  # (the nouns are data: ontology/vocab/mandates.yaml `possessed`)
    rf"['’]s\b|(?<=s)['’](?=\s)|\s+(?:{phrases(load().mandates['possessed'])})\b{NOT_VERB}"
)


# "requests MONUSCO’s military component to": a part of the body opening the window is the body asked
PART = re.compile(  # (the words are data: ontology/vocab/mandates.yaml `body_part`)
    rf"['’]s\s+(?:(?:{phrases(load().mandates['body_part']['kinds'])})(?:,\s+|\s+and\s+|\s+))*"
    rf"(?:{phrases(load().mandates['body_part']['parts'])})\b"
)


PLACE = re.compile(
    r"\b(?:of|in|on|from|for|against|within|throughout|across|inside|outside|into|over|by|at|to|towards|"
    r"with|near|between|among|neighbouring|neighboring|bordering|and\s+(?:in|on|of))\s+(?:the\s+)?" + SIDE + "$",
    re.I,
)


# "the Bureau of the Commission", "all members of the international community": the body itself is asked (the
# officers are data: ontology/vocab/mandates.yaml `officers`; "members" is read here, not after "States")
OFFICER = re.compile(rf"\b(?:{phrases(load().mandates['officers'])}|(?<!States\s)[Mm]embers)\s+of\s+(?:the\s+)?$")


def wrongdoers(actor: str, v: Vocabulary) -> bool:
    """Whether an actor is asked only when it acts, as a window's head (actors.yaml `kind: wrongdoers`)."""
    a = v.actors.get(actor)
    return a is not None and a.kind == "wrongdoers"


def tail_start(text: str, end: int, words: int = 5) -> int:
    """Where a pattern anchored at `end` that reads at most `words` words of at most 24 characters
    and the spaces between them (PLACE, EXCEPT, QUALIFIED, OFFICER) can begin: searched from there,
    not over text[:end] for every alias (quadratic in a paragraph), they read only what they match."""
    i = end
    for _ in range(words):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        stop = max(0, i - 24)  # no word these patterns read is longer
        while i > stop and not text[i - 1].isspace():
            i -= 1
    return i


def actors_in(
    text: str, v: Vocabulary, named: _Named, heads: bool = False, places: bool = False, spans=None, cues: bool = False
) -> list[tuple[str, int, int]]:
    """Actors named in text, longest alias first; a contextual alias ("the Commission") stands for
    the actor sharing it that was named last, and for nothing when none was. With heads, a definite
    description after "of" is left out: it qualifies a noun ("States members of the Institute",
    "the Charter of the United Nations"), unless that noun is an officer ("the President of the
    Mechanism"). A State after a preposition is a place or an owner ("the people of Afghanistan",
    "the Permanent Mission of Japan"), not an actor, unless places (it still counts as named for
    "the Government"). spans: text's aliases where the caller has them. cues: a cue ("the Convention",
    vocab.is_cue) counts too, for the running record of who was named only."""
    if spans is None:
        spans = alias_spans(text, v)
    out: list[tuple[str, int, int]] = []
    if not spans:
        return out
    aliases = [(s, e, alias, *v.actors_of_alias(alias)) for s, e, alias in spans]
    aliases = states_of.rewrite(text, aliases, v)  # "the States of ECOWAS, ECCAS and the GGC": the States of each
    # an actor named earlier in the same text counts as named; only a contextual alias asks
    seen = dict(named.asked(v)) if any(a[4] for a in aliases) else {}
    ends = [0] + [a[1] for a in aliases]  # where the alias before each ends
    cue = frozenset() if cues else v.cues
    place_end = -1  # where the last State read as a place ends
    singled: tuple[int, tuple[str, ...]] = (-1, ())  # the organization whose member States were singled out
    starts = {a[0]: a[2] for a in aliases}
    through: set[int] = set()  # where the bodies named as a means end ("through the head of the COFE")
    members: set[int] = set()  # where a joint body named as one and its members end (list_members.joint_member)
    qualified = -1  # where the last agent of words qualifying the addressee ends (list_members.qualified_by)
    for (s, e, alias, ids, contextual), last in zip(aliases, ends, strict=False):
        if alias in cue:
            continue
        if contextual:  # "the two Governments", "both Governments": the two named last
            ids = group_pairs.named_last(alias, ids, seen, text[max(0, s - 40) : s], v)
            # ("that Division" after "the Division of Conference Management of the United Nations Office at Geneva",
            # A/RES/74/186 op 32: the demonstrative's head too)
            unknown = seen.get(UNKNOWN + alias.split(" ", 1)[1], -1) if alias.startswith(DEFINITE) else -1
            if ids and unknown > seen.get(ids[0], -1):  # "the Commission" after a commission the vocabulary lacks
                continue
            ids = ids or (() if unknown >= 0 else named.defaults.get(alias) or v.default_of_alias(alias))
        if not ids or (wrongdoers(ids[0], v) and text[:s].strip()):
            # "those responsible", "the perpetrators" (actors.yaml `kind: wrongdoers`) are asked only as the head of
            # a window, "Calls on those responsible to cease": not "States of the nationality of victims and
            # perpetrators of piracy", "among all those responsible for implementing the agenda" (S/RES/2242 op 4)
            continue
        for a in ids:
            seen[a] = named.tick()
        # where the patterns anchored at s can begin: not all of text[:s] per alias (only read with
        # heads or without places: the running record's reading, places and no heads, needs none)
        tail = tail_start(text, s) if heads or not places else s
        # "in the border areas of Sierra Leone, Guinea and Liberia": the States listed after a place are places
        # (not after "by", an agent's mark, nor "those of": "all Governments in the region, in particular those
        # of Burundi, the Democratic Republic of the Congo, Rwanda and Uganda" are Governments)
        place = (
            not places
            and ids[0].startswith(STATE)
            and not GOVERNMENT.search(alias)
            and alias not in (v.states.get("bodies") or ())  # "to/with/of the CMD": a State's body, never a place
            and (PLACE.search(text, tail, s) or (place_end >= 0 and PLACE_LIST_JOIN.fullmatch(text, place_end, s)))
            and not THOSE_OF.search(text, tail, s)
            and not list_members.authorities_in(text, s)  # "the authorities and political stakeholders in Chad"
        )
        if place:
            place_end = -1 if NOT_A_PLACE_LIST.search(text, tail, s) else e
            continue
        # "Encourages closer public-private sector collaboration" (A/RES/77/154 op 16): an alias after a hyphen
        # is a side of a compound modifier, an activity of two sides asked of no one ("cooperation among")
        # ("the tourism sector in the Central American countries", "all illegal Ivorian armed combatants, including
        # in neighbouring countries": States named by a group after "in" are a place too)
        if (
            heads
            and (
                list_members.joint_member(text, ids, (s, e), last, members, v)  # "the Joint Assessment Mission of"
                or EXCEPT.search(text, tail, s)
                or LEADER.search(text, tail_start(text, s, LEADER_WORDS), s)
                or RIGHTS_OF.search(text, tail, s)
                or (text[s - 1 : s] in HYPHENS and JOINT.match(text, e))
                or (ids[0] in PLACE_KINDS and IN_PLACE.search(text, tail, s))
            )
        ):
            continue
        if heads and (
            channels.means(text, s, starts)
            or channels.channel(text, (s, e), (tail, last), out, through, ids[0])
            or _apposition(text, s, ids, out, v)
            or STATUS_WITH.search(text, tail, s)
            or list_members.authored(text, s)  # "the mediator appointed by the African Union"
            or list_members.SENT_TO.search(text, tail, s)  # "the countries contributing troops to MINUSCA"
            # "all Member States, including those contributing AMISOM police and troop contingents"
            or (out and out[-1][2] == last and out[-1][0] in STATE_KINDS and list_members.given(text, last, s))
            # "donors engaged in supporting the reform led by the Haitian authorities and the United Nations": the agents
            # after the "by" of words in -ed/-ing that qualify the addressee, and those joined to them, are not asked
            or (
                (
                    (out and out[-1][2] == last and list_members.qualified_by(text, last, s))
                    or (last == qualified and LIST_JOIN.fullmatch(text, last, s))
                )
                and bool(qualified := e)
            )
            or _shares_of(text, alias, e, starts, v)  # "other organizations and bodies of the United Nations system"
            # "the Secretary-General of ICAO": another body's officer, that body (OFFICER), not the Secretary-General
            or (ids[0] == "SecretaryGeneral" and _of_another(text, e, starts, tail, s))
        ):
            continue
        # "the European Union, notably its Special Representative for the Sahel": a part of the actor named
        if (
            heads
            and out
            and (
                OWN_PART.search(text, tail, s)
                or ids[0] in SOME_KINDS
                # ("other relevant international partners, including G5 Sahel States": some of them, heldout S/RES/2423)
                and (out[-1][0] in STATE_KINDS or ids[0] == "StateGroups")
                and SOME_OF.search(text, tail_start(text, s, 7), s)
                or ids[0] in STATE_GROUPS
                and out[-1][0] in STATE_KINDS
                and SINGLED_OUT.search(text, tail_start(text, s, 7), s)
                or out[-1][0] in STATE_KINDS
                and MEMBERS_SINGLED_OUT.search(text, tail_start(text, s, 14), s)
                and bool(singled := (e, ids))
                or singled[1] == ids  # its short name after it: "(ECCAS)"
                and re.fullmatch(r"\s*\(", text[singled[0] : s]) is not None
            )
        ):
            continue
        # "the Charter of the United Nations", "the special procedures of the Human Rights Council"
        if (
            heads
            and (
                alias.startswith(("the ", "that ", "this "))
                or OF_ACTOR.fullmatch(text, last, s)
                or OWNER_OF.search(text, tail, s)
            )
            and QUALIFIED.search(text, tail, s)
            and not OFFICER.search(text, tail, s)
            and not (ids[0].startswith(STATE) and list_members.authorities_in(text, s))
            and not list_members.joint_of(text, last, s)  # "the Joint Assessment Mission of the United Nations, ..."
        ):
            continue
        # (an alias ending in a preposition goes on into what it names: "Committee established pursuant to")
        if (
            heads
            and POSSESSOR.match(text, e)
            and not alias.endswith((" to", " by", " in"))
            # ("the Government of Libya’s focal point": a State's part after "the", S/RES/2644 (2022) op 3 and the Libya
            # renewals after it)
            and not (PART.match(text, e) and text[:s].strip(" ,") in ("", "the"))
        ):
            continue
        ids = addressee_presidents.presided(text, tail, s, ids, v) if heads else ids  # "the President of the Council"
        # "relevant actors of civil society": the kind its "of" names (list_members.kind_of)
        ids = (heads and ids[0] in list_members.GENERIC_HEADS and list_members.kind_of(text, e, starts, v)) or ids
        # (a cue of several actors names them all for the running record: "Ouagadougou Agreement", its Facilitator, CEI)
        out += [(a, s, e) for a in _members(alias, ids if contextual or (cues and alias in v.cues) else ids[:1], v)]
        # "the Malian parties" the text defined: its State too
        out += [(a, s, e) for a in defined_parties.states(named.defined, alias)]
    return out


def _shares_of(text: str, alias: str, e: int, starts: dict[int, str], v: Vocabulary) -> bool:
    """list_members.shares_of, the alias after the shared "of" looked up in starts (start -> alias)."""
    m = list_members.SHARED_OF.match(text, e)
    nxt = (starts.get(m.end()) or starts.get(m.start("head"))) if m else None
    return bool(nxt and list_members.shares_of(text, alias, e, v.actors_of_alias(nxt)[0]))


def _members(alias: str, ids: tuple[str, ...], v: Vocabulary) -> tuple[str, ...]:
    """ids, a group of States named by its membership ("the Central Asian States") read as its
    members (countries.yaml `groups`, keyed by the alias: States, or actors: "Governments at all levels")."""
    members = (v.states.get("groups") or {}).get(alias)
    return tuple(c if c in v.actors else STATE + c for c in members) if members else ids


# "humanitarian organizations having observer status with the General Assembly", "non-governmental
# organizations in consultative status with the Economic and Social Council": the body qualifies a status
STATUS_WITH = re.compile(r"\bstatus\s+(?:with|in|at)\s+(?:the\s+)?(?:United\s+Nations\s+)?$")
APPOSITION = re.compile(r"\s*,\s*(?:as\s+)?")


def _apposition(text: str, s: int, ids, out: list[tuple[str, int, int]], v: Vocabulary) -> bool:
    """Whether the alias at s is a role in apposition to the State found just before it ("France, the
    administering Power,"): the State named again (actors.yaml `kind: role`), no other actor."""
    return bool(
        out
        and out[-1][0].startswith(STATE)
        and APPOSITION.fullmatch(text, out[-1][2], s)
        and any(v.actors[a].kind == "role" for a in ids if a in v.actors)
    )


DEFINITE = ("the ", "that ", "this ")
UNKNOWN = "?"  # the prefix of a body named that the vocabulary lacks, in the record of who was named


OF_NEXT = list_members.OF_NEXT
BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")


def _of_another(text: str, e: int, starts: dict[int, str], tail: int, s: int) -> bool:
    """Whether the Secretary-General's alias ending at e is another body's officer: "of" and another alias right
    after it ("invites the Secretary-General of ICAO and the Chair of the CTC to brief", S/RES/2309 (2016) op 11),
    not the United Nations', nor the Secretary-General's act ("the establishment by the Secretary-General of the
    High-level Task Force")."""
    m = OF_NEXT.match(text, e)
    nxt = starts.get(m.end()) if m else None
    return bool(nxt and not nxt.startswith(("UN", "United Nations", "the UN")) and not BY_BEFORE.search(text, tail, s))
