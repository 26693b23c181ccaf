"""The measures a paragraph sets in words it writes into another resolution are that resolution's paragraph's.

"Decides that paragraph 11 of resolution 2653 (2022) shall be replaced by the following: “Decides that, for an
initial period of one year from the date of adoption of this resolution, all Member States shall take the
necessary measures to prevent ... the supply ... to Haiti ...”" (S/RES/2699 (2023) op 14) sets no measures of its
own op 14: the quoted paragraph is paragraph 11 of resolution 2653 from now on, and the later renewals name it
so; heldout19 04 reads the term as of=S/RES/2653(2022)#11, as heldout13 01 reads the paragraph replaced. The
reader of a paragraph names such measures after the text's own paragraph (#14, pipeline._own_measures); here
they are given to the paragraph replaced, when the words that set them are inside the quotation. Only the
`of` moves: "this resolution" in the quotation may be read as either text (heldout19's note), so the end
counted from the adoption stays as read.

Read once the document's symbol is known (pipeline.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.models import MandateTerm, Paragraph

# "Decides that paragraph 26 of resolution 2321 (2016) shall be replaced by the following:" and the quotation's
# opening mark; "paragraph 12 (g)" keeps its paragraph number only, as the terms of sub-paragraphs are written
REPLACED = re.compile(
    r"\bparagraph\s+(?P<n>\d{1,3})(?:\s*\(\w{1,4}\))?\s+of\s+(?:its\s+)?resolution\s+(?P<res>\d{1,4})\s*"
    r"\((?P<year>\d{4})\)\s+(?:shall\s+be|is(?:\s+hereby)?)\s+replaced\s+by\s+the\s+following(?:\s+paragraph)?"
    r"\s*:\s*[“\"]"
)


def into_replaced(
    terms: tuple[MandateTerm, ...], paragraphs: tuple[Paragraph, ...], own: str | None
) -> tuple[MandateTerm, ...]:
    """terms, each of the text's own paragraph (`own`#op) set by words inside a quotation that replaces a
    paragraph of another Council resolution of that paragraph (S/RES/N(YYYY)#n); the others as they are."""
    if not own or not own.startswith("S/RES/"):
        return terms
    by_index = {p.index: p for p in paragraphs}
    out = []
    for t in terms:
        p = by_index.get(t.paragraph)
        if p is not None and t.of == f"{own}#{t.op}" and t.text and "replaced" in p.text:
            m = REPLACED.search(p.text[:400])
            if m and p.text.find(t.text, m.end()) >= 0:
                t = replace(t, of=f"S/RES/{m.group('res')}({m.group('year')})#{m.group('n')}")
        out.append(t)
    return tuple(out)
