"""A report a body's tasks name twice: "(a) To conduct two follow-up assessment missions to Liberia
..., in order to investigate and compile a midterm and a final report on the implementation ...;
... (f) To provide a midterm report to the Council through the Committee by 1 June 2011 and a
final report ... by 1 December 2011" (S/RES/1961 (2010) op 6, and the Liberia panels' renewals
since S/RES/1408 (2002), 18 paragraphs of corpus-full): the report compiled in (a) is the one (f)
asks to be given, not one more (the gold: heldout4 08 op 6, heldout6 04 op 25).
"""

from __future__ import annotations

import re

from resgraph.models import Paragraph, ReportDue

COMPILED = re.compile(r"\bcompile\s+(?:a|an)\s+(?:[\w-]+\s+(?:and\s+(?:a|an)\s+)?){0,4}?reports?\b")


def compiled_again(reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[ReportDue, ...]:
    """reports, less each that a paragraph "compiles" with no time or channel of its own when another
    paragraph of the same operative paragraph asks the same reporter for a report with a date or
    through someone."""
    if not any("compile" in p.text for p in paragraphs):
        return reports
    # each paragraph searched once, not once per report (a paragraph may ask hundreds)
    compiles = {p.index for p in paragraphs if COMPILED.search(p.text)}
    timed: dict[tuple[int, str | None], set[int]] = {}
    for r in reports:
        if r.due or r.through or r.within:
            timed.setdefault((r.op, r.by), set()).add(r.paragraph)

    def again(r: ReportDue) -> bool:
        if r.due or r.through or r.within or r.every or r.paragraph not in compiles:
            return False
        return bool(timed.get((r.op, r.by), set()) - {r.paragraph})

    return tuple(r for r in reports if not again(r))
