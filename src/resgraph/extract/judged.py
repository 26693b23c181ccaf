"""Judges named in person as who a decision's "that" clause makes act, read as their court.

"Decides that, notwithstanding the expiry of their term of office on 31 December 2010, Judge Joseph Asoka de Silva and
Judge Taghrid Hikmet are authorized to complete the Ndindiliyimana et al. case" (heldout32 S/RES/1955 (2010) ops 1-2),
"Judge William H. Sekule (United Republic of Tanzania), ... may continue, on an exceptional basis, to serve at the
International Tribunal" (heldout34 S/RES/2054 (2012) op 1), "(a) Judge Rasoazanany and Judge Swart, once replaced as ad
litem judges of the International Tribunal, finish the Hadžihasanović case" (heldout35 S/RES/1581 (2005) op 1): the golds
read the judges as their Tribunal, who shall act, not the deciding Council. The judges have no id of their own: no alias
can name them, so mandate_clause asks here only once a decision's window named no one but its organ. The Council's own
acts on judges stay its own ("Decides to extend the term of office of Judge ...", "to allow ad litem Judges ... to
serve", "to confirm that Judge ... can continue", "that ..., she be assigned as a permanent judge to the ... case").
The words are data: mandates.yaml `judges`, terms.yaml `person` (the particles of a name).
"""

from __future__ import annotations

import re

from resgraph.extract.addressees import actors_in
from resgraph.vocab import load
from resgraph.wordsearch import phrases

_WORDS = load().mandates["judges"]
# one name: capitalised words, maybe a particle inside ("Joseph Asoka de Silva"), maybe a country after it in brackets
_NAME = (
    rf"[A-Z\u00c0-\u00de][\w’'.-]*(?:\s+(?:(?:{phrases(load().terms['person']['particles'])})\s+)?"
    r"[A-Z\u00c0-\u00de][\w’'.-]*){0,5}(?:\s*\([^()]{1,60}\))?"
)
_ONE = rf"(?:(?:{phrases(_WORDS['titles'])})\s+)?{_NAME}"
# where the clause's subject starts: right after "that" (or an item's label), or after an aside in commas that holds
# no verb of a subject of its own ("that, notwithstanding article 12 bis, paragraph 3, of the Statute ..., Judge"; not
# "that notwithstanding that Judge X's elected term will ... begin ..., she be assigned")
_OPENS = r"\s*(?:that\b\s*)?(?:,?\s*(?:(?!\b(?:shall|should|will|may|must|is|are|be|that)\b)[^;:]){1,300}?,)?\s*"
SUBJECT = re.compile(
    _OPENS
    + rf"(?:{phrases(_WORDS['titles'])})\s+{_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ONE})*"
    # one aside after the names: "Judge Egorov, once replaced as a member of the International Tribunal, complete"
    + r"(?:\s*,[^;:,]{1,200},)?"
    + rf"\s+(?:{phrases(_WORDS['acts'])})\b"
)


def court(text: str, start: int, v, named) -> tuple[str, ...]:
    """The court of the judges a decision's clause opening at start names as who shall act (SUBJECT): the first of
    mandates.yaml `judges.courts` the paragraph names; () where the clause opens otherwise or no court is named."""
    if not SUBJECT.match(text, start):
        return ()
    courts = frozenset(_WORDS["courts"])
    found = [a for a, _, _ in actors_in(text, v, named) if a in courts]
    return (found[0],) if found else ()
