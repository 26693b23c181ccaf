"""Updates listed with the reports a verb asks for: "to provide to the Council ... an interim report by 1 December
2023, a final report by 1 May 2024, and, except in months when these reports are due, updates each month" (S/RES/2683
(2023) op 19, 2206 (2015) op 18 (d) and their yearly twins), "a midterm report no later than 29 February 2020, a final
report no later than 15 August 2020, and periodic updates in between, as appropriate" (S/RES/2484 (2019) op 4), "should
provide to the Committee updates each month" (S/RES/2418 (2018) op 2). The updates are a report of their own, with
their own cycle (tests/mandate_gold/heldout7 03 op 19, 16 op 18, 18 op 4); a bare "updates" is otherwise no report
unless a delivery verb stands right before it ("to update information"), so those read none, and the cycle of the
updates went to the report before them.

Called by report_triggers.py, which says which report words ask for a report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from resgraph.vocab import load
from resgraph.wordsearch import phrases

# between the report before and the updates: its deadline, "and" (or "as well as"), and a phrase set off by commas
# ("and, except in the months when these reports are due,"); no other request, no new clause
LISTED_AFTER = re.compile(
    r"[^;:]{0,120}?(?:,\s*|\s+)(?:and|as\s+well\s+as)\s*(?:,?\s*except\b[^,;:]{0,80},\s*)?$",
    re.I,
)
ANOTHER_REQUEST = re.compile(
    r"\b(?:to\s+(?!the\b|its\b|his\b|her\b)[a-z]+|requests|invites|decides|calls|urges|encourages)\b"
)
# "provide to the Committee updates each month": the verb, then the receiver, then what is provided; the receiver's
# session may stand between ("to provide to the General Assembly at its seventy-fifth session further updates on this
# matter", A/RES/74/252 op 119 and its yearly kin 75/244 op 123, 76/237 op 122)
# (the verbs are data: ontology/vocab/reports.yaml `delivered_to`)
DELIVERED_TO = re.compile(
    rf"\b(?:{phrases(load().reports['delivered_to'])})\s+to\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+|of\s+|on\s+){1,6}(?:at\s+its\s+[a-z]+(?:-[a-z]+)?\s+session\s+)?$"
)


class _Asked(Protocol):
    kind: str  # noun | verb
    words: str
    trigger: tuple[int, int]


def listed(text: str, items: Sequence[_Asked], s: int, before: str) -> bool:
    """Whether the bare report noun ("updates", "periodic updates", no article) starting at text[s], `before` it
    the text before, is asked for: listed after a report noun just asked for (items[-1]), as a further object of
    the same verb, or given to a receiver named right after the verb ("provide to the Committee updates")."""
    if DELIVERED_TO.search(text, max(0, s - 120), s):  # (the receiver and its session may be longer than `before`)
        return True
    if not items or items[-1].kind != "noun" or items[-1].words.lower().split()[-1] not in ("report", "reports"):
        return False
    gap = text[items[-1].trigger[1] : s]
    return bool(LISTED_AFTER.fullmatch(gap)) and not ANOTHER_REQUEST.search(gap)
