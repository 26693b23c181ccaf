"""Where a report's cycle starts on a day and month with no year: "Requests the Secretary-General to report on all
aspects of this resolution every four months commencing 1 January" (S/RES/1964 (2010) op 20, adopted 22 December
2010; heldout34 17: due 2011-01-01 with every P4M, the start read as the first of the series, as report_times reads
"every 120 days starting from 16 October 2019").

The day falls as a yearless deadline does (deadlines.on_or_after: the first such day on or after the adoption), but
only where that is within one cycle of the adoption: the same words copied into S/RES/1910 (2010), adopted 28
January 2010, would give 1 January 2011, eleven months on, for a cycle of four months, where the text means a start
already past (1 January 2010); such a start gives no due, the cycle alone, as before.

Split from report_times, which reads the dated start ("starting from 1 June 2018") and the cycle.
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates

# "commencing 1 January", "starting on 15 March", "beginning from July 1" (dates.DAY_MONTH: no year after it)
STARTING_DAY = re.compile(r"\b(?:starting|beginning|commencing)\s+(?:from\s+|on\s+)?" + dates.DAY_MONTH, re.I)


def starts(scope: str, adopted: str | None, cycle: str) -> list[tuple[int, str]]:
    """(where, ISO date) of each yearless start of the report's cycle (`cycle`, "P4M") in its scope that falls
    within one cycle of the adoption; none without an adoption date."""
    last = dates.add(adopted[:10], cycle) if adopted else None
    found = []
    for m in STARTING_DAY.finditer(scope):
        d = dates.on_or_after(m, adopted)
        if d and last and d <= last:
            found.append((m.start(), d))
    return found
