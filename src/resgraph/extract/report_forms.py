"""The form of a report asked for: written (a report, a note, a written update), oral (a briefing,
"report orally", an oral update), either ("orally or in writing"), or not said ("update it").

Split from reports.py, which finds the reports and reads their other fields.
"""

from __future__ import annotations

import re

ORAL = re.compile(r"\b(?:orally|oral|brief|briefs|briefing|briefings)\b", re.I)
EITHER = re.compile(
    r"\b(?:orally\s+or\s+in\s+writing|oral\s+or\s+written|written\s+or\s+oral|in\s+writing\s+or\s+orally)\b", re.I
)
UPDATE_REPORT = re.compile(r"\s+reports?\b", re.I)  # "an update report" is written
# "to report orally", "to update orally the Council", "an oral update"
ORALLY = re.compile(
    r"\b(?:report(?:s|ing)?|updates?|updating|brief(?:s|ing)?|inform(?:s|ing)?)\s+orally\b|\boral\s+update", re.I
)
WRITTEN_UPDATE = re.compile(r"\b(?:written|mid-?term|interim|quarterly|progress)\s+updates?\b", re.I)


def form(text: str, scope: str, words: str, end: int) -> str | None:
    """ "written", "oral", "either" or None (not said) for the report named by `words` (ending at
    text[end]) whose scope, the text that speaks of it, is `scope`."""
    words = words.lower()
    if EITHER.search(scope):
        return "either"
    if ORAL.search(words) or ORALLY.search(scope):
        return "oral"
    if (
        words.split()[-1] in ("update", "updates")  # "update it": the form not said (an "updated report" is written)
        and not WRITTEN_UPDATE.search(words)
        and not UPDATE_REPORT.match(text, end)
    ):
        return None
    return "written"
