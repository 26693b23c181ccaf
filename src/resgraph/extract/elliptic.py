"""Elliptic addressees: those named after the window's own infinitive, the verb left out ("Calls upon
States to ensure ..., and other relevant stakeholders as appropriate to take action"), or acted with
("the Government, together with the Secretary-General, ..., to expedite"): asked as the window's are.

Read only where the words between are actors and what joins them, since an infinitive's objects
list actors too ("to cooperate with the UNODC, IMO, and other States ... to build"). Split from
asked.py, which reads whom the window itself names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from resgraph import wordsearch
from resgraph.extract.acting_together import acting_together
from resgraph.extract.addressees import DETERMINERS, IN_PLACE, OFFICER, TO_VERB, actors_in
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

if TYPE_CHECKING:
    from resgraph.extract.named import _Named


# "Calls upon States to ensure gender equality ..., and other relevant stakeholders as appropriate to take
# action": a second addressee after the first's infinitive, the verb left out (A/HRC/RES/54/16 op 22); "X to
# do, Y to do, and Z to do": each one after a comma, the verb's preposition said again or not ("calls upon
# AMISOM to undertake, and upon the AU to ensure", S/RES/2520 (2020) op 17); "..., and all States parties that are in a position to do
# so to promote" (A/RES/74/62 op 1); a request's "for" said again, its list's commas read ("reiterates its request for
# Member States to assist the Panel of Experts ..., and for the FGS, FMS and AMISOM and partners to share information",
# heldout24 S/RES/2607 (2021) op 35, S/RES/2551 (2020): the glue between the actors is checked as for any other)
# ("..., and the Government of Chad, with the support of MINURCAT according to its mandate, to carry out", heldout17
# S/RES/1834 (2008) op 2; "..., and all relevant UN agencies, in consultation with the Government, to coordinate": whom
# the addressee acts with or is supported by, in commas, is no addressee, as windows.py reads the window's own)
_WITH = load().mandates["with_aside"]  # the words are data: mandates.yaml `with_aside`, `partner`
WITH_ASIDE = (
    rf",\s+(?:with\s+the\s+(?:full\s+)?(?:{phrases(load().mandates['partner']['help_of'])})\s+of|"
    rf"(?:{phrases(_WITH['by'])})\s+by|in\s+(?:close\s+)?(?:{phrases(_WITH['in_with'])})\s+with)\s[^,;:()]{{1,100}}?,\s+"
)
# the spaces before the addressee: all but three read possessively, as giving back more of them than three (np a
# space, a space, "to") can find no match the spaces read in full did not (np then starting with spaces, shorter);
# "\s+" there gave the run back space by space, np and its "\s++" reading the run's rest at each (quadratic: "and"
# and 8,000 spaces before "also use the ... annual consultative meeting to provide updates", 7.7 s)
_GIVE = r"(?:\s(?=\s{3}))*+\s{1,3}"
# (linear in a run of spaces: an "and" without a comma is tried at a run's first space only, the lookbehind, as a match
# starting further in had an earlier one; the spaces after the addressee are read possessively, as what follows them
# cannot start with a space: both tried a run from each of its spaces)
ELLIPSIS = re.compile(
    rf"(?:,{_GIVE}(?:and{_GIVE})?|(?<!\s)\s++and{_GIVE})(?:(?:up)?on{_GIVE}|(?P<for>for{_GIVE}))?"
    r"(?P<np>(?(for)[^;:()]|[^,;:()]){1,100}?)(?:\s++(?:,?\s*(?:as|where|when|if)\s+(?:appropriate|applicable|possible|relevant),?\s+"
    r"|(?:(?:that|which|who)\s+(?:are|is)\s+)?in\s+a\s+position\s+to\s+do\s+so\s+)?|" + WITH_ASIDE + ")" + TO_VERB
)
# the relative clause of a window's addressees before their infinitive: "Calls upon States that have not done so to
# accede to and/or ratify the Convention, and States parties to consider making the declaration" (heldout24 A/RES/77/205
# op 2 and the Assembly's yearly racism texts; "Calls upon States that have not done so to consider ratifying or acceding
# to, and State parties to implement fully", S/RES/1817 (2008) op 5): the second addressee after the first's infinitive;
# or what they have not done said ("calls upon all States that have not yet signed and ratified or acceded to the Covenant
# to consider doing so as a matter of priority, and States Parties to consider reviewing their reservations thereto",
# A/HRC/RES/58/9 op 3, heldout39 30), up to the first infinitive ("acceded to the Covenant" is none)
NOT_YET_DONE = re.compile(
    r"\s*,?\s*(?:that|which|who)\s+(?:have|has)\s+not\s+(?:yet\s+|already\s+)?"
    rf"(?:done\s+so|(?:(?!\s{TO_VERB})[^,;:()]){{1,150}}?)\s*,?(?=\s*{TO_VERB})"
)
# an infinitive whose verb takes an object and an infinitive of its own ("to encourage individuals ... to ensure";
# the verbs are data: ontology/vocab/mandates.yaml `control_verbs`)
# the words after a place's "and" that open a new addressee rather than the infinitive's next object: a body no
# infinitive takes as its object ("sheltered in Bangladesh and all Governments to make", A/RES/80/221 op 36)
OTHER_BODIES = re.compile(r"(?:all|other)\s|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Governments|States)\b")
CONTROL = re.compile(rf"\s*to\s+(?:{phrases(load().mandates['control_verbs'])})\b")
# an aside right after such an infinitive: its object follows, no second addressee ("Encourages the Disarmament
# Commission to invite, as appropriate, the United Nations Institute for Disarmament Research to prepare
# background papers", A/RES/77/90 op 8)
CONTROL_ASIDE = re.compile(
    rf"\s*,\s*(?:(?:as|where|when|if)\s+(?:{phrases(load().mandates['control_aside'])})|inter\s+alia|in\s+particular)\s*"
)
# ("by" an agent, not a means: "whether by ratifying or acceding to it, and all States parties ... to promote")
WITH = re.compile(r"\b(?:with|between|among|amongst|by(?!\s+[a-z]+ing\b))\b")
WITH_AND = re.compile(r"[\s,]*(?:(?:and|or)[\s,]*)?")
LAST_WITH = re.compile(r"\b(?:with|between|among|amongst)\b")
# an infinitive inside a "with" phrase: the phrase's own purpose, after which the "with" list is over
WITH_CLOSED = re.compile(r"\bto\s+(?!(?:the|all|those|its|their|a|an|each|any|both|relevant|other|such|in)\b)[a-z]+\b")
AND_BEFORE = re.compile(r"(?<!\s)\s+and\s")
ON_AGAIN = re.compile(r"\b(?:up)?on\s+$")
# the verb's preposition said again after an "and" inside an elliptic match's np (_ellipses)
AND_ON_INSIDE = re.compile(r"(?<!\s)\s++and\s++(?:up)?on\s")
PARENTHESIS_BEFORE = re.compile(r"\s*\([^()]*\)$")
INFINITIVE = re.compile(r"\s*to\s+[a-z]")
# (a place between two actors: "all relevant actors in Myanmar and States to cooperate", A/HRC/RES/58/20 op 57)
PLACE_GLUE = r"|\bin\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
# ("and for Somali Government authorities, ATMIS and partners to share information", S/RES/2662 (2022) op 27: a
# Government's authorities are the State the Government's name reads as)
NP_GLUE = re.compile(
    r"(?:\s|,|\b(?:and|or|as\s+well\s+as|authorities|" + "|".join(sorted(DETERMINERS)) + r")\b" + PLACE_GLUE + ")*"
)
# what may end such an addressee after its last actor: a place, or whom an influence bears on ("and on all those with
# influence on them to work", S/2023/773 op 10), or the treaty a party is party to ("and all High Contracting Parties to
# the Fourth Geneva Convention to respect", the Assembly's and the Council's texts on the Occupied Palestinian Territory)
NP_TAIL = re.compile(
    r"\s+(?:(?:in|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|(?:on|over|upon|with)\s+(?:them|the\s+parties))"
)
# an infinitive of the window's addressees said again after a comma ("urges all United Nations bodies to collaborate
# fully with the Mechanism, where possible, and to share evidence ..., and all relevant actors ... to cooperate"):
# partners named before it are that infinitive's, not the next addressee's list
AGAIN_TO = re.compile(r",\s+(?:and\s+)?to\s+[a-z]+\b")
# what may come before the first actor of such an addressee: "..., and existing as well as potential new
# international donors to provide support" (S/RES/1886 (2009) op 5)
LEAD_GLUE = re.compile(
    rf"(?:\s|,|\b(?:and|or|as\s+well\s+as|{phrases(load().mandates['lead_adjectives'])}|"
    + "|".join(sorted(DETERMINERS))
    + r")\b)*"
)


def _joined_in(text: str, a: int, z: int, spans_in) -> int | None:
    """Where a relative clause text[a:z] that NOT_YET_DONE skipped, an actor inside it, ends: at the "and" that joins
    that actor to the first addressee, the infinitive after them both ("Calls upon all States that have not yet acceded
    to the Convention and the Special Rapporteur to cooperate fully, and the Secretary-General to report": the
    Rapporteur too, read as after the infinitive); None where no "and" comes before it, the actor the clause's object
    ("that have not yet invited the Special Rapporteur to do so": the whole clause skipped), or where it names no actor."""
    spans = spans_in(a, z)
    if not spans:
        return None
    first = a + min(s for s, _, _ in spans)  # (the spans are counted from a)
    ands = [m.start() for m in AND_BEFORE.finditer(text, a, first)]
    return ands[-1] if ands else None


def elliptic(
    text: str, we: int, clause_end: int, v: Vocabulary, named: _Named, spans_in, said_again: bool = False
) -> tuple[str, ...]:
    """The addressees of a second infinitive whose verb is left out: "Calls upon States to ensure ...,
    and other relevant stakeholders as appropriate to take action". Read after the window's own
    infinitive only, and only where the words between ", and" and "to" are actors and the words
    between them (determiners, "and"): "..., and girls to participate" names no actor, so nothing;
    nor after an actor, where a list of the infinitive's object goes on ("to cooperate with the UNODC,
    IMO, and other States and international organizations to build"). Those the window's addressees
    act together with are asked too ("Encourages the Government of Sierra Leone, together with the
    Secretary-General, the United Nations High Commissioner for Human Rights ..., to expedite": the
    golds), unlike partners ("jointly with", "in cooperation with": windows.CLAUSE_END). said_again: only where
    the verb's preposition is said again ("..., and upon all States to ensure"), for a window that named no actor."""
    together = acting_together(text, we, clause_end, v, named, spans_in)
    if together is not None:
        return together
    done = NOT_YET_DONE.match(text, we, clause_end)  # "Calls upon States that have not done so to accede"
    joined = _joined_in(text, done.start(), done.end(), spans_in) if done else None
    we = joined if joined is not None else done.end() if done else we
    if joined is None and not INFINITIVE.match(text, we, clause_end):
        return ()
    out: list[str] = []
    control = CONTROL.match(text, we, clause_end)
    for m in _ellipses(text, we, clause_end):
        # "to cooperate with the UNODC, IMO, and other States ... to build": the list of an object goes on
        restart = _restart(text, we, m.start())
        # "to work with national human rights institutions, ..., and": the list after "with" goes on; not where a "by"
        # names no actor ("Calls upon all States to abide by international law and all High Contracting Parties to the Fourth
        # Geneva Convention to respect", heldout18 A/HRC/RES/55/28 op 32, heldout14 A/HRC/RES/58/2 op 34: the Parties too)
        # (not after a "with" whose phrase an infinitive of its own closed: "to provide all military and police personnel
        # with adequate training to carry out their responsibilities, and relevant United Nations entities to make
        # available", heldout23 S/RES/2122 (2013) op 9; but "to continue its ongoing work with the Commonwealth and other
        # international partners to establish", A/RES/75/18 op 12, is one list of partners); the verb's preposition said
        # again closes that list ("to cooperate with UNODC and IMO and upon the Government of Mali to protect": the
        # Government asked, as after any other object, test_elliptic_addressee_upon_said_again_after_and.py)
        again = ON_AGAIN.search(text, m.start(), m.start("np"))
        if not again and _partners_before(text, restart, m.start(), spans_in):
            continue
        if control and CONTROL_ASIDE.fullmatch(text, control.end(), m.start()):
            continue
        # with no comma, "and" may join the infinitive's objects: "to encourage individuals and private
        # entities to ensure" (A/RES/74/248 op 4), not "to accelerate ... the RCPCA and relevant partners to support"
        if not text.startswith(",", m.start()) and (control or _bare_and_too_far(text, we, m.start(), spans_in)):
            continue
        b = PARENTHESIS_BEFORE.search(text, max(we, m.start() - 200), m.start())
        before = b.start() if b else m.start()
        # (unless the verb's preposition is said again: "to provide aviation units to the mission, and on the
        # Government of Sudan to facilitate", S/RES/2148 (2014) op 11)
        if said_again and not again:
            continue
        if not again and _list_goes_on(text, max(we, before - 80), before, m.span("np"), spans_in, v):
            continue
        a, z = m.span("np")
        out += _np_actors(text, we, restart, a, z, v, named, spans_in, bare=not text.startswith(",", m.start())) or []
    return tuple(dict.fromkeys(out))


def _ellipses(text: str, we: int, clause_end: int):
    """ELLIPSIS's matches in text[we:clause_end], each read on from the verb's preposition said again inside the one
    before it, where it has one (AND_ON_INSIDE): "calls upon armed groups to end such serious violations and abuses and
    upon the authorities of the Central African Republic to enforce" (A/HRC/RES/57/35 op 40, heldout48 29), where the
    first "and" opens a match that takes in the second and names no actor. Each restart is past the match's start, so
    the text is read a bounded number of times (a match's np is 100 characters at most)."""
    pos = we
    while (m := ELLIPSIS.search(text, pos, clause_end)) is not None:
        yield m
        inner = AND_ON_INSIDE.search(text, m.start("np"), m.end("np"))
        pos = inner.start() if inner else m.end()


def _list_goes_on(text: str, a: int, z: int, np: tuple[int, int], spans_in, v: Vocabulary) -> bool:
    """Whether an actor of text[a:z] ends at z, a list of the infinitive's objects going on past it into np ("to
    cooperate with the UNODC, IMO, and other States ... to build"). Not a State named as a place after "in" where np
    opens with "all" or "other" or names Governments or States (OTHER_BODIES): "to maintain the level of assistance to
    the Rohingya Muslims sheltered in Bangladesh and all Governments to make financial contributions" (A/RES/80/221 op
    36, heldout40 25: the Governments too); any other np may still be the infinitive's object ("to fund the
    humanitarian response in Yemen and the World Food Programme to scale up", "to the refugees in Bangladesh and
    Myanmar to return")."""
    last = next(((s, alias) for s, e, alias in spans_in(a, z) if e == z - a), None)
    if last is None:
        return False
    if not (v.state_of_alias(last[1]) and IN_PLACE.search(text, a, a + last[0])):
        return True
    return not OTHER_BODIES.match(text, *np)


def with_elliptic(
    names: tuple[str, ...],
    window: str,
    text: str,
    we: int,
    clause_end: int,
    v: Vocabulary,
    named: _Named,
    spans_in,
    own: tuple[str, ...] | None = None,
) -> tuple[str, ...]:
    """names, the window's addressees, and those of elliptic() after them; where the window named no actor of the
    vocabulary, only those after the verb's preposition said again: "calls upon all responsible actors to cease and
    refrain from these measures, and upon all States to ensure accountability" (A/RES/80/217 op 3), "Calls upon all
    Iraqis to implement these arrangements ..., and on all States and relevant organizations to support such
    implementation" (S/RES/1546 (2004) op 6). own: a decision's own reading (its organ), given for a decision only,
    which asks only those acting together with the subject of its "that" clause ("Decides that the co-facilitators,
    together with the Office ..., shall"), not with a thing ("Decides that the measures, together with ..., apply") or
    a document ("Decides that the report of X, together with the comments of Y, shall be considered": acting_together's
    document_in)."""
    if own is not None:
        asks = names not in ((), own)  # (not "the report of X": document_in)
        together = acting_together(text, we, clause_end, v, named, spans_in, document_in=window) if asks else None
        return tuple(dict.fromkeys(names + (together or ())))
    if names:
        return tuple(dict.fromkeys(names + elliptic(text, we, clause_end, v, named, spans_in)))
    return elliptic(text, we, clause_end, v, named, spans_in, said_again=True) if window.strip() else ()


def _np_actors(
    text: str, we: int, restart: int, a: int, z: int, v: Vocabulary, named: _Named, spans_in, bare: bool
) -> list[str] | None:
    """The actors of an elliptic addressee text[a:z] (ELLIPSIS's np; bare: after an "and" with no comma), where its
    words are actors and the glue between them, its last actor ending it (or NP_TAIL after it); None where they are
    not. After a bare "and", the words before the first actor may start after the infinitive's own objects
    (_inner_and)."""
    found = actors_in(text[a:z], v, named, heads=True, spans=spans_in(a, z))
    if not found or (found[-1][2] != z - a and not NP_TAIL.fullmatch(text, a + found[-1][2], z)):
        return None
    # with no comma, partnerships after "and" are the infinitive's objects, things promoted: "encourages Member
    # States to promote a rehabilitative environment in correctional facilities and multi-stakeholder partnerships
    # to reduce reoffending" (A/RES/76/187 op 41, 77/237, 78/229, 80/229; actors.yaml `kind: partnership`)
    if bare and all(_kind(f[0], v) == "partnership" for f in found):
        return None
    gaps = [(0, found[0][1])] + [(x[2], y[1]) for x, y in zip(found, found[1:], strict=False)]
    # (after a bare "and" only: after a comma the np may open a phrase of its own whose objects the "and" joins, no
    # finished infinitive phrase of the first addressee: "..., and to provide training and civil society organizations
    # to monitor", "..., including support and assistance and regional organizations to build capacity", "..., in
    # particular financial and technical assistance and the African Union to deploy")
    lead = _inner_and(text, we, restart, a, a + gaps[0][1], spans_in) if bare else a
    if _glue(LEAD_GLUE, text, lead, a + gaps[0][1]) and all(
        _glue(NP_GLUE, text, a + g0, a + g1) for g0, g1 in gaps[1:] if g1 > g0
    ):
        return [f[0] for f in found]
    return None


def _kind(actor: str, v: Vocabulary) -> str | None:
    """An actor's kind (actors.yaml `kind`), None for a State or an actor with none."""
    a = v.actors.get(actor)
    return a.kind if a else None


def _with_closed(text: str, a: int, z: int) -> bool:
    """Whether the last "with" of text[a:z] (or the one that ends at a) has an infinitive after it, its phrase's own
    purpose: "with adequate training to carry out their responsibilities, and" (not "to ensure that this activity is
    coordinated with, and supports the work of, the United Nations country team to build", heldout21 S/RES/2070 (2012)
    op 22: the last "with" goes on to the country team)."""
    last = a
    for m in LAST_WITH.finditer(text, a, z):
        last = m.end()
    inf = WITH_CLOSED.search(text, last, z)
    # (not an infinitive coordinated right after "with": "to cooperate fully with and to grant full ... access to all
    # United Nations mandate holders ..., and relevant United Nations agencies ... to independently monitor", A/RES/75/238
    # op 5: the phrase has no object of its own before it)
    return inf is not None and not WITH_AND.fullmatch(text, last, inf.start())


def _partners_before(text: str, restart: int, at: int, spans_in) -> bool:
    """Whether a "with" (between, among, or "by" an actor) whose list no infinitive closed stands in text[restart:at]:
    the words after at go on its list."""
    w = _first_with(text, restart, at)
    return bool(w and (w.group(0) != "by" or spans_in(w.end(), at)) and not _with_closed(text, w.end(), at))


def _restart(text: str, we: int, at: int) -> int:
    """Where the last match of AGAIN_TO in text[we:at] ends, we for none, where text[at] is a comma or a space (an
    ELLIPSIS match's start, so the cut ends no word that a search of the whole text reads on): from its hits over the
    whole paragraph, by index (each elliptic addressee of a long paragraph searching it from the window's end was
    quadratic). A hit across at is matched again on the text cut there, as a search stopping at at reads it; nothing
    starts inside a hit (each starts with its only comma)."""
    starts, ends = wordsearch.hits(AGAIN_TO, text)
    k = bisect_right(ends, at)
    end = ends[k - 1] if k and starts[k - 1] >= we else we
    if k < len(starts) and we <= starts[k] < at:
        cut = AGAIN_TO.match(text, starts[k], at)
        end = cut.end() if cut else end
    return end


def _first_with(text: str, a: int, z: int) -> re.Match[str] | None:
    """WITH.search(text, a, z), from its hits over the whole paragraph (a search from the window's end for each elliptic
    addressee was quadratic in a long paragraph): a hit starting before t reads nothing at or after z (its word and the
    character after it, or after "by" the spaces and the letters its look-ahead reads, which end before the letters and
    spaces right before z), so it is the first match; from t on, where a search cut at z may read otherwise, it is
    searched (a stretch of one word, spaces and a few characters)."""
    i = z
    while i > 0 and "a" <= text[i - 1] <= "z":
        i -= 1
    while i > 0 and text[i - 1].isspace():
        i -= 1
    t = max(a, min(z - 9, i - 2))
    starts, ends = wordsearch.hits(WITH, text)
    k = bisect_left(starts, a)
    if k and ends[k - 1] > a:  # (a hit across a: searched)
        return WITH.search(text, a, z)
    if k < len(starts) and starts[k] < t:
        return WITH.match(text, starts[k], z)
    return WITH.search(text, t, z)


def _glue(glue: re.Pattern[str], text: str, a: int, z: int) -> bool:
    """Whether text[a:z], the words before an actor of an elliptic addressee, are glue only, or glue and an officer
    of the actor ("..., and on the Secretary-General and the Chairperson of the African Union Commission to agree",
    heldout17 S/RES/1769 (2007) op 4: the officer is asked as the body, as addressees.OFFICER reads the window's)."""
    if glue.fullmatch(text, a, z):
        return True
    officer = OFFICER.search(text, a, z)
    return bool(officer and glue.fullmatch(text, a, officer.start()))


# an "and" with no comma before it in the words that lead to an elliptic addressee's first actor
INNER_AND = re.compile(r"(?<![\s,])\s+and\s+")


def _inner_and(text: str, we: int, restart: int, a: int, z: int, spans_in) -> int:
    """Where the words before an elliptic addressee's first actor (text[a:z]) start: a, or after their last bare "and"
    where the words up to it are not glue, the infinitive's own objects joined by "and": "requests United Nations troop-
    and police-contributing country meetings to address sexual exploitation and abuse whenever relevant and the United
    Nations Military Staff Committee to discuss these issues" (S/RES/2242 (2015) op 9, heldout39 17: the Committee too;
    ELLIPSIS's match starts at the first "and", so the last one is read here). Not an "and" too far from the window or
    inside a name (_bare_and_too_far), as ELLIPSIS's own; nor one after a "with", "among", "between" (or "by" an actor)
    whose list no infinitive closed (_partners_before, as ELLIPSIS's own), its partners ("promote cooperation with
    neighbouring and other relevant countries to prepare", A/RES/76/128 op 17; "engage with public and private actors
    to enhance", A/RES/77/203 op 32; "communicate ... with the people and Government of Liberia to raise awareness",
    S/RES/2239 (2015) op 11; "strengthen coordination and cooperation among partners and relevant stakeholders to
    assist"; but "abide by international law and human rights law and all High Contracting Parties ... to respect",
    heldout18 A/HRC/RES/55/28 op 32, names no actor after "by"), nor one after a name, a list of places or actors ("the
    humanitarian efforts under way in Darfur and Chad to address the shortfall", S/RES/1564 (2004) op 13)."""
    if _glue(LEAD_GLUE, text, a, z):
        return a
    # (the words are at most ELLIPSIS's 100 characters, and the "and" 120 from the window: _bare_and_too_far)
    last = next(reversed(list(INNER_AND.finditer(text, a, z))), None)
    if (
        last is None
        or _bare_and_too_far(text, we, last.start(), spans_in)
        or _partners_before(text, restart, last.start(), spans_in)
    ):
        return a
    # (the word before the "and": a single word starts at a, not at the paragraph's first letter)
    before = max(text.rfind(" ", a, last.start()), a - 1)
    return a if text[before + 1 : before + 2].isupper() else last.end()


def _bare_and_too_far(text: str, we: int, at: int, spans_in) -> bool:
    """Whether an "and" with no comma before it (at) is too far from the window's infinitive (we) to join
    a second addressee to the first (a short infinitive phrase: "to accelerate the effective implementation
    of the RCPCA and relevant partners to support"), or is inside a name ("troop and police contributing
    countries")."""
    a = max(we, at - 60)
    return at - we > 120 or any(s < at - a < e for s, e, _ in spans_in(a, min(len(text), at + 60)))
