"""A report's date said away from a deadline word, read where the scope gives no deadline, delay or cycle
(report_times.timing): a month or day "in" a date anywhere in the scope ("to provide to the Council a briefing on
the electoral process in May 2010 and a full report on the implementation of the mandate of BINUB in November 2010",
S/RES/1902 (2009) op 22; "to prepare a report to the Security Council on his efforts to strengthen ... security
sector reform in September 2021 in order to inform ...", 2553 (2020) op 25), a year "in" it right after the report
("an interim report in 2022 and a second, detailed report in 2024", A/RES/75/201 op 5; "to report thereon in 2022",
75/291 op 87) and a year a report falls "within" ("to report to the Security Council on the findings of this
evaluation, within 2017 as appropriate", S/RES/2325 (2016) op 9, heldout8 12: due 2017) or the part of a year it
falls in ("to brief the General Assembly in the first quarter of 2021", A/RES/75/193 op 56: 2021-03, the month the
quarter ends; "by mid-2025": 2025-06); not "the first quarter of each year" (a cycle, heldout6 01 op 4: no due).

Not a date of another thing: one before the adoption ("since the lifting of paragraph 10 of resolution 1521 (2003) in
June 2006"), nor one an event word comes right before ("the high-level meeting to be convened in 2023", "elections
held in May 2010", "the thirtieth anniversary of its adoption, in 2019"). A year that is the receiving organ's
session ("to report to the Economic and Social Council in 2023": session 2023, no due, heldout6 E/RES/2021/13 op 3)
is that session (reports._fields, as_session).
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates
from resgraph.organs import Organ
from resgraph.vocab import load
from resgraph.wordsearch import phrases

YEAR = r"(?P<y4>(?:19|20)\d\d)\b(?!\s*[-\u2013/)])"
# "in <date>" anywhere: a month or a day of a month with its year
IN_DATE = re.compile(r"\bin\s+" + dates.DATE, re.I)
# "within 2017": a year as the time limit
WITHIN_YEAR = re.compile(r"\bwithin\s+" + YEAR, re.I)
# a year right after the report, its receiver or "thereon": "an interim report in 2022", "report thereon in 2022",
# "a flagship report in 2030", "report to the Economic and Social Council in 2023" (the session's, see above)
# (the spaces and commas between its words read possessively, as "(?:\s*+,)?+\s++", the same texts: "\s*,?\s+" and
# "\s*,?" before "\s+in" split a run of spaces after a report word between two quantifiers, quadratic; what follows
# each is a word, so the run is never given back; the only "in" a match can end at is the first word that is none of
# its own, so its span is as before)
# (the words of an organ's name are data: ontology/vocab/reports.yaml `organ_name_words`)
ORGAN_WORDS = phrases(load().reports["organ_name_words"])
IN_YEAR = re.compile(
    r"\b(?:reports?|briefings?|updates?|brief|report\s+thereon|update\s+\w+\s+thereon)"
    r"(?:(?:\s*+,)?+\s++(?:(?:to|through)\s+)?(?:the|it|its)\b"
    rf"(?:\s++(?:{ORGAN_WORDS}))*"
    r"(?:\s*+,)?+){0,2}"
    r"\s++in\s+" + YEAR,
    re.I,
)
# a part of a year: "in the first quarter of 2021" (A/RES/75/193 op 56), "in the second quarter of 2023" (A/RES/77/1
# op 12), "by mid-2025", "by the middle of 2025": the month it ends in, as a month alone is written ("2021-03")
PART_OF_YEAR = re.compile(
    r"\b(?:in|by|during|before|within)\s+(?:the\s+(?:end\s+of\s+the\s+)?(?P<q>first|second|third|fourth|last)\s+"
    r"quarter\s+of|(?P<mid>mid-|the\s+middle\s+of)\s*)\s*" + YEAR,
    re.I,
)
QUARTER_END = {"first": "03", "second": "06", "third": "09", "fourth": "12", "last": "12"}
# an event the date is of, right before "in": "to be held in 2026", "elections in May 2010", "the Decade in 2034"
# (the events are data: ontology/vocab/reports.yaml `events` `before_in`)
EVENT = re.compile(
    rf"\b(?:{phrases(load().reports['events']['before_in'])}|expir\w*)"
    r"(?:\s+\S+){0,2}?\s*,?\s*$",
    re.I,
)


def loose(scope: str, adopted: str | None) -> tuple[int, str] | None:
    """The first date of a report's scope said away from a deadline word (see the module's docstring), as an
    ISO date, year-month or year, with where it is read in scope (a year's own digits: a list of years is read
    only there, listed_years); None where there is none, or each is another thing's."""
    found: list[tuple[int, str]] = []
    for m in IN_DATE.finditer(scope):
        if (d := dates.iso(m)) and not _event(scope, m.start()):
            found.append((m.start(), d))
    for m in PART_OF_YEAR.finditer(scope):
        if not _event(scope, m.start()):
            found.append(
                (m.start(), m.group("y4") + "-" + (QUARTER_END[m.group("q").lower()] if m.group("q") else "06"))
            )
    for rx in (WITHIN_YEAR, IN_YEAR):
        for m in rx.finditer(scope):
            if not _event(scope, m.start("y4") - 3):
                found.append((m.start("y4"), m.group("y4")))
    for at, d in sorted(found):
        if not (adopted and d < adopted[: len(d)]):
            return at, d
    return None


def _event(scope: str, at: int) -> bool:
    """Whether an event word comes right before scope[at] ("in" of a date): the date is the event's."""
    return bool(EVENT.search(scope, max(0, at - 40), at))


def as_session(f: dict, organ: Organ | None, years: tuple[int, ...] = ()) -> None:
    """A due date that is a year alone (f: a report's fields, due and dues read loosely), where the receiver names
    its sessions by year (organ: its calendar, Organ.annual), is that session: the year of the session read for the
    same report ("to report to the Economic and Social Council in 2023", heldout6 E/RES/2021/13 op 3: session 2023,
    no due), or the session itself where none was read; the list of years that due opens where it was read (years,
    listed_years) is one session each, as "at its eighty-first and eighty-second sessions" is ("to present to the
    Economic and Social Council a report in 2021, 2022 and 2023", A/RES/75/233 op 118, heldout46; the same words in
    A/RES/79/226 op 127 for 2025 to 2027: three reports, report_pairs.sessions_respectively); in place."""
    due = f.get("due")
    if not (due and re.fullmatch(r"\d{4}", due) and organ and organ.annual):
        return
    if not f.get("session"):
        f["session"], f["year"] = int(due), int(due)
        if len(years) > 1 and years[0] == int(due):
            f["sessions"] = years
    if f.get("session") == int(due):
        f["due"], f["dues"] = None, []


# a run of years: "2021, 2022 and 2023", "2025 and 2026"; each year four digits, the commas and "and" between them
# fixed words, the run read possessively and only where the due year was read (YEAR_RUN.match at its position)
YEAR_RUN = re.compile(r"\b(?:19|20)\d\d\b(?:(?:,\s?|,?\sand\s)(?:19|20)\d\d\b)*+")
LIST_END = re.compile(r"\sand\s(?:19|20)\d\d$")


def listed_years(scope: str, at: int) -> tuple[int, ...]:
    """The years of the list that starts at scope[at], where the report's year was read (loose), and ends with "and"
    before its last ("a report in 2021, 2022 and 2023": 2021, 2022 and 2023), in order; () where none starts there
    ("in 2021 or 2022", "in 2021, 2022, 2023" with no "and": one). Not a list said elsewhere in the scope, even one
    that opens with the same year ("a report in 2025 on the implementation of the plans for 2025 and 2026": one; the
    review of b6557280). A list to an organ whose sessions are not years ("to the General Assembly a report in 2024
    and 2025") is not read here (as_session reads it only for an annual organ): one report, due the first year."""
    m = YEAR_RUN.match(scope, at)
    if m and LIST_END.search(m.group()):
        return tuple(int(y) for y in re.findall(r"\d{4}", m.group()))
    return ()
