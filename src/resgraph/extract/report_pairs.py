"""How the reports of one clause go together: the first of two reports named in one object is asked
when the second is ("submit their initial reports, as well as their annual reports"), and a report
that names no receiver takes the receiver of the next report of the clause by the same reporter ("to
provide regular updates on this matter and to provide a progress report to the Forum"); and
receivers with their sessions "respectively" ("to the General Assembly and the Human Rights Council
at their seventy-sixth and forty-fourth sessions, respectively") each take their own session; a cycle
"thereafter" goes with the first deadline before it ("a report ... in 45 days and provide updates every four
months thereafter": one report).

Split from reports.py, which finds the reports and reads each one's fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from resgraph.extract import deadlines as dates
from resgraph.extract import report_noun_pairs
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

PAIRED = re.compile(r"\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+", re.I)  # (not "\s*,?\s*": two ways to split a run)
TO_NEXT = re.compile(r"\band\s+(?:also\s+|further\s+)?to\s+(?:[\w-]+\s+){1,2}$", re.I)  # "and to provide "
OWN = ("explicit_to", "due", "every", "within", "session", "mandate_end")


class _Trigger(Protocol):
    trigger: tuple[int, int]


T = TypeVar("T", bound=_Trigger)


def paired(
    text: str,
    trig: Sequence[T],
    scopes: Sequence[tuple[int, int]],
    i: int,
    fields: Callable[[int, int, T], dict],
) -> bool:
    """Whether report i (of the clause's reports trig, each read over its scope) is the first of two
    joined by "and" or "as well as" whose second says to whom or when it is due; fields(a, b, t):
    the fields of report t read over text[a:b]."""
    if i + 1 >= len(trig) or not PAIRED.fullmatch(text, trig[i].trigger[1], trig[i + 1].trigger[0]):
        return False
    f = fields(*scopes[i + 1], trig[i + 1])
    return any(f.get(k) for k in OWN)


# "to present to the Council, through the Committee, a written mid-term report by 28 June 2014, and a written final
# report before 16 January 2015" (S/RES/2136 (2014) op 5, 2078 op 5, 1558 op 3): the channel named before the first
# report, and the reports joined by "and" with no verb of their own
# also a channel named for the whole request before the reports it lists: "to keep the Security Council regularly
# informed, through the Secretary-General, on the implementation of AMISOM's mandate, and report to the Council, through
# the provision of oral updates and no fewer than three written reports" (S/RES/2372 (2017) op 9, heldout8 15; 2297 and
# the AMISOM renewals): the written reports go through the Secretary-General as the updates do
THROUGH_AHEAD = re.compile(
    r"\bthrough\s+(?:the\s+|its\s+)?[^,;]{1,60},\s+(?:a|an|its|one)\s"
    r"|\b(?:informed|updated|apprised),?\s+through\s+(?:the\s+|its\s+)?[^,;]{1,60}?,?\s+on\b"
)
JOINED_NEXT = re.compile(
    r"(?:,\s*|\s+)(?:and|as\s+well\s+as)(?:\s+(?:no\s+fewer\s+than|not\s+less\s+than|at\s+least))?\s+$"
)


def share_through(text: str, found: list[dict]) -> None:
    """Give the next report of the clause the channel the first names before both ("through the Committee, a
    mid-term report ..., and a final report"), when the same reporter makes both to the same receiver and the
    next names no receiver or channel of its own: in place; found: the reports' fields in text order."""
    for f, g in zip(found, found[1:], strict=False):
        a, b = f["span"]
        if (
            f.get("through")
            and not g.get("through")
            and not g.get("explicit_to")
            and g.get("by") == f.get("by")
            and g.get("to") == f.get("to")
            and THROUGH_AHEAD.search(text, a, b)
            and JOINED_NEXT.search(text, a, b)
        ):
            g["through"] = f["through"]


def share_receivers(text: str, found: list[dict]) -> None:
    """Give a report that names no receiver and no time the receiver the next report of the clause
    names, when the same reporter makes both and the next is asked by an infinitive joined to it
    ("... on this matter and to provide a progress report to the Forum"); in place: found are the
    reports' fields, in text order, each with its span in text."""
    for f, g in zip(found, found[1:], strict=False):
        if (
            not f.get("explicit_to")
            and not f.get("receivers")
            and not any(f.get(k) for k in OWN)
            and g.get("explicit_to")
            and g.get("by") == f.get("by")
            and TO_NEXT.search(text, f["span"][0], f["span"][1])
        ):
            f["to"] = g["explicit_to"]


# "to provide monthly updates to the Committee, and a comprehensive midterm update, as well as to submit ..." (S/RES/2244
# (2015) op 32, heldout8 10; the Panels' yearly "regular updates to the Committee ...; b. a comprehensive mid-term
# update", 2713 (2023) op 29), "to present to the General Assembly and the Security Council an interim report in 2022
# and a second, detailed report in 2024" (2558 (2020) op 5, heldout11 02): a report noun joined to the report before by
# "and", "as well as" or a list's mark, with no verb of its own, goes where that one goes
# (linear in a run of spaces: searched for between two reports, "\s+" tried from each space of a run read the run's
# rest at each; a run is tried from its first space only, which any match from a later one has, and read once)
JOINED_NOUN = re.compile(
    r"(?:(?:,\s*+|(?<!\s)\s++)(?:and|as\s+well\s+as)|[;,])\s*(?:\(?[a-z]{1,4}[.)]\s*)?"
    r"(?:including\s+)?$",
    re.I,
)
# a body named after the last list mark before the next report: "c. for the Security Council's consideration through
# the Committee, a final report" (a receiver carried down a list stops there)
NAMED = re.compile(r"[;,]\s*(?:and\s+)?(?:\(?[a-z]{1,4}[.)]\s*)?[^;,]*?\b[A-Z][^;]*$")
# a task of its own between the two: "updates to the Committee, and to submit a final report"
OWN_VERB = re.compile(
    r"\bto\s+(?:\w+ly\s+)?(?!the\b|it\b|its\b|them\b|all\b|each\b|both\b|any\b|his\b|her\b|their\b|relevant\b|"
    r"interested\b|member\b|other\b|[A-Z])[a-z]+\b|\b(?:requests?|decides?|invites?|encourages?|urges?)\b"
)


def carry_receiver(text: str, found: list[dict], starts: Sequence[int], kinds: Sequence[str]) -> None:
    """Give a report noun that names no receiver the receiver(s) of the report before it in the clause, the same
    reporter's, where the two are joined ("monthly updates to the Committee, and a comprehensive midterm update"):
    in place; found: the reports' fields in text order, starts: where each one's trigger begins, kinds: each one's
    kind (noun | verb)."""
    for f, g, s, kind in zip(found, found[1:], starts[1:], kinds[1:], strict=False):
        if (
            kind == "noun"
            and not g.get("explicit_to")
            and not g.get("receivers")
            # (a receiver carried down a list stops where a body is named before the next: "c. for the Security
            # Council's consideration through the Committee, a final report")
            and (
                f.get("explicit_to")
                or f.get("receivers")
                or (f.get("carried") and not NAMED.search(text, f["span"][0], s))
            )
            and g.get("by") == f.get("by")
            # not a reporter read as its own receiver (report_unknown reads it), nor as the receiver carried
            and g.get("by") not in (g.get("to"), f.get("to"), *(f.get("receivers") or ()))
            and JOINED_NOUN.search(text, f["span"][0], g["span"][0])
            and not OWN_VERB.search(text, f["span"][1], s)
        ):
            g["to"], g["carried"] = f["to"], True  # and on down a list: "updates to the Committee, including
            # ... one thematic report by 30 June 2026; b. a comprehensive mid-term update" (S/RES/2806 (2025) op 32)
            g["receivers"] = list(f["receivers"]) if f.get("receivers") else None


# "a comprehensive mid-term update and, for the Security Council's consideration, through the Committee, a final report
# by 15 October 2021" (S/RES/2551 (2020) op 34 and the Panel's yearly twins; "b. a comprehensive mid-term update; and
# c. for the Security Council's consideration through the Committee a final report", 2713 (2023) op 29, heldout5 03):
# a channel said after the "and" that joins two reports, before the second, is the second's
JOINT = re.compile(r"(?:,\s*|\s+)(?:and|as\s+well\s+as)\b|;")
THROUGH_WORD = re.compile(r"\bthrough\b")


def through_ahead(text: str, found: list[dict], triggers: Sequence[tuple[int, int]]) -> None:
    """Move the channel of a report read past the conjunction that joins it to the next report noun, the same
    reporter's with no channel of its own, to that next report: in place; found: the reports' fields in text order,
    triggers: where each one's report word is."""
    for f, g, (_, fe), (gs, _) in zip(found, found[1:], triggers, triggers[1:], strict=False):
        if not f.get("through") or g.get("through") or g.get("by") != f.get("by"):
            continue
        joints = list(JOINT.finditer(text, fe, gs))
        said = THROUGH_WORD.search(text, fe, gs)
        if (
            joints
            and said
            and said.start() > joints[-1].end()
            and not THROUGH_WORD.search(text, fe, joints[-1].start())
        ):
            g["through"], f["through"] = f["through"], None


# "a briefing on the implementation of the protection strategy and a progress report on the Framework to the
# Security Council and troop- and police-contributing countries by 16 February 2010": one object, whose
# receivers and deadline, said once at its end, are both reports'


# "to provide no later than 31 March 2010 a midterm briefing on its work and no later than 90 days after adoption of
# this resolution an interim report to the Committee" (S/RES/1891 (2009) op 2, heldout18, and its yearly twins, 1713
# (2006) to 2091 (2013)): two reports joined by "and", each with its own time, the receiver said once after the second
TIMED_PAIR = re.compile(
    r"\b(?:an?)\s+(?:[\w-]+\s+){0,2}(?:report|briefing|update)\b[^;,:]{0,120}?\band\s+"
    r"(?:no\s+later\s+than|not\s+later\s+than|by|within)\s[^;:,]{0,160}$",
    re.I,
)


def share_coordinated(text: str, found: list[dict], items: Sequence[report_noun_pairs.Words]) -> None:
    """Give a report that names no receiver and no time, joined by "and" to the next report noun of the
    clause (the same reporter's), that report's receivers and deadline; one with a time of its own, joined so with
    the time of the next between (TIMED_PAIR), that report's receiver alone: in place; found: the reports'
    fields in text order, each with its span in text; items: their report words (trigger and words), in that order."""
    for i, (f, g) in enumerate(zip(found, found[1:], strict=False)):
        if (
            not f.get("explicit_to")
            and not f.get("receivers")
            and g.get("explicit_to")
            and not g.get("receivers")
            and g.get("by") == f.get("by")
            and TIMED_PAIR.search(text, f["span"][0], f["span"][1])
            and report_noun_pairs.second(text, items[i + 1])
        ):
            f["to"] = g["explicit_to"]
            continue
        if (
            not f.get("explicit_to")
            and not f.get("receivers")
            and not any(f.get(k) for k in OWN)
            and g.get("by") == f.get("by")
            and (g.get("explicit_to") or g.get("dues"))
            and report_noun_pairs.joined(text, items[i], items[i + 1])
        ):
            f["to"] = g.get("to")
            f["receivers"] = list(g.get("receivers") or [])
            f["dues"], f["due"], f["within"] = list(g.get("dues") or []), g.get("due"), g.get("within")


# a deadline written just before the report it sets: "and, no later than 1 February 2010, a report which ..."
DEADLINE_AHEAD = re.compile(
    r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+" + dates.DATE + r"\s*,?\s*$", re.I
)


def deadline_ahead(text: str, found: list[dict]) -> None:
    """Give the deadline written just before a report ("to submit to the Security Council, no later than
    30 September 2009, a report reviewing ..., and, no later than 1 February 2010, a report which
    includes ...") to that report, not to the one before it, whose scope it ends: in place; found: the
    reports' fields in text order, each with its span in text and its dues."""
    for f, g in zip(found, found[1:], strict=False):
        dues = f.get("dues") or []
        if f.get("within") and not any(g.get(k) for k in ("dues", "within", "every")) and _delay_ends(text, f):
            # "a midterm briefing by 29 March 2007 and no later than 90 days after adoption of this resolution an
            # interim report": the delay is the interim report's
            g["within"], f["within"] = f["within"], None
            if d := f.get("within_due"):
                g["dues"], g["due"] = [d], d
                f["dues"] = [x for x in dues if x != d]
                f["due"] = f["dues"][0] if f["dues"] else None
            continue
        m = DEADLINE_AHEAD.search(text, f["span"][0], f["span"][1])
        if len(dues) > 1 and not g.get("dues") and g.get("by") == f.get("by") and m and dates.iso(m) == dues[-1]:
            g["dues"], g["due"] = [dues[-1]], dues[-1]
            f["dues"] = dues[:-1]
            f["due"] = f["dues"][0]


def _delay_ends(text: str, f: dict) -> bool:
    """Whether the delay f read (its end at f["delay_end"] in f's scope) is the last thing of that scope."""
    a, b = f["span"]
    end = f.get("delay_end")
    return end is not None and not text[a + end : b].strip(" ,")


THEREAFTER = re.compile(r"\bthereafter\b", re.I)
# "To report within 60 days to the Security Council on its work and thereafter to report as deemed necessary by the
# Committee" (S/RES/2206 (2015) op 16 (f), 2127, 2140, 1970, 2048): the later reporting continues the first report,
# one item (heldout7 16), with no time of its own
THEREAFTER_TO = re.compile(r"\bthereafter\s*,?\s+to\s+$", re.I)


def cycle_thereafter(text: str, found: list[dict]) -> list[dict]:
    """Fold a report whose only time is a cycle "thereafter" into the report before it that has a
    first deadline and no cycle, the same reporter making both: "to provide an initial strategic-level
    report ... in 45 days and provide updates every four months thereafter" is one report, due in 45
    days and every four months (as "a report by 30 June 2013 and every six months thereafter"); also one
    asked "thereafter" with no time of its own ("To report within 60 days ... and thereafter to report as
    deemed necessary by the Committee": one item, due in 60 days, no cycle); found: the reports' fields in
    text order, each with its span in text."""
    out: list[dict] = []
    for g in found:
        f = out[-1] if out else None
        then = THEREAFTER_TO.search(text, max(0, g["span"][0] - 20), g["span"][0])
        if (
            f is not None
            and (g.get("every") or then)
            and not any(g.get(k) for k in ("due", "within", "session", "mandate_end"))
            and g.get("by") == f.get("by")
            and g.get("form") in (None, f.get("form"))  # "and to brief the Council every 90 days thereafter": oral
            and (not g.get("explicit_to") or g.get("explicit_to") == f.get("to"))
            and (f.get("due") or f.get("within"))
            and not f.get("every")
            and (then or THEREAFTER.search(text, *g["span"]))
        ):
            f["every"] = g["every"]
            continue
        out.append(g)
    return out


# "to continue to report regularly, and at least every three months, ..., and to provide the Security Council, with
# the same regularity, a specific update on the military situation" (S/RES/1861 (2009) op 28, 1856 op 9): the cycle of
# the report before
SAME_REGULARITY = re.compile(
    r"\b(?:with|at|on)\s+the\s+same\s+(?:regularity|periodicity|frequency|intervals?|cycle)\b"
    rf"(?!\s+as\s+(?:{phrases(load().reports['cited_as']['same_regularity'])})\b)",  # (data: reports.yaml `cited_as`)
    re.I,
)


def same_regularity(text: str, found: list[dict]) -> None:
    """A report "with the same regularity" as the one before it in the clause (found: the reports' fields in text
    order, each with its span) takes that one's cycle."""
    for f, g in zip(found, found[1:], strict=False):
        a = max(f["span"][0], g["span"][0] - 120)  # "..., with the same regularity, a specific update": before it
        if f.get("every") and not g.get("every") and SAME_REGULARITY.search(text, a, g["span"][1]):
            g["every"] = f["every"]


# "to submit a report within six months, with a briefing to the Committee established pursuant to its resolution 2048
# (2012)" (S/RES/2343 (2017) op 22, heldout12 18; 2404 (2018) op 28, 2458 (2019) op 33): a report listed ", with a"
# after another, to a receiver of its own (report_triggers) and with no time of its own, is given with it, at its time
GIVEN_WITH = re.compile(r",\s+(?:and\s+)?with\s+$", re.I)
TIMES = ("due", "dues", "within", "every", "mandate_end")


def given_with(text: str, found: list[dict], starts: Sequence[int]) -> None:
    """Give a report listed ", with a briefing to ..." right after another report (starts: each report's trigger)
    that report's time where it says none of its own; in place (found: the reports' fields in text order)."""
    for f, g, s in zip(found, found[1:], starts[1:], strict=False):
        if not any(g.get(k) for k in TIMES) and GIVEN_WITH.search(text, max(f["span"][0], s - 60), s):
            g.update({k: f[k] for k in TIMES if f.get(k)})


def sessions_respectively(
    text: str, f: dict, tos: Sequence[str | None], v: Vocabulary
) -> list[tuple[str | None, dict]]:
    """(receiver, fields of its own) of each report that f (a report's fields) stands for: one per
    receiver in tos, and, where sessions are named "respectively", one per session, each with its
    session, year and session's organ read on its receiver's calendar (Vocabulary.calendar): "to the
    General Assembly and the Human Rights Council at their seventy-sixth and forty-fourth sessions,
    respectively" (one each), "to present each report to the Council at its sixty-second and
    sixty-fifth sessions, respectively" and "to submit to the General Assembly annual reports at its eighty-first and
    eighty-second sessions" (two reports to each, heldout6 A/RES/80/199 op 32); and receivers each named with its
    own session ("to the Human Rights Council at its sixtieth session and to the General Assembly at its
    eightieth session")."""
    relay = f.get("receiver_through")
    if relay and len(relay) == len(tos):  # "to the SRSG ..., and through the SRSG to the Security Council"
        return [(to, {"through": th}) for to, th in zip(tos, relay, strict=True)]
    numbers = f.get("sessions") or ()
    a, b = f["span"]
    said = "respectively" in text[a:b]
    own = f.get("receiver_sessions")
    if own and len(own) == len(tos):  # "to the Council at its sixtieth session and to the Assembly at its eightieth"
        # a receiver at several sessions of its own gets a report at each ("and to the General Assembly at its
        # seventy-eighth, seventy-ninth and eightieth sessions", A/RES/77/209 op 49)
        pairs = [(to, n) for to, ns in zip(tos, own, strict=True) for n in ns or (None,)]
    elif said and len(tos) > 1 and len(numbers) == len(tos):
        pairs = list(zip(tos, numbers, strict=True))
    elif len(tos) == 1 and len(numbers) > 1:  # "at its eighty-first and eighty-second sessions": one report at each
        pairs = [(tos[0], n) for n in numbers]
    else:
        return [(to, {}) for to in tos]
    out: list[tuple[str | None, dict]] = []
    for to, n in pairs:
        if n is None:  # a receiver with no session of its own beside one with ("to the Advisory Committee and ..."),
            # at several: no cycle ("to the HRC, and to the GA at its 75th, 76th and 77th sessions", A/RES/74/143 op 47)
            none = {"session": None, "year": None, "sessions": (), "session_of": None, "recurrence": None}
            out.append((to, {**none, "every": None} if len(pairs) > len(tos) else none))
            continue
        # one receiver: the sessions' organ as read (the Assembly's sessions of a report whose receiver is misread)
        organ = (f.get("session_of") or to) if len(tos) == 1 else to
        cal = v.calendar(organ)
        year = cal.session_year(n) if cal else None
        own = {"session": n, "year": year, "sessions": (n,), "session_of": organ if cal else None, "recurrence": None}
        if len(tos) == 1 or len(pairs) > len(tos):  # "annual reports at its eighty-first and eighty-second sessions":
            own["every"] = None  # the sessions are its times
        out.append((to, own))
    return out
