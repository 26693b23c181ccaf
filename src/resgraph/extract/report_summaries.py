"""Summaries asked for: "to draft and circulate a summary of the meeting" (A/RES/78/280 op 32), "to prepare a summary
of the hearing prior to the high-level meeting" (the General Assembly's hearings), "to prepare a summary of the
discussion for transmission to the Commission": a written account that the one asked hands in, a report as
tests/mandate_gold/README.md counts them ("a report, an update, an assessment, a note").

Only "a summary" (or "a concise summary") that a delivery verb asks for: not "the summary" of another's work, not one
a report holds ("a report containing a summary of those consultations", one report), nor one that is only taken note
of. Split from report_words.py, which says which report words ask for none, for the evaluations and overviews that
must be handed in likewise.
"""

from __future__ import annotations

import re

from resgraph.extract import report_words
from resgraph.extract.deadlines import MONTH
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the words a clause that asks for a report holds one of (reports.extract reads no other clause)
CLAUSE_WORDS = (*report_words.CLAUSE_WORDS, "summar", "analysis")
# the verb that asks for the summary, right before it: "to prepare", "to draft and circulate", "and to submit"
SUMMARY_ASKED = re.compile(
    r"\b(?:to|and)\s+(?:\w+ly\s+)?(?:(?:draft|prepare)\s+and\s+)?"
    rf"(?:{phrases(load().reports['summary_verbs'])})"
    r"\s+(?:to\s+(?:the\s+)?[A-Z][^,;:]{0,60}?\s+)?$"
)
# a summary that a report holds: "a report containing a summary", "a report ... including a summary"
HELD = re.compile(r"\b(?:containing|contains?|including|includes?|with)\s+$", re.I)


# an analysis handed to an organ or by a date: "to provide it with an updated analysis and recommendations on the
# inter-mission cooperation arrangements by 15 September 2011" (S/RES/1992 (2011) op 2, 1981 (2011) op 3), "to submit
# to the General Assembly at its seventy-ninth session, through the Economic and Social Council, a comprehensive analysis
# of the implementation of the present resolution" (A/RES/75/233 op 120, 79/226 op 129); not "to submit in his next
# overview report an analysis" (a part of that report), "to provide further analysis", nor one presented at a meeting
# of States ("to present an analysis of implementation trends ... at the Seventh Biennial Meeting", A/RES/74/60 op 27)
ANALYSIS_HANDED = re.compile(
    r"\b(?:to|and)\s+(?:provide|present|submit|transmit)\s+(?:it\s+with|them\s+with|to\s+the\s+(?:General\s+Assembly|"
    r"(?:Security\s+|Economic\s+and\s+Social\s+|Human\s+Rights\s+)?Council)\b[^;:]{0,120}?,)\s+$"
)
# the date is the analysis's up to the next task: not "to provide an analysis of the situation, and to report to the
# Council by 15 June 2011" (the report's date)
ANALYSIS_DUE = re.compile(
    r"(?:(?!\band\s+(?:also\s+|further\s+)?to\s)[^;]){0,160}?"
    r"\b(?:by|no\s+later\s+than|not\s+later\s+than)\s+\d{1,2}\s+(?:" + MONTH + r")\s+\d{4}"
)


def delivered(text: str, a: int, s: int, head: str, end: int) -> bool:
    """Whether the evaluation, overview, analysis or summary (head) starting at text[s] is asked to be delivered: a
    summary where a delivery verb asks for it in text[a:s] (SUMMARY_ASKED), an analysis handed to an organ or by a date
    (ANALYSIS_HANDED, ANALYSIS_DUE); the others as report_words.delivered reads them;
    any other report noun is."""
    if head == "analysis":
        asked = ANALYSIS_HANDED.search(text, a, s) or report_words.DELIVERY_ASKED.search(text, a, s)
        return bool(asked and (asked.re is ANALYSIS_HANDED or ANALYSIS_DUE.match(text, s, end)))
    if head in ("summary", "summaries"):
        return bool(SUMMARY_ASKED.search(text, a, s)) and not HELD.search(text, a, s)
    return report_words.delivered(text, a, s, head, end)
