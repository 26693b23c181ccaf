"""The one holder of an office whose term a paragraph extends, named in the line after it: "Decides to extend
the term of office of the following permanent judge at the International Tribunal, who is a member of the
Appeals Chamber, until 31 July 2015 ...:" then "Patrick Robinson (Jamaica)" (S/RES/2193 (2014) op 3, 2256
(2015) op 6) is a term of "permanent judge of the International Tribunal, member of the Appeals Chamber
(Patrick Robinson)", as heldout12 reads it and as a Prosecutor's term names its holder in brackets
(term_appointed). Judges listed in the plural keep the group's name: the list is who they are, not one.

The line is a paragraph of its own (no operative number) that the extractor of a paragraph does not
see: read once the document's terms are known.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.models import MandateTerm, Paragraph

# the singular holder the paragraph's list names: "the following permanent judge at the ICTY, who is ...:"
ONE_HOLDER = re.compile(r"\bthe\s+following\s+(?:[\w-]+\s+){0,3}?(?:judge|member|prosecutor)\b(?!s)[^;]*:\s*$", re.I)
# "Patrick Robinson (Jamaica)": a name and the country in brackets, alone on its line
NAME_LINE = re.compile(r"\s*(?:[–—-]\s*)?(?P<name>[A-Z][^()\d;:]{2,60}?)\s*\([^()]{2,60}\)\s*[.;]?\s*")


def named_holder(terms: tuple[MandateTerm, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[MandateTerm, ...]:
    """terms, an extension of the term of office of one holder the next line names given that name in
    brackets; the others as they are."""
    if not any(t.action == "extends" and "(" not in t.of and " of " in t.of for t in terms):
        return terms
    by_index = {p.index: p for p in paragraphs}
    out = []
    for t in terms:
        p, line = by_index.get(t.paragraph), by_index.get(t.paragraph + 1)
        if t.action == "extends" and "(" not in t.of and p and line and line.kind == "other":
            m = NAME_LINE.fullmatch(line.text) if ONE_HOLDER.search(p.text) else None
            if m:
                t = replace(t, of=f"{t.of} ({m.group('name').strip()})")
        out.append(t)
    return tuple(out)
