"""The report words of a list's items that are what a report asked in the paragraph before is to hold, not reports of
their own: "to report to the Council every three months ..., including on: (i) ... an assessment". Split from
report_pairs (how the reports of one clause go together); mandates.py calls in_contents on a list's items, reports.py
inline_item on a clause's report words."""

from __future__ import annotations

import re

from resgraph.extract import report_instances, report_words
from resgraph.models import ReportDue
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# a report asked for with what it is to hold listed in the sub-paragraphs after the colon: "to report to the
# Council every three months ..., including on:", "a report by May 2010 ..., which would include, inter alia:", "a
# report ..., containing: (a) An assessment of the assistance actually received" (A/RES/74/117 op 20 and successors),
# "an in-depth study ..., including in particular:" (A/HRC/RES/58/3 op 28), "to include the following in his next annual
# report on the implementation of resolution 1325 (2000) ...: ... (c) an assessment" (S/RES/2493 (2019) op 10)
_HOLDS = phrases(load().reports["listing_contents"])  # the report words (reports.yaml `listing_contents`)
# a review holds the list only as its noun right before "including" or "containing" ("with an independent strategic
# review of MONUSCO ..., including: (i) An assessment", S/RES/2463 (2019) op 45), with no delivery verb between: not
# "to conduct a strategic review of the Mission, and to provide the following: (a) a written report ...; (b) an oral
# briefing", nor the verb "Decides to review the mandate of the Panel and requests it to submit to the Committee the
# following: (a) a midterm update; (b) a final report" (review46 finding 9: both lists are reports asked)
_REVIEWS = phrases(load().reports["listing_reviews"])  # (reports.yaml `listing_reviews`)
_NO_DELIVERY = r"(?:(?!\b(?:provide|submit|present|transmit|deliver)\b)[^;])*"
# "including", "which would include, inter alia", "including in particular on", "containing"
_INCLUDES = r"\binclud\w*(?:,?\s+(?:inter\s+alia|in\s+particular),?)?(?:\s+on)?|\bcontain\w*"
CONTENTS_COLON = re.compile(
    rf"(?:\b(?:{_HOLDS})\b[^;]*(?:\bon|{_INCLUDES}|\bthe\s+following|\binter\s+alia,?|\battention\s+to)"
    rf"|\binclude\s+the\s+following\s+in\s[^;]*\b(?:{_HOLDS})\b[^;]*"
    rf"|\b(?:an?|the|its|his|her)\s+(?:[\w-]+\s+){{0,3}}(?:{_REVIEWS})\b{_NO_DELIVERY}(?:{_INCLUDES}))\s*:\s*$",
    re.I,
)


def in_contents(lead: str, found: list[ReportDue]) -> list[ReportDue]:
    """The reports a sub-paragraph asks for, found: where its paragraph (lead, its text) asks for a report
    and lists what it is to hold ("including on: (i) ... an assessment of the outcomes ...", "(d) ... in
    the annexes to his periodic reports, ... informal briefings to be held"), the report words of the
    list are its contents, no reports of their own, except one with a time of its own ("(b) the
    protection of civilians ... in a comprehensive written report to be submitted within 90 days",
    S/RES/2820 (2026) op 11, heldout5)."""
    if not found or not CONTENTS_COLON.search(lead[-400:]):
        return found
    return [r for r in found if r.due or r.every or r.within or r.session]


# a list item's marker right before a report word, after the colon or the item before: "containing: (i) ...; and (iv) "
_ITEM_MARK = re.compile(r"[:;]\s*(?:and\s+|or\s+)?\((?:[ivx]+|[a-z]|\d{1,2})\)\s+$", re.I)


# a colon after which a report asked before lists what it is to hold: "to report ... by 31 May 2026, on: ... b. ... an
# update on ..." (report_triggers: a report word of the list is a part of that report)
CONTENTS = re.compile(r"\b(?:on|including(?:\s+on)?|the\s+following)\s*:", re.I)
# a list of what a thing asked for is to hold, given inline after the colon: "to provide the Committee ... within 10
# days ... with an action plan for its future work to include: – plans for ample consultations ...; – an assessment of
# possible violations ..." (S/RES/1439 (2002) op 3, heldout37 05; as "a completion strategy for UNIOSIL including: – ...",
# 1793 (2007) op 2): with no report asked before the colon the thing is no report (a plan, a strategy: README "What
# counts"), and a report word that opens an item of its list is a part of it
_LIST_OPEN = re.compile(rf"(?:{_INCLUDES})\s*:", re.I)
_ITEM_OPEN = re.compile(
    r"(?:^|;)\s*(?:and\s+|or\s+)?(?:[-\u2013\u2014\u2022]\s*|\((?:[ivx]+|[a-z]|\d{1,2})\)\s*)?$", re.I
)


def listed_part(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether the report word at text[s:e] (an article before its noun, its clause text[start:end]; no report asked
    before it) opens an item of a list of contents given inline after "to include:", "including:", "containing:" (or
    "includes:", "contains:", "include, inter alia:", "including on:"): a part of the thing the clause asks for, no
    report of its own. Not a list opened otherwise ("to provide the following: (a) a written report"), nor a word
    inside an item ("including: (a) to submit a report"), nor, as in_contents, an item with a time or receiver of its
    own ("to keep the Council regularly informed ..., including: (a) a written report to the Council by 1 May 2008",
    review55-C finding 2)."""
    colons = list(_LIST_OPEN.finditer(text, start, s))
    if not (colons and _ITEM_OPEN.search(text[colons[-1].end() : s])):  # (a slice: "^" is the item's first)
        return False
    stop = text.find(";", e, end)
    stop = end if stop < 0 else stop
    return not (
        report_instances.OWN_TIME.match(text, e, stop)
        or report_words.TIMED_AFTER.match(text, e, stop)
        or report_instances.RECEIVER_NEXT.match(text, e, stop)
    )


def inline_item(text: str, before: tuple[int, int], s: int) -> bool:
    """Whether the report word at text[s] opens an item of a list given inline, in the same paragraph, of what the
    report word at `before` (its start and end) is to hold: "a special report containing: (i) benchmarks ...; (ii)
    recommendations ...; and (iv) report on the implementation of UNOCI's protection of civilian strategy" (S/RES/2062
    (2012) op 22): one report, its fourth part ("a report containing ..." is one report: heldout19 10 op 23, heldout12
    29 op 16), as in_contents reads such a list set out as sub-paragraphs. Not an item with no list marker ("a
    comprehensive report ..., including the implementation of the present resolution, ..., and a report on the
    theme", A/RES/77/248 op 389: two), nor one after a colon that lists no report's contents ("to: (a) ...; (b)
    report to the Council", a list of tasks). The caller keeps an item with a time or receiver of its own."""
    colon = text.find(":", before[1], s)
    return bool(colon >= 0 and _ITEM_MARK.search(text, colon, s) and CONTENTS_COLON.search(text, before[0], colon + 1))
