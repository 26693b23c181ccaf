"""Judges named in person as who a decision's "that" clause makes act, read as their court.

"Decides that, notwithstanding the expiry of their term of office on 31 December 2010, Judge Joseph Asoka de Silva and
Judge Taghrid Hikmet are authorized to complete the Ndindiliyimana et al. case" (heldout32 S/RES/1955 (2010) ops 1-2),
"Judge William H. Sekule (United Republic of Tanzania), ... may continue, on an exceptional basis, to serve at the
International Tribunal" (heldout34 S/RES/2054 (2012) op 1), "(a) Judge Rasoazanany and Judge Swart, once replaced as ad
litem judges of the International Tribunal, finish the Hadžihasanović case" (heldout35 S/RES/1581 (2005) op 1): the golds
read the judges as their Tribunal, who shall act, not the deciding Council. The judges have no id of their own: no alias
can name them, so mandate_clause asks here only once a decision's window named no one but its organ. The Council's own
acts on judges stay its own ("Decides to extend the term of office of Judge ...", "to allow ad litem Judges ... to
serve", "to confirm that Judge ... can continue", "that ..., she be assigned as a permanent judge to the ... case", "Judge ...
shall be assigned to the Appeals Chamber": a passive of another verb than "authorized", bare or after a modal).
The words are data: mandates.yaml `judges`, terms.yaml `person` (the particles of a name).
"""

from __future__ import annotations

import re

from resgraph.extract.addressees import actors_in
from resgraph.vocab import load
from resgraph.wordsearch import phrases

_WORDS = load().mandates["judges"]
_TITLES = phrases(_WORDS["titles"])
# one word of a name: a capital (Latin-1 or Latin Extended-A: "Šahinović", "Łukasz"), never a title, so that "Judge Aa
# Bb" parses one way only (a title read as a name's first word made a list of n judges parse 2^n ways)
_WORD = rf"(?!(?:{_TITLES})\b)[A-Z\u00c0-\u00de\u0100-\u017f][\w’'.-]*"
# one name: capitalised words, maybe a particle inside ("Joseph Asoka de Silva"), maybe a country after it in brackets
_NAME = (
    rf"(?>{_WORD}(?:\s+(?:(?:{phrases(load().terms['person']['particles'])})\s+)?{_WORD}){{0,5}})"
    r"(?:\s*\([^()]{1,60}\))?"
)
_ONE = rf"(?:(?:{_TITLES})\s+)?{_NAME}"
# where the clause's subject starts: right after "that" (or an item's label), or after an aside in commas that holds
# no verb of a subject of its own ("that, notwithstanding article 12 bis, paragraph 3, of the Statute ..., Judge"; not
# "that notwithstanding that Judge X's elected term will ... begin ..., she be assigned")
_ASIDE_CHAR = r"(?:(?!\b(?:shall|should|will|may|must|is|are|be|that)\b)[^;:])"
# the old opening, which the fuzzing of this one compares against: `\s*(?:that\b\s*)?(?:,?\s*A{1,300}?,)?\s*` (A:
# _ASIDE_CHAR), cubic in a run of spaces after "Decides" (three quantifiers and the aside split the run); here each run
# is read once (possessive), and the (?(run),...) branch is the old reading where a space of the run was the aside's
# one character before a comma
_OPENS = (
    r"(?:\s*+that\b)?(?P<run>\s++)?+"
    rf"(?:,(?:\s*+{_ASIDE_CHAR}{{1,300}}?,|\s++,)|{_ASIDE_CHAR}{{1,300}}?,|(?(run),|(?!)))?\s*+"
)
# after the act, a passive of another verb is the Council's act on the judges ("Judge Christoph Flügge shall be
# assigned to the Appeals Chamber", "Judge Fausto Pocar shall be replaced by Judge Theodor Meron"), but "be authorized"
_PASSIVE = rf"\s+be\s+(?!(?:{phrases(_WORDS['passives_kept'])})\b)[\w-]+(?:ed|en|wn)\b"
SUBJECT = re.compile(
    _OPENS
    + rf"(?P<names>(?:{_TITLES})\s+{_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ONE})*)"
    # one aside after the names: "Judge Egorov, once replaced as a member of the International Tribunal, complete"
    + r"(?P<aside>(?:\s*,[^;:,]{1,200},)?)"
    + rf"\s+(?:{phrases(_WORDS['acts'])})\b(?!{_PASSIVE})"
)
# the judge named in a "notwithstanding that" aside, then a pronoun who acts: "Decides that notwithstanding Article 12 ter
# of the Statute ..., and notwithstanding that Judge Solomy Balungi Bossa's elected term ... will ... end on 24 June 2007,
# she be authorized effective 28 August 2006 to serve in the Butare case" (S/RES/1705 (2006): authorized to serve, as
# the golds read "Judge ... is authorized to complete", heldout32 S/RES/1955 (2010) op 1); not "she be assigned as a
# permanent judge" (S/RES/1629 (2005), a passive of another verb: the Council assigns)
PRONOUN = re.compile(
    rf"\s*+(?:that\b\s*+)?[^;:]{{0,300}}?\bnotwithstanding\s+that\s+(?P<names>(?:{_TITLES})\s+{_NAME})"
    rf"(?P<aside>[^;:]{{1,300}}?,)\s*(?:she|he|they)\s+(?:{phrases(_WORDS['acts'])})\b(?!{_PASSIVE})"
)
_BRACKETS = re.compile(r"\([^()]*\)")
COURTS = frozenset(_WORDS["courts"])


def court(text: str, start: int, v, named) -> tuple[str, ...]:
    """The court of the judges a decision's clause opening at start names as who shall act (SUBJECT, or PRONOUN): of mandates.yaml
    `judges.courts`, the first named after the act ("may continue to serve at the International Tribunal"), else before
    the names ("notwithstanding article 12 bis of the Statute of the International Tribunal, Judge"), else in the aside
    after them ("Judge Dolenc, once replaced as a member of the Tribunal, finish"): not one in an apposition of a name
    where the act names another ("Judge Theodor Meron, a former judge of the International Court of Justice, may
    continue to serve at the International Tribunal"). () where the clause opens otherwise, where the names hold an
    actor ("Judge Fausto Pocar and Member States shall cooperate": an actor coordinated with the judges, who stay
    the window's), or where no court is named."""
    m = SUBJECT.match(text, start) or PRONOUN.match(text, start)
    if not m:
        return ()
    names = _BRACKETS.sub(lambda b: " " * len(b.group()), text[m.start("names") : m.end("names")])
    if actors_in(names, v, named):
        return ()
    found = [(a, s) for a, s, _ in actors_in(text, v, named) if a in COURTS]
    for where in (lambda s: s >= m.end(), lambda s: s < m.start("names"), lambda s: s >= m.start("aside")):
        first = next((a for a, s in found if where(s)), None)
        if first:
            return (first,)
    return ()
