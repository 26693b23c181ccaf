"""When a report is due and how often: the deadline given ("by 1 December 2005", "no later than 15
April 2024"), a delay ("within 90 days of the adoption", "three months from the date of the
adoption", "6 months after the presidential inauguration"), the end of the mandate the same text
sets ("before the end of the present mandate"), a month named right after the report ("a final report in
May 2005"), and the cycle ("every 90 days", "at three-monthly intervals", "an annual report") with where
it starts ("every 120 days starting from 16 October 2019"; "every six months from the adoption": the
first one six months after it, not so "every three months after the adoption", as the golds read them).

Split from reports.py, which finds the reports and who makes and receives them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from resgraph import wordsearch
from resgraph.extract import deadlines as dates
from resgraph.extract import (
    report_again,
    report_carried,
    report_cycle_due,
    report_cycle_start,
    report_delay_clause,
    report_delays,
    report_instead,
    report_loose_dates,
    report_meetings,
    report_not_its_cycle,
    report_standing,
    report_term_end,
)
from resgraph.extract.deadlines import MANDATE_END_MARK
from resgraph.vocab import Vocabulary, load

# ("within 60 days after the formation of the new Government and at the latest 15 October 2012", S/RES/2037 (2012) op
# 20, heldout9 12: the date a delay counted from an event has); not "as of", the start of the reporting ("to report ...
# as of 15 September 2014", S/RES/2149 (2014) op 47, as "as of its sixty-fourth session": no due date)
DEADLINE = re.compile(
    r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|prior\s+to|until|on|"
    r"at\s+the\s+latest)(?:\s+|(?=\d))"  # "no later than15 October 2023" (S/RES/2677 (2023) op 31: no space)
    r"(?:the\s+end\s+of\s+|the\s+(?=\d)|mid-\s*|the\s+middle\s+of\s+)?" + dates.DATE,
    re.I,
)
# "on" a date that is another thing's, not the report's: "for an initial period of 12 months beginning on 1 January
# 2006" (S/RES/1620 (2005) op 1), "the branch ... commences functioning on 1 July 2012" (2054 op 3), "beyond its
# expiration on 15 November 2026" (2802 op 35); the events are data: ontology/vocab/reports.yaml `events` `before_on`
EVENT_ON = re.compile(
    rf"\b(?:{wordsearch.phrases(load().reports['events']['before_on'])})"
    r"\s+$",
    re.I,
)
# any deadline of a thing to be held ("informal briefings to be held before the end of 2009", S/RES/1882 (2009) op 19;
# "elections to be held by 30 June"): the event's, not the report's
HELD = re.compile(r"\b(?:held|convened|organi[sz]ed|conducted|take\s+place|took\s+place)\s+$", re.I)
# a later deadline of a report's scope that dates what the report is about, not a second report (the scope already
# gave the report's own): an event noun, at most six words before it with no comma or "and" between ("on the state of
# preparation for a seamless transition of authority from MISCA to MINUSCA by 15 September 2014", S/RES/2149 (2014)
# op 27; the events are data: ontology/vocab/reports.yaml `events` `before_by`), or a task's infinitive right before
# it ("a midterm report ... no later than 15 December 2015, and which includes options to implement by 31 March
# 2016 the elements", 2226 (2015) op 37)
SUBJECT_EVENT = re.compile(
    rf"\b(?:{wordsearch.phrases(load().reports['events']['before_by'])})\b"
    r"(?:\s++(?!(?:and|or|then|again)\b)(?:[^\s,;:]|,(?=\d))++){0,6}\s+$"
    rf"|\bto\s+(?!(?:{report_meetings.REPORT_VERBS})\b)"
    r"[a-z]+\s+$",
    re.I,
)
# a deadline with no year ("no later than 30 January", "by July 30 and September 30"): see dates.on_or_after
YEARLESS = re.compile(
    r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before)\s+(?:the\s+)?" + dates.DAY_MONTH, re.I
)
# a year alone, by its end: "to submit a report by the end of 2016" (S/RES/2185 (2014) op 33, 2382 op 16), "oral
# updates ... before the end of 2024 and before the end of 2025" (A/HRC/RES/57/36 op 15), "before the end of 2025 and
# 2026", "before the end of the year" (S/RES/2347 (2017) op 22: the year of the adoption)
YEAR_END = re.compile(
    r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than|prior\s+to)\s+the\s+end\s+of\s+"
    r"(?:(?P<y>(?:19|20)\d\d)\b(?!\s*[-\u2013/])|(?P<this>the|this)\s+(?:current\s+)?year\b)",
    re.I,
)
MORE_YEARS = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:by|before)\s+the\s+end\s+of\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-\u2013/])",
    re.I,
)
MORE_DAYS = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:" + dates.DATE + "|" + dates.DAY_MONTH + ")", re.I)
# the end of a recurrence, no due date: "every 30 days up until 31 July 2022", "monthly until the end of 2024"
UNTIL = re.compile(r"\b(?:up\s+)?(?:until|till|through)\s+$", re.I)
# a further date of a deadline's list, with no "by" of its own: "by 4 July 2023 and 3 January 2024"
MORE_DATES = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + dates.DATE, re.I)
MANDATE_END = re.compile(
    r"\b(?:before|at|prior\s+to|by)\s+(?:the\s+)?(?:end|expiry|expiration|conclusion|termination)\s+of\s+"
    r"(?:(?:this|the\s+(?:present|current))\s+(?:mandate\s+)?period|(?:its|the)\s+(?:present|current)\s+mandate"
    r"(?:\s+period)?|the\s+mandate(?:\s+period)?|its\s+mandate(?:d)?(?:\s+period)?\b|"
    r"the\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Group|Panel|Team|Mission|Mechanism)[’']s\s+mandate\b)"
    # "30 days before the expiration of MINUJUSTH's initial mandate" (S/RES/2350 (2017) op 21)
    r"|\b(?:before|prior\s+to)\s+the\s+(?:end|expiry|expiration|conclusion|termination)\s+of\s+"
    r"(?-i:[A-Z]{3,}[a-zA-Z]*)[’']s\s+(?:initial\s+|current\s+|present\s+)?mandate(?:\s+period)?\b"
    # "at least one month before UNMHA's mandate is due to expire" (S/RES/2505 (2020) op 8 and its renewals)
    r"|\b(?:before|prior\s+to)\s+(?:(?-i:[A-Z]{3,}[a-zA-Z]*)[’']s|its|the)\s+(?:current\s+)?mandate\s+"
    r"(?:is\s+(?:due|set)\s+to\s+)?(?:expires?|ends?)\b",
    re.I,
)
# "15 days before the end of its mandated period", "30 days prior to the termination of the Monitoring Group's
# mandate": that long before the mandate ends
BEFORE_END = re.compile(
    r"\b"
    + dates.AMOUNT
    + r"\s+(?:before|prior\s+to)\s+(?:(?:the\s+)?(?:end|expiry|expiration|conclusion|termination)\s+of\b|"
    r"its\s+(?:expiry|expiration)\b|(?:(?-i:[A-Z]{3,}[a-zA-Z]*)[’']s|its|the)\s+(?:current\s+)?mandate\s+)",
    re.I,
)
# "to report ... on the implementation of MINUSTAH's mandate ... not later than 45 days prior to its expiration":
# the mandate's, where the scope names a mandate before it
ITS_EXPIRY = re.compile(r"\b(?:before|prior\s+to)\s+its\s+(?:expiry|expiration)\b", re.I)
# after a delay, what one is informed of rather than when the delay starts: "to inform the Security Council
# ... within nine months of the progress of actions undertaken" (S/RES/1846 (2008) op 16)
# (the topics are data: ontology/vocab/reports.yaml `topics_of`)
TOPIC = re.compile(rf"\s+of\s+(?:the\s+)?(?:{wordsearch.phrases(load().reports['topics_of'])})\b", re.I)
# counted from the adoption: "of the adoption", "from the date of this resolution"
# (also "within 30 days of its adoption", S/RES/2014 (2011) op 12, "of the passage of this resolution"; not "180 days
# from the date of adoption of the form developed pursuant to paragraph 47", S/RES/2734 (2024) op 49: another event)
ADOPTION = re.compile(
    r"^\s+(?:of|after|from|following)\s+(?:the\s+(?:date\s+of\s+)?)?(?:the\s+|its\s+)?"
    r"(?:(?:adoption|passage)\b(?!\s+of\s+(?!(?:this|the\s+present|the)\s+resolution\b))|"
    r"(?:this|the\s+present)\s+resolution\b|"
    # the renewal this resolution makes: "within six months of this mandate's renewal" (S/RES/2440 (2018) op 11 and
    # the MINURSO renewals after it), "within 180 days of the mandate renewal" (2459 (2019) op 36)
    r"(?:this|the)\s+mandate(?:[\u2019']s)?\s+renewal\b)",
    re.I,
)
# a delay counted from an event the paragraph makes a condition ("Requires all States, in cases when inspection ... is
# undertaken, to submit ... within five working days", S/RES/1803 (2008) op 12; "if prohibited items ... are found,
# further requires such Member States to submit to the Committee within 30 days", S/RES/2683 (2023) op 11): within
# alone, no due (tests/mandate_gold/README.md, "a deadline counted from another event")
CONDITION = re.compile(
    r"\b(?:in\s+(?:cases?|the\s+event)\s+(?:when|where|that|of)|if|whenever|when\s+(?:it|they|a|an|any|such)\s)\b",
    re.I,
)
WORKING_DAYS = re.compile(r"\bworking\s+days\b", re.I)  # "within 100 working days": no calendar date (heldout gold)
# a month named as when the report comes: "a final report in May 2005", "to report in October 2011, in
# January 2012", "a briefing in March 2012" (not "a report on the elections in November 2010": only
# right after the report word)
# also with the receiver and channel between: "to brief the Council in January 2009" (S/RES/1859 (2008) op 4), "to
# provide an oral briefing to the Council, through the Committee, in November 2002" (1425 op 10)
# (its spaces read once, by possessive quantifiers: a run after a report word was split between three, cubic; the
# same texts match, tests/test_linear_reports.py)
IN_MONTH = re.compile(
    r"\b(?:reports?|briefings?|updates?|brief)"
    r"(?:(?:\s*+,)?+\s++(?:(?:to|through)\s++)?(?:the|it|its)\b"
    rf"(?:\s++(?:{report_loose_dates.ORGAN_WORDS}))*"  # (data: reports.yaml `organ_name_words`)
    r"(?:\s*+,)?+){0,2}"
    r"\s++in\s+" + dates.DATE,
    re.I,
)
MORE_IN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)in\s+" + dates.DATE, re.I)
# where a cycle starts: "in reports every 120 days starting from 16 October 2019"
STARTING = re.compile(r"\b(?:starting|beginning|commencing)\s+(?:from\s+|on\s+|in\s+)?" + dates.DATE, re.I)
FROM_ADOPTION = re.compile(r"\s+from\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?adoption\b", re.I)
EVERY = re.compile(dates.EVERY_N, re.I)
# "at least at three-monthly intervals", "six-monthly reports", "at intervals of six months" (before
# CYCLES, whose "monthly" would read the first as a month)
CYCLE_N = re.compile(
    r"\b(?P<n>"
    + dates.COUNT
    + r")[-\s](?:(?P<unit>week|month|year)ly\b|(?P<unit3>day|week|month|year)s?\s+intervals?\b)"
    r"|\bat\s+intervals\s+of\s+(?P<n2>" + dates.COUNT + r")\s+(?P<unit2>days?|weeks?|months?|years?)\b",
    re.I,
)


@lru_cache(maxsize=4)
def _cycles(v: Vocabulary) -> tuple[tuple[tuple[re.Pattern, str], ...], dict[str, str], re.Pattern | None]:
    """cycles.yaml compiled: (phrase pattern, duration) in order, the report adjectives, and the
    "at each session" pattern."""
    c = v.cycles
    phrases = tuple(
        (re.compile(r"(?<![\w-])(?:" + p["say"] + r")(?!\w)", re.I), str(p["every"])) for p in c.get("phrases") or ()
    )
    adjectives = {str(k).lower(): str(d) for k, d in (c.get("adjectives") or {}).items()}
    sessions = re.compile(r"(?<![\w-])(?:" + c["sessions"] + r")\b", re.I) if c.get("sessions") else None
    return phrases, adjectives, sessions


def at_each_session(scope: str, v: Vocabulary) -> bool:
    """Whether a report's scope says it is due at each of the receiving organ's sessions ("report to
    the Forum at each session"): its cycle is then the organ's (Organ.session_every)."""
    rx = _cycles(v)[2]
    return bool(rx and rx.search(scope))


def timing(scope: str, words: str, adopted: str | None, v: Vocabulary, lead: str = "") -> dict:
    """due (the first), dues (each deadline), within, mandate_end and every of a report's scope;
    words: the words that name the report ("an annual report"); v: the vocabulary (cycles.yaml);
    lead: the text of the paragraph's sentence before the scope (where a condition may be said)."""
    f: dict = {}
    found = _dates(scope, adopted)
    cycle, cycle_at = _every(scope, words, v, lead)
    if cycle:
        # where the cycle starts; on the adoption day, the first one is a cycle later (as "every six
        # months from the adoption")
        found += [
            (m.start(), report_cycle_start.first_due(dates.iso(m), adopted, cycle)) for m in STARTING.finditer(scope)
        ]
        found += report_cycle_start.starts(scope, adopted, cycle, cycle_at)  # "every four months commencing 1 January"
        # "report every 30 days up until 31 July 2022": the end of the recurrence, not a due date
        found = [(at, d) for at, d in found if not UNTIL.search(scope, max(0, at - 12), at + 6)]
    # a date before the adoption is no deadline ("those designated by the Committee on 7 June 2018")
    dues = [d for _, d in sorted(found, key=lambda x: x[0]) if d and not (adopted and d < adopted[: len(d)])]
    w = report_delays.delay(scope)
    if w:
        # "six months and eleven months after the adoption" (S/RES/2491 (2019) op 3): the delays listed before the
        # one the anchor follows share its start, a report each, the first due first
        earlier = report_delays.delays_before(scope, w)
        f["within"], f["delay_end"] = dates.amount(earlier[0] if earlier else w), w.end()
        anchor = w.group("anchor") or ""
        if TOPIC.match(anchor):
            anchor = ""  # "to inform the Council within nine months of the progress": what of, not since when
        counted = ADOPTION.match(anchor) if anchor else not CONDITION.search(lead + scope[: w.start()])
        more = [*earlier[1:], w] if earlier else report_delays.more_delays(scope, w) if not anchor else []
        if more and not earlier:  # "within six months and eleven months of the adoption" (S/RES/2684 (2023) op 2)
            counted = ADOPTION.match(scope[more[-1].end() :])
        if counted and not WORKING_DAYS.search(w.group(0)):
            d = dates.add(adopted, f["within"])
            f["within_due"] = d
            if d and all(d.startswith(x) for x in dues):
                # none, or only a coarser date the delay's falls in ("within two years and no later than the end
                # of 2021", S/RES/2467 (2019) op 18: 2021-04-23, not 2021)
                dues = [d]
                for m in more:
                    if (d2 := dates.add(adopted, dates.amount(m))) and d2 not in dues:
                        dues.append(d2)
                        f.setdefault("within_of", {d: f["within"]})[d2] = dates.amount(m)
    if cycle and not dues and not w and (ev := EVERY.search(scope)) and FROM_ADOPTION.match(scope[ev.end() :]):
        # "brief the Council every six months from the adoption of this resolution": the first one then
        # (heldout5 02); "every three months after the adoption" gives no due (first gold 2303, held-out 2423)
        dues = [d] if (d := dates.add(adopted, cycle)) else []
    again = report_again.at_end(scope, dues, w.start() if w else None, f)
    end = None if again else MANDATE_END.search(scope) or report_term_end.search(scope, words)
    if not end and not w and (its := ITS_EXPIRY.search(scope)) and "mandate" in scope[: its.start()]:
        end = its
    if end:
        ahead = BEFORE_END.search(scope, max(0, end.start() - 40), end.end())
        f["mandate_end"] = (dates.amount(ahead) if ahead else report_term_end.ahead(scope, end)) or True
    if not (dues or w or cycle or end) and (got := report_loose_dates.loose(scope, adopted)):
        # "a full report ... in November 2010", "within 2017"; "in 2021, 2022 and 2023" read where its first year is
        dues, f["loose"], f["loose_years"] = [got[1]], True, report_loose_dates.listed_years(scope, got[0])
    dues = report_instead.kept(scope, dues)  # "the report requested by 15 February 2023, by 30 April 2023 instead"
    f["dues"] = list(dict.fromkeys(dues))
    f["due"] = dues[0] if dues else None
    report_delay_clause.bind(f, scope, w, found)  # "the first by ..., with the final report three months after ..."
    report_standing.add(f, scope, None if cycle else _cycles(v)[2], found)  # "at each of its sessions, ..., and by"
    f["every"] = cycle
    if cycle and len(f["dues"]) > 1 and not STARTING.search(scope):  # whose cycle of several deadlines
        f["every_of"] = report_cycle_due.kept(found, f["dues"], cycle_at)
    return f


def _dates(scope: str, adopted: str | None) -> list[tuple[int, str | None]]:
    """(where, ISO date) of each deadline of a report's scope: "by 1 December 2005" and the dates listed
    after it, "no later than 30 January" (no year), "a final report in May 2005"."""

    def on_or_after(m: re.Match) -> str | None:
        g = m.groupdict()  # (or a list's last, with its year: "by 30 March and 30 September 2025")
        return dates.iso(m) if g.get("m1") or g.get("m2") or g.get("m3") else dates.on_or_after(m, adopted)

    def year(m: re.Match) -> str | None:
        return m.group("y") or (adopted[:4] if adopted and m.groupdict().get("this") else None)

    found = [
        *((at, d) for at, d in _listed(scope, DEADLINE, MORE_DATES, dates.iso) if not _event_on(scope, at)),
        *_listed(scope, YEARLESS, MORE_DAYS, on_or_after),
        *_listed(scope, IN_MONTH, MORE_IN, dates.iso),
        *_listed(scope, YEAR_END, MORE_YEARS, year),
    ]
    first = min((at for at, _ in found), default=0)
    another = ANOTHER_REPORT.search(scope, first)  # once a scope: searched again for each date, a paragraph of
    another_end = another.end() if another else len(scope) + 1  # many dates took time quadratic in its length
    return [
        (at, d)
        for at, d in found
        if not HELD.search(scope, max(0, at - 20), at)
        and not (at > first and another_end > at and _subject_event(scope, at))
    ]


def _subject_event(scope: str, at: int) -> bool:
    """Whether the deadline read at scope[at], after the report's own, dates an event the report is about (see
    SUBJECT_EVENT): read from the last comma, semicolon or colon before it (at most 120 characters back; not the
    comma of a number, "4,000 troops"). The caller has made sure no other report is said between the two ("no later
    than 31 August 2017 and another oral update after elections no later than 15 December 2017", S/RES/2333 (2016)
    op 21, heldout11: two updates)."""
    lead = max(0, at - 120)
    for m in _PUNCT.finditer(scope, lead, at):
        lead = m.end()
    return bool(SUBJECT_EVENT.search(scope, lead, at))


_PUNCT = re.compile(r"[,;:](?!\d)")
ANOTHER_REPORT = re.compile(
    r"\b(?:and|another|a\s+further|a\s+second|a\s+final|a\s+concluding)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reports?|updates?|briefings?|assessments?)\b",
    re.I,
)


def _event_on(scope: str, at: int) -> bool:
    """Whether the deadline read at scope[at] is "on" a date of another thing ("beginning on 1 January 2006")."""
    return scope[at : at + 3].lower() == "on " and bool(EVENT_ON.search(scope, max(0, at - 30), at))


def _listed(
    scope: str, first: re.Pattern, more: re.Pattern, iso: Callable[[re.Match], str | None]
) -> list[tuple[int, str | None]]:
    """(where, ISO date) of each match of `first` and of the dates listed right after it, each a
    match of `more`: "two reports, by 4 July 2023 and 3 January 2024 respectively" gives both."""
    found: list[tuple[int, str | None]] = []
    for m in first.finditer(scope):
        found.append((m.start(), iso(m)))
        at = m.end()
        while nxt := more.match(scope, at):
            found.append((nxt.start(), iso(nxt)))
            at = nxt.end()
    return found


def _every(scope: str, words: str, v: Vocabulary, lead: str = "") -> tuple[str | None, int | None]:
    """The cycle of a report's scope, as an ISO 8601 duration, and where in the scope it is said (None where it is
    the report's adjective, "biannual reports", or there is none: report_cycle_due reads it); lead: the text of its
    clause before the scope, where a meeting "such meetings" stands for is named."""
    ev = next((m for m in EVERY.finditer(scope) if not report_not_its_cycle.held(scope, m.start())), None)
    if ev:
        return dates.amount(ev) or (None if ev.group("half") else dates.duration(1, ev.group("unit"))), ev.start()
    if cn := CYCLE_N.search(scope):
        n = dates.count(cn.group("n") or cn.group("n2"))
        return dates.duration(n or 1, cn.group("unit") or cn.group("unit2") or cn.group("unit3")), cn.start()
    phrases, adjectives, _ = _cycles(v)
    adj = next((adjectives[w] for w in words.lower().split() if w in adjectives), None)
    if adj and not report_not_its_cycle.next_one(scope, words):
        return adj, None
    # the first cycle said in the text, not in the list ("brief the Council at least once a year on the situation,
    # and once a month on the humanitarian situation": P1Y; review of stop 47, finding 5); the list's order breaks a
    # tie at one place (the longer wording first)
    said = [(m.start(), i, d) for i, (rx, d) in enumerate(phrases) for m in rx.finditer(scope)]
    said += [(at, len(phrases), d) for at, d in report_meetings.said(scope, adjectives, v)]  # "the annual debate"
    said += [(at, len(phrases), d) for at, d in report_meetings.such(scope, lead, adjectives, v)]  # "such meetings"
    first = min(((at, i, d) for at, i, d in said if not report_not_its_cycle.held(scope, at)), default=None)
    if not first and (d := report_meetings.used(lead, adjectives, v)) and not _dates(scope, None):
        return d, None  # "use the ... annual consultative meeting to provide updates", no deadline of its own
    return (first[2], first[0]) if first else (None, None)


def carried(scope: str, v: Vocabulary) -> str | None:
    """The cycle of the reporter's own recurring report a report's scope puts it in ("in his comprehensive annual
    briefing": P1Y; see report_carried)."""
    return report_carried.carried(scope, _cycles(v)[1])


def due_of(f: dict) -> str | None:
    """A report's due date: the date read, or, for one due at the end of the mandate the same text sets,
    the mark the pipeline replaces by that end ("mandate-end"), with how long before it ("mandate-end-P15D"
    for "15 days before the end of its mandated period")."""
    if f.get("due") or not f.get("mandate_end"):
        return f.get("due")
    ahead = f["mandate_end"]
    return MANDATE_END_MARK + (f"-{ahead}" if isinstance(ahead, str) else "")


# "Requests States ... to inform the Security Council ... in nine months of the progress ... and further
# requests all States contributing through the CGPCS ... to report by the same deadline" (S/RES/1897 (2009)
# op 16 and the piracy resolutions after it): the deadline the paragraph gave before
SAME_DEADLINE = re.compile(
    r"\b(?:by|within|on)\s+the\s+same\s+(?:deadline|date|time[\s-]?frame|time[\s-]?line)\b", re.I
)


# "Expresses its intention to review by 15 October 2007 the mandates of UNOCI ..., and requests the Secretary-General
# to provide to it a report on these key steps before this date" (S/RES/1765 (2007) op 5), "three weeks before this
# date" (1795 op 8, 1826 op 9, 1865 op 29, 1880 op 33), "until 15 October 2002, and requests the Secretary-General to
# report to the Council prior to this date" (1424 op 1): the date the paragraph gave before, or so long before it
THIS_DATE = re.compile(r"\b(?:(?P<ahead>" + dates.AMOUNT + r")\s+)?(?:before|prior\s+to)\s+this\s+date\b", re.I)


def same_deadline(before: str, scope: str, adopted: str | None, v: Vocabulary) -> dict:
    """due and within of a report due "by the same deadline" or "before this date": the last deadline or delay
    of `before` (the paragraph's text before the report's clause), for "three weeks before this date" that long
    before it; empty when the scope says no such thing or nothing before gives a time."""
    this = THIS_DATE.search(scope)
    if not (this or SAME_DEADLINE.search(scope)):
        return {}
    for cut in reversed([m.end() for m in re.finditer(r"[,;]|\band\b", before)] + [0]):
        f = timing(before[cut:], "", adopted, v)
        if this and f.get("due"):
            ahead = dates.amount(this) if this.group("ahead") else None
            due = dates.before_end(f["due"], MANDATE_END_MARK + (f"-{ahead}" if ahead else "")) if ahead else f["due"]
            return {"due": due, "dues": [due]} if due else {}
        if not this and (f.get("due") or f.get("within")):
            return {k: f[k] for k in ("due", "dues", "within", "within_due") if f.get(k)}
    return {}
