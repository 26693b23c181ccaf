"""A report asked for in the passive: "requests that any obstacles encountered to the fulfilment of its mandate, as
well as violations of any part of the sanctions regime, be reported immediately" (S/RES/2340 (2017) op 3, the Darfur
Panel's renewals: heldout8 13), "the results of which shall be reported to the Council by UNMOVIC and the IAEA"
(S/RES/1441 (2002) op 10, heldout4 03: one report each). "reported" asks for a report where a request says it be
reported ("requests that ... be reported"), or where the one who reports is named ("shall be reported ... by X");
not "will be reported to the Council for assessment" with no one named under "Decides that" (1441 op 4), nor "an
entity that is reported or confirmed to have ceased to exist" (S/RES/2610 (2021) op 78).

Split from report_triggers.py (which reads the other report words) and report_reporters.py (who reports).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Actors = Callable[[int, int], list[tuple[str, int, int]]]

# the passive's auxiliary right before "reported": "be reported", "shall be immediately reported", "to be reported"
PASSIVE = re.compile(r"\b(?:be|been)\s+(?:\w+ly\s+)?$", re.I)
# a request that something be reported, the request opening the clause's words before it (no other request between)
REQUEST_THAT = re.compile(
    r"\b(?:requests?|requesting|asks?)\s+(?:also\s+|further\s+)?that\b(?:(?!\b(?:requests?|decides?|that)\b)[^;:])*$",
    re.I,
)
# after "reported": its adverb and receiver ("reported immediately", "reported to the Council"), then "by" its agents
RECEIVER = re.compile(r"(?:,?\s+\w+ly)?(?:\s+to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}?[A-Z][\w-]*)?(?:,?\s+\w+ly)?")
BY = re.compile(r"\s+by\s+(?:the\s+)?")
# (the same matches as "\s*(?:,|,?\s+and|...)", which split a run of spaces before a word at each of its spaces)
JOINED = re.compile(r"(?:\s*,|\s+(?:and|as\s+well\s+as))\s+(?:the\s+)?")


def agents(text: str, e: int, end: int, actors: Actors) -> list[tuple[str, int, int]]:
    """The ones named after "by" past the receiver of "reported" ending at text[e] ("reported to the Council by UNMOVIC
    and the IAEA": both, each with where it is named), up to end; [] when none ("reported to the Security Council by 31 July 2006": a date)."""
    tail = RECEIVER.match(text, e, end)
    by = BY.match(text, tail.end() if tail else e, end)
    if not by:
        return []
    found, at = [], by.end()
    for actor, s, z in actors(at, min(end, at + 160)):
        if s != at:
            break
        found.append((actor, s, z))
        joined = JOINED.match(text, z, end)
        if not joined:
            break
        at = joined.end()
    return found


def asked(text: str, start: int, s: int, e: int, end: int, actors: Actors) -> bool:
    """Whether "reported" at text[s:e] (its clause text[start:end]) asks for a report: a passive, under a request that
    it be reported or with the ones who report named."""
    if not PASSIVE.search(text, max(start, s - 30), s):
        return False
    return bool(REQUEST_THAT.search(text, max(start, s - 300), s) or agents(text, e, end, actors))
