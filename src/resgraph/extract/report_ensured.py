"""A report named in what someone is asked to ensure, not asked of anyone: "Requests the Secretary-General to ensure
that all country reports to the Security Council provide information on the impact of situations of armed conflict on
women and girls" (S/RES/1889 (2009) op 5, heldout12 12: none, what reports asked elsewhere hold), "requests the
Secretary-General ... to ensure that all resident coordinators and United Nations country teams present the results
reports annually to their respective programme countries" (A/RES/76/4 op 15, heldout29 24: none, reports of others to
national Governments), "to ensure that all future reports on this question are entitled" (heldout sets: a title),
"to ensure that, in all his reports on country-specific situations, the matter of children and armed conflict is
included" (heldout27 05 op 14: content). The one asked ensures a state of things; the reports in it are not asked of
him. A task of his own after the ensured clause is asked ("to ensure that it is aligned with the priorities ... and
report the findings of such review by 30 October 2014", S/RES/2157 (2014) op 13; "and to present to the General
Assembly"). Called by report_within.asks_none. Raises nothing.
"""

from __future__ import annotations

import re

# "ensure that", then the report word within the same clause: no new request or task of the asked one between ("in
# order to ensure that the welfare ... are safeguarded, as well as to submit to the Secretary-General annual reports",
# A/RES/76/80 op 5: the Special Committee's reports)
ENSURED = re.compile(
    r"\bensure\s+that\s+(?:(?!\b(?:and\s+(?:also\s+|further\s+)?to|as\s+well\s+as|requests?|decides?|calls|urges|"
    r"encourages|invites|to\s+(?:\w+ly\s+)?(?:submit|report|present|provide|brief|transmit|update))\b)[^;:]){0,200}$",
    re.I,
)
# the asked one's next task, coordinated right before the report word: "... and report the findings", ", to report"
NEXT_TASK = re.compile(r"(?:\band|,)\s+(?:to\s+)?(?:\w+ly\s+)?$", re.I)


def ensured(text: str, start: int, s: int) -> bool:
    """Whether the report word at text[s] (its clause from start) is inside a clause of what is to be ensured."""
    return bool(ENSURED.search(text, max(start, s - 220), s)) and not NEXT_TASK.search(text, max(start, s - 24), s)
