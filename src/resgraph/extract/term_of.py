"""What a mandate term is of: the measures of named paragraphs, a body of the vocabulary, or the body's
name as written ("the mandate of the Special Rapporteur on ...", "that the Independent ... Mission on
Iran ... should continue"), read from the clause around the term's words.

Split from terms.py, which finds the terms and their times; nothing here raises.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract import term_established, term_kind, term_measures
from resgraph.extract.symbols import mentions
from resgraph.extract.term_before import GENERIC, Before, is_body
from resgraph.extract.term_panels import PANEL, bodies, named_panel
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

# the wording lists of these patterns are terms.yaml `mandate_of`
_WORDS = load().terms["mandate_of"]
_TITLES = phrases(_WORDS["titles"])
# the generic ids a body set up is not read as (term_of.of)
SET_UP_AS_WRITTEN = GENERIC - {"ExpertGroup"}

SP_MANDATE = re.compile(
    rf"\bmandate\s+of\s+(?:the\s+)?(?:(?:{_TITLES})\s+as\s+(?:the\s+)?)?"
    rf"(?P<name>(?:{_TITLES}|{phrases(_WORDS['other_titles'])})\s+(?:on|to|of)\s+.+?)"
    # the name ends before what qualifies the term: "..., in accordance with resolution 37/28", "..., effective"
    # ", which is to assess", " as defined by the Human Rights Council", " under the same terms as", ", composed of three"
    # (not inside a run of spaces, where what follows is what followed the run's first space, already read: linear)
    r"(?!(?<=\s)[^\S\n])(?=,?\s+for\s+a\b|,?\s+for\s+(?:an?\s+)?(?:further|additional)|,\s+as\b|,\s+with\b|;|,?\s+and\s*$|$|"
    r"\s+as\s+defined\b|\s+(?:under|with)\s+the\s+same\s+terms\b|"
    rf",\s+(?:{phrases(_WORDS['title_ends'])})\b)"
)
ACRONYM = term_established.ACRONYM
SUBJECT = re.compile(r"\bthat\s+(?:the\s+)?(?P<name>[A-Z][^,;]{3,120}?)(?=\s*,|\s+(?:shall|should|will)\b)")
SHALL = re.compile(r"(?:shall|should|will)\s|(?:to\s+be\s+)?established\b")
AUTHORIZATION_OF = re.compile(r"[^;]{0,80}?\bthe\s+authori[sz]ations?\s+of\b")
# an extended authorization that names its actor after "for": "Decides to extend until 31 December 2006 the
# authorization contained in resolutions 1669 and 1692 for the Secretary-General to redeploy temporarily ... from ONUB to
# MONUC" (S/RES/1711 (2006) op 3): of the Secretary-General, the actor authorized (as the golds read an authorization of
# his redeployment, heldout34 16 op 1, heldout31 12 op 6, heldout6 07 op 1; an extended one of the forces authorized,
# heldout11 15 op 30), not ONUB, whence the troops come. Not "the mandate of ONUB" before it, nor "the authorization
# for the deployment of ..." (no actor after "for"); one in named paragraphs stays theirs (_named, as heldout15 15 op 8)
AUTHORIZATION = re.compile(r"(?:(?!\bmandates?\b)[^;]){0,80}?\bthe\s+authori[sz]ations?\b")
FOR_WHO = re.compile(r"\bfor\s+(?:the\s+)?(?=[A-Z])")
TO_VERB = re.compile(r",?\s+to\s+(?:[a-z]+ly\s+)?[a-z]+\b(?<!\bthe)")
ITS_MANDATE = re.compile(r"\b(?:its|their)\s+mandate\b|\bthe\s+(?:present\s+|current\s+)?mandate\b(?!\s+of)", re.I)
# (a name goes on past "for the" and a capital: "the mandate of the High Representative for the Elections", S/RES/1765
# (2007) op 6, "of the independent international fact-finding mission for the Sudan"; "for a period of", "for six
# months", "for the period" end it, and "laid down in": "... for the Elections laid down in paragraph 7", S/RES/1721)
# (the name opens on no space, so not inside the run "of\s+" reads; the spaces before ",", "(" or the end are read apart
# from those before a word: each end of the name reads the run after it once, linear in a run of spaces)
MANDATE_OF = re.compile(
    r"\bmandate\s+of\s+(?:the\s+)?(?P<name>[^,;:(\s][^,;:(]{2,159}?)(?=\s*(?:[,;(]|$)|\s+(?:for\s+(?!the\s+[A-Z])|"
    rf"{phrases(_WORDS['name_ends'])})\b)"
)


def of(text, a, z, s, e, action, v, speaker, actors, panel, prior: Before) -> tuple[str | None, str]:
    """What the term whose words are text[s:e], in the clause text[a:z], is of, as (id or name, words): the measures
    of named paragraphs, a body (actors(a, z) as in terms.extract; panel: the document's panel; prior: what the text
    before says, for "its mandate"), or the body's name as written; (None, "") when it names none."""
    by_name = _period_of(text, e, z, action, v, speaker) or _named(text, a, z, s, e, action, v, speaker, prior.lead)
    by_name = by_name or _kind(text, e, z, action, prior, v, speaker)
    by_name = by_name or (term_kind.thing(text, e, z) if action == "extends" else None)  # "the ... mechanism for"
    if by_name:
        return by_name
    found = [x for x in actors(a, z) if is_body(x[0], v, speaker)]
    given_for = _authorized_for(text, e, z, found) if action == "extends" else None
    if given_for:
        return given_for
    subject = prior.last_body(s, actors, v, speaker) if SHALL.match(text, s) else None
    if subject and subject[1] >= a:  # "Decides that UNTMIS shall deliver ... until": the body named before "shall"
        return subject[0], text[subject[1] : subject[2]]
    said = _subject(text, a, s, action)
    if said:
        return said
    doc_panel = panel
    panel = PANEL.search(text, a, z)
    if panel:
        # a panel set up (again) is the document's, not one it names as drawn on ("drawing on the expertise
        # of the members of the Panel of Experts established pursuant to resolution 1306")
        # "the Somalia and Eritrea Monitoring Group (SEMG)": the panel the vocabulary names
        named = next((x[0] for x in found if x[1] <= panel.start() < x[2] and x[0] in bodies(v)[2]), None)
        named = named or named_panel(text, panel.end(), v)
        body = (doc_panel or named) if action == "establishes" else (named or doc_panel)
        if body:
            return body, panel.group(0)
    if action == "authorizes" or (action == "extends" and AUTHORIZATION_OF.match(text, e, min(z, e + 120))):
        # "to renew ... the authorization of Member States of the African Union to maintain a mission": as given
        return term_established.authorized(
            text, s, e, z, [x for x in found if x[0] not in GENERIC] or found, bodies(v)[0], prior.body
        )
    sp = SP_MANDATE.search(text, a, z)
    if sp:
        return sp.group("name").strip(), sp.group("name")
    if action == "establishes":
        # a class of bodies the vocabulary names ("an international commission of inquiry", "an independent international
        # fact-finding mission for the Sudan": CommissionsOfInquiry) is not the body set up, named as written (heldout21
        # 08 op 12, heldout16 28 op 18); an intergovernmental working group stays ExpertGroup (heldout3 24 op 2)
        return term_established.established(text, e, z, [x for x in found if x[0] not in SET_UP_AS_WRITTEN])
    kinds, found = [x for x in found if x[0] in HEADS], [x for x in found if x[0] not in GENERIC]
    mo = MANDATE_OF.search(text, e, z) or MANDATE_OF.search(text, a, z)
    # the body named as "the mandate of" names it ("... in Côte d’Ivoire (MINUCI)"), else none: "the mandate of the
    # open-ended intergovernmental working group ..., civil society" is of the group as written
    named = (
        [x for x in found if mo.start() <= x[1] <= mo.end("name") + 3] if mo else [x for x in found if x[1] >= e - 1]
    )
    named = named or ([] if mo else found)
    if named:
        return named[0][0], text[named[0][1] : named[0][2]]
    acro = ACRONYM.search(text, e, z)
    if acro:
        return acro.group(1), acro.group(0)
    if ITS_MANDATE.search(text, s, z):
        last = prior.last_body(s, actors, v, speaker)
        if last:
            return last[0], text[last[1] : last[2]]
        if prior.body:  # "Decides to extend the present mandate until 31 July 2003" (UNIFIL, S/RES/1461 (2003) op 2)
            return prior.body, ""
    return _as_named(text, mo, kinds, prior.body) if mo else (None, "")


# a generic body a name ends with, as a body set up is read (term_established.established): "Decides to renew the mandate
# of the open-ended intergovernmental working group for a period of three years" (A/HRC/RES/54/11 op 1, heldout30 28:
# ExpertGroup, as heldout7 29 op 1 sets it up); not a name that goes on past it ("the Working Group on Enforced or
# Involuntary Disappearances", a special procedure as written)
HEADS = frozenset({"ExpertGroup"})


def _as_named(text: str, mo: re.Match, kinds: list[tuple[str, int, int]], body: str | None) -> tuple[str, str]:
    """(id or name, words) of the body the name MANDATE_OF matched names: the generic body (HEADS, of `kinds`) it ends
    with, after at least one word of the name's own and no "of", "on" or the like before it ("the open-ended
    intergovernmental working group", "the intergovernmental expert group": ExpertGroup); else the document's mission
    for a generic name (term_kind.generic), else the name as written. A bare "the working group" is not of its kind: it
    is the one group the text speaks of, maybe a special procedure named short ("the Working Group" on Arbitrary
    Detention), and stays as written."""
    head = term_established.head_at(text, mo.start("name"), mo.end("name"), kinds)
    if head:
        return head, mo.group("name")
    name = re.sub(r"^(?:Special Rapporteur|Independent Expert)\s+as\s+", "", mo.group("name").strip())
    return term_kind.generic(name, body) or (name, mo.group("name"))


# "Decides to extend the initial period referred to in paragraph 2 of resolution 1535 (2004) until 31 March 2008"
# (S/RES/1787 (2007) op 1): the period of the body that resolution set up (bodies.yaml `established`: CTED)
PERIOD_OF = re.compile(
    r"\s+(?:the\s+)?(?:initial\s+|first\s+)?period\s+(?:referred\s+to|set\s+out)\s+in\s+paragraphs?\s+\d+(?:\s*\(\w\))?"
    r"\s+of\s+(?:its\s+)?(?=resolution\b)"
)


def _period_of(text, e, z, action, v, speaker) -> tuple[str | None, str] | None:
    """The body whose period an extension names by the paragraph that set it ("extend the initial period referred
    to in paragraph 2 of resolution 1535 (2004)"): the one the vocabulary says that resolution set up; None when
    the extension names no such period or no body of that resolution is known."""
    m = PERIOD_OF.match(text, e, z) if action == "extends" else None
    cited = next((x for x in mentions(text[m.end() : z], v, speaker) if x[2]), None) if m else None
    if not m or not cited or cited[0] > len("resolution "):
        return None
    body = _set_up_by(v).get(cited[2])
    return (body, m.group(0)) if body else None


@lru_cache(maxsize=4)
def _set_up_by(v: Vocabulary) -> dict[str, str]:
    """The body the vocabulary says each resolution set up (its `established`; the first actor where two say the
    same), read once per vocabulary rather than scanning every actor at each extension that names a resolution."""
    out: dict[str, str] = {}
    for x in v.actors.values():
        if x.established:
            out.setdefault(x.established, x.id)
    return out


def _kind(text, e, z, action, prior: Before, v, speaker) -> tuple[str | None, str] | None:
    """An extension's body named by its kind ("extend ... the multidimensional presence in Chad": MINURCAT), or by
    the kind and the resolution that set it up (the body the vocabulary says that resolution established)."""

    def set_up_by(at: int) -> str | None:
        cited = term_measures.cited_resolution(text[:z], at, v, speaker)
        return _set_up_by(v).get(cited[2]) if cited and cited[0] <= len("resolution ") else None

    return term_kind.of_kind(text, e, z, prior.body, set_up_by) if action == "extends" else None


def _named(text, a, z, s, e, action, v, speaker, lead: str | None) -> tuple[str | None, str] | None:
    """What an extension or an ending in text[a:z] (its words at text[s:e]) names by measures or holders
    of an office (term_measures.named_of; lead: the resolution an item's lead names); None when it names neither."""
    if action not in ("extends", "terminates"):
        return None
    # an ending's words take in what ends ("to lift the arms embargo"): what it names is read from its verb on
    by_name = term_measures.named_of(text, a, z, s if action == "terminates" else e, action, v, speaker, lead)
    if not by_name and action == "terminates" and SHALL.match(text, s):
        # what ends in the passive is named before it: "the measures imposed by this resolution shall terminate"
        by_name = term_measures.named_of(text, a, z, a, action, v, speaker)
    return by_name


def _authorized_for(text: str, e: int, z: int, found) -> tuple[str, str] | None:
    """(id, words) of the actor an extended authorization names after "for" and before its infinitive ("the
    authorization ... for the Secretary-General to redeploy"): the Secretary-General or a body of `found`; None when
    the extension names no authorization so (AUTHORIZATION, FOR_WHO, TO_VERB)."""
    m = AUTHORIZATION.match(text, e, min(z, e + 120))
    for f in FOR_WHO.finditer(text, m.end(), min(z, m.end() + 200)) if m else ():
        if text.startswith("Secretary-General", f.end()) and TO_VERB.match(text, f.end() + len("Secretary-General"), z):
            return "SecretaryGeneral", "Secretary-General"
        who = next((x for x in found if f.start() + 4 <= x[1] <= f.end() and TO_VERB.match(text, x[2], z)), None)
        if who:
            return who[0], text[who[1] : who[2]]
    return None


def _subject(text: str, a: int, s: int, action: str) -> tuple[str, str] | None:
    """(name, words) of a body of no id named as the subject before a term's words at text[s], in the
    clause from text[a]: "that the Independent ... Mission on Iran, established ..., should continue", "a
    Regional Protection Force established for an initial period" (as written); None when none is."""
    said = list(SUBJECT.finditer(text, a, s)) if SHALL.match(text, s) else []
    if said and said[-1].end() >= s - 160:
        return said[-1].group("name").strip(), said[-1].group("name")
    return term_established.named_before(text, a, s) if action == "establishes" else None
