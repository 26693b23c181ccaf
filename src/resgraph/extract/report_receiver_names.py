"""Receivers whose names the reading of organs and actors gets wrong: an actor's longer name that opens with an
organ's name ("through the Security Council Committee established by paragraph 14 of resolution 1572 (2004)": the
Committee, not the Council), and a short name followed by the report's topic ("To report to the Special Committee on
measures taken", "to regularly report to the Executive Committee on its progress"), which the vocabulary's guard reads
as the head of a longer name ("the Committee on Enforced Disappearances") and so as no one: the report went to the
organ that speaks; and a State named in the report's topic ("on tasks ... to transfer ... to the Government of the DRC"),
which was read as its receiver.

Split from report_receivers.py, which reads who receives a report from the names found here; the spans of names are
kept apart with Intervals.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

# "to the Special Committee on measures taken", "to the Executive Committee on its progress": a definite name of
# capitalised words after "to", then "on" and a topic in lower case (not "the Committee on the Rights of the Child")
TOPIC_AFTER = re.compile(r"\bto\s+(the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+on\s+(?!(?:the\s+)?[A-Z])(?=[a-z])")


# the topic of a report, between the report and a State named after it: "a detailed report and accompanying matrix
# reflecting the current division of labour between MONUSCO and the UNCT on tasks ..., to transfer to the UNCT ... or to
# the Government of the DRC" (S/RES/2098 (2013) op 17) (the words are data: reports.yaml `not_received` `topic`)
TOPIC = re.compile(rf"\s(?:{phrases(load().reports['not_received']['topic'])})\s")

# the reporters' own governing organ as the receiver: "to ... report regularly to their respective governing bodies"
# (A/RES/75/233 op 29 (b), 79/226 op 35): the entities report to their own boards, read as the reporter itself (as an
# officer reports to its body), not as the actor named last that the contextual alias (actors.yaml "their respective
# governing bodies") stands for: after "their policy advice to programme countries" it read DevelopingCountries; the
# phrase within the report's clause (no ";" between; the organs are data: reports.yaml `own_organs`)
TO_OWN = rf"\bto\s+(?:its|their)\s+(?:respective\s+|own\s+)?(?:{phrases(load().reports['own_organs'])})\b"
# the same organ as the report's first receiver, no other "to" before it ("report to the General Assembly on the support
# to their governing bodies" keeps the Assembly)
OWN_ORGAN_FIRST = re.compile(rf"(?:(?!\bto\s)[^;]){{0,160}}?{TO_OWN}")


def to_own_organ(text: str, at: int, receivers: list) -> bool:
    """Whether the report asked at text[at] goes to its reporter's own governing organ (OWN_ORGAN_FIRST), one receiver
    read at most: the receiver is then whoever reports it (reports._built gives each reporter its own)."""
    return len(receivers) <= 1 and OWN_ORGAN_FIRST.match(text, at) is not None


def in_topic(text: str, at: int, s: int) -> bool:
    """Whether a State named at text[s], after the report asked at text[at], is named inside the report's topic (a
    word of TOPIC between them), not as the report's receiver: "to report on implementation of this resolution ...
    three months after the transfer of any remaining funds pursuant to paragraph 2 to the Government of Iraq" (S/RES/2335
    (2016) op 4). A State receives a report named before its topic ("to report regularly to the Government of the
    Democratic Republic of the Congo and to the Security Council on the implementation", 1671 (2006) op 15)."""
    return s > at and bool(TOPIC.search(text, at, s))


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


def before_topic(
    text: str, a: int, b: int, spans: Iterable[tuple], v: Vocabulary, last_named: Callable[[], list[str]]
) -> list[tuple[str, int, int]]:
    """The actors named right after "to" in text[a:b] by a short name the report's topic follows ("To report to the
    Special Committee on measures taken in the implementation of the present resolution", A/RES/74/112 op 5 (f) and the
    Assembly's yearly texts on information from Non-Self-Governing Territories; "to regularly report to the Executive
    Committee on its progress", A/RES/77/198 op 57 and its yearly twins), as (actor, start, end); not where one of the
    names found already (spans) is. The paragraph's reading of aliases saw the topic and read no one (a scan of the
    whole paragraph, which a window cut at the "on" cannot change), so the name is looked up here: a contextual one
    stands for the actor named last that it may stand for (last_named: the latest first), else its default."""
    out: list[tuple[str, int, int]] = []
    taken = None
    for m in TOPIC_AFTER.finditer(text, a, b):
        s, e = m.span(1)
        taken = taken or Intervals(spans)  # (built for the few scopes with such a name, not for each)
        who = None if taken.covers(s) or taken.starts_between(s, e) else _short_name(m.group(1), v, last_named)
        if who:
            out.append((who, s, e))
    return out


def _short_name(name: str, v: Vocabulary, last_named: Callable[[], list[str]]) -> str | None:
    """The actor a short name ("the Executive Committee") stands for: its one actor, or for a contextual alias the actor
    named last among those sharing it, else its default; None for a name the vocabulary lacks or cannot settle."""
    ids, contextual = v.actors_of_alias(re.sub(r"\s+", " ", name))
    if not ids:
        return None
    if not contextual:
        return ids[0]
    named = next((x for x in last_named() if x in ids), None)
    default = v.default_of_alias(name)
    return named or (default[0] if default else ids[0] if len(ids) == 1 else None)
