"""When a term ends that the text gives as a span or a window of two dates: "for the period 2024–2028", "during the
period October 2008 to March 2009", "between 1 January 2023 and 31 March 2023", "from 1 October 2023 to 31 December
2023". The term ends with the span's last year, month or day, and no length is written (a span is no length: heldout31
25 op 8's review; heldout48 05 op 27). A span of money (a budget's period) or of the thing the term's body works on
is not the term's.

Split from term_times.py, which reads the other ways a term's end is written; nothing here raises.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from resgraph.extract import deadlines as dates
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# a span the term lasts, "for the period 2024–2028" (A/RES/78/238 op 8, heldout31 25), "during the period October 2008 to
# March 2009" (S/RES/1836 (2008) op 3), "for the period from 15 November 2005 to 31 March 2006": it ends with the last
# year, month or day of the span, and gives no length (a span is no length written: heldout31 25 op 8's review). Only a
# span after the term's words (not "Endorses the timeline for the next reporting cycle ... for the period 2024–2026,
# establishes the advisory group", E/RES/2024/15 op 15), and not in a clause of money (terms.yaml `span_not_with`):
# "authorizes the Secretary-General to enter into commitments for the period from 1 July 2020 to 30 June 2021 in an
# amount not exceeding" (A/RES/74/292 op 30) is a budget's period
SPAN = re.compile(
    r"\b(?:for|during|over|covering)\s+the\s+period\s+(?:from\s+)?(?:"
    + dates.DATE_PLAIN
    + r"|(?:19|20)\d\d)\s*(?:to|until|till|through|[-–—])\s*(?:"
    + dates.DATE
    + r"|(?P<year>(?:19|20)\d\d)\b)",
    re.I,
)
# a window of two days the term runs in, with no "the period" before it: "Authorises the Member States of the African
# Union, between 1 January 2023 and 31 March 2023, to deploy up to 17,626 uniformed personnel" (S/RES/2628 (2022) op 27,
# heldout48 05: until 2023-03-31, no length, as heldout23 03 op 3 reads "from 1 July 2024 until 12 August 2024"), "to
# deploy ... from 1 October 2023 to 31 December 2023" (S/RES/2687 (2023) op 19's second phase). The first day may omit
# the year the last one gives ("between 1 January and 31 March 2023"). Read for a term that starts, not one that ends;
# "from ... until" is term_times.UNTIL's already
WINDOW = re.compile(
    rf"\b(?:between|from)\s+(?:(?P<wd>\d{{1,2}})\s+(?P<wm>{dates.MONTH})|(?P<wm2>{dates.MONTH})\s+(?P<wd2>\d{{1,2}}),?)"
    r"(?:,?\s++(?P<wy>\d{4}))?\s++(?:and|to|through)\s+" + dates.DATE,
    re.I,
)
# how long before the adoption a window's first day may lie (an extension runs on from the end of the current mandate,
# which may fall just before the adoption); one that starts earlier is a past period's ("the incidents that occurred
# between 1 January and 31 March 2023"), and one that ended before the adoption is too
WINDOW_SLACK_DAYS = 31
SPAN_NOT_WITH = re.compile(rf"\b(?:{phrases(load().terms['span_not_with'])})\b", re.I)
# how near a span its money words are looked for (characters before, after): a clause may ask money for something else
# ("..., and requests the Secretary-General to provide it with the resources as appropriate" after a span's group)
MONEY_NEAR = (200, 80)
# the span of a thing the term's body works on, named in its complement or a relative clause opened just before the
# span (terms.yaml `span_of_a_thing`): "an open-ended working group on the implementation of the Strategic Plan for the
# period 2021–2030" (the plan's period, not the group's), "a committee, which shall work on the plan for the period
# 2022–2030"
SPAN_OF_A_THING = re.compile(rf"\b(?:{phrases(load().terms['span_of_a_thing'])})\s+(?:[\w-]+\s+){{0,8}}$", re.I)
# the window of an event the body works on or meets for, its words up to eight words before the window (terms.yaml
# `window_not_after`): "to monitor the elections to be held between 1 December 2025 and 31 January 2026", "a committee,
# to meet in New York from 28 April 2025 to 9 May 2025"
EVENT_BEFORE = re.compile(rf"\b(?:{phrases(load().terms['window_not_after'])})\s+(?:[\w-]+\s+){{0,8}}$", re.I)
# the words after a window set off by a comma before it: a comma closing it, or the clause's end
SET_OFF_END = re.compile(r"\s*(?:[,;.:]|$)")
# a cut in the words between the term's words and a window: a comma (not one inside a number: "17,626"), ";" or ":"
CUT = re.compile(r"[;:]|,(?!\d)")


def _not_the_terms(clause: str, at: int, span: re.Match) -> bool:
    """Whether a span read after a term's words at clause[at] is another thing's: a budget's, money words near it
    (SPAN_NOT_WITH within MONEY_NEAR; not anywhere in the clause, for "as appropriate" or a budget asked in another
    task is no money of the span), or that of the thing the term's body works on (SPAN_OF_A_THING)."""
    money = SPAN_NOT_WITH.search(clause, max(0, span.start() - MONEY_NEAR[0]), span.end() + MONEY_NEAR[1])
    return bool(money or SPAN_OF_A_THING.search(clause, at, span.start()))


def _window_start(m: re.Match, last: str) -> date | None:
    """The first day of a WINDOW match whose last day is `last` (ISO), in the last day's year when it gives none (the
    year before where that would put it after the last day); None when it is no day."""
    month = dates.MONTH_NUMBER.get((m.group("wm") or m.group("wm2")).lower())
    day, year = int(m.group("wd") or m.group("wd2")), int(m.group("wy") or last[:4])
    if not month:
        return None
    try:
        first = date(year, month, day)
        return date(year - 1, month, day) if not m.group("wy") and first > date.fromisoformat(last) else first
    except ValueError:
        return None


def _own_place(clause: str, at: int, m: re.Match) -> bool:
    """Whether a window read after the term's words at clause[at] stands where a term's own time does: right after the
    verb and its object, set off by commas ("Authorises the Member States of the African Union, between 1 January 2023
    and 31 March 2023, to deploy") or with no comma before it ("to deploy ... to ATMIS between 1 January and 31 March
    2023;"), and not the window of an event (EVENT_BEFORE: "to monitor the elections to be held between ..."). A window
    after a comma inside the words before it is another part's: a complement ("a committee, to meet in New York from
    ... to ..."), an aside ("UNMISS, with the elections between ...,") or another verb ("..., and exempts the flights
    between ...")."""
    lead = clause[at : m.start()].rstrip()
    set_off = lead.endswith(",")
    words = lead[:-1] if set_off else lead
    if CUT.search(words) or (set_off and not SET_OFF_END.match(clause, m.end())):
        return False
    return not EVENT_BEFORE.search(words + " ")


def window_end(clause: str, at: int, adopted: str | None) -> str | None:
    """The last day (ISO) of the first window of two days (WINDOW) after clause[at] that is the term's: a span of days
    that does not end before the adoption nor start more than WINDOW_SLACK_DAYS before it (with no adoption known,
    none), in the term's own place (_own_place), and not another thing's (_not_the_terms); None when there is none.
    Asked for a term that starts, not one that ends, in a clause that writes no length (term_times.until)."""
    if not adopted or len(adopted) != 10:
        return None
    m = WINDOW.search(clause, at)
    last = dates.iso(m) if m else None
    if not (m and last and len(last) == 10) or _not_the_terms(clause, at, m) or not _own_place(clause, at, m):
        return None
    first, when = _window_start(m, last), date.fromisoformat(adopted)
    if not first or first < when - timedelta(days=WINDOW_SLACK_DAYS) or date.fromisoformat(last) < when:
        return None
    return last


def span_end(clause: str, at: int) -> str | None:
    """The end (ISO date, year-month or year) of the span after clause[at] that the term lasts (SPAN); None when the
    clause gives none, or only another thing's."""
    span = SPAN.search(clause, at)
    return (dates.iso(span) or span.group("year")) if span and not _not_the_terms(clause, at, span) else None
