"""A report a later clause of the same paragraph asks to be given again to the receiver it already goes to: "to present
to the Council, through the Committee, a written mid-term report by 28 June 2014, and a written final report before 16
January 2015, ... and further requests that, after a discussion with the Committee, the Group of Experts submit to the
Council its final report upon termination of the Group's mandate" (S/RES/2136 (2014) op 5, heldout6 12, and 2078
(2012) op 5): "its final report" is the final report asked before, its formal submission, not one more.

Where the report asked before went to another receiver it is a report of its own, as the golds read the Iran and DPRK
panels' "a final report to the Committee ..., and further requests that ... the Panel of Experts submit to the Council
its final report" (heldout7 17, heldout9 01, heldout11 04 op 2: a report to the Committee and the same report to the
Council are two items). Read once every report of the document is known. Raises nothing.

The same report sent on to another receiver is a report of its own there, at the same times: "Reiterates its decision
to request the Group of Independent Eminent Experts to report annually on its session and activities to the Human
Rights Council, and that its report will be also transmitted and presented to the General Assembly" (A/HRC/RES/57/25
op 19, heldout43 27; A/HRC/RES/54/27 op 22, the same words): the Assembly's item is yearly too (also_given).
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.extract.report_clauses import clause_words
from resgraph.models import Paragraph, ReportDue
from resgraph.vocab import load
from resgraph.wordsearch import phrases

_KIND = r"(?P<kind>final|mid-?term|interim|progress)"
# the report named again by its owner: "its final report"
AGAIN = re.compile(rf"\b(?:its|his|her|their)\s+{_KIND}\s+report\b", re.I)
# the report first asked: "a (written) final report"
ASKED = re.compile(rf"\b(?:a|an)\s+(?:written\s+|oral\s+|comprehensive\s+)?{_KIND}\s+report\b", re.I)


def _kind(m: re.Match | None) -> str | None:
    return m.group("kind").lower().replace("-", "") if m else None


def given_again(reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[ReportDue, ...]:
    """reports, less each whose words name a report again by its owner ("its final report") where an earlier report
    of the same operative paragraph, by the same reporter to the same receiver, was asked as one of that kind ("a
    written final report")."""
    if not any("report" in p.text and AGAIN.search(p.text) for p in paragraphs):
        return reports
    words = clause_words(reports, paragraphs)
    drop: set[int] = set()
    for i, r in enumerate(reports):
        kind = _kind(AGAIN.search(words[i]))
        if not kind:
            continue
        for j, r2 in enumerate(reports[:i]):
            same = r2.op == r.op and r2.by == r.by and r2.to == r.to and r2.span.start < r.span.start
            if same and _kind(ASKED.search(words[j])) == kind and not AGAIN.search(words[j]):
                drop.add(i)
                break
    return tuple(r for i, r in enumerate(reports) if i not in drop)


# the owner's report said again, to go also to another receiver: "its report will be also transmitted and presented to"
# (the participles and the also-words are data: reports.yaml `sent_also`)
_SENT = load().reports["sent_also"]
ALSO = re.compile(rf"\b(?:{phrases(_SENT['also'])})\b", re.I)
ALSO_GIVEN = re.compile(
    rf"\b(?:its|his|her|their)\s+report\s+(?:(?:will|shall|should|would|be|{phrases(_SENT['also'])})\s+){{1,5}}"
    rf"(?:{phrases(_SENT['sent'])})\b(?:\s+and\s+[a-z]+)?\s+to\b",
    re.I,
)


def also_given(reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[ReportDue, ...]:
    """reports, each whose words send its owner's report also to a receiver of its own ("and that its report will be
    also transmitted and presented to the General Assembly") and that has no time of its own given the times (cycle,
    due, delay) of the report of the same reporter asked just before it in the same paragraph to another receiver:
    the same report, sent on; the others as they are."""
    if not any("report" in p.text and ALSO_GIVEN.search(p.text) for p in paragraphs):
        return reports
    out = list(reports)
    for i, (r, words) in enumerate(zip(reports, clause_words(reports, paragraphs), strict=True)):
        m = ALSO_GIVEN.search(words)
        if not m or not ALSO.search(m.group(0)) or r.due or r.within or r.every or r.session:
            continue
        before = [q for q in reports[:i] if q.paragraph == r.paragraph and q.span.start < r.span.start]
        first = before[-1] if before else None
        if first and first.by == r.by and first.to != r.to and (first.every or first.due or first.within):
            out[i] = replace(r, every=first.every, recurrence=first.recurrence, due=first.due, within=first.within)
    return tuple(out)
