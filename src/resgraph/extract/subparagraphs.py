"""Sub-paragraphs: those that carry mandates of their own, whom the items of a list name, and whose
tasks a paragraph's sub-paragraphs list.

"(a) Encourages Member States to collect": a sub-paragraph that opens with a directive verb; "(t) To
support ..., and to that end calls upon all stakeholders in Myanmar to cooperate": a verb in the middle of
a task; "Invites:\n(a) The Forum and its Bureau to ...": a verb whose addressees open each item. Split
from mandates.py, which reads the verbs and their windows.

"Decides that the mandate of MINUSMA shall focus on the following priority tasks: ... (c)(v) To
monitor, help investigate and report to the Council", "Decides that UNMIL shall have the following
mandate:", "Requests the Secretary-General ... to re-establish ... the Monitoring Group ..., with
the following mandate: ... (h) to provide to the Council ... a mid-term briefing": a report asked
among a body's tasks is the body's, not the deciding organ's nor that of whom the paragraph
requests to set the body up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from resgraph.extract import judged
from resgraph.extract.addressees import actors_in
from resgraph.extract.aliases import _Scan, alias_spans
from resgraph.extract.asked import window_actors
from resgraph.extract.modifiers import parts
from resgraph.extract.term_panels import GENERIC_PANEL, PANEL_WORDS, TERM_KINDS, with_panel
from resgraph.extract.thing_subjects import PASSIVE_NEXT, acting, not_passive
from resgraph.extract.windows import WINDOW_LEAD
from resgraph.models import Mandate, MandateTerm, Paragraph
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import may_hold, phrases

if TYPE_CHECKING:
    from resgraph.extract.named import _Named

Hit = tuple[int, int, str, bool]  # (start, end, verb id, a noun?) of a directive verb
Last = tuple[int, tuple[str, ...]]  # (op, addressees) of the last mandate of a paragraph

# a sub-paragraph of a clause of its own: "(c) Notes with appreciation ..., and encourages"
OWN_CLAUSE = re.compile(r"(?:(?:Also|Further)\s+)?[A-Z][a-z]+s\b")
# a verb that names no addressee before its colon, and a list item that names some before "to"
# (or "the following" before it, an aside between: "Also encourages, for the purpose of facilitating future-oriented
# dialogues in order to advance nuclear disarmament, the following:" and "(a) Nuclear-weapon States to clearly set out
# ...", "(b) All States to conduct dialogue ...", A/RES/74/63 op 4 and its twins 75/71, 76/54; or an aside after "the
# following": "Encourages the following, inter alia, as joint courses of action:" and "(a) All States, in particular the
# nuclear-weapon States, to ...", op 3 of the same three)
LIST_COLON = re.compile(r"\s*(?:,[^,;:]{1,200},\s*)?(?:the\s+following(?:\s*,[^;:]{1,200})?\s*)?:")
# (or in lower case, a determiner opening it: "Recalls its decision ..., and requests:\n(a) the Panel and UNODC to
# continue to monitor ...; (b) the GFRS to continue to engage", S/RES/2776 (2025) op 17; not "(a) to develop", the
# item's own infinitive)
LIST_ITEM = re.compile(r"(?:\(?[a-z]{1,4}\)\s*)?((?:[A-Z]|(?:the|all|each)\s)[^;:]{0,200}?)\s+to\s+[a-z]")
# an item whose infinitive is a passive: "(a) the Council to be kept informed" asks no one (thing_subjects.PASSIVE_NEXT)
TO_PASSIVE = re.compile(r"\s+to" + PASSIVE_NEXT.pattern)


def _third_person(v: Vocabulary) -> list[str]:
    """The directive verbs' forms of verbs.yaml in the third person (one word in -s, or several words), longest
    first and then in text order (any hash seed): what leads and clause_leads read, capitalised or not."""
    forms = {f for d in v.verbs.values() for f in d.get("forms") or () if f.endswith("s") or " " in f}
    return sorted(forms, key=lambda w: (-len(w), w))


def _alternative(words: list[str]) -> str:
    """words as a regex alternative, in their order, any run of spaces between their words."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=4)
def leads(v: Vocabulary) -> re.Pattern[str]:
    """What a sub-paragraph with mandates of its own opens with: a directive verb of verbs.yaml in the
    third person, capitalised, after its adverbs ("(a) Further encourages Member States to")."""
    lower = _third_person(v)
    adverbs = sorted({a[:1].upper() + a[1:] for a in v.adverbs}, key=lambda w: (-len(w), w))
    alt, low, adv = _alternative([f[:1].upper() + f[1:] for f in lower]), _alternative(lower), _alternative(adverbs)
    # the adverb takes the capital: "(b) Also requests the Secretary-General" (S/RES/2605 (2021) op 58)
    return re.compile(rf"(?:(?:{adv})\s+(?:{low}|{alt})|(?:{alt}))\b")


@lru_cache(maxsize=4)
def clause_leads(v: Vocabulary) -> re.Pattern[str]:
    """What a lettered clause of a paragraph opens with: a directive verb of verbs.yaml in the third person, in
    lower case, after its adverbs ("11. (a) Expresses concern ..., demands all parties ...; (b) calls upon the
    FGS to implement ...; (c) underscores ...", S/RES/2592 (2021) ops 11, 14; "..., including: (c) facilitating
    ...; and (d) encourages the FGS and African Union to update", S/RES/2662 (2022) op 9). Items of a list whose
    subject the paragraph names are infinitives or participles ("(a) to end", "(a) recording"), so a verb that
    agrees with a subject of its own is the organ's."""
    adv = _alternative(sorted(v.adverbs, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:(?:{adv})\s+)?(?:{_alternative(_third_person(v))})\b")


def mid_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """The directive verbs in the middle of a sub-paragraph of a task ("(t) To support ..., and to that end
    calls upon all stakeholders"), in the third person: "to alert, request assistance from and provide
    assistance to" is the task's own infinitive, no mandate."""
    if not hits or hits[0][0] == 0:
        return []
    return [h for h in hits if h[3] or text[h[1] - 1] in "sS" or " " in text[h[0] : h[1]]]


def listed(text: str, v: Vocabulary, named: _Named, panel: str | None, verb: str) -> tuple[str, ...]:
    """The actors a sub-paragraph of a list names before its infinitive: "(a) The Forum and its Bureau
    to ..." (E/RES/2024/15 op 5); or the subject of its "that" clause (_that_subject). The document's panel
    (panel) is read in that part alone, who is asked: "(a) the Panel and UNODC to continue" names it, "(a) all
    States to cooperate fully with the Panel" does not ask it (term_panels.with_panel)."""
    label = LABEL.match(text)
    if THAT_ITEM.match(text, label.end() if label else 0):
        names, who = _that_subject(text, label.end() if label else 0, v, named)
        return with_panel(names, who, panel, verb)
    head = LIST_ITEM.match(text)
    if not head or TO_PASSIVE.match(text, head.end(1)):  # "(a) the Council to be kept informed"
        return ()
    item = head.group(1)
    # the item's capital is the list's, not a name's: "Members of the Forum", "Major groups and other ..."
    low = item[0].lower() + item[1:]
    lower = actors_in(low, v, named, heads=True)
    item = low if lower and lower[0][1] == 0 else item
    found = lower if item is low else actors_in(item, v, named, heads=True)
    # an item in lower case names who acts where it opens with them (or the Panel: "(a) the Panel and UNODC to"): not
    # "(a) each report of the Secretary-General to"
    if item[0].islower() and found and not (SUBJECT_LEAD.fullmatch(item, 0, found[0][1]) or GENERIC_PANEL.match(item)):
        return ()
    found += parts(item, alias_spans(item, v), v)  # "(a) The Forum and its Bureau to"
    return with_panel(tuple(dict.fromkeys(a for a, _, _ in found)), item, panel, verb)


def _that_subject(text: str, at: int, v: Vocabulary, named: _Named) -> tuple[tuple[str, ...], str]:
    """Who the "that" clause of a list's item (at text[at]) makes act, the verb before the colon governing it as it
    governs a "that" clause after it: "Further demands:\n(a) that Uganda and Rwanda, which have violated ..., withdraw
    all their forces" (S/RES/1304 (2000) op 4: state:UGA, state:RWA), the subject read as windows.addressee_window
    reads it after "Demands that". Only actors that open the subject, two words at most before them: "(b) that each
    phase of withdrawal completed by Ugandan and Rwandan forces be reciprocated" and "(c) that all other foreign
    military presence ... be brought to an end" name no one who shall act; nor a subject that is acted on, as after
    "and that" (asked.py): "(a) that the Council be kept informed", "(a) that MONUC be given full access".
    Returns (the actors, the subject's text)."""
    ws, we, found = window_actors(text, at, len(text), v, named, _Scan(text, v))
    found = not_passive(text, ws, acting(text, ws, found, len(text), v))
    if not found or not SUBJECT_LEAD.fullmatch(text, ws, ws + found[0][1]):
        return (), ""
    return tuple(dict.fromkeys(a for a, _, _ in found)), text[ws:we]


@dataclass
class Listing:
    """The mandate (mandates[index]) whose addressees a list's items name; for a decision's list, the organ
    deciding, which stands as its addressee until an item names who acts (default)."""

    index: int
    organ: str | None = None
    default: bool = False


# a decision whose items say who shall act: "Decides that:\n(a) all States shall take ...; (c) at the end of this
# period ..., the Council will decide" (heldout6 S/RES/1478 op 17), "Resolves that: (a) ..., the Secretary-General
# shall be empowered ...; (b) ..., the Holy See, which ..., shall be called upon" (heldout5 A/RES/76/238 op 18)
# (or an aside before the colon: "Decides, on the basis of its assessment of progress made ... by resolution 1521 (2003):
# (a) To renew ...; (b) That Member States shall notify the Committee ...; (c) To review", S/RES/1792 (2007) op 1 and
# 1854 (2008) op 1, heldout19's and heldout16's SecurityCouncil and MemberStates)
DECISION_LIST = re.compile(r"\s*+(?:that\s*+)?(?::\s*+)?|,[^:;]{1,400}:\s*+")
# the same list with its items in the paragraph's text ("a." points): "Decides that: a. prior to transferring any items
# ..., the supplying Member State of the items should notify the GFRS ...; b. where an item ... is ... sold, the State
# shall notify" (S/RES/2713 (2023) op 19, heldout5's MemberStates; 2776 (2025))
INLINE_LIST = re.compile(r"\s*+that\s*+:\s*+(?=\(?[a-z]{1,2}[.)]\s)")
INLINE_ITEM = re.compile(r";\s*+(?:and\s+)?(?=\(?[a-z]{1,2}[.)]\s)")


def opens_list(text: str, ws: int, verb: str, names: tuple[str, ...], organ: str | None, index: int) -> Listing | None:
    """The list a mandate opens, its window (at ws) being a colon with no addressee ("Invites:", or after an aside
    and "the following": "Also encourages, for the purpose of facilitating ... dialogues ..., the following:",
    LIST_COLON) or a decision's "that" closing the paragraph ("Decides that:"), else None."""
    if not names and LIST_COLON.match(text, ws):
        return Listing(index)
    if verb == "decides" and organ and names == (organ,) and DECISION_LIST.fullmatch(text, ws):
        return Listing(index, organ, True)
    return None


def list_item(
    mandates: list[Mandate],
    listing: Listing | None,
    text: str,
    v: Vocabulary,
    named: _Named,
    last: Last,
    panel: str | None = None,
) -> Last:
    """ "Invites:\n(a) The Forum and its Bureau to ...": the actors a list's item names are asked by the
    verb before the colon (mandates[listing.index], which this widens); a decision's item names who shall
    act (decision_subjects), the deciding organ standing until one does; panel, the document's, is who "the
    Panel" of an item is, as in the paragraph's own text. Returns the paragraph's (op, addressees) so far."""
    if listing is None:
        return last
    m = mandates[listing.index]
    organ = listing.organ
    items = decision_subjects(text, v, named, organ) if organ else listed(text, v, named, panel, m.verb)
    if items and listing.default:
        m, listing.default = replace(m, addressees=()), False
    mandates[listing.index] = replace(m, addressees=tuple(dict.fromkeys(m.addressees + items)))
    return (last[0], mandates[listing.index].addressees)


def inline_decision(
    text: str,
    window: tuple[int, int],
    verb: str,
    names: tuple[str, ...],
    v: Vocabulary,
    named: _Named,
    organ: str | None,
) -> tuple[str, ...]:
    """Who the items of a decision's list written in its paragraph ("Decides that: a. ...; b. ...", the window at
    window[0], the clause ending at window[1]) say shall act (decision_subjects of each); names, the deciding organ's,
    when none names anyone or no such list opens the window."""
    m = INLINE_LIST.match(text, window[0]) if verb == "decides" and organ and names == (organ,) else None
    if m is None or organ is None:
        return names
    body = text[m.end() : window[1]]
    bounds = pairwise([0, *(c.end() for c in INLINE_ITEM.finditer(body)), len(body)])
    found = [a for s, e in bounds for a in decision_subjects(body[s:e], v, named, organ)]
    return tuple(dict.fromkeys(found)) or names


LABEL = re.compile(r"\s*(?:\(?[a-z]{1,4}\)|[a-z]{1,4}\.|[–-])\s*")  # "(a)", "a.", "–"
INFINITIVE_ITEM = re.compile(r"(?:(?:also|further)\s+)?to\s+[a-z]", re.I)
# an infinitive item that asks someone: "Decides, in light of the failure of all parties ..., (a) to establish ... a
# Committee ...; (b) to request the Secretary-General, in consultation with the Committee, to appoint ... a Panel of
# Experts" (S/RES/1591 (2005) op 3, the heldout36 gold: SecurityCouncil,SecretaryGeneral,States): who is requested
# (invited, authorized) is asked, as "Decides to request X to" alone asks X; the item is read as that paragraph is,
# windows.WINDOW_LEAD (its forms: "to request that X", "to invite a representative of", "to authorize, for a period
# of 12 months, Member States") and the window's actors (asked.window_actors: lists, asides, "the Chair of X")
ASK_ITEM = re.compile(
    r"(?:(?:also|further)\s+)?(?=to\s+(?:also\s+|further\s+)?(?:request|invite|authori[sz]e)\b)", re.I
)
ASKED_VERB = re.compile(r"\b(?:request|invite|authori[sz]e)\b")
# the asked act's own infinitive after the window ("to present"), past an aside ("the Secretary-General, in
# consultation with the Committee, to appoint": the window ends at its comma)
ASKED_TO = re.compile(r"(?:\s*,[^;:]{0,300}?)?\s*,?\s*to\s+[a-z]")  # (an aside with commas of its own, 74/133 op 41)
BY = re.compile(r"\bby\b")  # a thing done by someone is what is asked
THAT_ITEM = re.compile(r"that\s+", re.I)
MODAL = re.compile(r"\s(?:shall|should|will|may|must)\s")
RELATIVE = re.compile(r",\s*(?:which|who)\b[^;]*?,\s*$")  # "the Holy See, which is not a member ..., shall"
SUBJECT_LEAD = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,2}")  # "all States", "the supplying Member State"


def decision_subjects(text: str, v: Vocabulary, named: _Named, organ: str) -> tuple[str, ...]:
    """Who a decision's item says shall act: for an infinitive, whom it asks ("(a) To request (invite, authorize) X
    to", _asked_in_item: X, as "Decides to request X to" alone), else the organ ("(a) To establish"); else the
    actors that open the subject of the item's first modal, after any phrase set off by a comma before it
    ("(c) at the end of this period of 10 months, the Council will decide"); none for a thing ("these
    measures shall come into force")."""
    label = LABEL.match(text)
    t = text[label.end() if label else 0 :]
    if INFINITIVE_ITEM.match(t):
        return _asked_in_item(t, v, named) or (organ,)
    that = THAT_ITEM.match(t)
    t = t[that.end() if that else 0 :]
    judges = judged.court(t, 0, v, named)  # "(a) Judge Rasoazanany and Judge Swart, once replaced ..., finish"
    if judges:
        return judges
    modal = MODAL.search(t)
    if not modal:
        return ()
    head = RELATIVE.sub("", t[: modal.start()])
    subject = head[head.rfind(",") + 1 :] if head.rfind(",") < len(head) - 1 else head.split(",", 1)[0]
    found = actors_in(subject, v, named, heads=True)
    if not found or not SUBJECT_LEAD.fullmatch(subject, 0, found[0][1]):
        return ()
    return tuple(dict.fromkeys(a for a, _, _ in found))


def _asked_in_item(t: str, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """Who an infinitive item "to request (invite, authorize) X, ..., to" asks: the actors of the window that
    windows.WINDOW_LEAD opens after the verb, as in "Decides to request X to" (the asked act's infinitive after
    them, or the subject of "to request that X"); none for any other infinitive ("(a) To establish", the organ's
    own act) or one whose object is no actor ("To request the preparation and dissemination of information by the
    United Nations system": a thing requested, no infinitive of its own after it)."""
    m = ASK_ITEM.match(t)
    if not m:
        return ()
    t = t[: m.end()] + t[m.end()].lower() + t[m.end() + 1 :]  # "To request": as after "Decides"
    lead = WINDOW_LEAD.match(t, m.end())
    if lead is None or not ASKED_VERB.search(lead.group()):  # "to request the preparation": no form of an ask
        return ()
    spans_in = _Scan(t, v)
    ws, we, found = window_actors(t, m.end(), len(t), v, named, spans_in)
    if not found or BY.search(t, ws, ws + found[0][1]):  # "the preparation ... by the United Nations system"
        return ()
    if not (lead.group().rstrip().endswith("that") or ASKED_TO.match(t, we)):
        return ()
    return tuple(dict.fromkeys(a for a, _, _ in found))


def own_mandates(
    p: Paragraph, text: str, v: Vocabulary, last: Last | None, hits_of: Callable[[str], list[Hit]]
) -> tuple[bool, list[Hit], int, tuple[str, ...]]:
    """Whether a sub-paragraph carries mandates of its own, its paragraph's: one that opens with a
    directive verb ("(a) Encourages Member States to collect", the gold: E/RES/2021/28 op 84); else the
    verbs in the middle of a task ("(t) To support ..., and to that end calls upon all stakeholders in
    Myanmar to cooperate", A/RES/78/219 op 16), the text before them being the task's. hits_of(text):
    the directive verbs of a text. Returns (own, the verbs in the middle, where the task's text ends,
    whom the paragraph asked: "..., and requests him to report" stands for them)."""
    if p.kind != "subparagraph" or not last or p.part not in ("main", "draft"):
        return False, [], len(text), ()
    hits = hits_of(text)
    if leads(v).match(text) or clause_leads(v).match(text) or OWN_CLAUSE.match(text) and hits:
        return True, [], len(text), ()
    mid = mid_hits(text, hits)
    return False, mid, mid[0][0] if mid else len(text), last[1]


# the paragraph ends by announcing a list of tasks: "the following (immediate priority) tasks:", "the
# following mandate:", "to undertake to following tasks:", "the mandate of MINUSMA shall be the following:"
# (or a semicolon for its colon: "Revises the mandate of BINUH to undertake the following key tasks, in an
# integrated manner with all UN entities in Haiti;", S/RES/2814 (2026) op 2)
TASKS_COLON = re.compile(
    r"(?:\bfollowing\s+(?:[\w-]+\s+){0,3}?(?:mandate|tasks|functions|responsibilities)\b[^:;]{0,240}"
    r"|\bmandate\b[^:;]{0,120}\b(?:the\s+following|as\s+follows))\s*[:;]\s*$",
    re.I,
)
# the list announced, the paragraph going on with clauses of its own before it: "Decides that UNMISS shall have
# the following mandate, authorizes UNMISS to use all necessary means ..., requests the Secretary-General to inform
# ...;" and its sub-paragraphs (S/RES/2820 (2026) op 4): the tasks are still the mission's
TASKS_AHEAD = re.compile(r"\b(?:shall\s+have|with)\s+the\s+following\s+mandate\s*,", re.I)
# what names an actor beside the one whose tasks follow: "under the direction of the Committee", "a Committee of
# the Security Council consisting of all the members of the Council, to undertake the following tasks"
# (the words are data: ontology/vocab/mandates.yaml `adjuncts`)
ADJUNCT = re.compile(rf"\b(?:{phrases(load().mandates['adjuncts'])})\s+(?:the\s+|its\s+)?$", re.I)
MANDATE_OF = re.compile(r"\bmandate\s+of\s+(?:the\s+)?$")
ANNOUNCED = re.compile(r"\b(?:the\s+following|as\s+follows)\b", re.I)


def _announced(text: str, m: re.Match) -> int:
    """Where the list is announced in the match m of TASKS_COLON or TASKS_AHEAD: its start, or where "the following"
    or "as follows" begins after "mandate" ("Decides that the mandate of MINUSMA shall be the following:", S/RES/2100
    (2013) op 16, 2463 (2019) op 29: MINUSMA and MONUSCO named between the two)."""
    if not m.group(0).lower().startswith("mandate"):
        return m.start()
    words = ANNOUNCED.search(text, m.start(), m.end())
    return words.start() if words else m.start()


# the kinds of actors with tasks of their own (terms.TERM_KINDS: missions, panels, offices, and committees)
TASKED_KINDS = (*TERM_KINDS, "committee")


def owner(
    text: str,
    op_terms: Sequence[MandateTerm],
    actors: Callable[[int, int], list[tuple[str, int, int]]],
    v: Vocabulary,
    panel: str | None = None,
) -> str | None:
    """The body whose tasks the sub-paragraphs after text (an operative paragraph ending in a colon)
    list: the body the paragraph extends or sets up, else the last actor it names before the list if
    that is a body; None when the paragraph lists no tasks. actors(a, b): the actors named in
    text[a:b] (id, start, end); panel: the panel the document is about, which "a Panel of Experts"
    named with no resolution is (the vocabulary reads the words as a sanctions committee)."""
    # (both patterns need "following" or "mandate", TASKS_COLON a colon or semicolon at the end: a paragraph without
    # is not searched, where a search tried the patterns at every position of each)
    if not may_hold(text, ("following", "mandate")):
        return None
    m = TASKS_COLON.search(text) if text.rstrip().endswith((":", ";")) else None
    m = m or TASKS_AHEAD.search(text)
    if not m:
        return None

    def is_body(actor: str) -> bool:
        a = v.actors.get(actor)
        return bool(a and a.kind in TASKED_KINDS)

    for t in op_terms:
        if t.action in ("extends", "establishes") and is_body(t.of):
            return t.of
    # the last actor named before the list, if a body: "the mandate of MINUSMA shall focus on the
    # following priority tasks"; not one named earlier ("a High Representative ..., autonomous from
    # UNOCI, ..., without prejudice to the responsibilities of the Special Representative ... and
    # with the following mandate": the High Representative's, who has no id)
    # (not one an adjunct names: "a group of up to eight experts (“Panel of Experts”), under the
    # direction of the Committee to carry out the following tasks")
    # (up to the words announcing the list: "the mandate of MINUSMA shall be the following:", the body between)
    found = [a for a in actors(0, _announced(text, m)) if not ADJUNCT.search(text, max(0, a[1] - 40), a[1])]
    if not found or not is_body(found[-1][0]):
        return None
    who, s, e = found[-1]
    if PANEL_WORDS.search(text, s, e):
        # "the mandate of the Panel of Experts shall include the following tasks": the document's
        # panel; not a panel the paragraph describes ("drawing ... on the expertise of the members of
        # the Panel of Experts established pursuant to resolution 1306 (2000), with the following mandate")
        return panel if MANDATE_OF.search(text, max(0, s - 20), s) else None
    return who
