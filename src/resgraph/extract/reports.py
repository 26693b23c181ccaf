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
from dataclasses import dataclass

from resgraph.extract import report_forms, report_pairs, report_reporters, report_times, report_words
from resgraph.extract.report_receivers import (
    NATIONAL,
    Context,
    read_receivers,
)
from resgraph.models import ReportDue

# --- what asks for a report
_ADJ = (
    r"(?:(?:mid-?term|final|interim|initial|subsequent|annual|yearly|quarterly|monthly|weekly|semi-annual|semiannual|biannual|bi-annual|bi-monthly|bimonthly|"
    r"half-yearly|biennial|triennial|quadrennial|comprehensive|written|oral|"
    r"first|progress|consolidated|detailed|action-oriented|analytical|thematic|special|periodic|regular|"
    r"further|second|third|short|brief|full|updated|joint|separate|substantive|concise|single|one|summary|formal|informal)\s+)*"
)
# the words a report is asked for by, found first (one cheap regex), then read around
KEYWORD = re.compile(
    r"\b(?:report(?:s|ing)?|briefings?|brief|updates?|assessment|evaluation|overview|note|study|findings)\b", re.I
)
ADJECTIVES = frozenset(_ADJ.removeprefix("(?:(?:").split(")\\s+)*")[0].split("|")) | {"mid-term", "midterm"}
LEADS = frozenset(("a", "an", "one", "two", "three", "four", "its", "his", "her", "their"))
# "in two written reports, no later than 1 May 2015 and 15 June 2015" (not "the two reports", which refers to them)
NUMBER_LEADS, IN_BEFORE = ("two", "three", "four"), re.compile(r"\b(?:in|through)\s+$")
DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|his|her|its|their|both|all)\s+$", re.I)
BRIEF_VERB = re.compile(
    # "jointly brief once per year the Security Council" (S/RES/2325 (2016) op 27, 2663 (2022) op 22)
    r"\s+(?:to\b|orally|in\s+writing|on\b|back\b|regularly|periodically|annually|every\b|once\b|twice\b|quarterly|"
    r"semi-?annually|bi-?annually|monthly|by\b|no\s+later|within|"
    r"at\s+(?:its|the)\b|it\b|them\b|the\s+(?:Security\s+)?(?:Council|Committee|Assembly|Commission|members)|thereon|"
    r"accordingly|as\b|,|\.|;|$)|\s+the\s+[A-Z][\w-]+",
    re.I,
)
_WORD_BEFORE = re.compile(r"([\w\u2010\u2011-]+)\s+$")  # "90\u2011day" (a non-breaking hyphen) is one word


def _keywords(text: str, start: int, end: int):
    """(start, end, words, lead, kind) of each report word of text[start:end], with the article
    or possessive and the adjectives before it ("a final report", "its midterm report")."""
    for m in KEYWORD.finditer(text, start, end):
        word = m.group(0).lower()
        if word == "brief":
            if BRIEF_VERB.match(text, m.end()):
                yield m.start(), m.end(), m.group(0), "", "verb"
            continue
        s = m.start()
        while True:  # adjectives before it
            w = _WORD_BEFORE.search(text, max(start, s - 40), s)
            if not w or w.group(1).lower() not in ADJECTIVES or w.group(1).lower() in LEADS:
                break
            s = w.start(1)
        lead = ""
        w = _WORD_BEFORE.search(text, max(start, s - 10), s)
        if w and w.group(1).lower() in LEADS:
            lead, s = w.group(1).lower(), w.start(1)
        elif word in ("assessment", "evaluation"):  # "a technical assessment" handed in
            w = report_words.modified_lead(text, start, m.start(), m.end(), end)
            if w:
                lead, s = w.group(1).lower(), w.start(1)
        yield s, m.end(), text[s : m.end()], lead, "noun"


# "the report, or reports", "the Commission's report"
REFERENCE_TAIL = re.compile(r"(?:\breports?,?\s+or\s+|[’']s\s+(?:\w+\s+)?)$", re.I)
VERB_BEFORE = re.compile(r"\b(?:to|and|shall|should|will|must|or)\s+(?:\w+ly\s+)?$")
PREP_BEFORE = re.compile(
    r"\b(?:in|into|through|within|of|from|with|include\w*|including)\s+(?:(?!and\b|to\b|or\b)\w+\s+){0,2}$", re.I
)
MADE_PUBLIC = re.compile(r"\b(?:make|makes|making|publish|publishes|publishing|disseminate|translate|distribute)\s+$")
# "invites the African Union to share information ..., with the Secretary-General to inform his report" (S/RES/2406
# (2018) op 34): a report others feed, the one named asks for none
FED = re.compile(r"\b(?:inform|informs|informing|feed\s+into|feeds\s+into|feeding\s+into)\s+$")
INCLUDING_BEFORE = re.compile(r",\s+including\s+$", re.I)
INCLUDE_BEFORE = re.compile(r"\binclud\w*\s+(?:\w+\s+){0,3}$", re.I)
PROVIDED_WITH = re.compile(r"\bprovid\w*\s+[^;]{0,100}?\bwith\s+$", re.I)
RESUME = re.compile(r",?\s+and\s+(?:also\s+|further\s+)?to\s+(?=(?:submit|provide|present|report|brief)\b)", re.I)
# "to include every six months in his regular reports an update on ...": a part of those reports
INCLUDED_IN = re.compile(
    r"\binclud\w*\s+(?:[^;]{0,40}?\s)?in\s+(?:his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}report(?:s|ing)?\s+$", re.I
)
CONTINUES = re.compile(r"(?:\w+\s+)?(?:subsequent|further|additional)\b", re.I)  # "and subsequent reports"
CONTENTS = re.compile(r"\b(?:on|including(?:\s+on)?|the\s+following)\s*:", re.I)
NEEDS_LEAD = ("assessment", "evaluation", "overview", "note")
REFERENCE_AFTER = re.compile(
    r"\s*(?:of\s+the\b|of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|format|obligations|requirements|procedures?\b|mechanism|preparation|process(?:es)?\b|"
    r"cycles?\b|templates?\b|guidelines\b|burden\b|(?:should\s+|shall\s+|to\s+)?"
    r"(?:continue\s+to\s+)?(?:include|contain|reflect|cover|address)\b)",
    re.I,
)
# "to present it with an oral update at its fifty-fifth session": what is presented is the update
PRESENT_WITH = re.compile(
    r"\b(?:present|provide|furnish)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?(?:Council|Assembly|Commission|Committee))"
    r"\s+with\s+$"
)
TOGETHER_WITH = re.compile(r"together\s+with\s+(?:(?:his|her|its|their)\s+)?(?:\w+\s+){0,2}$", re.I)
ADDS_TO = re.compile(
    r"include in (?:the|his|her|its) (?:report|reports)[^;]{0,40}?referred to in paragraph (\d+)", re.I
)
# a verb that gives the clause to another reporter: "and directs the Monitoring Team to report", "Directs the Chair"
HANDS_OVER = re.compile(r"(?:^\s*|(?:,|;|\band)\s+)(?:further\s+|also\s+)?(?:directs|instructs|requires|tasks)\b", re.I)

RECURRENCE = {"P1Y": "annual", "P2Y": "biennial", "P3Y": "triennial", "P4Y": "quadrennial"}

# what a report noun with no article is the object of: "provides regular updates to the Council"
DELIVERED = re.compile(
    r"\b(?:provide|provides|providing|submit|submits|submitting|present|presents|give|gives)\s+$", re.I
)
# "provide updates on the issue in the context of the next report": a part of a report, not one
IN_REPORTING = re.compile(
    r"[^;]{0,60}?\b(?:in\s+the\s+context\s+of|as\s+part\s+of|in)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}report(?:s|ing)?\b",
    re.I,
)


@dataclass
class _Item:
    start: int  # where its scope begins (paragraph offsets)
    trigger: tuple[int, int]
    kind: str  # noun | verb
    words: str


def extract(ctx: Context, start: int, end: int, by: tuple[str, ...]) -> list[ReportDue]:
    """The reports due that text[start:end] (one clause) asks for; by: the clause's addressees."""
    text = ctx.text
    clause = text[start:end]
    low = clause.lower()
    if not any(w in low for w in report_words.CLAUSE_WORDS):
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
    recalled = report_words.RECALLED.search(clause)
    if recalled:
        end, clause = start + recalled.start(), clause[: recalled.start()]
    out: list[ReportDue] = []
    # "..., and directs the Monitoring Team to report": the rest of the clause has its own reporter
    cuts: list[tuple[int, tuple[str, ...] | None]] = [(start, by)]
    for h in HANDS_OVER.finditer(clause):
        one = report_reporters.directed(ctx, start + h.end(), end)
        if one:
            cuts.append((start + h.start(), (one,)))
    head = report_reporters.from_items(ctx, start, end, cuts)
    for i, (a, who) in enumerate(cuts):
        if (i == 0 and head) or who is None:
            continue  # "Requests the following reports to the Security Council:": the items are the reports
        b = cuts[i + 1][0] if i + 1 < len(cuts) else end
        out += _items(ctx, a, b, who)
    return out


def directed(ctx: Context, end: int) -> list[ReportDue]:
    """The reports asked in ctx.text[:end], the text before a paragraph's first mandate verb, of whom
    "Directs", "Instructs" or "Requires" names ("Directs the Monitoring Team to report to the Committee"):
    no mandates (tests/mandate_gold/README.md), their reports count."""
    return extract(ctx, 0, end, ()) if HANDS_OVER.search(ctx.text, 0, end) else []


def _triggers(ctx: Context, start: int, end: int) -> list[_Item]:
    text = ctx.text
    items: list[_Item] = []
    resume = start
    for s, e, words, lead, kind in _keywords(text, start, end):
        means = False
        if s < resume or report_words.in_reports_or_a_condition(text, start, s, e):
            continue
        if kind == "noun":
            before = text[max(start, s - 60) : s]
            noun = (words.split(None, 1)[1] if lead else words).lower()
            if noun.split()[-1] in report_words.HANDED_ONLY:  # only where handed to someone
                items += [_Item(s, (s, e), kind, words)] if report_words.handed(text, e, end, before) else []
                continue
            bare = not lead and noun in ("report", "reports", "brief", "update", "updates")
            if (
                bare
                and not noun.endswith("s")  # "publications and reports on forests": after "to", a verb has no -s
                and VERB_BEFORE.search(before)
                and (
                    report_words.verb_after(text, e, noun)
                    or (not noun.startswith("report") and report_words.updates_someone(text, e, end, ctx.actors))
                )
            ):
                items.append(_Item(s, (s, e), "verb", words))  # "and report on", "to report orally", "update the AUHIP"
                continue
            means = (not lead and report_words.named_as_means(text, e, end, before)) or report_words.means_of_verb(
                text, items, s, lead
            )
            # "regular updates, including a formal report every 90 days": one of its own, with its cycle
            own_cycle = bool(
                lead in ("a", "an", "one")
                and INCLUDING_BEFORE.search(before)
                and report_words.TIMED_AFTER.match(text, e, end)
            )
            if not means and not own_cycle and (INCLUDE_BEFORE.search(before) or INCLUDED_IN.search(before)):
                # "and to include in his reporting ...": what follows is what the report holds, up to
                # another request of the clause ("..., and to submit a report by 1 May 2019")
                again = RESUME.search(text, e, end)
                if not again:
                    break
                resume = again.end()
                continue
            if lead in NUMBER_LEADS and _numbered(items, text, (max(start, s - 12), s, e), before, kind, words):
                continue  # "the two reports" refers to them; "report ... in two written reports" is the verb's
            if report_words.names_another_thing(text, e, words, lead, before, lambda a, z: ctx.actors(a, min(end, z))):
                continue  # a title, "briefing meetings", "an update to the technical guidance", "on reporting to"
            # "to submit the report of the Special Envoy": asked for, though "the report of" mostly refers to one
            asked = means or bool(
                not lead and report_words.SUBMIT_THE.search(before) and report_words.OF_SOMEONE.match(text, e)
            )
            # "to provide the Council with regular updates": what is provided, not one it goes with
            # "to submit by 30 March 2001 his next report on ...": asked for, not "included in his next report"
            asked = asked or bool(
                not lead and (PRESENT_WITH.search(before) or not items and report_words.SUBMIT_NEXT.search(before))
            )
            if not asked and (
                (
                    REFERENCE_TAIL.search(before) and lead not in ("a", "an", "one")
                )  # "for the Council's consideration a report"
                or (lead not in ("a", "an", "one") and REFERENCE_AFTER.match(text, e))
                or (not lead and report_words.refers(before, noun) and not TOGETHER_WITH.search(before))
            ):
                continue
            if (
                lead in ("its", "his", "her", "their")
                and (
                    PREP_BEFORE.search(before)
                    and not TOGETHER_WITH.search(before)
                    or MADE_PUBLIC.search(before)  # "to make its report to the Secretary-General publicly available"
                    or FED.search(before)
                )
                or (  # "together with a report", not "provide the Secretary-General ... with a report"
                    lead in ("a", "an", "one")
                    and re.search(r"\b(?:along\s+with|with|including|includes?)\s+$", before)
                    and not PROVIDED_WITH.search(text, max(start, s - 140), s)
                    and not PRESENT_WITH.search(before)
                    and not own_cycle
                )
            ):
                continue
            if (
                noun.split()[-1] in NEEDS_LEAD
                and (
                    lead not in ("a", "an", "one")
                    or report_words.CONDUCTED.search(before)
                    and not report_words.HANDED_IN.search(text, e, end)
                    or not report_words.delivered(text, max(start, s - 160), s, noun.split()[-1], end)
                )
            ) or (
                lead in ("a", "an") and items and CONTENTS.search(text, items[-1].trigger[1], s)
            ):  # "an overview", "to conduct an assessment of options"; "to report ... by 31 May 2026, on: ... b. ...
                continue  # an update on ...": what the report holds
            if (
                noun.endswith(("update", "updates"))
                and not lead
                and not (report_forms.WRITTEN_UPDATE.search(noun) or means)
                and not ((DELIVERED.search(before) or PRESENT_WITH.search(before)) and not IN_REPORTING.match(text, e))
            ):
                continue  # "to update information": no report ("provide regular updates to", "provide the Council
                # with regular updates" are)
        else:
            before = text[max(start, s - 30) : s].lower()
            if re.search(r"\b(?:the|a|his|her|its|their|this|that)\s+$", before):
                continue
        report_words.add_asked(items, _Item(s, (s, e), kind, words), means)
    return items


def _numbered(items: list[_Item], text: str, at: tuple[int, int, int], before: str, kind: str, words: str) -> bool:
    """Whether a number of reports ("two reports", at: (where to look back from, its start, end))
    is no new item: "the two reports" refers to reports; "report to the Council on ... in two written
    reports, no later than ..." are the reports the verb before asks for (the verb's item takes them)."""
    back, s, e = at
    if DETERMINER_BEFORE.search(text, back, s):
        return True
    if items and items[-1].words.lower() in ("report", "brief", "update") and IN_BEFORE.search(before):
        items[-1] = _Item(items[-1].start, (s, e), kind, words)
        return True
    return False


def _items(ctx: Context, start: int, end: int, by: tuple[str, ...]) -> list[ReportDue]:
    trig = _triggers(ctx, start, end)
    if not trig:
        return []
    scopes = [
        (start if i == 0 else t.start, trig[i + 1].start if i + 1 < len(trig) else end) for i, t in enumerate(trig)
    ]
    found: list[dict] = []
    for i, (t, (a, b)) in enumerate(zip(trig, scopes, strict=True)):
        f = _fields(ctx, a, b, t, by)
        own = any(f.get(k) for k in ("due", "every", "within", "explicit_to", "session", "mandate_end"))
        if found and not own and (t.kind == "verb" or CONTINUES.match(t.words) or t.words.endswith(NEEDS_LEAD)):
            continue  # "and complete subsequent reports", "and report on the progress": the same one
        if found and f.get("by") == (by[0] if by else None) and not f.get("by_named"):
            f["by"] = found[-1]["by"]  # "the Panel shall provide an interim report ..., and a final report"
        if not f.get("by"):  # "requests the Chairman ... to provide progress reports": whom the paragraph asked before
            if not ctx.before:
                continue
            f["by"] = ctx.before[0]
        timed = any(f.get(k) for k in ("due", "every", "within", "session", "mandate_end"))
        if (
            not f.get("explicit_to")
            and not timed
            and not report_pairs.paired(ctx.text, trig, scopes, i, lambda a, b, t: _fields(ctx, a, b, t, by))
        ):
            if (f.get("by") or "").startswith("state:") or f.get("by") in NATIONAL:
                continue  # "encourages Governments ... to monitor and report on": no report to an organ
            if (
                t.kind == "noun"
                and t.words.lower().endswith("reports")
                and not re.match(r"(?:an?|one|its|his|her|their)\s", t.words, re.I)
                and not DELIVERED.search(ctx.text, max(start, t.trigger[0] - 16), t.trigger[0])
            ):
                continue  # "to present their relevant activities and reports"
        f["respective"] = report_reporters.respective(ctx, start, t.trigger[0], f, by)
        found.append(f)
    report_pairs.share_receivers(ctx.text, found)
    report_pairs.share_coordinated(ctx.text, found)
    report_pairs.share_through(ctx.text, found)
    report_pairs.deadline_ahead(ctx.text, found)
    found = report_pairs.cycle_thereafter(ctx.text, found)
    out: list[ReportDue] = []
    for f in found:
        tos, dues = f.pop("receivers") or [f.get("to")], f.pop("dues", None) or [f.get("due")]
        each = report_pairs.sessions_respectively(ctx.text, f, tos, ctx.v)
        for who in f.pop("respective", None) or [f.get("by")]:
            for to, per_to in each:
                out.extend(_report(ctx, {**f, "by": who, "to": to, "due": due, **per_to}) for due in dues)
    return out


def _fields(ctx: Context, a: int, b: int, t: _Item, by: tuple[str, ...]) -> dict:
    text = ctx.text
    scope = text[a:b]
    f: dict = {"span": (a, b), "by": by[0] if by else None}
    f.update(report_reporters.reporter(ctx, (a, b), t.trigger, t.kind, t.words.split()[0].lower()))
    # when
    f.update(report_times.timing(scope, t.words, ctx.adopted, ctx.v))
    f["form"] = report_forms.form(text, scope, t.words, t.trigger[1])
    # to whom, through whom, and the session
    read_receivers(ctx, a, b, f, t.trigger[0])
    if not f.get("every") and report_times.at_each_session(scope, ctx.v):
        # "report to the Forum at each session": the receiving organ's cadence, from its calendar
        organ = ctx.v.calendar(f.get("session_of") or f.get("to"))
        f["every"] = organ.session_every() if organ else None
    return f


def _report(ctx: Context, f: dict) -> ReportDue:
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
