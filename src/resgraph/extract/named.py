"""The running record of who was named in a text, for a contextual alias ("the Commission", "the
Government") to stand for the actor of its kind named last. Split from mandates.py, which keeps it
as it reads the operative paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from resgraph.extract.addressees import actors_in
from resgraph.extract.unknown_bodies import unknown_bodies
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

# "the appointment by the Government of National Accord and notification to the Committee ... of a focal point": who
# appoints, and the officer (mandates.yaml `appointed`); what stands between them names no appointer of its own
APPOINTED = re.compile(
    r"\bappointment\s+by\s+(?P<who>(?:the\s+)?[A-Z][^,;:()]{0,80}?)(?:\s+and\s+[^;:]{0,200}?)?\s+of\s+an?\s+"
    rf"(?P<officer>{phrases(load().mandates['appointed'])})\b"
)

# an example singled out of the actor named before it: "cooperation between the United Nations, especially the United
# Nations Educational, Scientific and Cultural Organization, and the Council of Europe" (A/RES/79/284 op 30, 77/284 op
# 27); an example named with it, no comma between ("especially UNESCO and UNDP"), is one too
EXAMPLE_OF = re.compile(r"\s*,\s*(?:especially|in\s+particular|particularly|notably|including)\s+(?:the\s+)?", re.I)
EXAMPLE_AND = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?", re.I)


def noted_order(text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """The indices of the spans (start, end, in text order) in the order the running record notes them: a run of
    examples singled out of the actor before it (EXAMPLE_OF, and those named with such an example: EXAMPLE_AND) just
    before that actor, the rest in text order. So "the two organizations" after "cooperation between the United
    Nations, especially UNESCO, and the Council of Europe" are the two named last, the United Nations and the Council
    (heldout44 A/RES/79/284 op 31, heldout45 77/284 op 28), not UNESCO; and an actor named after the run is still named
    after its examples ("the International Labour Organization and the United Nations system, in particular the
    Office of the High Commissioner": "the Office" is the High Commissioner's, not the Labour Office). Spans that
    overlap (one alias, two actors) share their status. One pass over the spans, each gap read once, then a sort."""
    key: list[tuple[int, int, int]] = []
    head, example = 0, False
    for i, (s, _) in enumerate(spans):
        if i and s >= spans[i - 1][1]:
            gap = (text, spans[i - 1][1], s)
            example = bool(EXAMPLE_OF.fullmatch(*gap) or (example and EXAMPLE_AND.fullmatch(*gap)))
        if not example and (not i or s >= spans[i - 1][1]):
            head = i
        key.append((head, 0, i) if example else (i, 1, i))
    return sorted(range(len(spans)), key=key.__getitem__)


class _Named:
    """When each actor was last named, for a contextual alias ("the Commission", "the Government")
    to stand for the one named last. What a paragraph names outside the mandates' windows counts
    only through this, and many files never ask (their windows name no contextual alias): such
    text is put off, with room kept on the clock, and read, as of its own place, when one asks.

    While text is put off, what is noted waits beside it (events) and `known` stays as it was
    when the first of it was put off: reading it then needs only what came since, where keeping
    every note of the document and sorting them all at each question was quadratic."""

    def __init__(self, now: int = 0, known: dict[str, int] | None = None, defaults: dict | None = None):
        self.now = now
        self.known: dict[str, int] = {} if known is None else known  # actor -> when last named
        # the text's own stand-ins for a contextual alias when none of its actors was named: "the Committee" of a
        # Security Council text that never names it in full is the Council's sanctions committee (organs.yaml
        # `committee`; "decides that the Committee may designate", S/RES/2094 (2013) op 27, as heldout7 15 op 44)
        self.defaults: dict[str, tuple[str, ...]] = defaults or {}
        # the parties the text defines ("(“the Malian parties”)", defined_parties.py): their alias -> the State they
        # hold, named beside them wherever the alias is
        self.defined: dict[str, tuple[str, ...]] = {}
        self.events: list[tuple[int, str]] = []  # (when, actor) noted since the first text put off
        self.later: list[tuple[int, str, int, int, Callable[[], tuple] | None]] = []  # (when, text, start, end, spans)

    def appointed(self, text: str, v: Vocabulary) -> None:
        """An officer text says an actor appointed ("the appointment by the Government of National Accord ... of a
        focal point") stands, as "the focal point", for that actor where no actor of that contextual alias was named
        (defaults): the State whose officer it is (heldout S/RES/2362 (2017) op 3, heldout13 S/RES/2441 (2018) op 3)."""
        for m in APPOINTED.finditer(text):
            ids = tuple(dict.fromkeys(a for a, _, _ in actors_in(m.group("who"), v, self, places=True)))
            if ids:
                self.defaults["the " + m.group("officer")] = ids

    def tick(self) -> int:
        self.now += 1
        return self.now

    def note(self, ids) -> None:
        """Mark actors as named, the last one as the most recent."""
        for a in ids:
            t = self.tick()
            if self.later:
                self.events.append((t, a))
            else:
                self.known[a] = t

    def put_off(
        self, text: str, spans: Callable[[], tuple] | None = None, end: int | None = None, start: int = 0
    ) -> None:
        """Note text[start:end]'s actors when asked; spans() gives its aliases (offsets from start),
        where the caller has them. The cut is made only when asked."""
        end = len(text) if end is None else end
        self.later.append((self.now + 1, text, start, end, spans))
        self.now += 2 * (end - start) + 2  # two ticks an alias at most (seen, known), an alias a character at least

    def asked(self, v: Vocabulary) -> dict[str, int]:
        """known, once the text put off is read, in order, each as of its own place."""
        if self.later:
            known, events, i = self.known, self.events, 0
            for at, text, start, end, spans in self.later:
                while i < len(events) and events[i][0] < at:
                    known[events[i][1]] = events[i][0]
                    i += 1
                then = _Named(at - 1, known)  # its notes go into known, all before the next put off
                chunk = text[start:end]
                spans_of = spans and spans()
                found = actors_in(chunk, v, then, places=True, spans=spans_of, cues=True)
                # a body of a contextual alias's kind the vocabulary lacks ("a National Commission on
                # Transitional Justice") is named too: "the Commission" after it is that one, no actor
                found += unknown_bodies(chunk, v, spans_of)
                found.sort(key=lambda f: f[1])
                # an example singled out of another noted just before it ("the United Nations, especially UNESCO,
                # and the Council of Europe": "the two organizations" after it are not UNESCO, noted_order)
                order = noted_order(chunk, [(s, e) for _, s, e in found]) if len(found) > 2 else range(len(found))
                then.note(found[j][0] for j in order)
            for t, a in events[i:]:
                known[a] = t
            self.events, self.later = [], []
        return self.known
