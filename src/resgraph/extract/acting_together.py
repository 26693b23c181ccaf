"""Those named "together with" a window's addressees, before the addressees' infinitive ("the Government, together
with the Secretary-General, ..., to expedite") or, in a "that" clause, before its subject's modal ("Decides that the
co-facilitators, together with the Office of the High Commissioner, shall"): asked as the window's are (the golds).

Split from elliptic.py (module size), which reads them first among the addressees after a window.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resgraph.extract.addressees import DETERMINERS, TO_VERB, actors_in
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

if TYPE_CHECKING:
    from resgraph.extract.named import _Named

# (linear in a run of spaces, tests/test_linear_call_sites.py: the run after "with" is given back three spaces at
# most, the only ones whose giving back can change the match; possessive where a comma or a word follows)
# or, in a "that" clause, before the subject's modal ("Decides that the co-facilitators, together with the Office of the
# High Commissioner, shall be responsible for the preparation of a joint report", heldout49 A/HRC/RES/54/12 op 16 (c):
# the golds' CoFacilitators, OHCHR; a modal after the closing comma can only be the verb of the subject before it)
TOGETHER = re.compile(
    r"\s*+(?:,\s*+)?+together\s+with(?=\s)(?:\s(?=\s{3}))*+\s{1,3}(?P<np>[^;:]{1,300}?)"
    rf"(?:(?:\s*+,)?+\s++{TO_VERB}|\s*+,\s++(?:{phrases(load().mandates['together_modals'])})\s)"
)

# a document, no actor, as a "that" clause's subject or what is "together with" it (mandates.yaml `together_documents`):
# "Decides that the report of the Secretary-General, together with the report of the Special Rapporteur, shall be
# transmitted" asks no one (the stop 67 review); at most two words before the noun (fixed-word alternatives: linear)
DOCUMENT = re.compile(
    rf"\W*+(?:that\s++)?(?:(?:{'|'.join(sorted(DETERMINERS))})\s++)?(?:[a-z][\w-]*+\s++){{0,2}}"
    rf"(?:{phrases(load().mandates['together_documents'])})\b"
)


def acting_together(
    text: str, we: int, clause_end: int, v: Vocabulary, named: _Named, spans_in, document_in: str | None = None
) -> tuple[str, ...] | None:
    """The actors named "together with" the window's addressees before their infinitive or, in a "that" clause, the
    subject's modal (TOGETHER); None where no such phrase follows the window, or where document_in (a decision's
    window) or the phrase opens with a document noun (DOCUMENT: those together with a text are no co-subjects asked)."""
    if not (together := TOGETHER.match(text, we, clause_end)):
        return None
    if document_in is not None and (DOCUMENT.match(document_in) or DOCUMENT.match(together["np"])):
        return None
    a, z = together.span("np")
    return tuple(dict.fromkeys(f[0] for f in actors_in(text[a:z], v, named, heads=True, spans=spans_in(a, z))))
