"""A report another paragraph asked of someone else, handed on: "4. Requests further the monitoring mechanism to provide
a further additional report to the Committee by 13 December 2002 ... 6. Requests the Chairman of the Committee to submit
the additional report to the Council by 19 December 2002" (S/RES/1439 (2002) ops 4 and 6, heldout37 05; 1348 (2001),
1374 (2001), 1404 (2002) likewise): the Chairman forwards the mechanism's report, no new report (the golds' reading of
forwarding: heldout26 06 op 6, heldout11 09 op 12, heldout25 08 op 2).

The report handed on is named with "the" and the kind words an earlier paragraph asked it with ("a further additional
report" ... "the additional report"), by another reporter. Not "the report" with no kind words (whose report it is the
text does not say), nor one the same reporter is asked to deliver again ("a report to a committee and the same report to
the Council are two", README), nor a kind named in no earlier paragraph ("to submit the supplementary report to the
Council", where the text asks none before: asked, tests/regressions/test_report_mentioned_not_asked.py). Read once every
report of the document is known. Raises nothing.

Where the report handed on goes, as the earlier paragraph asked it (naming no receiver: the Council's), to the receiver
it is handed on to, the one handing it on is its channel: "4. Requests the monitoring mechanism to report periodically
to the Committee ..., and to provide a supplementary report by 19 October 2001 ... 6. Requests the Chairman of the
Committee to submit the supplementary report to the Council by 19 October 2001" (S/RES/1348 (2001), heldout43 05, and
1336 (2001), heldout26 06: the supplementary report to the Council through the Committee). A report asked to go to the
one handing it on stays its (heldout37 05, heldout25 08).
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.extract.report_clauses import clause_words
from resgraph.models import Paragraph, ReportDue
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the verb handing the report on, then "the", one or two kind words and "report" (the verbs are data: reports.yaml
# `handed_on`, with "provide")
HANDED_THE = re.compile(
    rf"\b(?:{phrases(load().reports['handed_on'] + ['provide'])})\s+the\s+(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+report\b"
)
# an owner named after the report: "the annual report of her Office", "the annual report on its activities"
OWNED = re.compile(r"\s+(?:of|on\s+(?:its|his|her|their))\b")
# a report's words that start at its noun: "report by 13 December 2002"
NOUN_FIRST = re.compile(r"\s*reports?\b", re.I)
_BACK = 80  # how far before such a noun its kind words are read
NOT_KIND = frozenset({"same", "said", "above-mentioned", "aforementioned", "requested", "next", "present", "following"})


def handed_on(reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[ReportDue, ...]:
    """reports, less each whose words hand on "the <kind> report" that an earlier operative paragraph asked of another
    reporter as "a/an ... <kind> report", to the one now handing it on (not "the annual report of her Office", the High
    Commissioner's own, after a Rapporteur's annual report to the Council: review55-C finding 1). The one earlier
    report of that kind going, as handed on, to the receiver the hand-over names (not to the one handing it on) goes
    there through the one handing it on ("to provide a supplementary report by 19 October 2001" ... "Requests the
    Chairman of the Committee to submit the supplementary report to the Council by 19 October 2001": through the
    Committee)."""
    # each clause's words and hand-over read once (report_clauses: the reports of one clause to each of its receivers
    # share them)
    words = clause_words(reports, paragraphs)
    handed = {w: HANDED_THE.search(w) for w in set(words)}
    drop: set[int] = set()
    through: dict[int, str | None] = {}
    for i, r in enumerate(reports):
        m = handed[words[i]]
        if not m or m.group("kind").split()[0] in NOT_KIND:
            continue
        asked = re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(m.group('kind'))}\s+report\b")
        earlier = [
            j
            for j, r2 in enumerate(reports)
            if r2.op < r.op and r2.by != r.by and _asked_as(asked, r2, words[j], paragraphs)
        ]
        if OWNED.match(words[i], m.end()):  # "the annual report of her Office": its own, handed on by none
            onward = []
        else:
            # the earlier reporter must report to the one handing on (1348 op 4: "to report periodically to the
            # Committee"), or the hand-over is a report of its own (a Panel's final report, then the Secretary-General
            # asked to submit "the final report": two, review Y1)
            feeds = {r3.by for r3 in reports if r3.to == r.by}
            onward = [j for j in earlier if reports[j].to == r.to != r.by and not reports[j].through]
            onward = [j for j in onward if reports[j].by in feeds]
        if any(reports[j].to == r.by for j in earlier) or len(onward) == 1:
            drop.add(i)
        if len(onward) == 1:
            through[onward[0]] = r.by
    out = (replace(r, through=through[i]) if i in through else r for i, r in enumerate(reports))
    return tuple(r for i, r in enumerate(out) if i not in drop)


def _asked_as(asked: re.Pattern, r: ReportDue, words: str, paragraphs: tuple[Paragraph, ...]) -> bool:
    """Whether report r was asked as the kind handed on, in its own words; or, where its scope starts at its noun (a
    later report's scope may, "and to provide a further additional " ending the first's, S/RES/1404 (2002) op 5), in
    the words just before it. Not in the paragraph's other words: "to provide a supplementary report to the Committee
    ..., and requests the Secretary-General to report to the Council" does not ask the Secretary-General's report as a
    supplementary one (review Y1)."""
    if asked.search(words):
        return True
    if not NOUN_FIRST.match(words) or not 0 <= r.paragraph < len(paragraphs):
        return False
    p = paragraphs[r.paragraph]
    start = r.span.start - p.span.start
    return any(m.end() > start for m in asked.finditer(p.text, max(0, start - _BACK), start + len(words)))
