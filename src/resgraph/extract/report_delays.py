"""A report's delay: "within 90 days of the adoption", "40 days after the adoption", "6 months after the presidential
inauguration", "60 days thereafter", and the delays listed with it ("within 90 days and 180 days from its adoption",
"six months and eleven months after the adoption").

Split from report_times.py, which reads a report's time (deadline, delay, end of mandate, cycle): this module finds
the delay and the delays that share its start; report_times reads what the delay is counted from and dates it.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from resgraph.extract import deadlines as dates
from resgraph.vocab import load
from resgraph.wordsearch import phrases

WITHIN = re.compile(
    r"\b(?:within|in)\s+(?:a\s+period\s+of\s+)?"
    # "to report back ... within the next 90 days" (S/RES/2233 (2015) op 3)
    r"(?:(?<=within\s)the\s+(?:next|coming|following)\s+)?"
    + dates.A_AMOUNT
    # (not the reporter's own steps before it, counted from the adoption: "within 60 days following consultations with
    # the Libyan authorities", S/RES/2273 (2016) op 2; reports.yaml `steps_of`)
    + rf"(?P<anchor>(?!\s+(?:after|following)\s+(?:{phrases(load().reports['steps_of'])})\b)"
    r"\s+(?:of|after|from|following)\b[^,;]{0,80})?",
    re.I,
)
# "within the next four years" after a that-clause is the clause's time ("... an action plan to ensure that every
# person on Earth is protected by early warning systems within the next four years", A/RES/79/205 op 78)
NEXT = re.compile(r"within\s+the\s+(?:next|coming|following)\b", re.I)
# a delay with no "within" before it: "to report three months from the date of the adoption", "40 days
# after the adoption", "no later than 45 days from adoption of this resolution", "6 months after the presidential
# inauguration", "to update the Council 60 days thereafter"
# (counted from the event before: within alone; not "every three months after")
AFTER = re.compile(
    r"\b"
    + dates.AMOUNT
    + r"(?P<anchor>\s+(?:after|from|following)\s+(?:the|its|his|her|their|this|adoption)\b[^,;]{0,80}"
    r"|\s+thereafter\b)",
    re.I,
)
NOT_A_DELAY = re.compile(r"\b(?:every|each|period\s+of|for|during|over|last|past|first|next)\s+$", re.I)
# "within five years" that ends a that-clause of the report's topic is the clause's time too, with no "next" ("a report
# on ... the implementation of the United Nations action plan to ensure that every person on Earth is protected by
# early warning systems within five years", A/RES/78/152 op 68, 77/164 op 60), only where that is clear: the last
# "that" before the delay opens a clause of a purpose or a result (ensure that, so that: the vocabulary's
# reports.yaml `clause_openers`), a report word comes before it, an auxiliary stands between it and the delay and
# neither a report word nor a comma, semicolon or colon does. Not a relative "that" ("a report on violations that have
# occurred in the region within 90 days", "the measures that are being taken, within 60 days"), nor a "that" after
# another verb ("bearing in mind that the situation is volatile, within 30 days"), nor a clause closed by a comma
# before the delay ("to ensure that the mission is deployed, within 90 days"): these delays stay the report's. Nor a
# delay counted from an event ("of the adoption"), one a report word comes after the "that" for ("to ensure that ...
# and to report within 90 days"), a "that" with no auxiliary after it ("to report on that matter within 30 days").
THAT = re.compile(r"\bthat\s", re.I)
OPENER_THAT = re.compile(rf"\b(?:{phrases(load().reports['clause_openers'])})\s+(?P<that>that)\s", re.I)
# whole words, so not "information", "provided", nor "present" as "the present resolution" says it
REPORT_WORD = re.compile(
    r"\b(?:report(?:s|ing|ed)?|brief(?:s|ing|ed)?|inform(?:s|ing|ed)?|updat(?:e|es|ing|ed)|"
    r"submi(?:t|ts|tting|tted|ssion)|(?<!the\s)present(?:s|ing|ed)?|provid(?:e|es|ing))\b",
    re.I,
)
# the closed class of auxiliaries and forms of "be" and "have" (a clause with a lexical verb alone, "ensure that the
# mission deploys within 90 days", is not read: its delay stays the report's)
OWN_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|shall|would|should|can|could|may|might|must)\b", re.I
)
CLOSED = re.compile(r"[,;:]")


class _Clauses:
    """Where a scope's "that"s, report words, verbs and commas are, each read once and only when a delay with no start
    said asks (most scopes have none: delay() runs for every report's words), then judged by bisection, so a run of
    delays after one that-clause stays linear."""

    def __init__(self, scope: str) -> None:
        self.scope = scope

    @cached_property
    def thats(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in THAT.finditer(self.scope)]

    @cached_property
    def opened(self) -> set[int]:
        return {m.start("that") for m in OPENER_THAT.finditer(self.scope)}

    @cached_property
    def reports(self) -> list[int]:
        return [m.start() for m in REPORT_WORD.finditer(self.scope)]

    @cached_property
    def verbs(self) -> list[int]:
        return [m.start() for m in OWN_VERB.finditer(self.scope)]

    @cached_property
    def closes(self) -> list[int]:
        return [m.start() for m in CLOSED.finditer(self.scope)]

    def time_of(self, m: re.Match) -> bool:
        """Whether the delay m (no start said) ends an "ensure that" clause said after the report's words."""
        if m.group("anchor"):
            return False
        i = bisect.bisect_left(self.thats, (m.start(), -1)) - 1  # the last "that" before the delay
        if i < 0:
            return False
        start, end = self.thats[i]
        if start not in self.opened or not self.reports or self.reports[0] >= start:
            return False
        return (
            _any(self.verbs, end, m.start())
            and not _any(self.reports, end, m.start())
            and not _any(self.closes, end, m.start())
        )


def _any(at: list[int], lo: int, hi: int) -> bool:
    """Whether a position of the sorted list at is in [lo, hi)."""
    i = bisect.bisect_left(at, lo)
    return i < len(at) and at[i] < hi


def delay(scope: str) -> re.Match | None:
    """The delay of a report's scope: "within 90 days ...", else the last delay said without "within" ("to
    resume inspections no later than 45 days following adoption ... and to update the Council 60 days
    thereafter", S/RES/1441 op 5: the update's is the second)."""
    afters: list[re.Match] = []
    at = 0
    while a := AFTER.search(scope, at):  # each, though an anchor runs over the next ("... and to update 60 days")
        if not NOT_A_DELAY.search(scope, max(0, a.start() - 12), a.start()):
            afters.append(a)
        at = a.end("unit")
    # "within a week" (not "in a year", which may be a period: "twice in a year")
    clauses = _Clauses(scope)
    within = next(
        (
            m
            for m in WITHIN.finditer(scope)
            if (m.group(0)[:6].lower() == "within" or m.group("n").lower() not in ("a", "an"))
            and not (NEXT.match(m.group(0)) and re.search(r"\bthat\b", scope[: m.start()]))
            and not clauses.time_of(m)
        ),
        None,
    )
    return within or (afters[-1] if afters else None)


# a further delay listed after the first, with the same start: "within 90 days and 180 days from its adoption"
MORE_DELAY = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:within\s+)?" + dates.AMOUNT, re.I)


# a delay listed before the one its start is said after: "six months and eleven months after the adoption"
DELAY_BEFORE = re.compile(dates.AMOUNT + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", re.I)


def delays_before(scope: str, w: re.Match) -> list[re.Match]:
    """The delays listed right before the delay w said with its start ("six months and eleven months after the
    adoption"), in order, w not among them; [] where none is or w is a "within" (read forward, more_delays)."""
    if not w.group("anchor") or w.group(0)[:2].lower() in ("wi", "in"):
        return []
    out: list[re.Match] = []
    at = w.start()
    while (m := DELAY_BEFORE.search(scope, max(0, at - 40), at)) and not NOT_A_DELAY.search(
        scope, max(0, m.start() - 12), m.start()
    ):
        out.insert(0, m)
        at = m.start()
    return out


def more_delays(scope: str, w: re.Match) -> list[re.Match]:
    """The delays listed right after the delay w of a report's scope ("within 90 days and 180 days")."""
    out: list[re.Match] = []
    at = w.end()
    while m := MORE_DELAY.match(scope, at):
        out.append(m)
        at = m.end()
    return out
