"""A cycle that dated reports fill: "to keep the Council informed every six months on the implementation of the
mandate of BNUB and this resolution, with a briefing by 31 May 2011 and a report by 30 November 2011" (S/RES/1959
(2010) op 15, heldout23 12), "every 90 days, with a written interim report by the end of July 2014 and a final report
by 16 January 2015" (2137 (2014) op 20): the cycle is what the dated reports make up, each one due once, no `every`
on either (the gold: two dated items, no cycle; tests/mandate_gold/README.md counts keeping an organ informed one
report per date). Not where one date opens the cycle ("every four months ..., with the first report due by 31
January 2009", 1829 (2008) op 9: one item, due and every) nor where the cycle is a report's own ("regular reports
every six months ... and to submit a report within six months", 2343 (2017) op 22).

Split from reports.py, which reads each report's fields; report_times reads the cycle and the dates.
"""

from __future__ import annotations

import re

from resgraph.extract import report_times
from resgraph.vocab import Vocabulary

# the dated reports come after the cycle as what it is given in: "..., with a briefing by", "with an interim report"
_WITH = re.compile(r",\s+with\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2})?$", re.I)


def cycle_filled(text: str, found: list[dict], triggers: list[tuple[int, int]], v: Vocabulary) -> None:
    """Drop the cycle of the first report of found (fields in text order; triggers: their report words' spans)
    where it is said before that report's word and two or more reports after it, each with its own date, fill it
    (the cycle a text says read by report_times)."""

    def cycle_of(said: str) -> str | None:
        return report_times.timing(said, "", None, v).get("every")

    if len(found) < 2 or not found[0].get("every"):
        return
    first = found[0]
    head = text[first["span"][0] : triggers[0][0]]
    if cycle_of(head) != first["every"] or cycle_of(text[triggers[0][0] : first["span"][1]]):
        return  # the cycle is the report's own, said after its word
    if not _WITH.search(head):
        return
    dated = [f for f in found if f.get("due") and not f.get("every") and f.get("by") == first.get("by")]
    if not first.get("due") or not dated or len({f["due"] for f in [first, *dated]}) < 2:
        return
    first["every"] = None
    first["recurrence"] = None
