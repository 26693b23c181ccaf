"""The session a report is due at: "at its sixty-fourth session", "during the eightieth session of the
General Assembly", "prior to its sixty-second session", each receiver's own ("to the Human Rights Council at
its sixtieth session and to the General Assembly at its eightieth session").

Split from report_receivers.py, which reads who receives a report; this module reads the session phrases
it uses. Nothing here raises.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from resgraph.extract.addressees import TO_VERB
from resgraph.extract.deadlines import DATE
from resgraph.extract.report_receiver_tails import ORDINAL_RE, past_session
from resgraph.extract.symbols import ORDINAL, ordinal
from resgraph.organs import Organ
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# a verb of its own between "through X" and the report: "to ensure proper preparations for the Fifteenth Congress
# through the Commission ... at its thirty-fifth session and to submit a report to the General Assembly" (the
# preparations go through the Commission, not the report)
ANOTHER_VERB = re.compile(r"\band\s+(?:also\s+|further\s+)?to\s+[a-z]+\b")
# a receiver named before the report in a task of its own: "to ensure ... sustained funding to the Agency, and to
# report on progress to the General Assembly" (A/RES/79/256 op 7): the Agency is funded, not reported to
# (not a gerund after "to": "with a view to assessing the situation and to contributing towards a full review")
OTHER_TASK = re.compile(
    r"\b(?:and|or)\s+(?:also\s+|further\s+|then\s+)?(?!to\s+(?:other|each|any|both|such|some|every|relevant)\b)"
    + TO_VERB
    + r"(?![a-z]*ing\b)"
)
# a receiver a report verb itself names, whatever follows ("report to the Council through the Committee by 1 December
# 2008 ..., and to provide informal updates to the Committee", S/RES/1819 (2008) op 1)
# (the verbs are data: ontology/vocab/reports.yaml `reported_to`)
REPORTED_TO = re.compile(
    rf"\b(?:{phrases(load().reports['reported_to'])})"
    r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?$"
)


def other_task(text: str, lead: str, e: int, at: int) -> bool:
    """Whether a receiver ending at e (lead: the text before it) receives what another task than the report
    at `at` hands over (OTHER_TASK between them), not the report."""
    if e > at or REPORTED_TO.search(lead):
        return False
    starts, ends = _other_tasks(text)
    i = bisect_left(starts, e)
    # (and one that ends at the report's first letter, "and to report", read as the search up to it read it: the
    # look-aheads past that letter unseen)
    return (i < len(starts) and ends[i] <= at + 1) or bool(OTHER_TASK.search(text, max(e, at - 60), at + 1))


@lru_cache(maxsize=16)
def _other_tasks(text: str) -> tuple[list[int], list[int]]:
    """Where OTHER_TASK matches in text (starts and ends, in order): found once per paragraph, each receiver then
    looked up by bisection, not the text searched again from each receiver to its report (quadratic where a paragraph
    names thousands of receivers and reports)."""
    found = [(m.start(), m.end()) for m in OTHER_TASK.finditer(text)]
    return [s for s, _ in found], [e for _, e in found]


# "at its sixty-fourth session", "by the main part of its seventy-ninth session" (A/RES/76/238 op 9), "during the
# eightieth session of the General Assembly", "for the seventy-seventh session", "prior to its sixty-second session",
# "by its sixty-fourth session", "at the twenty-sixth annual session of the Commission"; "in advance of its
# seventy-seventh session" (A/RES/75/291 op 36), "prior to the start of its eighty-second session" (A/RES/80/197 op
# 43), "at the first part of its resumed seventy-fourth session" (A/RES/74/254 op 4: resumed, the session's own year), "before
# the end of its seventy-fifth session" (A/RES/74/248 op 5); "at both its fifty-ninth and its sixtieth sessions"
# (A/HRC/RES/58/25 op 12), "at both the fifty-seventh and fifty-eighth sessions of the Council" (55/22 op 21), "at the
# Council’s fifty-eighth and sixty-first sessions" (57/36 op 17): a report at each; "no later than the seventy-seventh
# session" (A/RES/75/245 B op 8), "by no later than the eighty-first session" (A/RES/79/194 op 13), "no later than the
# start of its sixty-first session", "ahead of its", "well in advance of its": a deadline, as "by"
SESSIONS = re.compile(
    r"\b(?:(?:at|by|during)\s+the\s+(?:main|first|second|third)\s+part\s+of|at|during|for|before|prior\s+to|by|"
    r"(?:well\s+)?in\s+advance\s+of|ahead\s+of|"
    r"(?:prior\s+to|before|by|(?:by\s+)?(?:no|not)\s+later\s+than)\s+the\s+(?:start|beginning|opening|commencement|end|close)\s+of|"
    r"(?:by\s+)?(?:no|not)\s+later\s+than)\s+"
    r"(?:both\s+)?(?P<whose>its|their|the\s+(?:Council|Assembly|Commission|Committee|Forum)[\u2019']s|the)\s+"
    r"(?P<resumed>resumed\s+)?"
    rf"(?P<numbers>(?:{ORDINAL})(?:(?:\s*,\s*|\s+and\s+)(?:(?:its|the)\s+)?(?:{ORDINAL}))*)\s+"
    r"(?:annual\s+|regular\s+)?sessions?\b",
    re.I,
)
# "Decides to include in the provisional agenda of its seventy-sixth session the item ..., and requests the
# Secretary-General to report to the General Assembly at that session" (A/RES/74/299 op 40, the Assembly's yearly
# agenda paragraphs): the session named before in the paragraph
AT_THAT = re.compile(r"\b(?:at|to|during|for|by)\s+(?:that|the\s+same)\s+session\b", re.I)
# "Decides to continue its examination of the situation of human rights in the Democratic People's Republic of Korea
# at its seventy-seventh session, and to this end requests the Secretary-General to submit a comprehensive report"
# (A/RES/76/177 op 26, each year's text on it): the session the Assembly continues at, for the request made "to
# this end" right after it (not for a later request of the paragraph, "and requests the Special Rapporteur ...")
CONTINUED_AT = re.compile(
    r"\bcontinue\s+(?:its|the)\s+(?:examination|consideration)\s+of\b[^;]{0,300}?\s+at\s+(?P<whose>its)\s+"
    rf"(?P<resumed>resumed\s+)?(?P<numbers>{ORDINAL})\s+session\b[^;]{{0,200}}?"
    r"\s+(?:and\s+)?(?:to\s+this\s+end|to\s+that\s+end|for\s+this\s+purpose)\s*,?\s+$",
    re.I,
)
# "and also decides to include the topic “Report on the work of the Technology Bank for the Least Developed Countries”
# under the sub-item entitled “...” at its eightieth session, and requests the Secretary-General to submit a report for
# its consideration" (A/RES/79/218 op 42, heldout28 26; 78/233 op 40, 80/150 op 38): the session the Assembly includes
# the item at, for the request made right after it that names none, nor a time of its own (OWN_TIME: not "to submit
# annual reports", nor "a report ... by 30 June 2026", whose cycle or date is the report's time)
OWN_TIME = re.compile(
    r"\b(?:annual(?:ly)?|biennial(?:ly)?|triennial(?:ly)?|yearly|quarterly|monthly|periodic(?:al)?(?:ly)?|every|each\s+"
    r"year)\b|" + DATE,
    re.I,
)
INCLUDED_AT = re.compile(
    r"\bdecides\s+to\s+include\b[^;]{0,300}?\s+(?:at|of)\s+(?P<whose>its)\s+"
    rf"(?P<resumed>resumed\s+)?(?P<numbers>{ORDINAL})\s+session\s*,?\s+(?:and\s+(?:also\s+|further\s+)?)?$",
    re.I,
)
# "Decides to include in the provisional agenda of its seventy-seventh session the item entitled “Sexual exploitation
# and abuse: ...”, and requests the Secretary-General to continue to submit annual reports ... for consideration by the
# General Assembly under the aforementioned item" (A/RES/76/303 op 16, heldout36 21; 75/321, 77/333): a report for the
# item the paragraph places on a session's agenda is due at that session, with its cycle (the text ties them; not
# "to submit annual reports" with no tie to the item, which INCLUDED_AT leaves to its cycle alone)
UNDER_THAT_ITEM = re.compile(
    r"\bunder\s+(?:the\s+)?(?:aforementioned|above-mentioned|abovementioned|said|same|that)\s+(?:agenda\s+)?item\b",
    re.I,
)
AGENDA_ITEM_AT = re.compile(
    r"\bdecides\s+to\s+include\s+in\s+the\s+provisional\s+agenda\s+of\s+(?P<whose>its)\s+"
    rf"(?P<resumed>resumed\s+)?(?P<numbers>{ORDINAL})\s+session\s*,?\s+the\s+item\b",
    re.I,
)
NAMED_SESSION = re.compile(
    rf"\b(?P<whose>its|their|the)\s+(?P<resumed>resumed\s+)?(?P<numbers>{ORDINAL})\s+session\b", re.I
)
# a receiver named by its session's number: "to present to the Fifteenth Congress an overview" (E/RES/2025/15 op 10,
# heldout4 03; A/RES/80/225 op 10), "to the Fourteenth United Nations Congress on Crime Prevention": the number,
# written with a capital, opens the receiver's name or comes right before it
# (a numbered meeting: not "the Third Committee", a Main Committee of the Assembly, whose number is its name)
NUMBERED = (
    r"(?:(?:United\s+Nations|World|International|Review|Ministerial)\s+)*(?:Congress|Conference|Meeting|Summit)\b"
)
NUMBERED_NAME = re.compile(NUMBERED)
ORDINAL_NAMED = re.compile(rf"(?:the\s+)?(?P<n>{ORDINAL})\s+(?={NUMBERED})", re.I)
ORDINAL_BEFORE = re.compile(rf"\b(?P<n>{ORDINAL})\s+$", re.I)


def named_session(text: str, receivers: list[tuple[int, int, str]], organ: Organ | None) -> tuple[int, ...]:
    """The session number the first receiver (start, end, id) carries in its name ("the Fifteenth Congress": (15,)),
    where its calendar (organ) numbers its sessions; () otherwise."""
    if not receivers or not organ or organ.calendar_base is None or organ.annual:
        return ()
    s, e = receivers[0][0], receivers[0][1]
    m = ORDINAL_NAMED.match(text, s, e) or (
        ORDINAL_BEFORE.search(text, max(0, s - 40), s) if NUMBERED_NAME.match(text[s:e]) else None
    )
    n = ordinal(m.group("n")) if m and m.group("n")[0].isupper() else None
    return (n,) if n else ()


# "the eightieth session of the General Assembly": the organ whose session it is, named after it
SESSION_OF = re.compile(r"\s+of\s+(?:the\s+)?")

# an organ that names its sessions by year (ECOSOC): "at its 2025 session", "before its 2025 session"
IN_YEAR = re.compile(r",?\s+in\s+((?:19|20)\d\d)\b(?!\s*[-\u2013/])")
YEAR_SESSION = re.compile(r"\b(?:at|before|for|to|during)\s+(?:its|their|the)\s+((?:19|20)\d\d)\s+session\b")


# "requests the Department to provide a briefing in this regard, before the next session of the Committee"
# (A/RES/77/128 op 156, the Assembly's yearly texts on information): a report that names no receiver is for the body
# whose next session it comes before
NEXT_SESSION_OF = re.compile(
    r"\b(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of|at|for)\s+(?:the\s+)?(?:next|forthcoming|upcoming)\s+"
    r"session\s+of\s+(?:the\s+)?$",
    re.I,
)


def next_session_of(text: str, named: list, at: int, can_receive: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """The receiver, as a list of one (start, end, id), of a report asked for at text[at] that names none: the first
    body of `named` ((start, end, id, kind), in text order) after the report whose next session the report comes
    before, where it can receive a report; [] otherwise."""
    for s, e, oid, _kind in named:
        if s > at and NEXT_SESSION_OF.search(text, max(at, s - 60), s):
            return [(s, e, oid)] if can_receive(oid) else []
    return []


# "invites the Human Rights Council ... to continue to submit a report on the work of the Working Group to the General
# Assembly, and in this regard invites the Chair of the Working Group to engage in an interactive dialogue with the
# Assembly ... at its seventy-eighth session" (A/RES/77/205 op 17, heldout24 23, and the Assembly's yearly text on the
# Working Group of Experts on People of African Descent): the report's session is that of the dialogue on it, the
# next clause's
DIALOGUE_ON_IT = re.compile(
    r"\bin\s+this\s+regard\s*,?\s+(?:invites|requests|encourages)\s+[^;]{1,120}?\bto\s+engage\s+in\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}dialogue\s+with\s+(?:the\s+(?:General\s+)?Assembly|the\s+(?:Human\s+Rights\s+)?Council|it)\b",
    re.I,
)


def session_phrase(text: str, a: int, b: int, at: int) -> re.Match | None:
    """The session a report is due at, in text[a:b] (at: where the report is named): the receiver's
    ("at its sixty-fourth session") before any other ("a panel discussion convened at the sixty-first
    session"), and one after the report before one before it ("through the Commission at its
    thirty-fifth session and to submit a report to the General Assembly at its eighty-first session"); with none,
    "at that session" is the session the paragraph named before it, and a request "to this end" right after "continue
    its examination of ... at its seventy-seventh session" takes that session (CONTINUED_AT), so does one right after
    "decides to include the topic ... at its eightieth session" (INCLUDED_AT; not one with a cycle or date of its
    own), one "for consideration ... under the aforementioned item" that of the item the paragraph placed on a
    session's agenda before it (AGENDA_ITEM_AT), and one followed by "and
    in this regard invites ... to engage in an interactive dialogue with the Assembly ... at its seventy-eighth
    session" that of the dialogue (DIALOGUE_ON_IT)."""
    found = [
        *SESSIONS.finditer(text, at, b),
        *(m for m in SESSIONS.finditer(text, a, at) if _of_the_report(text, m, at)),
    ]
    found = [m for m in found if not past_session(text, m.start())]  # "the report submitted to X at its ..."
    own = [m for m in found if m.group("whose").lower() != "the"]
    if not found and (that := AT_THAT.search(text, a, b)):
        named = list(NAMED_SESSION.finditer(text, 0, that.start()))
        return named[-1] if named else None
    dialogue = None if found else DIALOGUE_ON_IT.search(text, max(a, b - 40), b + 300)
    if dialogue and dialogue.start() <= b + 2:
        stop = text.find(";", dialogue.end())
        return SESSIONS.search(text, dialogue.end(), stop if stop >= 0 else len(text))
    # "for consideration ... under the aforementioned item"; not a report naming its own session in words SESSIONS
    # does not read ("annual reports, from its seventy-eighth session onwards, ... under the aforementioned item")
    if not found and UNDER_THAT_ITEM.search(text, at, b) and not NAMED_SESSION.search(text, a, b):
        items = list(AGENDA_ITEM_AT.finditer(text, max(0, a - 600), a))
        if items:
            return items[-1]
    if not found:
        return CONTINUED_AT.search(text, max(0, a - 600), a) or (
            None if OWN_TIME.search(text, a, b) else INCLUDED_AT.search(text, max(0, a - 600), a)
        )
    return own[0] if own else found[0]


def _of_the_report(text: str, m: re.Match, at: int) -> bool:
    """Whether a session phrase m before the report named at text[at] is the report's: "at its ..." always (as
    read before), another ("during its twenty-eighth session") unless a verb of its own comes between ("to
    organize, during its twenty-eighth session, ... discussions ..., and to report thereon": the discussions')."""
    if m.group(0).lower().startswith("at"):
        return True
    verb = ANOTHER_VERB.search(text, m.end(), min(len(text), at + 40))
    return not (verb and verb.start() < at)


def by_year(
    text: str,
    adopted: str | None,
    span: tuple[int, int, int],
    organ: Organ | None,
    numbers: tuple[int, ...],
    receivers: list,
    f: dict,
) -> tuple[int, ...]:
    """The session numbers of a report read in text[a:b] (span: a, b and where the report is named) for an organ
    that names its sessions by year: only years ("its thirty-fifth session" is another organ's), "at its 2025
    session", or the year right after the receiver ("to report to the Economic and Social Council in 2027",
    heldout6 E/RES/2021/13). For any other receiver, that year is when the report is due (f["due"]: "to report on
    the results to Member States in 2020", A/RES/74/130 op 22 and its yearly successors). Raises nothing."""
    a, b, at = span
    if organ and organ.annual:  # its sessions go by year: "its thirty-fifth session" is another organ's
        numbers = tuple(n for n in numbers if n >= 1900)
        by_year = None if numbers else YEAR_SESSION.search(text, at, b) or YEAR_SESSION.search(text, a, b)
        by_year = by_year or (IN_YEAR.match(text, receivers[0][1]) if receivers and not numbers else None)
        if by_year:
            numbers = (int(by_year.group(1)),)
    elif receivers and not (numbers or f.get("due") or f.get("every")):
        year = IN_YEAR.match(text, receivers[-1][1])
        if year and not (adopted and year.group(1) < adopted[:4]):
            f["due"] = year.group(1)
    return numbers


def session_fields(organ: Organ | None, numbers: tuple[int, ...], adopted: str | None) -> dict:
    """A report's session fields for the sessions `numbers` of `organ`: session, sessions, year, session_of; shared by a
    clause's own reading (report_receivers) and a later request's (report_later), so a fix to one reaches both."""
    year = organ.session_year(numbers[0]) if organ and numbers else None
    # "its resumed seventy-fifth session" keeps the session's year: the graph gives a session one year (its
    # opening one, organs.yaml), and a resumed part's later year broke that (A/RES/74/254: a SHACL violation)
    if year and adopted and year < int(adopted[:4]) - 1:
        # a session long over when the text was adopted is another organ's ("the Committee on Information at
        # its forty-fifth session" is not the Assembly's 45th, of 1990): its year is not known
        year = None
    return {
        "session": numbers[0] if numbers else None,
        "sessions": numbers,
        "year": year,
        "session_of": organ.actor if organ and numbers else None,
    }


def session_numbers(m: re.Match) -> tuple[int, ...]:
    """The session numbers a SESSIONS match names, its ordinals in order ("at its sixty-first and sixty-second
    sessions": (61, 62)); shared by a clause's own reading (report_receivers) and a later request's (report_later)."""
    return tuple(n for n in (ordinal(w) for w in ORDINAL_RE.findall(m.group("numbers"))) if n)
