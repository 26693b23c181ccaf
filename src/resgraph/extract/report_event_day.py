"""A report due before a meeting the same text dates in another paragraph: "and also requests the President to prepare
a summary of the hearing prior to the high-level meeting" (A/RES/77/275 op 6, heldout35 26: due 2023-09-20), whose op 1
"Decides that the one-day high-level meeting ... shall be held at United Nations Headquarters in New York on 20
September 2023"; "Decides to convene a high-level meeting from 8 to 10 June 2021" (A/RES/75/260 op 1): the meeting's
first day. The Assembly's modalities texts for its high-level meetings ask the President's summary of a hearing so.
The due is the meeting's day, as the golds compute a deadline set by the end of what the same text sets (README "What
counts"; report_term_end for a mandate's end).

Not where the text gives the meeting no day ("on the third day of the general debate", "in September 2026"), nor where
an amount comes before ("at least sixty days prior to the high-level meeting", S/RES/2282 (2016) op 30: the meeting
is the Assembly's, dated nowhere in the text), nor a report the clause already times. Read once every report of the
document is known, as report_later reads a time a later paragraph gives. Raises nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.extract import deadlines as dates
from resgraph.extract.report_clauses import clause_words
from resgraph.models import Paragraph, ReportDue
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the meetings (data: ontology/vocab/reports.yaml `events` `dated_meetings`)
_EVENT = rf"(?:{phrases(load().reports['events']['dated_meetings'])})"
# a report due before the meeting: "prior to the high-level meeting", not "at least sixty days prior to" (AMOUNT)
BEFORE = re.compile(
    rf"\b(?:prior\s+to|before|ahead\s+of|in\s+advance\s+of)\s+the\s+(?P<e>{_EVENT})\b"
    r"(?!\s+(?:on|of)\b)",  # "the high-level meeting on Peacebuilding": a meeting named, maybe not this text's
    re.I,
)
# an amount of time right before the preposition: "sixty days", "one month", "a year", "ten working days"
AMOUNT = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?)\s*$", re.I)


def _day_pattern(n: str = "") -> str:
    """A day: "on 20 September 2023", "on Monday, 22 September 2025", "on 20 and 21 July 2026", "from 8 to 10 June
    2021", "from 30 September to 1 October 2024" (the first month, m0); its groups named with the suffix n, one
    pattern for each alternative of DATED."""
    return (
        rf"\b(?:on|from)\s+(?:[A-Z][a-z]+day,\s+)?(?P<d{n}>\d{{1,2}})(?:\s+(?P<m0{n}>{dates.MONTH}))??"
        rf"(?:\s+(?:and|to)\s+\d{{1,2}})?\s+(?P<m{n}>{dates.MONTH}),?\s+(?P<y{n}>\d{{4}})\b"
    )


# a gap that stays within one subject: not across ", and that" (a second thing held) nor another "held"
_GAP = r"(?:(?!\bheld\b|,?\s+and\s+that\b)[^;:])"
# the text dating it: "Decides to convene a high-level meeting from 8 to 10 June 2021", "the one-day high-level
# meeting ... shall be held at United Nations Headquarters in New York on 20 September 2023"; not "the high-level
# meeting shall be held during the seventy-eighth session, and that the interactive hearing shall be held on 15 May"
DATED = re.compile(
    rf"\b(?:convene|hold)\s+(?:a|the)\s+(?:[\w-]+\s+){{0,3}}?(?P<e>{_EVENT})\s+{_day_pattern()}"
    rf"|\bthe\s+(?:[\w-]+\s+){{0,3}}?(?P<e2>{_EVENT})\b{_GAP}{{0,300}}?\b(?:shall|will|should)\s+be\s+held\b"
    rf"{_GAP}{{0,120}}?{_day_pattern('2')}",
    re.I,
)


def _key(event: str) -> str:
    return " ".join(event.lower().split())


def _day(paragraphs: tuple[Paragraph, ...], event: str) -> str | None:
    """The day the text's own operative paragraphs hold that meeting (the event word BEFORE named) on (ISO), where
    they date it on one first day only: two meetings of that name on two days leave it unknown."""
    days = set()
    for p in paragraphs:
        if p.kind != "operative" or p.part != "main":
            continue
        for m in DATED.finditer(p.text):
            if _key(m.group("e") or m.group("e2")) != event:
                continue
            d, y = m.group("d") or m.group("d2"), m.group("y") or m.group("y2")
            mo = m.group("m0") or m.group("m02") or m.group("m") or m.group("m2")
            month = dates.MONTH_NUMBER.get(mo.lower())
            if month:
                days.add(f"{y}-{month:02d}-{int(d):02d}")
    return days.pop() if len(days) == 1 else None


def _before(clause: str) -> str | None:
    """The meeting the clause asks the report before (its event word), not after an amount of time."""
    for m in BEFORE.finditer(clause):
        if not AMOUNT.search(clause[: m.start()]):
            return _key(m.group("e"))
    return None


def meeting_day(reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[ReportDue, ...]:
    """reports, each with no time whose clause asks it before the meeting (BEFORE) due on the day the text holds the
    meeting on; the others as they are."""
    out = list(reports)
    days: dict[str, str | None] = {}  # each meeting's day, looked up once
    # each clause's meeting, read once (report_clauses: the reports of one clause to each of its receivers share it)
    events: dict[str, str | None] = {}
    for i, (r, words) in enumerate(zip(reports, clause_words(reports, paragraphs), strict=True)):
        if not words or any((r.due, r.within, r.every, r.session)):
            continue
        if words not in events:
            events[words] = _before(words)
        event = events[words]
        if event is None:
            continue
        if event not in days:
            days[event] = _day(paragraphs, event)
        if days[event]:
            out[i] = replace(r, due=days[event])
    return tuple(out)
