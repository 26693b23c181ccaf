"""A report word that describes a mandate renewed, not a report asked for: "Decides to renew the mandate of
Independent Expert on the situation of human rights in Somalia, ..., for a period of one year, to assess, monitor
and report on the situation of human rights in Somalia" (A/HRC/RES/54/32 op 19, 57/27 op 20: heldout4 28, whose
gold counts none), "Decides to renew, for one year, the mandate of Independent Expert on the situation of human
rights in the Central African Republic, which is to assess, monitor and report on the situation" (A/HRC/RES/54/31
op 39, 57/35 op 46). What the mandate holder reports, and when, the resolution asks in a request of its own ("Further
requests the Independent Expert to report to the Human Rights Council at its fifty-seventh session"); the renewal
names no one who reports (the reporter read was the organ itself).
"""

from __future__ import annotations

import re

# "the mandate of X[, for a period of one year], [which is ]to assess, monitor and report": the report verb the last
# of the mandate's infinitives, no other verb of request between (a new clause would have its own addressee)
MANDATE_TASK = re.compile(
    r"\b(?:renew|renews|extend|extends)\b[^;]{0,60}?\bmandate\s+of\b[^;]{0,260}?(?:,\s*which\s+is\s+|,\s*)to\s+"
    r"(?:[a-z]+,\s+){0,4}(?:[a-z]+\s+)?(?:and\s+)$"
)
ANOTHER_REQUEST = re.compile(r"\b(?:requests|invites|encourages|urges|calls\s+upon|decides)\b")


def describes_mandate(text: str, start: int, at: int) -> bool:
    """Whether the report verb at text[at] (its clause from start) is the last task of a mandate the clause renews
    or extends ("to assess, monitor and report")."""
    m = MANDATE_TASK.search(text, max(start, at - 400), at)
    return bool(m and not ANOTHER_REQUEST.search(text, m.start(), at))
