"""A standing report beside dated ones: "to continue to present an oral update ... to the Human Rights Council at each
of its sessions, until its sixty-fifth session, and before the end of 2025 and 2026" (A/HRC/RES/59/22 op 2) asks for
the update at each session and, added by ", and", one before the end of each year: three reports, the standing one with
no deadline (as "report to the Forum at each session" alone is read, heldout 18), the dates each their own.

Not where the date follows the sessions with no ", and" (the first or the last of the series: "at each of its
sessions, starting by 30 June 2025", "at each session until 2026", the end of a recurrence, which dates no report).
Nor where the sessions are another body's: "to report to the Human Rights Council on the discussions held by the
Working Group at each of its sessions, and by 30 June 2026" (review52-B):
the sessions must follow the receiver ("to the Human Rights Council at each of its sessions") or the report's own
word ("to report at each of its sessions"). Not handled: a deadline after ", and" that belongs to a second receiver
("at each of its sessions, and to the General Assembly by 31 October 2025" gives the update the Assembly's date).
"""

from __future__ import annotations

import re

# what joins the sessions to the first deadline: a comma and "and", right before the deadline's words
ADDED = re.compile(r",\s+and\s+$")
# what stands right before the sessions: the receiver ("to the Human Rights Council"), or the report's noun or verb
# ("to report", "an oral update"), not another body's ("held by the Working Group")
WHOSE = re.compile(
    r"(?:\bto\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|on|for|the|and))*|\b(?:report|update|briefing|brief)s?)"
    r"\s*,?\s*$"
)


def add(f: dict, scope: str, sessions: re.Pattern | None, found: list[tuple[int, str | None]]) -> None:
    """The standing report put first in f's dues (due None, the receiver's cadence its own alone: every_of) where the
    scope asks for a report at each of the receiver's sessions (`sessions`, None where the scope has a cycle of its
    own) before its first deadline (found: (where, date) of each), that deadline added after ", and"."""
    first = min((at for at, d in found if d and d in f["dues"]), default=None)
    if sessions is None or first is None:
        return
    m = sessions.search(scope, 0, first)
    if m and WHOSE.search(scope, 0, m.start()) and ADDED.search(scope, m.end(), first):
        f["dues"], f["every_of"] = [None, *f["dues"]], [None]
