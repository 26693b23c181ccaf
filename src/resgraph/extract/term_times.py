"""When a mandate term ends: the date given ("until 31 July 2016", "for a new period terminating on
31 July 2000"), the length given ("for a period of 12 months"), the end computed from the adoption
("for a further period of twelve months, starting from the date of the adoption"), or the end of
a mandate the same text sets ("until the end of MINUSMA's mandate as authorized in this
resolution", resolved by the pipeline once every term of the document is read).

Split from terms.py, which finds the terms and what they are of.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from resgraph.extract import deadlines as dates
from resgraph.extract import term_spans
from resgraph.extract.term_ceiling import FROM_TO
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# "until 31 July 2016", "for a new period terminating on 31 July 2000": the words before a term's end date are
# terms.yaml `until`
UNTIL = re.compile(
    rf"(?:\b(?:{phrases(load().terms['until'])})"
    # "to extend the mandate of the Group of Experts to 15 December 2006" (S/RES/1708 (2006) op 1)
    r"|(?:extend|renew)\w*(?:,|\b(?:(?!until\b|till\b)[^;]){0,160}?)\s+to"
    # "until the start of the final withdrawal of its military personnel on 15 October 2010" (S/RES/1923 (2010) ops 9, 11)
    r"|\b(?:until|till)\s+the\s+(?:start|beginning|end|completion)\s+of\s+(?!(?:the|its|their)\s+(?:present\s+|current\s+)?"
    r"mandate\b)[^;,]{0,80}?\bon)\s+"
    r"(?:the\s+end\s+of\s+)?" + dates.DATE,
    re.I,
)
# an end with no year, "until the start of the final withdrawal of its military personnel on 15 October" (S/RES/1923
# (2010) op 11, heldout32 11; op 9 gives the same date with 2010): the first such day on or after the adoption
# (deadlines.on_or_after, the README's rule for a report's due); only after "until" or "till", not "extend ... to",
# where "from 1 to 5 June" would be read
UNTIL_YEARLESS = re.compile(
    r"\b(?:until|till)\s+(?:the\s+(?:start|beginning|end|completion)\s+of\s+(?!(?:the|its|their)\s+"
    r"(?:present\s+|current\s+)?mandate\b)[^;,]{0,80}?\bon\s+)?(?:the\s+)?" + dates.DAY_MONTH,
    re.I,
)
# a day with no year in an aside led by a participle is the aside's, not the term's: "Decides, taking note of the
# request of the Government to maintain the force until 31 March, to extend the mandate", "..., noting that the
# electoral period lasts until 31 March" (the aside runs from its comma to the day; "during" leads no aside)
YEARLESS_ASIDE = re.compile(r"(?:^|[,;(])\s*(?:and\s+)?(?!during\b)[a-z]+ing\b[^,;()]*$")
# (the spaces after "for" read once, possessive: a run was split between two quantifiers, quadratic;
# tests/test_linear_terms.py)
PERIOD = re.compile(
    # "until one year from the date of adoption of this resolution": the length, counted from the adoption
    # "for a further planned period of 12 months" (SFOR), "for a limited period of up to 30 days", "for a period of
    # not more than three months", "for a transition period not exceeding 30 days": the length is the most given
    # "extends the mandate of UNAMIS by a further three months until 10 March 2005"
    # "to extend by up to four additional weeks the temporary redeployment", "to extend up to three months" (S/RES/1962
    # (2010) op 6, 1967, 1968 op 1), "for a final two-month period until 31 March 2026" (S/RES/2813 (2026) op 1), "for
    # the final period of 12 months" (S/2023/639 op 1)
    r"\b(?P<by>for|until|by(?=\s+(?:a|an)\s+(?:further|additional)\b)|(?:by|extend)(?=\s+up\s+to\b))\s++"
    rf"(?:a|an|another|the)?\s*+(?:(?:{phrases(load().terms['period_adjectives'])})\s+){{0,2}}"
    r"(?:(?:period|duration),?\s+)?(?:of\s+)?"
    rf"(?:(?:{phrases(load().terms['at_most'])})\s+)?"  # (data: ontology/vocab/terms.yaml `at_most`)
    # "for a period of two and a half years", "of one year and a half", "of a year and a half" (HALF_BEFORE, HALF: P30M,
    # P18M; the article counts one year only, amount())
    rf"(?P<n>{dates.COUNT}|a(?=\s+year\b))(?:\s*\(\d+\))?{dates.HALF_BEFORE}(?:\s+(?:additional|further|more))?"
    rf"(?:\s+|-(?=\w+[-\s]period\b))(?P<unit>{dates.UNIT})(?:[-\s]period\b)?{dates.HALF}" + r"(?P<anchor>[^;]{0,120})",
    re.I,
)
# the adoption as a start: "the date of adoption of this resolution", "the adoption of the present resolution", "the date
# of this resolution" (FROM_ADOPTION, AFTER_START)
ADOPTION = r"(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?(?:adoption\s+of\s+)?(?:this|the\s+present)\s+resolution"
FROM_ADOPTION = re.compile(
    r"^\s*,?\s*(?:that\s+is\s*,?\s*)?(?:(?:starting|beginning|commencing|counting)\s+)?(?:from|after|following)\s+"
    + ADOPTION,
    re.I,
)
# "from the date of adoption of this resolution until six months thereafter" (S/RES/2363 (2017) op 5, heldout35 18: a
# ceiling until 2017-12-29, period P6M): a length after "until", counted from the start the words before it name (the
# adoption, in FROM_ADOPTION's words, or a date); "until six months thereafter" with no start named before it, or a day
# with no year ("from 1 July until six months thereafter"), gives no term: no start known
THEREAFTER = re.compile(r"\s*thereafter\b", re.I)
AFTER_START = re.compile(
    r"\b(?:from|as\s+of|with\s+effect\s+from)\s+(?:(?P<adoption>" + ADOPTION + r")|" + dates.DATE + r")\s*,?\s*$",
    re.I,
)
# "for a period of six months from 30 September 2003", "beyond 20 June 2002", "from 00:01 Eastern
# Daylight Time on 7 May 2002", "commencing on 1 January 2007", "from the date of expiration of the
# Office of the Ombudsperson’s current mandate in June 2024": the term starts on the date given (a
# month alone gives the month it ends in); not "for a further period of five weeks commencing no later than 11 March
# 2002" (S/RES/1395 (2002) op 3, 1458 (2003) op 3): a latest start bounds the start and names none, so the period
# stands alone (heldout30 05 op 3; the README's ruling of stop 30, no until where the text names no start)
FROM_DATE = re.compile(
    r"^\s*,?\s*(?:(?:(?:starting|beginning|commencing|counting)(?:\s+(?:on|at|as\s+from|from))?"
    r"|(?:as\s+)?from|beyond)\s+)"
    r"(?:the\s+date\s+of\s+)?"
    r"(?:(?:the\s+)?(?:expiry|expiration|end|termination)\s+of\s+[^;,]{0,80}?\bmandate\s+(?:in|on)\s+"
    r"|\d\d?[:.]?\d\d\s+(?:hours,?\s+)?(?:[A-Za-z]+,?\s+){0,4}?on\s+)?" + dates.DATE,
    re.I,
)
# "for a period of 12 months to 31 July 2013": the date it ends
TO_DATE = re.compile(r"^\s*,?\s*to\s+" + dates.DATE)
# "for a temporary period" (French forces, S/RES/2127 (2013) op 50), "for a period ending four months after the
# date of the first round of the ... elections" (EUFOR RD Congo, S/RES/1671 (2006) op 2): a time with no date; a phase
# after the authorized period ("Authorizes the European Union operation, at the close of the period referred to in
# subparagraph a, to take all appropriate measures to achieve an orderly disengagement", S/RES/1778 (2007) op 6 (b),
# heldout34 12, as "during the drawdown and withdrawal period" of UNIFIL)
DURATION_OF = re.compile(
    r"\b(?:for\s+the\s+duration\s+of|during\s+the|for\s+a\s+(?:temporary|limited)\s+period|at\s+the\s+close\s+of\s+the\s+period|"
    r"for\s+a\s+period\s+(?:ending|to\s+be\s+determined)\b|for\s+the\s+period\s+(?:specified|referred\s+to|set\s+out)\b)\b",
    re.I,
)
# "until the end of MINUSMA's mandate as authorized in this resolution", "until the expiry of the
# current mandate": the end of a mandate, known once the document's terms are read
MANDATE_END = re.compile(
    r"\buntil\s+the\s+(?:end|expiry|expiration|termination)\s+of\s+(?:(?:the|its|their)\s+|[A-Z][\w-]*(?:’s|'s)\s+)"
    r"(?:(?:present|current)\s+)?mandate\b"
)
# an organ naming its sessions by year (ECOSOC): "until the conclusion of the 2025 session"
UNTIL_SESSION = re.compile(
    r"\b(?:until|till)\s+the\s+(?:end|conclusion|close)\s+of\s+(?:its|the)\s+((?:19|20)\d\d)\s+session\b"
)
# a date a term starts on, not one it ends on, when a period follows ("as of 20 May 2002 and for an
# initial period of 12 months")
# "to establish the United Nations Integrated Office in Haiti (BINUH) beginning on 16 October 2019 and for an initial
# period of 12 months" (S/RES/2476 (2019) op 1)
STARTS = re.compile(
    r"\b(?:as\s+of|with\s+effect\s+from|effective(?:\s+on)?|(?:beginning|starting|commencing)\s+(?:on|from))\s+"
    + dates.DATE,
    re.I,
)
# a date the text says the mandate begins on, its period after: "the authority be transferred from AFISMA to MINUSMA on
# 1 July 2013 at which point MINUSMA shall commence the implementation of its mandate ..., for an initial period of 12
# months" (S/RES/2100 (2013) op 7, heldout35 14: until 2014-07-01, as "as of 9 July 2011 for an initial period of one
# year", heldout32 14 op 1); a date the clause names for something else starts nothing: what commences there must be the
# body's mandate or operations, by a verb ("shall commence the implementation of its mandate"), not a review, a drawdown
# ("at which point the Council may begin to consider its drawdown", "the drawdown ... shall begin") or the noun "start"
COMMENCES = re.compile(
    r"\bon\s+" + dates.DATE + r",?\s+at\s+which\s+(?:point|time|date)\b[^;]{0,80}?"
    r"\b(?:shall|will|should|would|to)\s+(?:commence|begin|start)\s+(?:the\s+)?(?:(?:implementation|discharge)\s+of\s+)?"
    r"(?:its|their|the)\s+(?:mandate|operations)\b",
    re.I,
)
# the adoption as the start of a length said elsewhere in the clause: "to establish ... (UNITAMS) upon the adoption of this
# resolution and for an initial period of 12 months" (S/RES/2524 (2020) op 1), "Requests the Secretary-General, upon
# adoption of this resolution ..., to reappoint five experts ... to monitor for a further period of 12 months" (S/RES/1455
# (2003) op 8, heldout14 10: until 2004-01-17); not "within thirty days from the date of (or upon the) adoption ..., and
# for a period of six months" (a latest start names none, as FROM_DATE), nor after the length (from_start)
UPON_ADOPTION = re.compile(
    r"(?<!\bdays\s)(?<!\bweeks\s)(?<!\bmonths\s)\bupon\s+(?:the\s+)?adoption\s+of\s+(?:this|the\s+present)\s+resolution\b",
    re.I,
)
ON_DATE = re.compile(r"\s+(?:on|of)\s+" + dates.DATE)
MANDATE_END_MARK = dates.MANDATE_END_MARK


def _yearless(clause: str, adopted: str | None) -> str | None:
    """The term's own end given as a day and month with no year (UNTIL_YEARLESS), placed on or after the adoption;
    None where the clause gives a period (the term's time is its length: "for a period of twelve months till 30
    September" ends in a year) or the day is an aside's (YEARLESS_ASIDE)."""
    yearless = UNTIL_YEARLESS.search(clause) if adopted else None
    if not yearless or YEARLESS_ASIDE.search(clause, 0, yearless.start()) or period(clause, adopted)[0]:
        return None
    return dates.on_or_after(yearless, adopted)


def end_matches(clause: str, ending: bool = True) -> Iterator[tuple[re.Match[str], str]]:
    """(match, ISO date) of each date the clause writes with the words of a term's end (UNTIL), in order; ending=False
    (a term that starts, not one that ends) leaves out a date the start words also hold ("as of", "effective", "with
    effect from": STARTS), when the term begins."""
    for m in UNTIL.finditer(clause):
        d = dates.iso(m)
        if d and (ending or not STARTS.match(clause, m.start())):
            yield m, d


def end_dates(clause: str, ending: bool = True) -> Iterator[str]:
    """Each ISO date of end_matches, in order."""
    return (d for _, d in end_matches(clause, ending))


def until(clause: str, at: int = 0, ending: bool = True, adopted: str | None = None) -> str | None:
    """The ISO end date a clause gives, or MANDATE_END_MARK for the end of a mandate it names after
    the term's action at clause[at] (the date when it gives one: "until the expiry of MONUC's
    current mandate on 15 February 2007"). ending=False (every term but an ending): a date "as of", "effective" or
    "with effect from" is when the term starts, not its end ("she be authorized effective 28 August 2006 to continue
    to serve ... until its completion"), and a window of two days may give its end, where the clause writes no length
    (a window is no length: "for a period of twelve months, in order to support the elections to be held between 1
    December 2025 and 31 January 2026" ends in twelve months). adopted: the adoption date, which places a day and
    month given with no year (UNTIL_YEARLESS)."""
    d = next(end_dates(clause, ending), None)
    if d:
        return d
    yearless = _yearless(clause, adopted)
    if yearless:
        return yearless
    span = term_spans.span_end(clause, at)  # "for the period 2024–2028"
    if span:
        return span
    # "between D1 and D2", for a term that starts, where no length is written (read only when no span is)
    window = None if ending or period(clause, adopted)[0] else term_spans.window_end(clause, at, adopted)
    if window:
        return window
    year = UNTIL_SESSION.search(clause)
    if year:
        return year.group(1)  # "until the conclusion of the 2025 session": the year it ends
    end = MANDATE_END.search(clause, at) if "mandate" in clause else None
    if end:
        on = ON_DATE.match(clause, end.end())
        return (dates.iso(on) if on else None) or MANDATE_END_MARK
    return None


# a second time of the same authorization, its verb left out, after the first end: "Authorises the Member States of the
# African Union to deploy up to 17,626 uniformed personnel to ATMIS until 30 September 2023, and 14,626 personnel to ATMIS
# from 1 October 2023 to 31 December 2023" (S/RES/2687 (2023) op 19, heldout33 02: two terms of AMISOM, each with its
# end, as heldout23 03 ops 2-3 read the two phases set in two paragraphs). A new strength after "and" (a number of
# personnel, troops or police: ontology/vocab/terms.yaml `ceiling`), then its own span; not a clause of its own ("...,
# and affirms its readiness to review these figures"), nor a number of something else ("and 90 days from ... to ...",
# "and 2 aircraft of the European Union naval force from ... to ...")
_STRENGTH = load().terms["ceiling"]
THEN = re.compile(
    r",?\s+and\s+(?:up\s+to\s+)?\d[\d,]*\s+"
    rf"(?:(?:{phrases(_STRENGTH['kinds'])})\s+(?:and\s+)?){{0,3}}(?:{phrases(_STRENGTH['strength'])})\b"
    r"[^;]{0,100}?" + FROM_TO.pattern  # its span as a ceiling's: "from 1 October 2023 to 31 December 2023"
)


def then_until(clause: str, until: str | None) -> str | None:
    """The end of a second time the clause gives right after the end `until` it gave first (THEN); None when it
    gives none."""
    first = next((m for m in UNTIL.finditer(clause) if until and dates.iso(m) == until), None)
    second = THEN.match(clause, first.end()) if first else None
    return dates.iso(second) if second else None


# a second extension the same decision gives on a condition, with its length and end: "Decides to extend until 31
# January 2025 the mandate of ... UNSMIL ..., with a further automatic extension of an additional nine months, that is,
# until 31 October 2025, if an UNSMIL SRSG has been appointed on or before 31 January 2025" (S/RES/2755 (2024) op 1,
# heldout42 05: a second term until 2025-10-31, P9M), "with an extension of an additional six months, that is, until 10
# July 2022, subject to the issuance of the Secretary General's substantive report" (S/RES/2585 (2021) op 2); not one
# that "will require a separate resolution confirming this extension" (S/RES/2642 (2022) op 2), nor one given "should
# the Council so decide", "if (unless) the Council decides", "subject to a further decision of the Council": not decided
# here, the Council keeps the decision. The spaces before "with" are read from the first of a run only ((?<!\s)): a search
# from each space of a long run (tests/test_linear_term_clauses.py's hostile paragraphs) stays linear
FURTHER = re.compile(
    r"(?:,|(?<!\s))\s+with\s+(?:a|an)\s+(?:further\s+)?(?:automatic\s+)?(?:extension|renewal)\s+of\s+(?:an?\s+)?"
    r"(?:additional\s+|further\s+)?"
    + dates.AMOUNT
    + r",?\s+(?:that\s+is,?\s+)?(?:until|till)\s+"
    + dates.DATE
    + r"(?![^;]{0,80}?(?:\brequire|\bshould\s+the\s+(?:Security\s+)?Council\s+(?:so\s+)?decide"
    r"|\b(?:if|unless)\s+the\s+(?:Security\s+)?Council\s+(?:so\s+)?decides"
    r"|\bsubject\s+to\s+(?:a|the)\s+(?:further\s+)?decision\s+(?:of|by)\s+the\s+(?:Security\s+)?Council))",
    re.I,
)


def further(clause: str, at: int, action: str, until: str | None) -> list[tuple[str, str | None]]:
    """[(end, length)] of a further extension the clause after clause[at] gives to an extension (FURTHER) ending
    otherwise than on `until`, the end of the first; [] when it gives none, and for any action but "extends" (a renewal
    is read as one: the action is "extends" for "renew" too)."""
    m = FURTHER.search(clause, at) if action == "extends" else None
    end = dates.iso(m) if m else None
    return [(end, dates.amount(m))] if m and end and end != until else []


# "authorizes the continuation until that date of up to 19,815 military personnel" (S/RES/1856 (2008) op 1), "the
# provisions of paragraph 22 of resolution 1483 (2003) shall continue to apply until that date" (S/RES/1905 (2009) op 1):
# the date a clause before it in the paragraph named
THAT_DATE = re.compile(r"\b(?:until|till)\s+(?:that|the\s+same)\s+date\b|\buntil\s+then\b", re.I)
# "Decides to extend the mandate of UNAMID ... until 31 December 2020, and further decides that UNAMID shall maintain
# its current troop and police ceiling during this period" (S/RES/2525 (2020) op 1): the ceiling's term ends with the
# extension. A period is a time, not a day: only an end said "until" before it, never any date of the paragraph ("for
# 12 months, welcoming the report of 25 May 2020, ... during this period": no end)
DURING_PERIOD = re.compile(r"\bduring\s+(?:this|that|the\s+same)\s+period\b", re.I)


def that_date(clause: str, before: str) -> str | None:
    """The end of a term whose clause runs "until that date" or "during this period": the last end date
    `before` (the paragraph's text before the clause) gives ("until 31 December 2020"); failing that, for
    "until that date" only, its last date of any kind. None when the clause says no such thing or nothing
    before gives one."""
    that = THAT_DATE.search(clause)
    if not that and not DURING_PERIOD.search(clause):
        return None
    # "until 31 December 2009", else any date: "Decides to terminate, on 30 June 2011, the arrangements" (S/RES/1956 op 1)
    found = [d for d in (dates.iso(m) for m in UNTIL.finditer(before)) if d]
    if that:
        found = found or [d for d in (dates.iso(m) for m in dates.DATE_RE.finditer(before)) if d]
    return found[-1] if found else None


# the body's closing dated in the clause that extends it for a length: "Decides to extend MINUSTAH's mandate, as
# contained in its resolutions 2313 (2016), ..., for a final period of six months, and that the Mission shall close by
# 15 October 2017" (S/RES/2350 (2017) op 1, heldout43 18: until 2017-10-15 and P6M, as a final period whose end is
# written, heldout30 04 op 1); only a decision's "and that" the body itself shall close or cease its operations: "the
# Mission" (Office, Force, Operation) with no qualifier, "it", or the acronym of the body extended (`name`, checked
# against it), case-sensitive: not "the regional liaison office", "the task force" (a part of the body); not a withdrawal
# someone is asked to complete (heldout11 17 op 10: no term of its own)
CLOSES = re.compile(
    r"\band\s+that\s+(?:the\s+(?-i:Mission|Office|Force|Operation)|(?P<name>(?-i:[A-Z][A-Z0-9-]{2,}))|it)\s+"
    r"(?:shall|will|should)\s+(?:close|be\s+closed|cease\s+(?:all\s+)?(?:its\s+)?operations)\s+(?:by|on|no\s+later\s+than)\s+"
    + dates.DATE,
    re.I,
)
# how far the closing date may lie from the adoption plus the length: an extension runs from the end of the current
# mandate, days or weeks after the adoption (2350: adopted 13 April, MINUSTAH's mandate ended 15 April); a date months
# away ("for a final period of twelve months, ... shall cease all operations by 31 December 2021", adopted 28 February
# 2020) is no end of that length
CLOSES_SLACK_DAYS = 45


def closing(
    clause: str, at: int, action: str, end: str | None, length: str | None, of: str, adopted: str | None
) -> str | None:
    """The end of a term of `of` whose words end at clause[at]: `end` when it has one, else, for an extension for a
    `length`, the date the clause after its words gives for the body's closing (CLOSES) when it lies within
    CLOSES_SLACK_DAYS of the adoption plus that length, ISO; `end` (None) otherwise."""
    m = CLOSES.search(clause, at) if action == "extends" and length and not end else None
    found = dates.iso(m) if m and (not m.group("name") or m.group("name") == of) else None
    expected = dates.add(adopted, length) if found else None
    if not (found and expected and len(expected) == 10):
        return end
    return found if abs(date.fromisoformat(found) - date.fromisoformat(expected)).days <= CLOSES_SLACK_DAYS else end


def _after_start(clause: str, per: re.Match, adopted: str | None) -> tuple[str | None, str | None] | None:
    """(period, end) of "from <the adoption or a date> until N units thereafter" (THEREAFTER, AFTER_START): the
    length counted from the start named right before "until"; None for any other length."""
    if per.group("by").lower() != "until" or not THEREAFTER.match(per.group("anchor")):
        return None
    start = AFTER_START.search(clause, 0, per.start())
    length = dates.amount(per) if start else None
    if not (start and length):
        return None
    return length, dates.add(adopted if start.group("adoption") else dates.iso(start), length)


def period(clause: str, adopted: str | None, at: int = 0) -> tuple[str | None, str | None]:
    """(period, the end it gives counted from the adoption) of "for a period of N units", the first from `at` on."""
    per = PERIOD.search(clause, at)
    after = _after_start(clause, per, adopted) if per else None
    if after:
        return after
    if per and per.group("by").lower() == "until" and not FROM_ADOPTION.match(per.group("anchor")):
        per = PERIOD.search(clause, per.end("by"))  # "until one month after the completion": no length of the term
    length = dates.amount(per) if per else None
    if length and per and FROM_ADOPTION.match(per.group("anchor")):
        return length, dates.add(adopted, length)
    start = FROM_DATE.match(per.group("anchor")) if length and per else None
    if start:
        return length, dates.add(dates.iso(start), length)
    end = TO_DATE.match(per.group("anchor")) if length and per else None
    return length, (dates.iso(end) if end else None)


def for_a_time(clause: str) -> bool:
    """The clause gives a time for no date: "for the duration of the liquidation", "during the drawdown"."""
    return bool(DURATION_OF.search(clause))


def from_start(clause: str, end: str | None, length: str | None, adopted: str | None = None) -> str | None:
    """The end of a term that starts on a date and runs for a length ("as of 20 May 2002 and for an
    initial period of 12 months": 2003-05-20; "on 1 July 2013 at which point MINUSMA shall commence ..., for an
    initial period of 12 months": 2014-07-01; "upon the adoption of this resolution and for an initial period of 12
    months": `adopted` + 12 months) when the clause gives no end, else `end` as it is."""
    start = (STARTS.search(clause) or COMMENCES.search(clause)) if not end and length else None
    per = PERIOD.search(clause) if not start and not end and length and adopted else None
    if per and UPON_ADOPTION.search(clause, 0, per.start()):  # the start of its own length, said before it
        return dates.add(adopted, length) or end
    return (dates.add(dates.iso(start), length) or end) if start else end


# an intention said after a term, whose time is not the term's: "Decides to extend the deployment of MONUC until 31 May
# 2010, with the intention to extend it further at that date for twelve months" (S/RES/1906 (2009) op 1)
# (a match without a comma starts at a run's first space, the lookbehind: a search tried the run from each of its spaces,
# quadratic; the clause is searched as a slice, so a run right at the action's end is read as before)
# "Decides to extend the mandate of UNMISET for a period of 6 months, with a view to subsequently extending the mandate
# for a further and final period of 6 months, until 20 May 2005" (S/RES/1543 (2004) op 1, heldout20 08: no `until`),
# "shall be extended until 24 June 2005, with a view to renew it, in this specific instance, for a period of seven
# months" (S/RES/1603 (2005) op 11): a later renewal in view, after a comma (not "to take the necessary administrative
# measures ... with a view to extending the mandate of the Group of Experts for a period expiring on 31 July 2007",
# S/RES/1698 (2006) op 3, the renewal itself)
INTENTION = re.compile(
    r"(?:,|(?<!\s))\s++(?:with\s+the\s+intention\s+(?:to|of)|(?:and\s+)?(?:expresses|expressing|reiterates|underlines)\s+its\s+"
    r"intention|(?:and\s+)?intends\s+to)\b"
    r"|,\s*with\s+a\s+view\s+to\s+(?:[a-z]+ly\s+)?(?:further\s+)?(?:extend|renew|prolong)\w*"
)


def before_intention(clause: str, at: int) -> str:
    """The clause up to an intention said after the term's action ending at clause[at]; the whole clause
    when it states none."""
    m = INTENTION.search(clause[at:])
    return clause[: at + m.start()] if m else clause
