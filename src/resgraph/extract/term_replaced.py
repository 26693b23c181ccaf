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

from resgraph.models import Citation, MandateTerm, Paragraph

# "Decides that paragraph 26 of resolution 2321 (2016) shall be replaced by the following:" and the quotation's
# opening mark; "paragraph 12 (g)" keeps its paragraph number only, as the terms of sub-paragraphs are written.
# The year may be left out ("paragraph 5 of resolution 2292 shall be replaced", S/RES/2733 (2024)): it is then
# the year of the text's own citation of that resolution.
REPLACED = re.compile(
    r"\bparagraph\s+(?P<n>\d{1,3})(?:\s*\(\w{1,4}\))?\s+of\s+(?:its\s+)?resolution\s+(?P<res>\d{1,4})\s*"
    r"(?:\((?P<year>\d{4})\)\s*)?(?:shall\s+be|is(?:\s+hereby)?)\s+replaced\s+by\s+the\s+following"
    r"(?:\s+paragraph)?\s*:\s*[“\"]"
)
# the quotation's closing mark: either, whichever mark opened it (a converted text may mix them)
CLOSING = re.compile(r"[”\"]")
COUNCIL = re.compile(r"S/RES/(?P<res>\d{1,4})\((?P<year>\d{4})\)")


def into_replaced(
    terms: tuple[MandateTerm, ...], paragraphs: tuple[Paragraph, ...], own: str | None, cites: tuple[Citation, ...]
) -> tuple[MandateTerm, ...]:
    """terms, each of the text's own paragraph (`own`#op) set by words inside a quotation that replaces a
    paragraph of another Council resolution of that paragraph (S/RES/N(YYYY)#n); the others as they are.

    The words must lie between the quotation's opening and closing marks: what the paragraph goes on to set
    in its own words after the quotation ("...”, and further decides that, for a period of one year ...") is
    its own. Where the replacement leaves out the resolution's year and the text cites that resolution with
    no single year, the term stays as read. Raises nothing."""
    if not own or not own.startswith("S/RES/"):
        return terms
    years: dict[str, set[str]] = {}
    for c in cites:
        if cm := COUNCIL.fullmatch(c.target):
            years.setdefault(cm.group("res"), set()).add(cm.group("year"))
    by_index = {p.index: p for p in paragraphs}
    out = []
    for t in terms:
        p = by_index.get(t.paragraph)
        if p is not None and t.of == f"{own}#{t.op}" and t.text and "replaced" in p.text:
            replaced = _replaced_holding(p.text, t.text, years)
            if replaced:
                t = replace(t, of=replaced)
        out.append(t)
    return tuple(out)


def _replaced_holding(text: str, words: str, years: dict[str, set[str]]) -> str | None:
    """S/RES/N(YYYY)#n of the replacement in `text` whose quotation holds `words` whole, or None (none does,
    or its resolution's year is neither written nor cited once)."""
    for m in REPLACED.finditer(text):
        close = CLOSING.search(text, m.end())  # none: the quotation runs to the paragraph's end
        if text.find(words, m.end(), close.start() if close else len(text)) < 0:
            continue
        year = m.group("year") or _only(years.get(m.group("res"), set()))
        return f"S/RES/{m.group('res')}({year})#{m.group('n')}" if year else None
    return None


def _only(items: set[str]) -> str | None:
    """The one item of `items`, or None where there are none or several."""
    return next(iter(items)) if len(items) == 1 else None
