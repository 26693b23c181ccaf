"""A second report due when the mandate or period the text sets ends, said after the first one's time.

"to brief the Security Council ... to include within three months of this mandate's renewal and again prior to its
expiration" (S/RES/2440 (2018) op 11 and the MINURSO renewals after it), "to provide a comprehensive report to the
Council 90 days after the date of entry into force of this resolution ... and again at least one week prior to the end
of the 150-day period" (1360 (2001) op 5, the oil-for-food renewals), "to report to the Council 90 days after the entry
into force of paragraph 1 above and prior to the end of the 150-day period" (1360 op 6): two reports, as "by 15 May
2009 and again before 15 October 2009" is two. The second is due when the mandate (the period) the same text sets
ends, or so long before it (the pipeline puts the date in, as for "before the end of the present mandate"); the
first keeps its own time. The first time read alone, the second was lost.
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates
from resgraph.extract.deadlines import MANDATE_END_MARK

AGAIN_END = re.compile(
    r"\band\s+(?:again\s+)?(?:at\s+least\s+)?(?:(?P<ahead>" + dates.AMOUNT + r")\s+)?(?:before|prior\s+to)\s+"
    r"(?:(?P<its>its\s+(?:expiry|expiration))\b|the\s+(?:end|expiry|expiration|termination)\s+of\s+(?:"
    r"(?:the|its)\s+(?:present\s+|current\s+)?mandate(?:\s+period)?|the\s+[\w-]+[-\s]day\s+period)\b)",
    re.I,
)


# a report due before the end of the period the text sets, said alone: "to provide a comprehensive report to the
# Council, at least one week prior to the end of the 180-day period" (S/RES/1447 (2002) op 4), "further requests the
# Secretary-General to report prior to the end of the 180-day period" (1302 (2000) op 5): as "before the end of the
# present mandate" (report_times.MANDATE_END), the period's end
PERIOD_END = re.compile(
    r"\b(?:before|prior\s+to)\s+the\s+(?:end|expiry|expiration)\s+of\s+the\s+[\w-]+[-\s]day\s+period\b", re.I
)


def at_end(scope: str, dues: list, after: int | None, f: dict) -> bool:
    """Whether a report's scope asks for it again when the mandate or period ends, after its first time (a delay
    starting at `after`, whose anchor may run past the second, or a date among `dues`): if so, that second due (the
    mandate-end mark) is added to dues, in place, with no delay of its own (f["within_of"]); "prior to its
    expiration" only where the scope names a mandate before it. Raises nothing."""
    if after is None and not dues:
        return False
    m = AGAIN_END.search(scope, after or 0)
    if not m or (m.group("its") and "mandate" not in scope[: m.start()]):
        return False
    ahead = dates.amount(m) if m.group("ahead") else None
    mark = MANDATE_END_MARK + (f"-{ahead}" if ahead else "")
    if not dues:
        dues.append(None)
    dues.append(mark)
    f.setdefault("within_of", {})[mark] = None
    return True
