"""A briefing the addressee is asked to invite someone to give to itself: "Encourages its relevant Sanctions Committees
to continue to invite the Special Representative of the Secretary-General for Children and Armed Conflict to brief them
on specific information pertaining to her mandate" (S/RES/1998 (2011) op 9 (d), heldout32 15; S/RES/2068 (2012) alike).
The organ asks the Committees to invite; whether and when they hear her is theirs to decide, no report the organ asks
for (heldout16 06 op 11, "to continue to invite ... to brief its members", none either). The one briefed is the inviter
itself ("them", "it", "its members"); with a receiver named or a time of its own the briefing is asked all the same:
"Encourages the Chair of the CTC to invite UNOCT at the most senior level to brief the CTC on a twice annual basis"
(S/RES/2395 (2017) op 19: UNOCT's, to the CTC); so is a briefing the organ itself decides to invite ("Decides to
invite the Special Representative ... to brief it": the organ is the inviter and asks for it). Called by
report_within.asks_none.
"""

from __future__ import annotations

import re

from resgraph.extract.report_instances import OWN_TIME
from resgraph.extract.report_words import NEW_ASK, TIMED_AFTER
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the invitation right before the report verb, no new request between
INVITED = re.compile(
    rf"\bto\s+(?:continue\s+to\s+)?invite\s+(?:(?!\b(?:and\s+to|{NEW_ASK})\b)"
    r"[^;:]){1,200}?\s+to\s+$",
    re.I,
)
# the organ itself the inviter: "Decides to (continue to) invite" (the words are data: reports.yaml `inviting_own`)
OWN_INVITATION = re.compile(rf"\b(?:{phrases(load().reports['inviting_own'])})\s+$", re.I)
# the inviter as the one briefed: "to brief them", "to report to it", "to brief its members"
TO_ITSELF = re.compile(r"\s+(?:to\s+)?(?:them|it|its\s+members)\b(?!\s+(?:to|that)\b)", re.I)


def to_inviter(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether the report verb text[s:e] (its clause text[start:end]) is a briefing or report that the clause's addressee
    is asked to invite another to give to itself, with no time of its own (a cycle, "within 90 days", "by 1 May").
    Raises nothing."""
    if text[s:e].lower() not in ("brief", "report", "update"):
        return False
    invited = INVITED.search(text, max(start, s - 240), s)
    return bool(
        invited
        and not OWN_INVITATION.search(text, max(start, invited.start() - 40), invited.start())
        and TO_ITSELF.match(text, e, end)
        and not TIMED_AFTER.match(text, e, end)
        and not OWN_TIME.match(text, e, end)
    )
