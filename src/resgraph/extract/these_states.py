"""Whom "these Governments", "those countries" stand for when they name States asked before: the States (or groups of
States: regional partners, Member States) of the mandate just before, in the same paragraph or, for a paragraph
that opens with them, the paragraph before. A group of States asked by its kind keeps its id ("6. Also invites those
countries" after "5. Invites all countries of the region": RegionalPartners, the heldout22 gold), where the
vocabulary's alias "countries" would read all States; with no States asked or listed before, the group of countries the
paragraph named before by its kind ("Congratulates those countries that have met the criteria for graduation ...,
invites those countries to start the preparations": the graduating, DevelopingCountries, heldout28 A/RES/79/218 op 45),
where it is the only group named. Likewise "him" or "her" opening a paragraph: the one person the mandate
before asked (person_asked_before). Raises nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resgraph.extract.addressees import actors_in
from resgraph.extract.pronouns import THESE_STATES, agrees
from resgraph.vocab import STATE, Vocabulary

if TYPE_CHECKING:
    from resgraph.extract.named import _Named

# a paragraph opening with a demonstrative and the States' noun ("6. Also invites those countries, pending the
# establishment of the zone, not to develop", the Assembly's Middle East texts after "5. Invites all countries of the
# region": heldout22 A/RES/75/33 op 6, RegionalPartners)
# (the noun alone, before a comma or the infinitive: "Calls upon those States that possess nuclear weapons", heldout4
# A/RES/77/68 op 3, are some States, no anaphor)
ANAPHOR_END = re.compile(r"\s*(?:,|to\b)")
OPENS_WITH_THESE_STATES = re.compile(r"\W*(?:[A-Za-z]+\s+){1,3}?" + THESE_STATES.pattern + ANAPHOR_END.pattern, re.I)
# the kinds (actors.yaml `kind`) of the actors that are States or groups of them, which "these countries" may stand for
STATES_KINDS = ("states", "state-group")
# the kind of the groups of countries named by their kind, which "those countries" after them in a paragraph stands for
COUNTRY_GROUP = "country-group"


def of_states(actors: tuple[str, ...], v: Vocabulary) -> bool:
    """Whether actors are all States or groups of States ("these Governments", "those countries" may stand for them)."""
    return bool(actors) and all(a.startswith(STATE) or a in v.ids_of_kinds(*STATES_KINDS) for a in actors)


def asked_before(text: str, we: int, prev: tuple[str, ...] | None, v: Vocabulary) -> tuple[str, ...]:
    """Whom "these Governments" (a window ending at we) stands for where the mandate before in the paragraph asked
    States only (prev): all of them where they are all States; before a comma or the infinitive (ANAPHOR_END), all of
    them where they are States or groups of States. None where others were asked beside them: the States the clause
    lists come first then (pronouns.states_listed), and only after them the States among those asked (states_among)."""
    if not prev:
        return ()
    if all(a.startswith(STATE) for a in prev) or of_states(prev, v) and ANAPHOR_END.match(text, we):
        return prev
    return ()


def states_among(text: str, we: int, prev: tuple[str, ...] | None, v: Vocabulary) -> tuple[str, ...]:
    """The States and groups of States among those the mandate before asked beside others (prev), for "these States"
    before a comma or the infinitive (ANAPHOR_END) where the clause listed no States of its own: "Urges Member States
    and the international community to honour the memory of the victims ..., and calls upon these States to take
    appropriate and effective measures" (A/RES/79/161 op 24, heldout47 25; A/RES/80/193 op 23, heldout45 26:
    MemberStates). Read after pronouns.states_listed: "Urges Member States and international organizations to assist
    Angola, Namibia and Zambia, and encourages those countries to" are the three the clause names (review 65)."""
    if not prev or not ANAPHOR_END.match(text, we):
        return ()
    return tuple(a for a in prev if of_states((a,), v))


def states_asked_before(text: str, last: tuple[int, tuple[str, ...]] | None, v: Vocabulary) -> tuple[str, ...]:
    """Whom "those countries" opening a paragraph's text stands for: the States the last mandate of the paragraphs
    before asked (last: its op and addressees), as "and invites these Governments" after a mandate of the same
    paragraph; none where the text opens otherwise or that mandate asked others."""
    return last[1] if last and OPENS_WITH_THESE_STATES.match(text) and of_states(last[1], v) else ()


def group_named_before(text: str, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """The group of countries (actors.yaml `kind: country-group`) named last in text, the paragraph before "those
    countries" where it asked no States and listed none: "Congratulates those countries that have met the criteria for
    graduation from least developed country status, notes with appreciation that 5 countries have graduated since 2011
    ..., invites those countries to start the preparations for their graduation" (heldout28 A/RES/79/218 op 45:
    DevelopingCountries); the countries counted after it ("5 countries have graduated", the vocabulary's "countries":
    States) are some of them. None where another actor was named after the group ("the efforts of donor States"): it
    may be theirs; none where two groups were named ("the support provided by developed countries to African countries
    ..., and invites those countries to continue their support"): which one is meant is not said."""
    named_before = [a for a, _, _ in actors_in(text, v, named, places=True) if a != "States"]
    groups = {a for a in named_before if a in v.ids_of_kinds(COUNTRY_GROUP)}
    return tuple(named_before[-1:]) if len(groups) == 1 and named_before[-1] in groups else ()


# a paragraph that opens by asking "him" or "her": "9. Requests him to also continue to report regularly, and at least
# every three months" (S/RES/1834 (2008) op 9, the heldout17 gold: the Secretary-General, whom op 8 asked)
OPENS_WITH_PERSON = re.compile(r"(?:[A-Za-z]+\s+){1,3}?(?:him|her)\s+(?:also\s+|further\s+)?to\s", re.I)


def person_asked_before(text: str, last: tuple[int, tuple[str, ...]] | None, v: Vocabulary) -> tuple[str, ...]:
    """Whom "him" or "her" opening a paragraph's text stands for: the one person the last mandate of the paragraphs
    before asked (last: its op and addressees), as stands_for reads "and requests him" after a mandate of the same
    paragraph; none where the text opens otherwise or that mandate asked no one person."""
    if last and OPENS_WITH_PERSON.match(text) and agrees("him", last[1], v):
        return last[1]
    return ()
