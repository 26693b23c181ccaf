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

# the words a clause that asks for a report holds one of (reports.extract reads no other clause)
CLAUSE_WORDS = (*report_words.CLAUSE_WORDS, "summar")
# the verb that asks for the summary, right before it: "to prepare", "to draft and circulate", "and to submit"
SUMMARY_ASKED = re.compile(
    r"\b(?:to|and)\s+(?:\w+ly\s+)?(?:(?:draft|prepare)\s+and\s+)?(?:provide|present|submit|transmit|prepare|circulate|"
    r"issue|produce|draft)\s+(?:to\s+(?:the\s+)?[A-Z][^,;:]{0,60}?\s+)?$"
)
# a summary that a report holds: "a report containing a summary", "a report ... including a summary"
HELD = re.compile(r"\b(?:containing|contains?|including|includes?|with)\s+$", re.I)


def delivered(text: str, a: int, s: int, head: str, end: int) -> bool:
    """Whether the evaluation, overview or summary (head) starting at text[s] is asked to be delivered: a summary
    where a delivery verb asks for it in text[a:s] (SUMMARY_ASKED); the others as report_words.delivered reads them;
    any other report noun is."""
    if head in ("summary", "summaries"):
        return bool(SUMMARY_ASKED.search(text, a, s)) and not HELD.search(text, a, s)
    return report_words.delivered(text, a, s, head, end)
