"""Deadlines, counts and durations as resolutions write them, as ISO 8601 values (dates.py reads
the plain "26 July 2012" of headers and citations; this module the deadlines of reports and terms).

"by 1 December 2005", "as of June 30 2023", "no later than 15 April 2024" -> ISO dates; "by June
2006" -> "2006-06"; "thirty days", "two weeks", "12 months", "one year" -> P30D, P2W, P12M, P1Y; and a date plus a
duration, for "within 90 days of the adoption of this resolution" and "for a period of 12 months
from the date of adoption".
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from resgraph.extract.dates import MONTH_NAMES
from resgraph.vocab import load
from resgraph.wordsearch import unnamed

# a month's name, or its abbreviation with its full stop ("until Dec. 31, 2027", S/RES/2803 (2025) op 8)
MONTH = "|".join(MONTH_NAMES) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
# what a report's due date or a term's end is, in a paragraph's reading, when the text gives the end
# of the mandate the same text sets ("before the end of the present mandate", "until the end of
# MINUSMA's mandate as authorized in this resolution"): the pipeline puts the date in once every
# term of the document is read
MANDATE_END_MARK = "mandate-end"
MONTH_NUMBER = (
    {m.lower(): i for i, m in enumerate(MONTH_NAMES, 1)}
    | {m.lower()[:3] + ".": i for i, m in enumerate(MONTH_NAMES, 1)}
    | {"sept.": 9}
)
# 31 July 2020 | July 31, 2020 | June 30 2023 | March, 1, 2018 (S/RES/2374 (2017) op 11) | June 2006 (a month
# alone) | 2023 alone is not a date here | the 1st of October 2004 (S/RES/1555 (2004) op 1) | 31January 2021, the
# space lost (S/RES/2537 (2020) op 11)
DATE = (
    rf"(?:(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of\s+|\s*)(?P<m1>{MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH}),?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<m3>{MONTH})\s+(?P<y3>\d{{4}}))"
)
DATE_RE = re.compile(DATE)
# the same with its groups unnamed, for patterns that hold a date more than once or beside named groups of their own
DATE_PLAIN = unnamed(DATE)

CARDINALS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
COUNT = (
    rf"(?:\d{{1,3}}|(?:{_TENS})[-\s](?:{_ONES})|"
    + "|".join(sorted((k for k in CARDINALS if k not in ("a", "an")), key=len, reverse=True))
    + r")"
)
UNIT = r"(?:calendar\s+|working\s+)?(?:days?|weeks?|months?|years?)"
# "and a half" after the unit: "within a year and a half" is 18 months, not one year (amount; of another unit, none)
HALF = r"(?P<half>\s+and\s+a\s+half(?![\w-]))?"
# "and a half" between the count and the unit: "for a period of two and a half years" is P30M (amount); a pattern
# holds HALF or HALF_BEFORE or both (mandate terms: term_times.PERIOD)
HALF_BEFORE = r"(?P<half_before>\s+and\s+a\s+half(?=\s))?"
AMOUNT = rf"(?P<n>{COUNT})(?:\s*\(\d+\))?\s+(?P<unit>{UNIT}){HALF}"
# a delay that may count one unit with the article: "within a week of the adoption" (S/RES/1319 (2000) op 7)
# or the next one with no count: "a report ..., when appropriate, within the next year" (S/RES/2365 (2017) op 16: P1Y;
# after "within" only, not "in the next year", a calendar year)
A_AMOUNT = (
    rf"(?P<n>{COUNT}|an?(?=\s+(?:week|month|year)\b)|"
    r"(?<=within\s)the\s+(?:next|coming|following)(?=\s+(?:week|month|year)\b))"
    rf"(?:\s*\(\d+\))?\s+(?P<unit>{UNIT}){HALF}"
)
# the count of "the next year": one
_THE_NEXT = re.compile(r"the\s+(?:next|coming|following)$", re.I)
# the count of a cycle, if any ("every month"), with the figure in brackets that may repeat it ("every sixty (60)
# days thereafter", S/RES/1725 (2006) op 7)
CYCLE_AMOUNT = rf"(?:(?P<n>{COUNT})(?:\s*\(\d+\))?\s+)?(?P<unit>days?|weeks?|months?|years?)"
# "every two years", "every six months", "every year and a half" (P18M: amount) (report_times.EVERY)
EVERY_N = r"\bevery\s+" + CYCLE_AMOUNT + r"\b" + HALF
# a cycle as a text says it, to stand inside larger patterns (report_receiver_tails, report_redelivered): the phrases
# report_times reads a cycle by (ontology/vocab/cycles.yaml `phrases`) or "every N <unit>", its groups unnamed; not
# a recurring meeting's adjective ("at the annual open debate", report_meetings), which report_times also reads
CYCLE_SAID = unnamed(
    "(?:" + "|".join(f"(?:{w})" for w in [*(str(p["say"]) for p in load().cycles.get("phrases") or ()), EVERY_N]) + ")"
)


def iso(m: re.Match) -> str | None:
    """The ISO date (or year-month) of a DATE match."""
    g = m.groupdict()
    try:
        if g.get("m1"):
            return date(int(g["y1"]), MONTH_NUMBER[g["m1"].lower()], int(g["d1"])).isoformat()
        if g.get("m2"):
            return date(int(g["y2"]), MONTH_NUMBER[g["m2"].lower()], int(g["d2"])).isoformat()
        if g.get("m3"):
            return f"{int(g['y3']):04d}-{MONTH_NUMBER[g['m3'].lower()]:02d}"
    except ValueError:  # 31 February
        return None
    return None


# a day of a month with no year ("no later than 30 January", "by July 30"), not followed by a year
DAY_MONTH = (
    rf"(?:(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm>{MONTH})|(?P<md>{MONTH})\s+(?P<mdd>\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?![\w-]|,?\s+\d)"
)


def on_or_after(m: re.Match, adopted: str | None) -> str | None:
    """The ISO date of a DAY_MONTH match: the first such day on or after the adoption date (a deadline
    set without a year falls in the year of adoption, or the next one when that day is already past:
    "by 15 January" adopted on 20 December 2024 is 2025-01-15); None without an adoption date."""
    if not adopted or not re.match(r"\d{4}-\d{2}-\d{2}", adopted):
        return None
    g = m.groupdict()
    month, day = (g["dm"], g["dd"]) if g.get("dm") else (g["md"], g["mdd"])
    start = date.fromisoformat(adopted[:10])
    for year in (start.year, start.year + 1, start.year + 2, start.year + 3, start.year + 4):
        try:
            d = date(year, MONTH_NUMBER[month.lower()], int(day))
        except ValueError:  # 29 February of a common year, 31 April
            continue
        if d >= start:
            return d.isoformat()
    return None


def count(word: str) -> int | None:
    """'thirty' -> 30, '24' -> 24, 'forty-five' -> 45."""
    w = word.lower().strip()
    if w.isdigit():
        return int(w)
    if w in CARDINALS:
        return CARDINALS[w]
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in CARDINALS and parts[1] in CARDINALS:
        return CARDINALS[parts[0]] + CARDINALS[parts[1]]
    return None


def duration(n: int, unit: str) -> str:
    """ISO 8601 duration of n units, in the text's unit as the golds' README writes them: (90, 'days') -> 'P90D',
    (3, 'weeks') -> 'P3W' ("for a further period of five weeks" is P5W, heldout30 05 op 3). xsd:duration has no
    weeks: the graph writes P3W as P21D (as_days); add and before_end count a week as 7 days. Raises KeyError
    for a unit other than day, week, month or year ("hours", "fortnight"): the callers' patterns (AMOUNT) admit
    only those four, so another is a caller's bug, not a duration to guess."""
    u = unit.lower().split()[-1].rstrip("s")
    return f"P{n}{dict(day='D', week='W', month='M', year='Y')[u]}"


def amount(m: re.Match) -> str | None:
    """The duration of an AMOUNT or EVERY_N match ("thirty days" -> P30D, "every year" -> P1Y); with "and a half"
    after the unit or before it (HALF, HALF_BEFORE), a number of years in months ("a year and a half", "one and a half
    years" -> P18M), none for another unit (half a month or week is no whole number of days)."""
    n = 1 if not m.group("n") or _THE_NEXT.match(m.group("n")) else count(m.group("n"))  # "every year": one
    if n and (m.groupdict().get("half") or m.groupdict().get("half_before")):
        return duration(12 * n + 6, "months") if m.group("unit").lower().startswith("year") else None
    return duration(n, m.group("unit")) if n else None


_DUR = re.compile(r"P(\d+)([DWMY])")


def as_days(dur: str) -> str:
    """A duration in weeks as days, a week being 7 days ("P5W" -> "P35D"); any other unchanged. The one place
    that counts a week: add, before_end, the graph (xsd:duration has no weeks: graph/terms.duration_literal) and
    scripts/mandate_score.py (P2W and P14D are one value) all go through it."""
    m = _DUR.fullmatch(dur)
    return f"P{7 * int(m.group(1))}D" if m and m.group(2) == "W" else dur


def same_length(a: str | None, b: str | None) -> bool:
    """Whether two durations are one length however written: a year is 12 months ("the 12-month period" of "for a
    period of one year"), a week 7 days (as_days); None is no length."""
    if not (a and b):
        return False
    return _comparable(a) == _comparable(b)


def _comparable(dur: str) -> str:
    """dur in days (PnD, PnW) or months (PnM, PnY): "P1Y" -> "P12M", "P2W" -> "P14D"."""
    m = _DUR.fullmatch(dur)
    return f"P{12 * int(m.group(1))}M" if m and m.group(2) == "Y" else as_days(dur)


def add(start: str | None, dur: str | None) -> str | None:
    """start (an ISO date) plus dur (PnD, PnW, PnM, PnY); a month past its end clamps to its last
    day (30 August + 6 months is 28 February). A month alone plus months or years is the month it
    ends in ("36 months from ... June 2024" is 2027-06); plus days, unknown (None)."""
    if not start or not dur:
        return None
    m = _DUR.fullmatch(as_days(dur))
    if m and m.group(2) in "MY" and re.fullmatch(r"\d{4}-\d{2}", start):
        y, mo = divmod(int(start[5:]) - 1 + int(m.group(1)) * (12 if m.group(2) == "Y" else 1), 12)
        return f"{int(start[:4]) + y:04d}-{mo + 1:02d}"
    if not m or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", start):
        return None
    d = date.fromisoformat(start)
    n, u = int(m.group(1)), m.group(2)
    if u == "D":
        return (d + timedelta(days=n)).isoformat()
    months = n * (12 if u == "Y" else 1)
    y, mo = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, mo + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1])).isoformat()


def before_end(end: str | None, mark: str) -> str | None:
    """The due date a mandate-end mark stands for, the mandate ending on `end` (an ISO date): `end`
    itself for "mandate-end", so long before it for "mandate-end-P15D" ("15 days before the end of its
    mandated period") or "mandate-end-P1M"; None when the end or the distance is not known."""
    ahead = mark.removeprefix(MANDATE_END_MARK).lstrip("-")
    if not ahead or not end:
        return end
    m = _DUR.fullmatch(as_days(ahead))
    if not m or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", end):
        return None
    d, n = date.fromisoformat(end), int(m.group(1))
    if m.group(2) == "D":
        return (d - timedelta(days=n)).isoformat()
    # "one month before UNMHA's mandate is due to expire": the same day so many months before (clamped)
    y, mo = divmod(d.month - 1 - n * (12 if m.group(2) == "Y" else 1), 12)
    year, month = d.year + y, mo + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1])).isoformat()
