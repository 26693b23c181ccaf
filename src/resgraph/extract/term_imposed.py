"""Measures imposed, or lifted, for a time by a decision that names no mandate: "Decides that all
States ... shall, for an initial period of 12 months from the adoption of this resolution, take the
necessary measures to prevent the ... supply ... of arms" (S/RES/1493 (2003) op 20) sets up the
measures of its own paragraph for 12 months; "shall, until 31 January 2018, continue to freeze"
extends them; "Decides that for a period of sixteen months from the date of this resolution ...
the obligations imposed on Member States in paragraph 3 of resolution 1844 (2008) shall not apply
to the payment of funds ... necessary to ensure the timely delivery of ... humanitarian assistance"
(S/RES/1972 (2011) op 4) authorizes, for that time, what those measures bar; "the measures
referred to in paragraph 1 above are established for an initial period of 18 months" (S/RES/1306
(2000) op 6), "the provisions contained in paragraph 4 of this resolution shall remain in force for
a period of 45 days" set up the measures of the paragraphs named.

The measures of the text's own paragraphs are written "#N" here (the extractor of a paragraph does
not know the symbol of its document); the pipeline prefixes the symbol. A decision without a time
("Decides that the measures imposed by paragraph 20 above shall not apply to ...") sets no term.

Split from terms.py, which finds the terms that a verb of their own sets.
"""

from __future__ import annotations

import re

from resgraph.extract import term_measures, term_refs
from resgraph.extract import term_times as times
from resgraph.models import Block, MandateTerm, Paragraph
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

_TIME = (
    # "all States shall, for the same period of twelve months, freeze" (S/RES/1572 (2004) op 11, after op 9's "for a
    # period of twelve months"): the length given again
    r"(?:for\s+(?:(?:a|an)\s+(?:initial\s+|further\s+|new\s+)?|the\s+same\s+)period\s+(?:of|ending\s+on|expiring\s+on)\s+[^,;:]{1,90}?"
    # "Decides that, through 29 January 2016, all Member States shall continue to" (S/RES/2196 (2015) ops 1, 4, 7): "through"
    # a date, as the term's own end words (terms.yaml until) and the extensions read it ("through 15 July 2013")
    r"|(?:until|through)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|(?:until|through)\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}"
    # another paragraph's time, which term_refs.same_period gives: "for a further period ending on the date referred to in
    # paragraph 1 above", "during the period of enforcement of the measures referred to in paragraph 1 above" (S/RES/1596
    # (2005) ops 6, 10, 13, 15; 1807 (2008) ops 6, 8, 9, 11)
    r"|" + term_refs.PERIOD_OF_PARAGRAPH + r"(?:\s+above)?)"
)
# "Decides, for a period ending on 30 April 2013, that all States shall take the necessary measures" (S/RES/2045 (2012))
_THAT = r"\b[Dd]ecides?(?:\s+(?:also|further|further\s+also))?(?:\s*,\s*(?P<t0>" + _TIME + r")\s*,)?\s+that\s*,?\s+"
# "all States ... shall, for a period of 12 months, take the necessary measures to": measures for a time
# what all States shall do, a decision's subject and verb (or an item a "Decides that:" governs, S/RES/1478 (2003) op 17)
_SHALL = (
    r"(?:(?P<t1>"
    + _TIME
    + r")\s*,\s+)?(?:all\s+)?(?:Member\s+)?(?:States|governments\s+in\s+the\s+region|the\s+[Gg]overnment\s+of\s+the\s+[A-Z][^,;]{0,80}?"
    # the authorities of the country the measures are about: "that the Ivorian authorities shall notify" (S/RES/2045 op 4)
    r"|the\s+[A-Z][\w’'-]*\s+authorities)\b"
    r"(?:\s*,[^;]{0,120}?,)?\s+shall\s*,?\s+"
    r"(?:(?P<t2>" + _TIME + r")\s*,\s+)?(?P<cont>continue\s+to\s+)?(?:immediately\s+)?"
    rf"(?:{phrases(load().terms['states_shall'])})\b(?:\s+the\s+necessary\s+measures(?:\s+to\s+\w+)?\s*,\s*(?P<t3>"
    + _TIME
    + r")\s*,)?"
)
STATES_SHALL = re.compile(_THAT + _SHALL)
# an item of a paragraph that "Decides that:" leads, with a time: "(a) all States shall take the necessary measures to
# prevent, for a period of 10 months, the import" (the lead's time, if any, is term_refs.lead_time's)
ITEM = r"\s*(?:[Aa]ll\s+)?(?:Member\s+)?States\s+shall\b(?=[^;]{0,200}?\b(?:for\s+a\s+period|until)\b)"
ITEM_START = re.compile(ITEM, re.I)
ITEM_SHALL = re.compile(r"\s*" + _SHALL.replace(r"(?:all\s+)?", r"(?:[Aa]ll\s+)?", 1))
# "Decides that until 25 October 2014 and without prejudice to ..., the measures imposed by paragraph 3
# of resolution 1844 (2008) shall not apply to": an exemption for a time
NOT_APPLY = re.compile(
    _THAT + r"(?P<t1>" + _TIME + r")\s*(?:,\s*|\s+(?=and\b|the\b))(?:and\s+without\s+prejudice\s+[^,;]{0,160},\s+)?"
    r"(?P<what>[^;]{3,250}?)\s+(?:shall|will)\s+not\s+apply\b"
)
# measures of another resolution extended for a time to people they did not reach: "Decides that, for a period expiring
# on 31 July 2006, the provisions of paragraphs 13 to 16 of resolution 1596 shall extend to the following individuals"
# (S/RES/1649 (2005) op 2, 1698 (2006) op 13): the measures of its own paragraph, as the renewals name them ("the measures
# ... imposed by paragraph 2 of resolution 1649 (2005)", heldout17 S/RES/1799 (2008) op 3)
EXTENDED_TO = re.compile(
    _THAT
    + r"(?P<t1>"
    + _TIME
    + r")\s*,\s+(?:the\s+)?(?:provisions|measures)\b[^;]{0,160}?\b(?:shall|will)\s+(?:also\s+)?"
    r"(?:extend|apply)\s+to\b"
)
# what a decision sets for a time, then all States bound to assure it: "further decides that, until December 31, 2007,
# unless the Council decides otherwise, petroleum ... originating in Iraq shall be immune ... from legal proceedings
# ..., and that all States shall take any steps that may be necessary ... to assure this protection" (S/RES/1483 (2003)
# op 22, heldout9): the measures of its own paragraph, as "Decides that, until <date>, all States shall take"
THEN_STATES = re.compile(
    _THAT + r"(?P<t1>" + _TIME + r")\s*,\s+(?:unless\s+the\s+(?:Security\s+)?Council\s+decides\s+otherwise\s*,\s+)?"
    r"[^;]{3,400}?\bshall\b[^;]{0,400}?,?\s+and\s+that\s+(?:all\s+)?(?:Member\s+)?States\s+shall\s+(?:take|ensure|prevent)\b"
)
# what others may do for a time: "Decides that for a period of six months from the date of this resolution, States
# cooperating with the TFG in the fight against piracy ..., may: (a) Enter the territorial waters of Somalia" (S/RES/1816
# (2008) op 7, 1846 op 10, 1851 op 6): an authorization, of the actors authorized when they are States (heldout15
# S/RES/1846 op 10 -> of=States, as the golds read "Authorizes the Member States ... to" -> of=MemberStates), else of its
# own paragraph (as their renewals read "renew the authorizations as set out in paragraph 10 of resolution 1846 (2008)")
MAY = re.compile(_THAT + r"(?P<t1>" + _TIME + r")\s*,?\s+(?![^;]{0,300}?\bshall\b)[^;]{3,300}?\bmay\b(?!\s+not\b)")
# those authorized, first after the time: "States cooperating with the TFG", "States and regional organizations"
MAY_STATES = re.compile(r"\b(?P<member>Member\s+)?States\b")
QUOTED = re.compile(r"\s*[“\"‘]")
# "the measures referred to in paragraph 1 above are established for an initial period of 18 months"
OWN_FOR_A_TIME = re.compile(
    r"\b(?:measures|provisions)\s+(?:[\w-]+\s+){0,3}?(?:in|by|to)\s+paragraphs?\s+(?P<paras>\d+(?:\s*(?:,|and|to)\s*\d+)*)"
    # "the measures imposed by paragraph 5 are established for 14 months" (S/RES/1343 (2001) op 9), "the provisions
    # introduced by paragraph 1 above will apply to the 1267/1989/2253 ... sanctions regime for a period of two years"
    # (S/RES/2664 (2022) op 2)
    r"(?:\s+above|\s+of\s+(?:this|the\s+present)\s+resolution)?(?!\s+of\b)\s+"
    r"(?:are|is|shall\s+be|shall\s+remain\s+in\s+force|(?:will|shall)\s+apply\s+to\s+[^;,]{3,120}?)\s+"
    # "are established for twelve months and that, at the end of this period" (S/RES/1298 (2000) op 16, 1333, 1343)
    r"(?:established\s+)?for\s+(?:(?:a|an)\s+(?:initial\s+)?period\b|(?:\d+|[a-z]+(?:-[a-z]+)?)\s+months?\b)"
)


def terms(
    text: str, a: int, z: int, p: Paragraph, b: Block, v: Vocabulary, speaker: str | None, adopted: str | None
) -> list[MandateTerm]:
    """The term of the measures that the clause text[a:z] of an operative paragraph imposes or
    lifts for a time; [] when it does neither."""
    clause = text[a:z]
    if QUOTED.match(text):
        return []  # a decision quoted (the new wording of another resolution's paragraph) is not this text's
    found = (
        _states_shall(clause, p.number or p.parent or 0)
        or _not_apply(clause, v, speaker)
        or _own_for_a_time(clause, p.number or p.parent or 0)
    )
    may = MAY.search(clause) if not found else None
    states = MAY_STATES.search(clause, may.end("t1"), may.end()) if may else None
    who = ("MemberStates" if states.group("member") else "States") if states else f"#{p.number or 0}"
    found = found or (("authorizes", who, may.group(0)) if may else None)
    if not found:
        return []
    action, of, words = found
    until = times.until(clause)
    length, counted = times.period(clause, adopted)
    return [MandateTerm(p.number or 0, action, of, p.index, b.to_source(a, z), until or counted, length, words)]


def wanted(low: str) -> bool:
    """Whether a paragraph's lower-cased text may hold such a term (a decision with a time)."""
    return ("decide" in low or ITEM_START.match(low) is not None) and any(
        w in low for w in ("period", "until", "through")
    )


def _states_shall(clause: str, op: int) -> tuple[str, str, str] | None:
    m = STATES_SHALL.search(clause) or ITEM_SHALL.match(clause)
    if not m or not any(m.groupdict().get(t) for t in ("t0", "t1", "t2", "t3")):
        then = THEN_STATES.search(clause)
        return ("establishes", f"#{op}", then.group(0)) if then else None
    return ("extends" if m.group("cont") else "establishes"), f"#{op}", m.group(0)


def _not_apply(clause: str, v: Vocabulary, speaker: str | None) -> tuple[str, str, str] | None:
    m = NOT_APPLY.search(clause)
    if not m:
        return None
    what = m.group("what")
    listed = term_measures.measures(what, v, speaker)
    if listed:
        return "authorizes", listed[0][0], listed[0][1]
    name = re.sub(r"^(?:the|this|these)\s+", "", what.strip())
    return ("authorizes", name, what) if len(name) <= 80 else None


def _own_for_a_time(clause: str, op: int) -> tuple[str, str, str] | None:
    extended = EXTENDED_TO.search(clause)
    if extended:
        return "establishes", f"#{op}", extended.group(0)
    m = OWN_FOR_A_TIME.search(clause)
    if not m:
        return None
    return "establishes", "#" + term_measures.paras(m), m.group(0)
