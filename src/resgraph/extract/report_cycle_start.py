"""Where a report's cycle starts on a day and month with no year: "Requests the Secretary-General to report on all
aspects of this resolution every four months commencing 1 January" (S/RES/1964 (2010) op 20, adopted 22 December
2010; heldout34 17: due 2011-01-01 with every P4M, the start read as the first of the series, as report_times reads
"every 120 days starting from 16 October 2019").

The day falls as a yearless deadline does (deadlines.on_or_after: the first such day on or after the adoption), but
only where that is within one cycle of the adoption: the same words copied into S/RES/1910 (2010), adopted 28
January 2010, would give 1 January 2011, eleven months on, for a cycle of four months, where the text means a start
already past (1 January 2010); such a start gives no due, the cycle alone, as before.

As for a dated start (report_times.timing), a start on the adoption day is a cycle later ("every four months
commencing 22 December", adopted 22 December 2010: 2011-04-22, as "commencing 22 December 2010"; review of stop 52,
finding 7). The start must be the cycle's, said within a few words of it ("every four months commencing 1 January",
"annually, beginning on 1 March"): "every three months on the implementation of the electoral plan, including the
voter registration period starting 15 March" starts an event, no due (finding 8).

Split from report_times, which reads the dated start ("starting from 1 June 2018") and the cycle.
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates

# "commencing 1 January", "starting on 15 March", "beginning from July 1" (dates.DAY_MONTH: no year after it)
STARTING_DAY = re.compile(r"\b(?:starting|beginning|commencing)\s+(?:from\s+|on\s+)?" + dates.DAY_MONTH, re.I)

# how many words may stand between the cycle's first word and its start ("every 120 days, and commencing")
NEAR = 5


def starts(scope: str, adopted: str | None, cycle: str, cycle_at: int | None = None) -> list[tuple[int, str]]:
    """(where, ISO date) of each yearless start of the report's cycle (`cycle`, "P4M", said at scope[cycle_at:], None
    where the report's words say it) in its scope that falls within one cycle of the adoption and within NEAR words
    of the cycle; none without an adoption date."""
    last = dates.add(adopted[:10], cycle) if adopted else None
    found = []
    for m in STARTING_DAY.finditer(scope):
        d = dates.on_or_after(m, adopted)
        if d and last and d <= last and _near(scope, cycle_at, m):
            found.append((m.start(), first_due(d, adopted, cycle) or d))
    return found


def first_due(start: str | None, adopted: str | None, cycle: str) -> str | None:
    """The first due of a cycle that starts on `start` (ISO): a cycle later where it starts on the adoption day, as
    "every six months from the adoption" (report_times.timing's dated starts, and starts' yearless ones)."""
    return dates.add(start, cycle) if adopted and start == adopted[:10] else start


def _near(scope: str, cycle_at: int | None, m: re.Match) -> bool:
    """Whether the start m is said within NEAR words of the cycle said at scope[cycle_at:] (after it, counting the
    cycle's own words, or before it); True where the cycle is the report's adjective ("annual reports")."""
    if cycle_at is None:
        return True
    gap = scope[cycle_at : m.start()] if cycle_at < m.start() else scope[m.end() : cycle_at]
    return ";" not in gap and len(gap.split()) <= NEAR
