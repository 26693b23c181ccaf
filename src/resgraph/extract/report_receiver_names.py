"""Receivers whose names the reading of organs and actors gets wrong: an actor's longer name that opens with an
organ's name ("through the Security Council Committee established by paragraph 14 of resolution 1572 (2004)": the
Committee, not the Council).

Split from report_receivers.py, which reads who receives a report from the names found here; the spans of names are
kept apart with Intervals.
"""

from __future__ import annotations

import bisect


class Intervals:
    """Spans (start, end, ...) that may overlap, asked whether one covers a place or starts in a range."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [x[0] for x in spans]
        self.reach: list[int] = []  # the furthest end of the spans up to each
        for x in spans:
            self.reach.append(max(x[1], self.reach[-1]) if self.reach else x[1])

    def covers(self, s: int) -> bool:
        """Some span x[0] <= s < x[1]."""
        i = bisect.bisect_right(self.starts, s) - 1
        return i >= 0 and self.reach[i] > s

    def starts_between(self, lo: int, hi: int) -> bool:
        """Some span starts at lo <= x[0] < hi."""
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi


def over_organ(out: dict[int, tuple[int, int, str, str]], s: int, e: int) -> bool:
    """Whether the actor named at text[s:e] is a longer name opening with the organ's name found at s ("the Security
    Council Committee established by paragraph 14 of resolution 1572 (2004)" over "the Security Council"): the
    actor's name, the organ no receiver or channel of its own."""
    x = out.get(s)
    return x is not None and x[3] == "organ" and e > x[1]
