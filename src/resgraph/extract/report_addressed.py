"""Reports asked with a verb other than report, brief or update: addressing an organ, reverting to one.

"Invites the Prosecutor to address the Council within three months of the date of adoption of this resolution and
every six months thereafter on actions taken pursuant to this resolution" (S/RES/1593 (2005) op 8; "to address the
Security Council within two months", 1970 (2011) op 8): an oral report to the Council at the times said, a briefing
by another name (tests/mandate_gold/README.md counts briefings). "requests the Committee to revert to the Council on
the outcome of the consultations" (E/RES/2023/10 op 8): a report back, its form not said.

Only an infinitive whose object is an organ: not "to address the root causes" (the verb's other sense), nor "by
inviting UNAMA representatives to address the Committee" (S/RES/2255 (2015) op 49: the Committee hearing a mission at
its own meetings, which the gold reads as no report due), nor "decides to revert to the establishment of an assessment
scheme" (the organ's own agenda). Split from report_keywords.py and report_forms.py, which read these verbs as they
read "brief", so that neither grows with each verb of its kind.
"""

from __future__ import annotations

import re

from resgraph.extract import report_summaries

# the verbs, lower case, and the form each says: "address" a speech, "revert" not said
FORMS: dict[str, str | None] = {"address": "oral", "revert": None}
# the words a clause that asks for a report holds one of (reports.extract reads no other clause)
CLAUSE_WORDS = (*report_summaries.CLAUSE_WORDS, *FORMS)
_TO_BEFORE = re.compile(r"\bto\s+(?:[a-z]+ly\s+|also\s+|further\s+)?$")
_ORGAN = r"(?:Security\s+|Economic\s+and\s+Social\s+|Human\s+Rights\s+|General\s+)?(?:Council|Assembly)\b"
_AFTER = {
    "address": re.compile(r"\s+(?:the\s+)?" + _ORGAN),
    # "to revert to the Council on the outcome", "to revert to the Commission with recommendations"
    "revert": re.compile(r"\s+to\s+(?:the\s+)?" + _ORGAN.removesuffix(r"\b") + r"\s+(?:on|with)\b"),
}


def asked(text: str, start: int, s: int, e: int) -> bool:
    """Whether the verb text[s:e] ("address", "revert") asks for a report: an infinitive ("to address", "to also
    revert") after text[start] whose object is an organ that hears it."""
    after = _AFTER.get(text[s:e].lower())
    return bool(after and after.match(text, e) and _TO_BEFORE.search(text, max(start, s - 20), s))
