"""Measures continued by a paragraph that restates them in full are of the paragraph that imposed them, when
the text itself names that one as renewed by its own paragraph.

"Decides that, until 31 January 2019, all Member States shall continue to take the necessary measures to
prevent the direct or indirect supply ... of arms" (S/RES/2399 (2018) op 1) names no paragraph it renews, and
term_imposed reads it as its own (S/RES/2399(2018)#1); the same text says which measures those are: "the
measures imposed by paragraphs 54 and 55 of resolution 2127 (2013) and paragraphs 30 and 32 of resolution 2134
(2014) renewed by paragraphs 1, 2, 9 and 16 of this resolution" (ops 32 (c), 40), "the arms embargo established
in paragraph 54 of resolution 2127 (2013) and extended by paragraph 1 of this resolution" (op 21 (a)). The golds
take a renewal's `of` from the paragraph that imposed the measures, never the renewing one (heldout28 17 ops 1,
9, 16: S/RES/2127(2013)#54, S/RES/2134(2014)#30, #32, as every "renew the measures imposed by paragraph N of
resolution X" of the sets); so do the CAR renewals of 2016 and 2017 (S/RES/2262, 2339), worded alike.

The imposing paragraphs, in the order their resolutions are named (each one's ascending), are paired with the
renewing ones, ascending ("paragraphs 1 to 3" in full), only where the two lists are as long and the imposing one is
written in the order its paragraphs were adopted (by year, resolution, paragraph): the own list is always ascending,
so another order leaves unsaid which is which; a first imposition (no such statement) keeps its own paragraph.
Read once every paragraph is known, before the pipeline prefixes the text's symbol to "#N".
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.extract import term_measures
from resgraph.models import MandateTerm, Paragraph
from resgraph.vocab import Vocabulary

# "... paragraphs 30 and 32 of resolution 2134 (2014) renewed by paragraphs 1, 2, 9 and 16 of this resolution"
RENEWED_BY = re.compile(
    r"\b(?:renewed|extended)\s+by\s+paragraphs?\s+"
    + term_measures._PARAS
    + r"\s+of\s+(?:this|the\s+present)\s+resolution\b"
)
# where the imposing paragraphs named before it may begin: the clause's start
CLAUSE_START = re.compile(r"[;:]")
REACH = 400  # characters before "renewed by" the imposing paragraphs are read in
# an imposing paragraph as read: "S/RES/2127(2013)#54" (its resolution, year and paragraph)
ADOPTED = re.compile(r"(\d+)\s*\((\d{4})\)#(\d+)$")


def imposing(
    terms: tuple[MandateTerm, ...], paragraphs: tuple[Paragraph, ...], v: Vocabulary, speaker: str | None
) -> tuple[MandateTerm, ...]:
    """terms, each extension of the text's own paragraph ("#1", term_imposed's "shall continue to") of the
    paragraph of another resolution that the text says that paragraph renews; the others as they are."""
    if not any(t.action == "extends" and t.of == f"#{t.op}" for t in terms):
        return terms
    renewed = _renewed(paragraphs, v, speaker)
    return tuple(
        replace(t, of=renewed[t.op]) if t.action == "extends" and t.of == f"#{t.op}" and t.op in renewed else t
        for t in terms
    )


def _renewed(paragraphs: tuple[Paragraph, ...], v: Vocabulary, speaker: str | None) -> dict[int, str]:
    """{own paragraph: the imposing paragraph it renews ("S/RES/2127(2013)#54")} that the text states; a paragraph
    two statements pair with different ones is left out."""
    pairs: dict[int, set[str]] = {}
    for p in paragraphs:
        if p.kind not in ("operative", "subparagraph") or not ("renewed by" in p.text or "extended by" in p.text):
            continue
        for m in RENEWED_BY.finditer(p.text):
            lo = max(0, m.start() - REACH)  # scan only the reach, so a long paragraph stays linear
            start = max([lo, *(c.end() for c in CLAUSE_START.finditer(p.text, lo, m.start()))])
            named = term_measures.measures(p.text[start : m.start()], v, speaker)
            imposed = [f"{of.partition('#')[0]}#{n}" for of, _ in named for n in of.partition("#")[2].split(",")]
            own = [int(n) for n in term_measures.paras(m).split(",")]
            if len(imposed) != len(own) or not all(x.partition("#")[2].isdigit() for x in imposed):
                continue
            # the own list is ascending; which imposing paragraph is which is said only when they too are written
            # in the order they were adopted ("paragraphs 30 and 32 of resolution 2134 (2014) and paragraph 54 of
            # resolution 2127 (2013) renewed by paragraphs 1, 9 and 16": op 1 is 2127's arms embargo, not 2134#30)
            order = [o for o in map(_adopted, imposed) if o]
            if len(order) != len(imposed) or order != sorted(order):
                continue
            for n, x in zip(own, imposed, strict=True):
                pairs.setdefault(n, set()).add(x)
    return {n: next(iter(xs)) for n, xs in pairs.items() if len(xs) == 1}


def _adopted(of: str) -> tuple[int, int, int] | None:
    """(year, resolution, paragraph) of "S/RES/2127(2013)#54", the order paragraphs were adopted in; None for
    another form."""
    m = ADOPTED.search(of)
    return (int(m.group(2)), int(m.group(1)), int(m.group(3))) if m else None
