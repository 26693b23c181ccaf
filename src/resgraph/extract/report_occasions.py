"""A report asked at two occasions named together, with no date: "Requests the European Union to report to the
Security Council, in the middle and at the end of the period referred to in paragraph 6, subparagraph a, above"
(S/RES/1778 (2007) op 12; heldout34 12: two reports, a midterm and a final one, as the gold README's "a midterm
and a final report are two"). Each occasion is a report of its own, with the deadline the scope gives (none here:
the period starts at an undated event), as "two final reports ... by 15 October 2016" is two (reports._counted).

The middle and the end must be of one thing, said together ("in the middle and at the end of", "at mid-term and at
the end of", "at the midpoint and (at) the end of"): "at the beginning and in the middle of 2025" (a group convened,
A/RES/77/69 op 6) is no report's, and an end alone is one report.

They must be the report's own occasions, said right after its words or its receiver ("to report to the Security
Council, in the middle and at the end of"; "two reports, in the middle and ..."): "to report to the Council on the
elections to be held in the middle and at the end of 2011" and "with the assistance of a group of experts to be
convened in the middle and at the end of 2025, to prepare a report" time an event, one report each (review of stop
52, finding 1). Where the clause already names the two reports ("a midterm report and a final report, in the middle
and at the end of the mandate period"), the occasions are theirs, not one more (finding 2).

So are the times of a list counted back from one event: "to provide reporting on the security situation, which will
include protection of civilians and force protection evaluations, 90-, 60- and 30-days before any election" (S/RES/2729
(2024) op 23, heldout43 02: three reports, no due: the elections are not dated), or of a list of lengths that make the
report nouns' kinds ("30-, 60- and 90-day reports"): a report per time joined by "and" ("30 or 60 days before" is one
time left open, one report). A list that times no report ("their 5-, 10-, 15- and 20-year reviews", "the elections to
be held 30 and 60 days after") is no report's: the list must be in the report's scope, after its words, ending before
the event with "before", "prior to" or "ahead of"; or stand right before the report noun.

Split from reports.py, which counts the reports a scope asks for.
"""

from __future__ import annotations

import re

# the middle, then the end, of one period (a middle said alone, "a midterm report", is the report noun's word)
MIDDLE_AND_END = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:middle|mid-?point|mid-?term|half-?way\s+point)\s+and\s+(?:(?:at|by)\s+)?"
    r"the\s+end\s+of\b",
    re.I,
)
# what may stand between the report's words and its occasions: a receiver ("to the Security Council", "to the General
# Assembly and the Security Council", "to it", "the Council" after "brief") and commas
GAP = re.compile(
    r"[\s,]*(?:(?:(?:to|before)\s+)?(?:it|them|the\s+[A-Z][\w'-]*(?:\s+(?:(?:and|of)\s+the\s+)?[A-Z][\w'-]*)*)[\s,]*)?"
)
# a report named just before, joined by "and" ("a midterm report and a final report"): the two occasions' two reports
JOINED = re.compile(r"\s*,?\s*and\s+(?:(?:a|an|the)\s+)?")


# a time of a list: a number, with its unit or its hyphen (suspended: "90-"), then the last one's unit
_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|thirty|forty-five|sixty|ninety)"
)
_UNIT = r"(?:days?|weeks?|months?)"
# the last time of a list counted back from an event, its unit said: "30-days before", "30 days prior to"
LAST_BEFORE = re.compile(rf"\b{_NUMBER}[\s\u2010\u2011-]+{_UNIT}\s+(?:before|prior\s+to|ahead\s+of)\b", re.I)
# ... or the last length of a list making the kinds of the report nouns after it: "90-day reports"
LAST_KIND = re.compile(rf"\b{_NUMBER}[\u2010\u2011-](?:day|week|month)\s+(?:[\w-]+\s+)?$", re.I)
# the times before the last, joined to it by "and": "90-, 60- and ", "90 days, 60 days and " (searched back from the last
# one over a bounded stretch: a list of numbers however long is read in linear time)
EARLIER = re.compile(
    rf"(?:{_NUMBER}(?:[\u2010\u2011-]|\s+{_UNIT})\s*,\s*)*{_NUMBER}(?:[\u2010\u2011-]|\s+{_UNIT})\s*,?\s+and\s+$", re.I
)
_BACK = 120  # how far before the last time its list is read
# what makes the list one window or one bound, not times of their own: "between 60 days and 30 days before", "from 60
# days and up to 30 days before", "not earlier than 60 days and ..."
WINDOW = re.compile(r"\b(?:between|from|(?:not|no)\s+(?:earlier|later|sooner)\s+than)\s*$", re.I)
UNIT_OF = re.compile(rf"\b{_NUMBER}\s+({_UNIT})", re.I)
# a verb that makes the list another thing's times, between the report's words and it: "on the timeline of elections,
# with polls to open 60 days and 30 days before the end of the transition", "the elections to be held"
OTHER_VERB = re.compile(r"\bto\s+(?:be|open|close|start|begin|end|take)\b|\b(?:held|scheduled|planned|opened)\b", re.I)


def listed_times(text: str, span: tuple[int, int], words: tuple[int, int]) -> int:
    """How many reports a list of times in text[span] asks for, one per time: after the report's words, counted back
    from an event ("90-, 60- and 30-days before any election": 3), or right before its words, the lengths that make
    their kinds ("30-, 60- and 90-day reports": 3); 0 where the scope has no such list."""
    lasts = [m for m in LAST_BEFORE.finditer(text, words[1], span[1])]
    kind = LAST_KIND.search(text, max(span[0], words[0] - 40), words[0])
    lasts += [kind] if kind else []
    for last in lasts:
        a = max(span[0], last.start() - _BACK)
        earlier = EARLIER.search(text, a, last.start())
        if earlier and last.start() > words[1] and OTHER_VERB.search(text, words[1], earlier.start()):
            continue
        if earlier and not WINDOW.search(text, max(0, earlier.start() - 30), earlier.start()):
            unit = re.search(_UNIT, last.group(0), re.I) or re.search(r"day|week|month", last.group(0), re.I)
            units = {u.lower().rstrip("s") for u in UNIT_OF.findall(earlier.group(0))}
            if unit and units <= {unit.group(0).lower().rstrip("s")}:  # "one month and two weeks before": one length
                return 1 + len(re.findall(rf"\b{_NUMBER}(?:[\u2010\u2011-]|\s+{_UNIT})", earlier.group(0), re.I))
    return 0


def count(
    text: str, span: tuple[int, int], words: tuple[int, int], before: int | None = None, dated: bool = False
) -> int:
    """How many reports text[span] (one report's scope, its words at text[words]) asks for by the occasions it names:
    2 for the middle and the end of one period said right after its words or receiver, 1 where the report named
    before it (ending at `before`) is joined to it by "and", one per time of a list of times (listed_times), 0 where
    it names none such; no list where the report is dated (`dated`: its times would each need a date of their own,
    "60 days and 30 days before the end of the mandate" on 30 April 2025 is not twice 31 March)."""
    m = MIDDLE_AND_END.search(text, span[0], span[1])
    if not m or m.start() < words[1] or not GAP.fullmatch(text, words[1], m.start()):
        n = 0 if dated else listed_times(text, span, words)
        # two report nouns joined before one list ("a report and an assessment ... 60-, 30- and 10-days before"): one
        # each, as a midterm and a final report named before the middle and the end are theirs
        return 1 if n and before is not None and JOINED.fullmatch(text, before, words[0]) else n
    return 1 if before is not None and JOINED.fullmatch(text, before, words[0]) else 2
