"""A term whose time is another paragraph's: "Decides to renew, for the period specified in paragraph 1
above, the measures on transport imposed by paragraphs 6 and 8 of resolution 1807 (2008)" (S/RES/2136
(2014) op 2) ends when the term of op 1 ends ("Decides to renew until 1 February 2015 the measures on
arms"). Read once every term of the document is known, as the extractor of a paragraph sees no other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.models import MandateTerm, Paragraph

SAME_PERIOD = re.compile(
    r"\bfor\s+the\s+(?:same\s+)?period\s+(?:specified|referred\s+to|set\s+out|mentioned|indicated|stipulated)\s+"
    r"in\s+paragraph\s+(\d+)\b(?!\s*(?:\([a-z]\)\s*)?of\s+(?:resolution|its\s+resolution)\b)"
)


def same_period(terms: tuple[MandateTerm, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[MandateTerm, ...]:
    """terms, each that gives no time of its own given the time of the first term of the paragraph its
    text names ("for the period specified in paragraph 1 above") when that one has a time; the others
    as they are."""
    timed: dict[int, MandateTerm] = {}
    for t in terms:
        if t.until or t.period:
            timed.setdefault(t.op, t)
    if not timed or len(timed) == len(terms):
        return terms
    text_of = {p.index: p.text for p in paragraphs}
    out = []
    for t in terms:
        m = SAME_PERIOD.search(text_of.get(t.paragraph, "")) if not (t.until or t.period) else None
        source = timed.get(int(m.group(1))) if m else None
        out.append(replace(t, until=source.until, period=source.period) if source and source.op != t.op else t)
    return tuple(out)
