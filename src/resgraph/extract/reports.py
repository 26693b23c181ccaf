"""Reports due: who is asked to report, to whom, by when, how often, in what form.

A clause of an operative paragraph (one directive verb and what follows, see mandates.py) asks for
a report where it says so: "to report", "submit ... a report", "provide a midterm update", "brief
the Council", "an annual report", "enhanced reporting by UNIFIL". One item per distinct report: a
midterm and a final report are two, so are "by 20 November 2012 and again by 20 July 2013", and a
report "to the Human Rights Council and to the General Assembly". A mention of a report that only
refers to one ("include in his next report", "the above-mentioned report") is no new report; a
later mention in the same clause that adds nothing of its own ("and complete subsequent reports")
is the same one.
"""

from __future__ import annotations

import re

from resgraph.extract import (
    report_addressed,
    report_combined,
    report_contents,
    report_created,
    report_described,
    report_each,
    report_filled,
    report_forms,
    report_loose_dates,
    report_mentions,
    report_monitored,
    report_namely,
    report_occasions,
    report_own_task,
    report_pairs,
    report_recalled,
    report_receiver_first,
    report_refs,
    report_reporters,
    report_same,
    report_time_first,
    report_times,
    report_unknown,
)
from resgraph.extract.report_receivers import (
    NATIONAL,
    Context,
    read_receivers,
)
from resgraph.extract.report_triggers import DELIVERED, NEEDS_LEAD, REQUESTED, Item, triggers
from resgraph.models import ReportDue

CONTINUES = re.compile(r"(?:\w+\s+)?(?:subsequent|further|additional)\b", re.I)  # "and subsequent reports"
ADDS_TO = re.compile(
    r"include in (?:the|his|her|its) (?:report|reports)[^;]{0,40}?referred to in paragraph (\d+)", re.I
)
# a verb that gives the clause to another reporter: "and directs the Monitoring Team to report", "Directs the Chair"
HANDS_OVER = re.compile(r"(?:^\s*|(?:,|;|\band)\s+)(?:further\s+|also\s+)?(?:directs|instructs|requires|tasks)\b", re.I)

# "to submit ... two final reports; one focusing on Somalia, the other on Eritrea by 15 October 2016" (S/RES/2244
# (2015) op 32, heldout8): a count of reports with no cycle is that many items, each with the time said
COUNTED = {"two": 2, "three": 3, "four": 4}

PERIODIC = re.compile(r"\bperiodic\s+reports?\b", re.I)  # a State's under a convention (A/HRC/RES/54/34 op 14)
RECURRENCE = {"P1Y": "annual", "P2Y": "biennial", "P3Y": "triennial", "P4Y": "quadrennial"}


def extract(ctx: Context, start: int, end: int, by: tuple[str, ...]) -> list[ReportDue]:
    """The reports due that text[start:end] (one clause) asks for; by: the clause's addressees."""
    text = ctx.text
    clause = text[start:end]
    low = clause.lower()
    if not any(w in low for w in report_addressed.CLAUSE_WORDS):
        return []
    if "nclude" in low:
        add = ADDS_TO.search(clause)
        if add:
            return [
                ReportDue(
                    ctx.op,
                    by[0] if by else None,
                    None,
                    None,
                    ctx.paragraph.index,
                    ctx.block.to_source(start + add.start(), start + add.end()),
                    adds_to=int(add.group(1)),
                )
            ]
    recalled = report_recalled.RECALLED.search(clause)
    # "looks forward to the “Global Implementation Survey ...”, and directs the CTC to submit an annual report"
    # (S/RES/1805 (2008) op 8): the organ's words end the clause's reports up to a verb that hands the rest over
    resumed = HANDS_OVER.search(clause, recalled.end()) if recalled else None
    if recalled and not resumed:
        end, clause = start + recalled.start(), clause[: recalled.start()]
    out: list[ReportDue] = []
    # "..., and directs the Monitoring Team to report": the rest of the clause has its own reporter
    cuts: list[tuple[int, tuple[str, ...] | None]] = [(start, by)]
    if recalled and resumed:
        cuts.append((start + recalled.start(), None))  # none asked from there to the verb
    for h in HANDS_OVER.finditer(clause):
        one = report_reporters.directed(ctx, start + h.end(), end)
        if one:
            cuts.append((start + h.start(), report_each.directed(ctx, start + h.end(), end) or (one,)))
    cuts.sort(key=lambda c: c[0])
    cuts = report_created.with_tasks(cuts, text, start, end, ctx.panel)  # "to create a Panel ...: (d) report"
    head = report_reporters.from_items(ctx, start, end, cuts)
    for i, (a, who) in enumerate(cuts):
        if (i == 0 and head) or who is None:
            continue  # "Requests the following reports to the Security Council:": the items are the reports
        b = cuts[i + 1][0] if i + 1 < len(cuts) else end
        out += _items(ctx, a, b, who)
    return out


# a written report asked with a verb of its own after a briefing: "to regularly brief and inform it on [...] the
# electoral process, ..., and to provide a comprehensive assessment ..." (S/RES/1991 (2011) op 23): two, not one
OWN_VERB_AFTER = re.compile(r"[^;]*,\s+and\s+(?:also\s+|further\s+)?to\s+(?:provide|submit|present)\s+")


def _after_briefing(text: str, prev: Item, t: Item) -> bool:
    """Whether the report noun t, after the briefing verb prev, is another report that a verb of its own asks for."""
    return (
        prev.kind == "verb"
        and prev.words.lower() == "brief"
        and t.kind == "noun"
        and bool(OWN_VERB_AFTER.fullmatch(text, prev.trigger[1], t.trigger[0]))
    )


def directed(ctx: Context, end: int) -> list[ReportDue]:
    """The reports asked in ctx.text[:end], the text before a paragraph's first mandate verb, of whom
    "Directs", "Instructs" or "Requires" names ("Directs the Monitoring Team to report to the Committee"):
    no mandates (tests/mandate_gold/README.md), their reports count."""
    return extract(ctx, 0, end, ()) if HANDS_OVER.search(ctx.text, 0, end) else []


def handed_to(ctx: Context, end: int) -> tuple[str, ...]:
    """Whom a paragraph that opens with "Directs", "Instructs" or "Requires" (before its first mandate verb,
    at end) gives its tasks to: the reporter of the tasks its sub-paragraphs list ("Directs the
    Counter-Terrorism Committee to: ... (c) Report back to the Council in twelve months", S/RES/1624 (2005)
    op 6); none where it opens otherwise or names no actor."""
    h = HANDS_OVER.match(ctx.text, 0, end)
    one = report_reporters.directed(ctx, h.end(), end) if h else None
    return (one,) if one else ()


def _items(ctx: Context, start: int, end: int, by: tuple[str, ...]) -> list[ReportDue]:
    trig = triggers(ctx, start, end)
    if not trig:
        return []
    scopes = [
        (start if i == 0 else t.start, trig[i + 1].start if i + 1 < len(trig) else end) for i, t in enumerate(trig)
    ]
    scopes = report_time_first.cut(ctx.text, [t.trigger[1] for t in trig], scopes)  # ", and within 9 months submit"
    found: list[dict] = []
    for i, (t, (a, b)) in enumerate(zip(trig, scopes, strict=True)):
        f = _fields(ctx, a, b, t, by)
        own = any(f.get(k) for k in ("due", "every", "within", "explicit_to", "session", "mandate_end"))
        if found and not own and report_contents.inline_item(ctx.text, trig[found[-1]["item"]].trigger, t.trigger[0]):
            continue  # "a special report containing: (i) ...; and (iv) report on ...": a part of the one report
        if (
            found
            and not own
            and (t.kind == "verb" or CONTINUES.match(t.words) or t.words.endswith(NEEDS_LEAD))
            and not _after_briefing(ctx.text, trig[i - 1], t)
            and not (t.kind == "verb" and report_monitored.own_task(ctx.text, trig[i - 1].trigger, t.trigger))
        ):
            continue  # "and complete subsequent reports", "and report on the progress": the same one
        if (
            found
            and i
            and report_same.said_twice(
                ctx.text, (trig[i - 1].kind, trig[i - 1].words, found[-1]), (t.kind, t.words, f), t.trigger[0]
            )
            and found[-1].get("item") == i - 1
        ):
            # "to compile a report on ... and to report to the General Assembly at its seventy-fifth session": one
            first = (trig[i - 1].kind, trig[i - 1].words, found[-1])
            f["form"] = report_same.merged_form(ctx.text, first, (t.kind, t.words, f), t.trigger[0])
            f["span"] = (found[-1]["span"][0], f["span"][1])
            found.pop()
        if report_mentions.organ_reports(ctx, f, _speaker(ctx), start, t.trigger[0], t.kind):
            continue  # "further extension and update by the Security Council": the organ reports to no one
        if found and f.get("by") == (by[0] if by else None) and not f.get("by_named"):
            f["by"] = found[-1]["by"]  # "the Panel shall provide an interim report ..., and a final report"
        if not f.get("by"):  # "requests the Chairman ... to provide progress reports": whom the paragraph asked before
            if not ctx.before and not _asked_of_none(ctx, start, t, f):
                continue
            f["by"] = ctx.before[0] if ctx.before else None
        timed = any(f.get(k) for k in ("due", "every", "within", "session", "mandate_end"))
        if (
            not f.get("explicit_to")
            and not timed
            and not report_pairs.paired(ctx.text, trig, scopes, i, lambda a, b, t: _fields(ctx, a, b, t, by))
        ):
            if _to_no_organ(ctx, f, t.words):
                continue  # "encourages Governments ... to monitor and report on": no report to an organ
            if (
                t.kind == "noun"
                and f.get("to") != "TreatyBodies"
                and t.words.lower().endswith("reports")
                and not re.match(r"(?:an?|one|its|his|her|their)\s", t.words, re.I)
                and not DELIVERED.search(ctx.text, max(start, t.trigger[0] - 48), t.trigger[0])
            ):
                continue  # "to present their relevant activities and reports"
        if (
            t.kind == "verb"
            and f["by"] == _speaker(ctx)
            and report_described.describes_mandate(ctx.text, start, t.trigger[0])
        ):
            continue  # "Decides to renew the mandate of Independent Expert ..., to assess, monitor and report on"
        f["respective"] = (
            _passive(ctx, t, f)
            or report_reporters.respective(ctx, start, t.trigger[0], f, by)
            # "invites the AUHIP and the Special Envoy to update": one report each, unless the text makes it one
            or report_each.reporters(ctx, start, t, f, by)
        )
        f["item"] = i
        found.append(f)
    report_receiver_first.share(ctx.text, found, [trig[f["item"]].trigger[0] for f in found])
    found = report_namely.named_one_by_one(
        ctx.text, found, [trig[f["item"]].words for f in found], [trig[f["item"]].trigger[1] for f in found]
    )
    report_pairs.share_receivers(ctx.text, found)
    report_pairs.carry_receiver(
        ctx.text, found, [trig[f["item"]].trigger[0] for f in found], [trig[f["item"]].kind for f in found]
    )
    report_receiver_first.restated(ctx.received, found)
    # not "to their respective governing bodies" (to_reporter): explicit_to is the alias's actor, no receiver (_passive)
    ctx.received.update(
        {
            f["by"]: tuple(f.get("receivers") or [f["explicit_to"]])
            for f in reversed(found)
            if f.get("explicit_to") and f["by"] and not f.get("to_reporter")
        }
    )
    report_pairs.share_coordinated(ctx.text, found, [trig[f["item"]] for f in found])
    report_pairs.share_through(ctx.text, found)
    report_pairs.through_ahead(ctx.text, found, [trig[f["item"]].trigger for f in found])
    report_pairs.deadline_ahead(ctx.text, found)
    report_pairs.given_with(ctx.text, found, [trig[f["item"]].trigger[0] for f in found])
    found = report_pairs.cycle_thereafter(ctx.text, found)
    report_pairs.same_regularity(ctx.text, found)
    report_filled.cycle_filled(ctx.text, found, [trig[f["item"]].trigger for f in found], ctx.v)
    return [r for f in found for r in _built(ctx, f, trig)]


def _built(ctx: Context, f: dict, trig: list[Item]) -> list[ReportDue]:
    """The reports due of fields f: one per reporter, receiver and deadline; the reporter report_unknown reads
    where the one read was the receiver itself (None where the text names no one)."""
    at = trig[f["item"]].trigger[0]
    tos, dues = f.pop("receivers") or [f.get("to")], _counted(f, f.pop("dues", None) or [f.get("due")], trig, ctx.text)
    each = report_pairs.sessions_respectively(ctx.text, f, tos, ctx.v)
    cycles = f.pop("receiver_every", None) or {}  # "... and annually to the General Assembly": the Assembly's own
    each = [
        (to, per_to if to not in cycles or "every" in per_to else {**per_to, "every": cycles[to], "recurrence": None})
        for to, per_to in each
    ]
    out: list[ReportDue] = []
    for who in f.pop("respective", None) or [f.get("by")]:
        for to, per_to in each:
            g = {**f, "by": who, "to": to}
            g["by"] = report_unknown.reporter(ctx, g, at) if who else report_unknown.asked_of_none(ctx, to)
            if who and who == to and not g["by"] and _officer(ctx, to):
                continue  # to the officer asked, of no one else named: what reaches him for his own task, no report due
            if g["by"] and len(each) == 1 and f.get("to_reporter"):  # "report regularly to their respective governing
                g["to"] = g["by"]  # bodies": each reporter's own organ (report_receivers.read_receivers)
            out.extend(_report(ctx, {**g, "due": due, **per_to, **_own(f, due)}) for due in dues)
    return out + report_combined.oral_beside(ctx, out, f["span"])  # "in combination with an oral update"


# "recalls its request in paragraph 53, and requests a further report by 30 April 2023" (S/RES/2670 op 1 (d)): of no one


def _asked_of_none(ctx: Context, start: int, t: Item, f: dict) -> bool:
    """Whether a report whose reporter neither the clause nor the paragraph names is still asked for: the object of
    "requests" with its own time ("requests a further report by 30 April 2023") or channel ("requests regular updates
    on this coordination through the Secretary-General", S/RES/2297 (2016) op 25); its reporter is none known."""
    s = t.trigger[0]
    return bool(
        t.kind == "noun"
        and REQUESTED.search(ctx.text, max(start, s - 24), s)
        and any(f.get(k) for k in ("due", "every", "within", "session", "mandate_end", "through"))
    )


def _counted(f: dict, dues: list, trig: list[Item], text: str) -> list:
    """The due dates of report f, one per report its count names ("two final reports ... by 15 October 2016": the
    date twice) or its occasions ("in the middle and at the end of the period": report_occasions); not where the
    count opens a cycle ("no fewer than three written reports, ... and every 120 days thereafter": one recurring
    report)."""
    if f.get("every"):
        return dues
    i = f["item"]
    before = trig[i - 1].trigger[1] if i else None
    n = max(
        COUNTED.get(trig[i].words.split()[0].lower(), 0),
        report_occasions.count(text, f["span"], trig[i].trigger, before, any(dues) or bool(f.get("mandate_end"))),
    )
    return dues + dues[-1:] * (n - len(dues))


def _passive(ctx: Context, t: Item, f: dict) -> list[str]:
    """For a report asked in the passive (t: "reported"; f: its fields), the receiver the paragraph named for its
    reporter where it names none ("Requests the Panel to provide updates ... to the Committee ..., and requests that
    any obstacles ... be reported immediately": to the Committee), and the ones named who report, one report each
    ("shall be reported to the Council by UNMOVIC and the IAEA"); [] for any other report or a single reporter."""
    if t.words.lower() != "reported":
        return []
    if not f.get("explicit_to") and f["by"] in ctx.received:
        f["to"] = ctx.received[f["by"]][0]
    return f["agents"] if len(f.get("agents") or ()) > 1 else []


def _officer(ctx: Context, actor: str | None) -> bool:
    """Whether an actor is an officer, a person ("the Secretary-General"): one asked "to ensure that compliance ... is
    reviewed ..., through a process ..., so as to report to the Secretary-General" (S/RES/1539 (2004) op 5 (b)) is
    given what that process finds; a body read as its own receiver is a reading fault report_unknown may mend."""
    a = ctx.v.actors.get(actor or "")
    return bool(a and a.person)


def _speaker(ctx: Context) -> str | None:
    """The actor of the organ that speaks (the Human Rights Council), the reporter read where none is named."""
    organ = ctx.v.organs.get(ctx.speaker or "")
    return organ.actor if organ else None


def _to_no_organ(ctx: Context, f: dict, words: str) -> bool:
    """Whether a report of a State or of States (f: its fields, naming no receiver or time) goes to no organ
    ("encourages Governments ... to monitor and report on"); not where an earlier clause of the paragraph asked
    the same reporter to report to someone: "Requests the South Sudan authorities to report, no later than 15 April
    2024, to the Committee ..., and invites the South Sudan authorities to report on progress" (S/RES/2683 (2023)
    op 6, heldout7 03): the second goes there too (f["to"] set)."""
    by = f.get("by") or ""
    if not (by.startswith("state:") or by in NATIONAL):
        return False
    if by in ctx.received:
        f["to"] = ctx.received[by][0]
        return False
    if PERIODIC.search(words):  # "to submit its sixteenth ... periodic reports on the implementation of the Convention"
        f["to"] = "TreatyBodies"  # its treaty body's (the heldout and heldout11 golds)
        return False
    return True


def _own(f: dict, due: str | None) -> dict:
    """The delay of the report due on `due` where the scope listed several ("within six months and eleven months of
    the adoption": each its own; none for one due again at the mandate's end, report_again), its cycle's absence
    where the cycle is another deadline's (report_cycle_due), else nothing of its own."""
    of, cycled = f.get("within_of") or {}, f.get("every_of")
    own = {"within": of[due]} if due in of else {}
    return own if cycled is None or due in cycled else {**own, "every": None, "recurrence": None}


def _fields(ctx: Context, a: int, b: int, t: Item, by: tuple[str, ...]) -> dict:
    text = ctx.text
    scope = text[a:b]
    f: dict = {"span": (a, b), "by": by[0] if by else None}
    f.update(report_reporters.reporter(ctx, (a, b), t.trigger, t.kind, t.words.split()[0].lower(), by))
    # when (not by a deadline or cycle of another task the report is coordinated with: see report_own_task)
    f.update(report_own_task.timing(ctx, a, b, t, text[text.rfind(";", 0, a) + 1 : a]))
    if not (f.get("due") or f.get("within") or f.get("every")):
        f.update(report_times.same_deadline(text[:a], scope, ctx.adopted, ctx.v))
    if not (f.get("due") or f.get("within") or f.get("every")):
        f["every"] = report_refs.named(text, a, t.trigger, b)  # "in the timeframe identified in paragraph 3"
    f["form"] = report_forms.form(text, scope, t.words, t.trigger[1])
    # to whom, through whom, and the session
    read_receivers(ctx, a, b, f, t.trigger[0], t.words)
    years = f.pop("loose_years", ())  # a list of years the loose due opens, read where it was (report_times)
    if f.pop("loose", None):
        report_loose_dates.as_session(f, ctx.v.calendar(f.get("session_of") or f.get("to")), years)
    if not any(f.get(k) for k in ("every", "due", "within", "session", "mandate_end")):
        f["every"] = report_times.carried(scope, ctx.v)  # "updates ... in his comprehensive annual briefing"
    if not f.get("every") and report_times.at_each_session(scope, ctx.v):
        # "report to the Forum at each session": the receiving organ's cadence, from its calendar
        organ = ctx.v.calendar(f.get("session_of") or f.get("to"))
        f["every"] = organ.session_every() if organ else None
    return f


def _report(ctx: Context, f: dict) -> ReportDue:
    """The report due of fields f, whose reporter report_unknown read (never its own receiver)."""
    a, b = f["span"]
    return ReportDue(
        ctx.op,
        f.get("by"),
        f.get("to"),
        f.get("session"),
        ctx.paragraph.index,
        ctx.block.to_source(a, b),
        f.get("year"),
        f.get("recurrence") or RECURRENCE.get(f.get("every") or ""),
        f.get("sessions") or (),
        None,
        f.get("through"),
        report_times.due_of(f),
        f.get("within"),
        f.get("every"),
        f.get("form"),
        f.get("session_of"),
    )
