"""A cycle word in a report's scope that is not the report's: the adjective of the next report of a series asked
for once ("to submit, in a timely manner, his next annual report on United Nations rule of law activities, in
accordance with paragraph 5 of its resolution 63/128", A/RES/74/191 op 16 and its yearly successors: the cycle was
set by 63/128, this clause asks for one report), and the cycle of an event held ("to continue to act as a platform
..., including through a World Forum on Cultural Policies, to be held every four years", A/RES/78/161 op 23: the
forum's), and that of a quantity counted or a thing reviewed. Split from report_times, which reads the report's cycle
past these."""

from __future__ import annotations

import re

# "his next annual report", "the next biennial report": the one report that comes next, not a series asked for
# (an "include in his next annual report" asks for none at all: report_words)
NEXT = re.compile(r"\bnext\s+$", re.I)
# "a World Forum ..., to be held every four years", "meetings convened annually": a thing held on its own cycle
# (not "briefings ... shall take place on an annual basis", S/RES/2713 (2023) op 31: the briefings' own); "the
# Committee, which shall meet at least once a month", "consultations, to be held at least once a month" (review of
# stop 47, finding 4)
HELD = re.compile(
    r"\b(?:held|convened|organi[sz]ed|meets?|meeting|reviewed|under\s+review)\s+(?:at\s+least\s+)?$", re.I
)
# "a comprehensive assessment of the number of possible visitors annually to the renovated Africa Hall" (A/RES/74/263
# op 9): a quantity counted per year, what the report is on, not how often it comes; no comma or verb between
COUNTED = re.compile(r"\b(?:number|amount|volume|quantity|total)\s+of\s+(?:(?!to\b)[\w’'-]+\s+){1,4}$", re.I)


def next_one(scope: str, words: str) -> bool:
    """Whether the words naming the report ("annual report") follow "next" in its scope: one report of a series.
    Only their first occurrence in the scope is read (str.find): "annual reports ..., and his next annual report"
    is a series."""
    at = scope.lower().find(words.lower()) if words else -1
    return at > 0 and bool(NEXT.search(scope, max(0, at - 12), at))


def held(scope: str, at: int) -> bool:
    """Whether the cycle said at scope[at] is that of a thing held ("to be held every four years"), reviewed ("the
    Sustainable Development Goals under review each year", E/RES/2024/15 op 21 (f)) or counted ("the number of possible
    visitors annually")."""
    return bool(HELD.search(scope, max(0, at - 28), at) or COUNTED.search(scope, max(0, at - 60), at))
