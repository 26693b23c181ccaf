"""Dates as resolutions write them ("26 July 2012") and as ISO 8601 ("2012-07-26").

The one month table and the one date parser of the extractors: headers, closing lines, citations
("resolution 2012/12 of 26 July 2012") and TSV metadata cells all read dates here.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS = {m.lower(): i for i, m in enumerate(MONTH_NAMES, 1)}
# a date as a text writes it, for use inside larger patterns
DATE = r"\d{1,2}\s+(?:" + "|".join(MONTH_NAMES) + r")\s+\d{4}"
_WRITTEN = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=4096)  # the same dates are cited in file after file
def iso_date(text: str | None) -> str | None:
    """'26 July 2012' as '2012-07-26'; a text that begins with an ISO date gives that date.

    None for anything else, and for a day the month does not have ("31 June 2012")."""
    if not text:
        return None
    m = _WRITTEN.match(text)
    if m and m.group(2).lower() in MONTHS:
        try:
            return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
        except ValueError:
            return None
    m = _ISO.match(text)
    return m.group(0).strip() if m else None
