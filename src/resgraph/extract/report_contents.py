"""The report words of a list's items that are what a report asked in the paragraph before is to hold, not reports of
their own: "to report to the Council every three months ..., including on: (i) ... an assessment". Split from
report_pairs (how the reports of one clause go together); mandates.py calls in_contents on a list's items."""

from __future__ import annotations

import re

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
