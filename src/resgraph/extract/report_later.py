"""A report's time a later paragraph gives: "20. Requests the Secretary-General to submit to the Council a report on the
efforts of the United Nations entities ...; 21. Further requests that the report include recommendations ..., and that
the report be submitted to the Council no later than six months from the adoption of this resolution" (S/RES/2195 (2014)
ops 20-21, heldout6 05): op 21 asks for no report of its own ("the report" refers to op 20's), and gives op 20's report
its time. Read once every report of the document is known, as report_refs.py reads a time another paragraph names.

So does a later request of the same paragraph, which the report's clause (cut at its verb) does not reach: "Reiterates
its request to the Commission of Inquiry ... to report on both the direct and the indirect transfer or sale of arms ...,
and requests, instead, that the report be submitted to the Council at its sixty-first session" (A/HRC/RES/58/2 op 45,
heldout14 29: session 61; A/HRC/RES/58/28 op 13, the same words): the report's session (or time), on the calendar of
the receiver that request names ("and requests, instead, that the report be submitted to the General Assembly at its
eightieth session": the Assembly's, not the Council's), counted as report_receivers counts a clause's own (
report_sessions.session_fields), so a fix to the one reaches the other.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from resgraph.extract import report_times
from resgraph.extract.aliases import alias_spans
from resgraph.extract.report_receivers import organ_in, organ_of
from resgraph.extract.report_sessions import SESSIONS, session_fields, session_numbers
from resgraph.models import Paragraph, ReportDue
from resgraph.vocab import Vocabulary


def _requests_to_hand(what: str, then: str) -> re.Pattern:
    """A request that someone (group who) present or submit `what`, followed by a comma or one of the words `then`;
    the rest of its clause up to a semicolon in group rest."""
    return re.compile(
        rf"\brequests\s+(?P<who>(?:the\s+)?[A-Z][^;]{{0,300}}?)\bto\s+(?:present|submit)\s+{what}"
        rf"(?=\s*,|\s+(?:{then})\b)(?P<rest>[^;]*)"
    )


# "that the report be submitted to the Council no later than six months from the adoption of this resolution"
THE_REPORT_BE = re.compile(
    r"\bthat\s+the\s+(?:said\s+|above-mentioned\s+)?report\s+(?:should\s+|shall\s+)?be\s+(?:submitted|presented|"
    r"provided|transmitted)\b([^;]*)",
    re.I,
)
# the same, asked by a later verb of the report's own paragraph: "and requests, instead, that the report be submitted"
REQUESTS_THE_REPORT_BE = re.compile(r"\brequests\s*,?\s+(?:(?:also|further|instead)\s*,?\s+)?(?=that\s+the\s)", re.I)
# ... or by a later request of someone to hand it in: "Requests the High Commissioner to prepare a thematic report in
# follow-up to the report ... submitted to the Human Rights Council at its thirty-second session, ..., and also requests
# the High Commissioner, in the preparation of the report, to draw on the views of States ..., and to present the report
# to the Council at its sixty-third session" (A/HRC/RES/59/10 op 15, heldout38 30: session 63); its session, or its
# time ("to submit the report to the Council by 30 June 2026"), as _given reads either. "present" and "submit" only (a
# report "transmitted" goes on to another organ); "the report" itself, followed by "to", "at" or a comma, not "the
# report of" someone else, "the report on ..." or "the report requested in ..." (another's); a later request, in lower
# case (the paragraph's own "Requests ... to prepare a report ... and to present the report to the Council at its ...
# session" is the report's clause, read by report_receivers). Its addressee (`who`) and receiver are checked by _hands
REQUESTS_TO_HAND_THE_REPORT = _requests_to_hand(r"the\s+report", "to|at")

# ... or, closing a list of what the report is to hold, in its last item, by a pronoun: "to report on the overall
# mission design for the proposed successor mission, ..., including: (a) a proposed mission structure ...; (f) a
# comprehensive exit strategy for the successor mission, and requests the Secretary-General to submit this to the
# Security Council for its consideration by 15 November 2024" (S/RES/2748 (2024) op 8, heldout42: due 2024-11-15): "this"
# ("it", "these", "them") is the report of the paragraph's chapeau, its one report, the items its contents; read only
# in the last item (a pronoun of the chapeau's own clause may stand for a plan or a strategy it asks for), and only
# where the request asks the report's own reporter (_hands, pronoun=True): "(b) a national security strategy ..., and
# requests the Federal Government to present it to the Council by 15 November 2024" hands in the item's own strategy
REQUESTS_TO_HAND_THIS = _requests_to_hand(r"(?:this|it|these|them)", "to|at|for|by")


@lru_cache(maxsize=4)
def _next_verb(v: Vocabulary) -> re.Pattern:
    """ ", and decides", ", and also requests": where the request's clause ends and a later verb of the paragraph starts
    (its session is no longer the report's: "..., and decides to continue its consideration of the question at its
    sixty-third session"); the verbs are the operative leads (vocab)."""
    words = "|".join(sorted((w.lower() for w in v.operative_leads), key=len, reverse=True))
    return re.compile(rf",?\s+and\s+(?:{words})\b")


def _hands(r: ReportDue, m: re.Match, v: Vocabulary, pronoun: bool = False) -> str | None:
    """The clause of a later request to hand in "the report" (REQUESTS_TO_HAND_THE_REPORT), cut at the paragraph's
    next verb, where that request is for r: it asks r's own reporter, or it names r's own receiver ("the Council" that
    stands for it); never one naming another organ. "Requests the High Commissioner to prepare a report ... and to
    present it to the Human Rights Council, and requests the Secretary-General to submit the report to the General
    Assembly at its eightieth session" is the Secretary-General's relay to the Assembly, not the Council's report's
    session; None when it is not for r. A pronoun (`pronoun`: "to submit this") is r only where the request asks r's
    own reporter: another's "present it" hands in a thing of the item it closes, not r."""
    rest = m.group("rest")
    cut = _next_verb(v).search(rest)
    clause = rest[: cut.start()] if cut else rest
    at = SESSIONS.search(clause)
    before = clause[: at.start()] if at else clause
    named = organ_in(before, v)
    if named and named != r.to:
        return None
    own = r.by in _ids(m.group("who"), v) or not pronoun and (named == r.to or r.to in _ids(before, v))
    return clause if own else None


def _ids(text: str, v: Vocabulary) -> set[str]:
    """Every actor an alias of text may stand for ("the Council": each council's)."""
    return {a for _, _, alias in alias_spans(text, v) for a in v.actors_of_alias(alias)[0]}


def _given(r: ReportDue, clause: str, adopted: str | None, v: Vocabulary, sessions: bool) -> ReportDue | None:
    """r with the session (where `sessions`) or the time that `clause` (after "that the report be submitted") gives it,
    the receiver it names becoming r's; None when it gives neither. Only a session "its" own is read: "the report be
    submitted to the Council at its sixty-first session"."""
    at = SESSIONS.search(clause) if sessions else None
    if at and at.group("whose").lower() == "its":
        to = organ_in(clause[: at.start()], v) or r.to
        organ = v.calendar(organ_of(to, v) or to)
        numbers = session_numbers(at)
        if organ and numbers:
            f = session_fields(organ, numbers, adopted)
            recurrence = "sessions" if len(numbers) > 1 else r.recurrence
            return replace(r, to=to, **f, recurrence=recurrence)
    f = report_times.timing(clause, "report", adopted, v)
    if f.get("due") or f.get("within"):
        return replace(r, due=f.get("due"), within=f.get("within"))
    return None


def later_time(
    reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...], adopted: str | None, v: Vocabulary
) -> tuple[ReportDue, ...]:
    """reports, the one report of an operative paragraph with no time given the time the next operative paragraph
    says "the report" is to be submitted by, where that paragraph asks for no report of its own; the others as they
    are."""
    asked = {r.op for r in reports}
    ops = [p for p in paragraphs if p.kind == "operative" and p.part == "main" and p.number]
    out = list(reports)
    for prev, p in zip(ops, ops[1:], strict=False):
        m = THE_REPORT_BE.search(p.text) if "the report" in p.text else None
        if not m or p.number in asked:
            continue
        mine = [i for i, r in enumerate(out) if r.op == prev.number]
        if len(mine) == 1 and not (out[mine[0]].due or out[mine[0]].within or out[mine[0]].every):
            out[mine[0]] = _given(out[mine[0]], m.group(1), adopted, v, sessions=False) or out[mine[0]]
    return tuple(out)


def same_paragraph(
    reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...], adopted: str | None, v: Vocabulary
) -> tuple[ReportDue, ...]:
    """reports, the one report of an operative paragraph with no time or session given the time or the session (of the
    receiver the request names, else the report's, with its year) that a later request of the paragraph says "the
    report" is to be submitted at; the others as they are. Every "requests ... that the" of the paragraph is tried, the
    first saying "the report be submitted" read ("Requests that the Secretary-General prepare a report ..., and
    requests further that the report be submitted to the Council at its sixty-first session"), then a later request
    to hand in "the report" (REQUESTS_TO_HAND_THE_REPORT), then one to hand in "this" closing the paragraph's list
    (REQUESTS_TO_HAND_THIS, in its last sub-paragraph)."""
    out = list(reports)
    last = {(q.part, q.parent): q for q in paragraphs if q.kind == "subparagraph" and q.parent}  # a list's last item
    for p in paragraphs:
        item = last.get((p.part, p.number)) if p.kind == "operative" and p.number else None
        if p.kind != "operative" or ("the report" not in p.text and not item):
            continue
        mine = [i for i, r in enumerate(out) if r.op == p.number and r.paragraph == p.index]
        if len(mine) != 1 or any((out[mine[0]].due, out[mine[0]].within, out[mine[0]].every, out[mine[0]].session)):
            continue
        requests = (THE_REPORT_BE.match(p.text, q.end()) for q in REQUESTS_THE_REPORT_BE.finditer(p.text))
        m = next((x for x in requests if x), None)
        hand = None if m else REQUESTS_TO_HAND_THE_REPORT.search(p.text)
        this = None if m or hand or not item else REQUESTS_TO_HAND_THIS.search(item.text)  # "to submit this"
        clause = m.group(1) if m else _hands(out[mine[0]], hand, v) if hand else None
        clause = clause if clause is not None or not this else _hands(out[mine[0]], this, v, pronoun=True)
        if clause is not None:
            out[mine[0]] = _given(out[mine[0]], clause, adopted, v, sessions=True) or out[mine[0]]
    return tuple(out)
