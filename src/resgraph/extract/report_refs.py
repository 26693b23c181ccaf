"""A report whose time is another paragraph's: "Requests the Panel of Experts to report, in the timeframe identified
in paragraph 3, on the implementation and effectiveness of paragraph 10 of resolution 1945 (2010)" (S/RES/2340 (2017)
op 4, and 2035, 2091, 2138, 2200, 2265 before it) is due as the report of op 3 is ("to provide updates every three
months"); "to provide the Security Council, with the same regularity as referred to in paragraph 2, with a specific
update" (S/RES/1870 (2009) op 27) recurs as op 2's does. Read once every report of the document is known, as the
extractor of a paragraph sees no other (term_refs.py does the same for mandate terms).
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.models import Paragraph, ReportDue
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# "in the timeframe identified in paragraph 3 of this resolution", "with the same regularity as referred to in
# paragraph 2", "on the schedule set out in paragraph 12 above"; not a paragraph of another resolution
SAME_TIME = re.compile(
    r"\b(?:in|within|with|on|according\s+to|following)\s+the\s+(?:same\s+)?(?:time\s?frames?|timelines?|time\s+lines?|"
    r"schedule|regularity|periodicity|frequency|intervals?|reporting\s+cycle|cycle)\s+(?:as\s+)?"
    rf"(?:{phrases(load().reports['cited_as']['same_time'])})"  # (data: reports.yaml `cited_as`)
    r"\s+in\s+paragraph\s+(\d+)\b(?!\s*(?:\([a-z]\)\s*)?of\s+(?:resolution|its\s+resolution)\b)",
    re.I,
)
MARK = "paragraph:"  # the cycle a report's scope names by paragraph ("paragraph:3"), until same_time reads it

# a report that is a part of reports another paragraph of this text asks, handed also to a receiver those reports do
# not go to: "to report, as part of the reports referred to in paragraph 14 above, on this to the Security Council and
# troop-contributing countries" (S/RES/2113 (2013) op 29, heldout41 14; the UNAMID texts 1935, 2003, 2063 the same):
# the part for the Council is paragraph 14's report (no item), the one for the troop-contributing countries is asked
# here, on paragraph 14's time (the gold: one item, every P90D, as heldout34 15 op 23 reads "to the Security Council and
# Troop Contributing Countries in each quarterly report"). Said after the report word (its receivers before or after
# it), no other clause between; a part handed to no receiver but that paragraph's stays no item (report_within).
# "paragraph N of this resolution" (or "of the present resolution") is this text's paragraph N, as "paragraph N above";
# "paragraph N of resolution 1769 (2007)" is another text's.
PART_CITED = re.compile(
    r"[^;]{0,120}?\b(?:as\s+(?:a\s+)?part\s+of|in|within|through)\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:reports?|briefings?)\s+(?:{phrases(load().reports['cited_as']['named_reports'])})"  # (data: `cited_as`)
    r"\s+in\s+paragraph\s+(\d+)\b(?!\s*(?:\([a-z]\)\s*)?of\b(?!\s+th(?:is|e\s+present)\s+resolution\b))",
    re.I,
)
# a second receiver joined to an organ: "to the Security Council and troop-contributing countries", "..., and to the
# troop-contributing countries"; not an "and" that joins another task: "to the Security Council, and to continue
# consultations with ..." (a plain lower-case word after "to" is a verb: a receiver has an article, a capital or a
# hyphen, "to troop-contributing countries") (bounded: read at every report word a PART_CITED follows)
JOINED_RECEIVER = re.compile(
    r"[^;]{0,400}?\bto\s+the\s+(?:[\w-]+\s+){0,3}?(?:Council|Assembly|Committee|Commission)\s*,?\s+and\s+"
    r"(?!to\s+(?!(?:the|all|its|their|other|relevant)\b)[a-z]+\b(?!-))(?:to\s+)?(?:the\s+)?[\w-]+",
)
PART_MARK = "part:"  # the report of paragraph N a report is a part of ("part:14"), until same_time reads it


def part_cited(text: str, e: int, end: int) -> int | None:
    """The number of the paragraph of this text whose reports the report word ending at e is a part of, where its
    clause (to end) also hands it to a receiver joined to an organ (PART_CITED, JOINED_RECEIVER); else None."""
    m = PART_CITED.match(text, e, end)
    return int(m.group(1)) if m and JOINED_RECEIVER.match(text, e, end) else None


# a new request between the words and the report: "to report on them ..., and to provide the Security Council, with
# the same regularity as referred to in paragraph 2, with a specific update" (the update's time, not the report's)
NEW_REQUEST = re.compile(r"\band\s+(?:also\s+|further\s+)?to\s+\w+|;", re.I)


def named(text: str, a: int, trigger: tuple[int, int], b: int) -> str | None:
    """The mark of the paragraph whose time the report of scope text[a:b] (its words at `trigger`) names, said after
    its words or just before them ("with the same regularity as referred to in paragraph 2, with a specific update"),
    no other request between ("paragraph:2"); None when it names none."""
    s, e = trigger
    part = part_cited(text, e, b)
    if part is not None:
        return PART_MARK + str(part)
    for m in SAME_TIME.finditer(text, max(0, min(a, s - 150)), b):
        between = text[e : m.start()] if m.start() >= e else text[m.end() : s]
        if m.start() < e and m.end() > s:
            between = ""
        if not NEW_REQUEST.search(between):
            return MARK + m.group(1)
    return None


def same_time(reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[ReportDue, ...]:
    """reports, each whose cycle is the mark of another paragraph (named) given the times of the timed reports of
    that paragraph (in the same part of the text: the resolution's own, or an annex) where they all have the same, or
    no time; the others as they are."""
    part = {p.index: p.part for p in paragraphs}
    times: dict[tuple[str, int], set[tuple[str | None, ...]]] = {}
    timed: dict[tuple[str, int], ReportDue] = {}
    receivers: dict[tuple[str, int], set[str | None]] = {}
    for r in reports:
        receivers.setdefault((part.get(r.paragraph, ""), r.op), set()).add(r.to)
        if (r.due or r.within or r.every) and not (r.every or "").startswith((MARK, PART_MARK)):
            times.setdefault((part.get(r.paragraph, ""), r.op), set()).add((r.due, r.within, r.every))
            timed.setdefault((part.get(r.paragraph, ""), r.op), r)
    # a paragraph of reports due at different times gives no one time ("a midterm briefing ... and a final report")
    timed = {k: r for k, r in timed.items() if len(times[k]) == 1}
    out = []
    for r in reports:
        mark = r.every or ""
        cited = mark.startswith(PART_MARK)
        if cited or mark.startswith(MARK):
            key = (part.get(r.paragraph, ""), int(mark.split(":", 1)[1]))
            if cited and r.to in receivers.get(key, {r.to}):
                continue  # that paragraph's own report (or none known to hand on): no item of its own
            source = timed.get(key)
            r = replace(r, every=None)
            if source and source.op != r.op:
                r = replace(r, due=source.due, within=source.within, every=source.every, recurrence=source.recurrence)
        out.append(r)
    return tuple(out)


# a report presented at the dialogue of another paragraph's report: "to present, during an enhanced interactive
# dialogue also including the Special Rapporteur's oral update requested in paragraph 22 above, a comprehensive report"
# (A/HRC/RES/57/3 op 27, heldout13 28; the yearly Afghanistan texts, 54/1 op 27 and 60/2 op 39): given at that report's
# session, to the same receiver
SAME_DIALOGUE = re.compile(
    r"\bduring\s+(?:an?|the)\s+(?:enhanced\s+)?interactive\s+dialogue\s*,?\s+(?:also\s+)?including\s+"
    r"[^;]{0,120}?\b(?:requested|referred\s+to|mentioned|called\s+for)\s+in\s+paragraph\s+(\d+)\b",
    re.I,
)


ORAL_NAMED = re.compile(r"\b(?:oral|briefing)\b", re.I)


def same_dialogue(reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[ReportDue, ...]:
    """reports, each with no session in a paragraph that presents it at the dialogue of paragraph N's report
    (SAME_DIALOGUE) given the session and year of N's reports to the same receiver (of the form it names, oral or
    written, where N asks for several), where they all have one; the others as they are."""
    by_index = {p.index: p for p in paragraphs}
    sessions: dict[tuple[str, int, str | None], set[tuple[int, int | None, str | None, str | None]]] = {}
    for r in reports:
        p = by_index.get(r.paragraph)
        if p and r.session is not None:
            sessions.setdefault((p.part, r.op, r.to), set()).add((r.session, r.year, r.session_of, r.form))
    dialogue: dict[int, re.Match[str] | None] = {}  # searched once a paragraph, however many reports it asks for
    out = []
    for r in reports:
        p = by_index.get(r.paragraph)
        m = None
        if p and r.session is None and r.year is None:
            m = dialogue[p.index] if p.index in dialogue else dialogue.setdefault(p.index, SAME_DIALOGUE.search(p.text))
        if p and m and int(m.group(1)) != r.op:
            found = sessions.get((p.part, int(m.group(1)), r.to), set())
            if len(found) > 1:  # "the Special Rapporteur's oral update requested in paragraph 22": of its form
                form = "oral" if ORAL_NAMED.search(m.group(0)) else "written"
                found = {x for x in found if x[3] == form}
            if len({x[:3] for x in found}) == 1:
                session, year, of, _ = next(iter(found))
                r = replace(r, session=session, year=year, session_of=of)
        out.append(r)
    return tuple(out)
