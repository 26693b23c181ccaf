"""The receiver of a report that names none: the organ that asks for it, or the body whose session the report is
given at where that is another ("Requests that the Bureau of the Statistical Commission review, assess and report on
the progress ... at the fifty-eighth session", E/RES/2024/2 op 11, heldout22 21: the Statistical Commission's 58th, not
the Economic and Social Council that speaks). Not the reporter's own session ("at its ..."), nor a session that dates
something else than the report ("to be negotiated at the seventy-seventh session of the General Assembly",
E/RES/2022/25 op 8, heldout9: the briefings stay with the Council). Split from report_receivers.py (after the attempt
on branch rep38b, 3812ee3, whose reporter was lost where it was the receiver's officer: report_unknown.OFFICER_OF).
"""

from __future__ import annotations

import re

from resgraph.vocab import Vocabulary

# a session that dates something else than the report: "the resolution ... to be negotiated at the seventy-seventh
# session of the General Assembly"
DATED_EVENT = re.compile(r"\b(?:be|been|being|is|are|was|were|held|convened|adopted|negotiated)\s+(?:[a-z]+\s+)?$")


def unnamed(
    text: str, sess: re.Match | None, session_organ: str | None, speaker: str | None, v: Vocabulary
) -> str | None:
    """Who receives a report that names no receiver (sess: the session phrase read, session_organ: its organ,
    speaker: the organ that speaks): the session's body where it is another than the speaker's and the phrase is
    not the reporter's own; otherwise the organ that asks for it."""
    if (
        sess
        and session_organ
        and session_organ != speaker
        and sess.group("whose").lower() not in ("its", "their")
        and not DATED_EVENT.search(text, max(0, sess.start() - 40), sess.start())
    ):
        return v.actor_of_organ(session_organ) or session_organ
    return v.actor_of_organ(speaker)
