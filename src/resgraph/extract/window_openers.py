"""What the window of a verb opens with when its agents are not after an activity in it (for asked.py): the owner
before the activity ("Member States’ further progress", "CTED’s continued active participation"), an activity a
demonstrative says was named before ("the continuation of such cooperation": the agents of that mention), or a body's
name, no activity at all ("the Mechanism set out in the ... arrangement between Israel and Lebanon").

Split from agents.py, which reads the agents marked after an activity ("by", "of", "between", "from"); these read
the ones named before it or elsewhere in the paragraph, with the same tests of what an activity is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resgraph.extract.addressees import actors_in
from resgraph.extract.agents import OWNER, activity_noun, agent_nouns, agents, object_end, owned_activity
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

if TYPE_CHECKING:
    from resgraph.extract.named import _Named

LEAD = re.compile(r"(?:the\s+)?")
# a name that owns what follows it, plural ("Member States’ further progress"), which the vocabulary's aliases do not
# take in (a plural possessive is no addressee, addressees.py)
PLURAL_OWNER = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*s['’]\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def plural_owner(window: str, v: Vocabulary) -> str:
    """The plural name that owns the activity a window opens with, as written without its apostrophe ("Member
    States’ further progress in this regard", heldout4 S/RES/2253 (2015) op 60), which no alias takes in as it
    stands; "" when the window opens with none."""
    m = PLURAL_OWNER.match(window)
    return window[: m.start(1)].rstrip().rstrip("'’") if m and owned_activity(m.group(1), v) else ""


def owner_first(window: str, found: list[tuple[str, int, int]], v: Vocabulary) -> tuple[str, ...]:
    """The owner of the activity a window opens with ("encourages CTED’s continued active participation
    in ... activities ..., including within the CTITF": CTED, not the bodies the activity is in), its agent."""
    if not found or LEAD.fullmatch(window, 0, found[0][1]) is None:
        return ()
    owner = OWNER.match(window, found[0][2])
    return (found[0][0],) if owner and owned_activity(owner.group(1), v) else ()


# "the continuation of such cooperation", "these efforts": an activity a demonstrative says was named before
SUCH = re.compile(
    r"(?:(?:the|a|an|further|continued|full)\s+)*(?:(?:[a-z][\w-]*\s+){1,3}?of\s+)?(?:such|this|these|those)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)(?:\s*$|\s*[,;:]|\s+(?:in|to|of|with|for|and|on|at)\b)"
)
# a capitalised owner just before an activity named earlier: "the Afghan Government’s cooperation"
OWNER_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?){0,6}[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,3}$")


def such_agents(window: str, text: str, at: int, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """The agents of an activity a demonstrative says was named before in the paragraph (text, up to `at`, the
    verb's end): "welcomes the cooperation of the Afghan Government and UNAMA with the Committee ..., and
    encourages the continuation of such cooperation" asks the Afghan Government and UNAMA (agents of the last
    mention of the same noun, read as the object of a verb would be)."""
    m = SUCH.match(window.strip())
    if m is None or m.group("noun").lower() not in agent_nouns(v):
        return ()
    noun = m.group("noun").lower()
    stem = noun[:-1] if noun.endswith("s") else noun
    mentions = list(re.finditer(rf"\b{re.escape(stem)}s?\b", text[:at], re.I))
    if not mentions:
        return ()
    st = mentions[-1].start()
    owner = OWNER_BEFORE.search(text, max(0, st - 80), st)
    st = owner.start() if owner else st
    end = object_end(text, mentions[-1].end(), at)
    return agents(text[st:end], actors_in(text[st:end], v, named, places=True), v)


# a window opening with a name, the word after it no activity: "the Mechanism set out in the Cessation of Hostilities
# arrangement between Israel and Lebanon ... and UNIFIL" (S/RES/2790 (2025) op 13), not "South-South cooperation"
NAME_FIRST = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+(?P<next>[a-z][\w-]*)")


def named(window: str, v: Vocabulary) -> bool:
    """Whether a window opens with a body's name, not an activity: its "between" qualifies that body (an
    arrangement between two States), no activity between the actors named after it."""
    m = NAME_FIRST.match(window)
    return m is not None and not activity_noun(m.group("next"), v)


# a gerund of help and its object opening the window: "Recommends assisting developing countries in attaining long-term
# debt sustainability" (A/RES/79/197 op 26; the gerunds are data: ontology/vocab/mandates.yaml `helped_gerunds`)
HELPED = re.compile(
    rf"(?i:{phrases(load().mandates['helped_gerunds'])})\s+(?:(?:the|all|other|those|these|such|relevant)\s+)*"
)


# a window opening with a gerund whose means are to include more: "recommends strengthening its functioning by including
# other United Nations offices with responsibilities in matters of digital cooperation" (E/RES/2025/18 op 132); the
# gerunds after "by" are data (mandates.yaml `included_gerunds`). Read once from the window's start, lazily to the first
# "by including": linear in the window.
INCLUDED = re.compile(rf"[a-z][\w-]*ing\b[^;:]*?\bby\s+(?i:{phrases(load().mandates['included_gerunds'])})\s")


def helped(window: str, found: list[tuple[str, int, int]]) -> bool:
    """Whether the first actor a window names is the object of a gerund of help it opens with: those helped, no one
    asked, as "to assist developing countries" names no addressee (heldout23 21 op 62); an adjective before a name
    ("developing countries", "remaining troop contributors") is no such gerund. Or whether every actor it names is
    named after the "by including" / "by adding" of a gerund it opens with (INCLUDED): those added to a body ("other",
    "relevant", "new" United Nations offices included in the Group), its object, no one asked; an actor named before
    ("strengthening cooperation with regional organizations by including ...") leaves the window to the other rules."""
    if not found:
        return False
    m = HELPED.match(window)
    if m is not None and found[0][1] == m.end():
        return True
    m = INCLUDED.match(window)
    return m is not None and found[0][1] >= m.end()


# whom the agent of an activity the window opens with ("the cooperation of the Office with") works with or within: its
# partners, not asked ("in", "for" go on lists too: "the efforts of all actors in society, including national human
# rights institutions"); of taking part (verbs.yaml `unaddressed.included.nouns`), the forum it is taken part "in" as
# well: "Encourages the widest possible participation of States in the Assembly of States Parties" (heldout49 A/RES/79/6
# op 31, heldout11 A/RES/77/6 op 30: the golds' States), "the continued participation of the Special Rapporteur in the
# work of the Inter-Agency Standing Committee" (the Rapporteur's, not the Committee's)
PARTNER = re.compile(r"\s(?:with|within|among|amongst|between)\s")
# (a named body, its name's head a body's (`forum_heads`), or the work or meetings of one (`forum_words`): verbs.yaml
# `unaddressed.included`; not "eminent personalities active in the struggle against racial discrimination, and civil
# society organizations", A/RES/79/161 op 54, whose list goes on, nor a place, "the participation of Member States in
# Africa and of civil society"; bounded words, possessive spaces: linear)
_INCLUDED = load().unaddressed.get("included") or {}
FORUM = re.compile(
    PARTNER.pattern + rf"|(?P<forum>\sin\s++(?:the\s++)?(?:(?:{phrases(_INCLUDED.get('forum_words') or ['work'])})"
    rf"\s++of\s++(?:the\s++)?(?=[A-Z])|(?=(?:[A-Z][\w-]*+\s++){{0,4}}(?:{phrases(_INCLUDED.get('forum_heads') or ['Council'])})\b)))"
)
# where the participants go on past a forum: "of States in the Assembly of States Parties and of civil society in the
# Conference" (both asked; the stop 67 review)
AND_OF = re.compile(r"(?<![\s,]),?\s++and\s++of\s")


def partner_cut(window: str, noun: str, every: list[tuple[str, int, int]], v: Vocabulary) -> tuple[int, int] | None:
    """The span of the window (after the first agent, every[0]) whose actors are no agents of the activity noun the
    window opens with: its partners to the end (PARTNER), or, for taking part (verbs.yaml `unaddressed.included.nouns`),
    a forum named after "in", up to an "and of" that names more participants (FORUM, AND_OF)."""
    included = (v.unaddressed.get("included") or {}).get("nouns") or ()
    pattern = FORUM if noun.lower() in {n.lower() for n in included} else PARTNER
    m = pattern.search(window, every[0][2])
    if m is None:
        return None
    more = AND_OF.search(window, m.end()) if pattern is FORUM and m["forum"] is not None else None
    return m.start(), more.start() if more else len(window)


def kept_agents(window: str, noun: str, found: list, every: list, v: Vocabulary) -> list | None:
    """The actors found (else every actor) outside partner_cut's span: the activity's agents; None where it has none."""
    cut = partner_cut(window, noun, every, v)
    if cut is None:
        return None
    return [f for f in found if not cut[0] < f[2] <= cut[1]] or [f for f in every if not cut[0] < f[2] <= cut[1]]
