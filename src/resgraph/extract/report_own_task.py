"""The time of a report verb coordinated with another task of the reporter, before it ("to ensure that ... are updated
by 31 January 2009 ... and to report on it"; "to continue to implement annually the programme ... and to report
thereon ... at its seventy-seventh session") or after it ("to submit and present reports ... every 180 days and to
develop, by 15 March 2024, ... a roadmap"): which deadline and which cycle said in the scope are the report's, and
which the other task's. Split from reports.py (each report's fields), which reads the report's time from what this
gives."""

from __future__ import annotations

import re

from resgraph.extract import report_times
from resgraph.extract.addressees import NOT_AN_INFINITIVE
from resgraph.extract.report_receivers import Context
from resgraph.extract.report_triggers import Item
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# "... are updated by 31 January 2009 ... and to report on it": the report verb coordinated after another task
AND_THEN = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+|further\s+|then\s+|subsequently\s+)?(?:to\s+)?$", re.I)
OTHER_TASK = re.compile(r"\bto\s+(?:\w+ly\s+)?(?!the\b|it\b|its\b|them\b)[a-z]+\b")
TASK_THAT = re.compile(r"\bto\s+(?:\w+ly\s+)?[a-z]+\s+that\b")  # "to ensure that", not "Requests that"
# a one-off time of the report's own words: "to report thereon to the General Assembly at its seventy-seventh session",
# "at its next session", "at its next regular session", "at the current session" (any session, named by number or
# not: report_sessions.NAMED_SESSION needs the number; not "at its successive sessions" or "at each session", a cycle
# report_times reads as the report's own)
AT_SESSION = re.compile(r"\bat\s+(?:its|the)\s+(?:[\w-]+\s+){1,3}session\b", re.I)


def _split(ctx: Context, a: int, b: int, t: Item) -> tuple[str, str, re.Match | None, re.Match | None]:
    """The scope text[a:b] before the report verb t and from it, and where the words coordinating it after another
    task ("and to") and that task are in the first part, if they are."""
    text = ctx.text
    head, rest = text[a : max(a, t.trigger[0])], text[max(a, t.trigger[0]) : b]
    m = AND_THEN.search(head) if t.kind == "verb" else None
    return head, rest, m, OTHER_TASK.search(head, 0, m.start()) if m else None


def told(ctx: Context, a: int, b: int, t: Item) -> str:
    """The text of a report verb's (t) scope text[a:b] that says its time: all of it, but for the deadline of another
    task the verb is coordinated after, where that task is a that-clause ("requests the Secretary-General to ensure
    that MONUC's concept of operation and rules of engagement are updated by 31 January 2009 ... and to report on
    it", S/RES/1856 (2008) op 8, heldout10 09: no due) or the report recurs ("to submit proposals as soon as possible
    before 31 December 2018 on ..., and to report to the Security Council on a weekly basis", 2451 (2018) op 6). The
    reporter's own task before a one-off report gives it its time ("to assess within six months of the adoption of
    this resolution the efficiency ... and to report to the Council on these matters", 1353 (2001) op 3: 2001-12-13),
    and so does a time said before the task ("Requests the Secretary-General, by 30 June 2020, to conduct ...")."""
    head, rest, m, task = _split(ctx, a, b, t)
    if not (m and task):
        return head + rest
    that = TASK_THAT.search(head, 0, m.start())
    if not that and not report_times.timing(rest, t.words, ctx.adopted, ctx.v).get("every"):
        return head + rest
    return head[: task.start()] + head[m.start() :] + rest


# a task of the reporter coordinated after the report verb, with a time of its own: "to continue to submit and present
# reports to the Council on the Team's activities every 180 days and to develop, by 15 March 2024, ... a roadmap"
# (S/RES/2697 (2023) op 6), "to report on that progress to the Security Council by a date six months following the
# date of adoption of this resolution and, in view of the extent of that progress, to recommend to the Security Council
# no later than 15 August 2008 any further reductions" (S/RES/1777 (2007) op 5, heldout31 10): not a report verb (the
# verbs are data: ontology/vocab/reports.yaml `report_verbs`), nor "keep ... informed"
LATER_TASK = re.compile(
    r"(?:,\s*|\s)and(?:\s*,[^,;]{1,80},)?\s+(?:also\s+|further\s+|then\s+)?to\s+(?:\w+ly\s+)?"
    rf"(?!(?:{phrases(load().reports['report_verbs'])}|keep|{NOT_AN_INFINITIVE}|each|it|them|both|other|any|such)\b)"
    r"[a-z]+\b(?<!ing)",
    re.I,
)


# a report named in what follows the later task: the time there may be the report's ("and to present the
# recommendations on the steps to adapt UNMISS ... and to increase efficiency ... in a same comprehensive written report
# to be submitted within 90 days", S/RES/2327 (2016) op 32; "and to include in his reporting ... an annex ... by 31
# March 2023", 2650 (2022) op 30)
REPORT_AGAIN = re.compile(r"\b(?:reports?|reporting|briefings?|updates?)\b", re.I)


def _later_task(ctx: Context, a: int, b: int, t: Item, before: str) -> tuple[int, dict | None]:
    """Where a task coordinated after the report t starts in its scope text[a:b] (LATER_TASK), with the report's time
    read up to there (report_times.timing of what told() keeps, read once: timing() takes it as it is); else the
    scope's end b and None. The task's time is its own, not the report's; not where a report is named after it
    (REPORT_AGAIN), nor where the report has no time of its own before the task, for then a time said after both tasks
    is said once for the pair ("to report to the Security Council on the implementation of this resolution and to make
    recommendations on the future configuration of the Mission, by 31 March 2016": the report is due then too; "to
    brief the Council on progress and to identify remaining gaps every three months": P3M)."""
    m = LATER_TASK.search(ctx.text, t.trigger[1], b)
    if not m or REPORT_AGAIN.search(ctx.text, m.end(), b):
        return b, None
    own = report_times.timing(told(ctx, a, m.start(), t), t.words, ctx.adopted, ctx.v, before)
    timed = own.get("due") or own.get("within") or own.get("every") or AT_SESSION.search(ctx.text, a, m.start())
    return (m.start(), own) if timed else (b, None)


# the mark of a list item the segmenter joins into its paragraph's text (a <point>'s <num>: "requests the IWG to: –
# establish ..., – evaluate, monitor and follow up closely the progress ... on a monthly basis, – report to the Council,
# through the Secretary-General, on its assessment", S/RES/1721 (2006) op 25; the text has "-" for each dash); a list
# only where a colon leads its first item (LIST_OPEN, before the scope's first mark): with none, dashes after commas
# open an aside ("Requests the Secretary-General, - on a monthly basis, in close consultation with the African Union,
# - to report", review51 9: P1M is the report's)
ITEM_MARK = re.compile(r"[:;,]\s*[–—•-]\s+")
LIST_OPEN = re.compile(r":\s*[–—•-]\s+")


def siblings_cycle(ctx: Context, a: int, b: int, t: Item) -> bool:
    """Whether the cycle read in the scope text[a:b] of a report t said in a list item is only a sibling item's (the
    monthly evaluation above, not the report's P1M): said neither in the report's own item (from the mark before t to
    the next) nor before the list's first item (its lead: "to provide, every three months: – a report ...")."""
    marks = list(ITEM_MARK.finditer(ctx.text, a, t.trigger[0]))
    if not marks or not LIST_OPEN.search(ctx.text, 0, marks[0].end()):
        return False
    nxt = ITEM_MARK.search(ctx.text, t.trigger[1], b)
    own = ctx.text[a : marks[0].start()] + " " + ctx.text[marks[-1].end() : nxt.start() if nxt else b]
    return not report_times.timing(own, t.words, ctx.adopted, ctx.v).get("every")


def timing(ctx: Context, a: int, b: int, t: Item, before: str) -> dict:
    """The time of the report verb or noun t said in its scope text[a:b] (before: the text of its clause before the
    scope), as report_times.timing reads it from what told() keeps: the other task's cycle is the report's too where
    told() cut that task ("to implement annually ... and to report") unless the report's own words give it a one-off
    time (tasks_cycle), and the delay's end is where it is in the whole scope. The one place a report's time is told
    from that of a task it is coordinated after."""
    text = ctx.text
    b, f = _later_task(ctx, a, b, t, before)
    scope, said = text[a:b], told(ctx, a, b, t)
    if f is None:
        f = report_times.timing(said, t.words, ctx.adopted, ctx.v, before)
    if len(said) < len(scope):  # the other task's cycle is still the report's ("implement annually ... and report")
        f["every"] = f.get("every") or report_times.timing(scope, t.words, ctx.adopted, ctx.v).get("every")
    if "delay_end" in f:
        f["delay_end"] += len(scope) - len(said)  # where it ends in the scope, the other task's text counted
    if f.get("every") and (tasks_cycle(ctx, a, b, t) or siblings_cycle(ctx, a, b, t)):
        f["every"] = None  # "to implement annually the programme ... and to report thereon ... at its 77th session"
    return f


def tasks_cycle(ctx: Context, a: int, b: int, t: Item) -> bool:
    """Whether the cycle read in a report verb's scope is only the other task's the verb is coordinated after, the
    report's own words giving it a one-off time: "Requests the Secretary-General to continue to implement annually
    the programme within existing resources and to report thereon to the General Assembly at its seventy-seventh
    session" (A/RES/75/74 op 7, 77/81, 79/63: the fellowship programme runs every year, the report is asked once, at
    the session named, and the text asks it again two years later), not P1Y. A report with no time of its own still
    takes the task's cycle ("to monitor annually ... and to report thereon"); a session in the report's own words
    (AT_SESSION: "at its seventy-seventh session", "at its next session") or a deadline is a one-off time."""
    head, rest, m, task = _split(ctx, a, b, t)
    if not (m and task):
        return False
    own = report_times.timing(rest, t.words, ctx.adopted, ctx.v)  # the report's own time, read once
    if not (AT_SESSION.search(rest) or own["due"]) or own.get("every"):
        return False
    return bool(report_times.timing(head[task.start() : m.start()], t.words, ctx.adopted, ctx.v)["every"])
