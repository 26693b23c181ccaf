"""Reports another text asked for, given a new deadline here: "Extends to 15 August 2017 the deadline for the
submission of the final report of the Group of Experts requested in paragraph 9 of resolution 2293 (2016)" (S/RES/2360
(2017) op 5, heldout44 19), "noting that references to midterm and final reports of the Panel of Experts should be
updated to 31 January 2026 and 15 June 2026, respectively" (S/RES/2789 (2025) op 1, heldout9 05).

The report is still to come and this text sets when: the golds count it here, a report due on the new date, by the
body whose report it is (named after "of"; else the organ's reporter, as for a report asked of no one), to the
receiver named with it or else the organ that speaks, its form the report word's. One report per new date ("midterm
and final reports ... 31 January 2026 and 15 June 2026": two). No verb of the directive list need ask it ("Extends",
"noting"), so the paragraph's clauses miss it; a report a clause of the paragraph already reads with the same date is
not counted twice. Not a deadline of something else extended ("to extend the deadline for nominations of ad litem
judges", S/RES/1597 (2005) op 2, heldout18) nor a reporting request renewed until a date (report_renewed: the date
ends the request, it dates no report).
"""

from __future__ import annotations

import re

from resgraph.extract import report_forms, report_unknown
from resgraph.extract.deadlines import DATE_PLAIN, DATE_RE, DAY_MONTH, iso, on_or_after
from resgraph.extract.report_receivers import Context, actor_as_panel
from resgraph.models import ReportDue
from resgraph.vocab import load
from resgraph.wordsearch import may_hold, phrases, unnamed

# (the words are data: ontology/vocab/reports.yaml `redated`)
_WORDS = load().reports["redated"]
# the report: its adjectives (at most four words, "and" among them: "midterm and final"), then its noun; not a word
# that makes the report something else's object ("the date of consideration of the report", "comments on the report",
# "for Member States to report": reports.yaml `redated.not_adjectives`)
_ADJECTIVE = rf"(?!(?:{phrases(_WORDS['not_adjectives'])})\b)[\w-]+\s+"
_REPORT = rf"(?P<report>(?:(?:the|its|his|her|their)\s+)?(?:{_ADJECTIVE}){{0,4}}?(?:{phrases(_WORDS['reports'])}))\b"
# the new date, or a day and month whose year is the first that has it on or after the adoption ("until 15 August")
_NEW = rf"(?:to|until)\s+(?P<new>{DATE_PLAIN}|{unnamed(DAY_MONTH)})"
DAY_MONTH_RE = re.compile(DAY_MONTH)
# the deadline of a report: "the deadline for (the submission of) the final report"; a date only as the report's time,
# "the date for the report", "the date of submission of the report", not "the date of the report" (its issue, or an
# event a time is counted from: "within 90 days from the date of the report of the Panel")
_DELIVERY = rf"(?:{phrases(_WORDS['deliveries'])})\s+of\s+"
_DEADLINE = (
    rf"the\s+(?:(?:{phrases(_WORDS['deadlines'])})\s+(?:for|of)\s+(?:the\s+)?(?:{_DELIVERY})?"
    rf"|(?:{phrases(_WORDS['dates'])})\s+(?:for\s+(?:the\s+)?(?:{_DELIVERY})?|of\s+(?:the\s+)?{_DELIVERY}))"
)
# "Extends to 15 August 2017 the deadline for the submission of the final report": the new date before the deadline
# or after the report ("extends the deadline for the final report of the Panel ... to 15 August 2017")
# (there "the date of" the report too, the verb's object: "Decides to extend to 15 August 2017 the date of the final
# report of the Group of Experts")
EXTENDED = re.compile(
    rf"\b(?:{phrases(_WORDS['verbs'])})\s+(?:{_NEW}(?:\s*,)?\s+)?"
    rf"(?:{_DEADLINE}|the\s+(?:{phrases(_WORDS['dates'])})\s+of\s+){_REPORT}",
    re.I,
)
# ... or the deadline extended in the passive: "the deadline for the final report ... shall be extended to 15 August"
DEADLINE_OF = re.compile(rf"\b{_DEADLINE}{_REPORT}", re.I)
# the passive's subject, not a preposition's object: "the measures shall apply for 90 days from the date for the
# submission of the report of the Panel, and the measures may be extended to 31 December" (the measures')
# (the prepositions are data: reports.yaml `redated.governed_by`)
GOVERNED = re.compile(rf"\b(?:{phrases(_WORDS['governed_by'])})\s+$", re.I)
# the words between the report and its new date, in the report's own clause: not past ", and", a directive verb or
# ", to|that <word>" ("the final report of the Panel of Experts, and to extend the mandate of the Panel until 31 August
# 2018": the mandate's date)
_STOP = rf",\s+and\b|\band\s+(?:to|also|further)\b|,\s+(?:to|that)\s+\w|\b(?:{phrases(_WORDS['directives'])})\b"
_CLAUSE = rf"(?:(?!{_STOP})[^;]){{0,200}}?"
# the passive, of the deadline: no relative clause open before it, whose verb has a subject of its own ("the deadline
# for the final report of the Group of Experts, whose mandate is extended to 15 August 2017": the mandate's); one a
# comma closes is passed ("the deadline for the final report of the Group of Experts, which was requested in paragraph
# 9 of resolution 2293 (2016), is extended to 15 August 2017")
_RELATIVE = r"\b(?:which|whose|who|whom|where|when|while)\b"
_PASSIVE_CLAUSE = rf"(?:(?!{_STOP}|{_RELATIVE})[^;]|{_RELATIVE}[^,;]{{0,160}},){{0,200}}?"
PASSIVE_NEW = re.compile(
    rf"{_PASSIVE_CLAUSE}\b(?:is|be|are|been)\s+(?:{phrases(_WORDS['participles'])})\s+{_NEW}",
    re.I,
)
# the date after the report, in its clause: "... requested in paragraph 9 of resolution 2293 (2016), until 15 August"
NEW_AFTER = re.compile(rf"{_CLAUSE}\b{_NEW}", re.I)
# a date another resolution set, recalled: "has been extended to 15 August 2017 by resolution 2360 (2017)"
RECALLED = re.compile(r"(?:\s*,)?\s+by\s+(?:its\s+)?resolutions?\b", re.I)
# "references to midterm and final reports of the Panel of Experts should be updated to 31 January 2026 and 15 June
# 2026, respectively": the dates of the reports another text asks, given anew
REFERENCES = re.compile(
    rf"\breferences\s+to\s+{_REPORT}(?P<gap>[^;]{{0,160}}?)\s+(?:should|shall|are\s+to|will|must)\s+be\s+"
    rf"(?:{phrases(_WORDS['participles'])})\s+to\s+(?P<dates>{DATE_PLAIN}(?:(?:\s*,)?\s*(?:and\s+)?{DATE_PLAIN})*)",
    re.I,
)
# what EXTENDED, DEADLINE_OF or REFERENCES cannot match without (a scan of spaces, not of every position): a deadline
# noun or a date noun ("the date of" the report, EXTENDED's object) between spaces, or "references"
NEEDED = re.compile(rf"\s(?:{phrases(_WORDS['deadlines'] + _WORDS['dates'])})\s|references", re.I)
# the reporter and the receiver right after the report: "of the Group of Experts", "to the Committee" (an actor's name
# may hold its article or not)
OF = re.compile(r"\s+of\s+(?P<the>the\s+)?")
TO = re.compile(r"\s+to\s+(?P<the>the\s+)?")


def redated(ctx: Context, read: list[ReportDue]) -> list[ReportDue]:
    """The reports due that a paragraph (ctx.text) gives a new deadline, one per date; read: the reports its clauses
    read already (one of them with the same date is this one)."""
    text = ctx.text
    # ("date" is in "mandate": the patterns' deadline nouns follow a space, after "the" or "due")
    if not may_hold(text, ("deadline", "date", "time limit", "references")) or not NEEDED.search(text):
        return []
    out: list[ReportDue] = []
    with_verb = set()  # where the reports EXTENDED read begin
    for m in EXTENDED.finditer(text):
        with_verb.add(m.start("report"))
        new = m["new"] or _after(NEW_AFTER, text, m.end())
        out += _due(ctx, m, [new] if new else [])
    for m in DEADLINE_OF.finditer(text):
        # (read above, with its verb; or no subject of a passive)
        if m.start("report") not in with_verb and not GOVERNED.search(text, max(0, m.start() - 16), m.start()):
            new = _after(PASSIVE_NEW, text, m.end())
            out += _due(ctx, m, [new] if new else [])
    for m in REFERENCES.finditer(text):
        out += _due(ctx, m, [d.group() for d in DATE_RE.finditer(m["dates"])])
    had = {(r.by, r.due) for r in read}  # (another report of the paragraph may share the date)
    return [r for r in out if (r.by, r.due) not in had]


def _after(rx: re.Pattern, text: str, at: int) -> str | None:
    """The new date rx finds from text[at] on, as written, if any."""
    m = rx.match(text, at)
    return m["new"] if m and not RECALLED.match(text, m.end()) else None


def _due(ctx: Context, m: re.Match, dates: list[str]) -> list[ReportDue]:
    """The reports due that the report words of m (group "report") are given on `dates` (as written), one each."""
    text, e = ctx.text, m.end("report")
    by, e = _named(ctx, OF, e)
    to, _ = _named(ctx, TO, e)
    to = to or ctx.v.actor_of_organ(ctx.speaker)
    by = by or report_unknown.asked_of_none(ctx, to)
    words = m["report"].split()[-1]
    form = report_forms.form(text, m.group(), words, m.end("report"))
    span = ctx.block.to_source(m.start(), m.end())
    out = []
    for written in dates:
        d, day = DATE_RE.fullmatch(written), DAY_MONTH_RE.fullmatch(written)
        due = iso(d) if d else on_or_after(day, ctx.adopted) if day else None
        if due:
            out.append(ReportDue(ctx.op, by, to, None, ctx.paragraph.index, span, due=due, form=form))
    return out


def _named(ctx: Context, rx: re.Pattern, at: int) -> tuple[str | None, int]:
    """The actor that the words right after text[at] name where rx reads them ("of the Panel", "to the Committee"),
    with where its name ends; (None, at) for none. "The Group of Experts" is the panel the document is about."""
    m = rx.match(ctx.text, at)
    if not m:
        return None, at
    named = ctx.actors(m.start("the") if m["the"] else m.end(), min(len(ctx.text), m.end() + 80))
    if not named or named[0][1] not in (m.start("the") if m["the"] else m.end(), m.end()):
        return None, at
    actor, s, e = named[0]
    return actor_as_panel(actor, ctx.text[s:e], ctx), e  # "the Group of Experts": the document's panel
