"""The reporter of a report whose reporter was read as its own receiver, which no report is: the
vocabulary lacked the body that reports and read the organ that asks or receives instead ("decides to
organize another briefing at the seventy-fifth session", A/RES/74/181 op 16; "encourages the Security
Council to ... invite the Office of the United Nations High Commissioner for Human Rights to give a
briefing to the Council", A/RES/76/177 op 13). The SHACL shapes want every report due to name its
reporter. A report asked of no one named ("requests a further report by 30 April 2023", S/RES/2670 (2022)
op 1 (d); "requests an additional update to the Security Council", 2381 (2017) op 4) is made by whom the
organ that asks for it has its reports made (organs.yaml `reporter`: the Secretary-General for the
Security Council and the General Assembly, the golds' reporter of 266 of their 600-odd reports), where
the paragraph asked no one before (heldout11 04 op 2 "requests also a final report to the Committee": the
Panel asked before, read so in reports.py); for an organ with no such reporter it stays None.

Split from reports.py, which finds the reports; this step runs on each report it builds. Raises nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from resgraph import wordsearch
from resgraph.extract import report_set_up
from resgraph.extract.report_receiver_names import TO_OWN
from resgraph.extract.report_receivers import Context, actor_as_panel
from resgraph.extract.term_panels import PANEL_WORDS
from resgraph.vocab import load

# the series a report continues, by whom: "Takes note of the briefings by the Secretariat during the seventieth to
# seventy-fourth sessions, and decides to organize another briefing" (heldout9 26 op 16: by the Secretariat)
SERIES_BY = re.compile(r"\b(?:briefings|reports|updates)\s+by\s+", re.I)
# the one asked or invited to report, the verb's object: "invite UNOCT at the most senior level to brief the CTC",
# "Decides to authorize an advance team of up to 30 unarmed military observers ... to begin to report" (heldout8 07)
# (the verbs are data: ontology/vocab/reports.yaml `asking`)
ASKED = re.compile(rf"\b(?:{wordsearch.phrases(load().reports['asking'])})\s+(?:(?:also|further)\s+)?")
# a body the paragraph sets up, whose tasks its sub-paragraphs list: "Decides to establish ... a Committee of the
# Security Council ... to undertake the following tasks: ... e. To report within 60 days to the Security Council"
# (S/RES/2653 (2022) op 19), "to appoint ... a Panel of Experts ... to undertake the following tasks" (1591 op 3)
SET_UP = re.compile(r"\b(?:establish|re-establish|appoint|set\s+up|create)\b[^;]{0,200}?\b(?:an?)\s+(?=[A-Z])")
COLONS = re.compile(r"[;:]")
# an article, read at a position (slicing the rest of the paragraph off for each report was quadratic)
ARTICLE = re.compile(r"(?:(?:the|an?)\s+)?")
# the document's panel named by its mandate: "Decides to further expand the mandate of the Monitoring Group
# re-established by resolution 1853 (2008) to monitor and report" (S/RES/1907 (2009) op 19)
# how many "briefings by" and "establish ... a" before a report _where_named yields, the last first: a paragraph of the
# open corpus has at most one of the first and two of the second
TRIED = 8
# how far past its article the actor _named_at reads may reach: an alias is at most 157 characters, and one that
# overlaps it, which settling may prefer (the longer), ends within another 157 (a chain of three, each longer than the
# one before, within 471); its reading (actors_in without heads)
# looks behind it, not past its end
NAMED_REACH = 600
PANEL_MANDATE = re.compile(r"\bmandate\s+of\s+the\s+(?=Panel|Group\s+of\s+Experts|Monitoring\s+(?:Team|Group))")

# a task of another resolution's list rewritten: "Decides that paragraph 12 (g) of resolution 1718 shall be replaced by
# the following: To report at least every 120 days to the Security Council on its work" (S/2024/255 op 7): the list of
# the Committee's tasks, whose reporter is "the Committee" of the organ's text (organs.yaml `committee`)
REPLACED_TASK = re.compile(
    r"\bparagraph\s+\d+\s*(?:\([a-z]\)\s*)?of\s+resolution\s+\d+[^;:]{0,60}?\breplaced\s+by\s+the\s+following\s*:"
    r"\s*[“\"]?\s*To\s+(?:\w+ly\s+)?$"
)
# an officer or organ of the receiving body named as the reporter: "Requests that the Bureau of the Statistical
# Commission ... report on the progress ... at the fifty-eighth session" (E/RES/2024/2 op 11, heldout22 21): the body
# reports to itself (the gold's by and to), not a reading fault (the words are data: reports.yaml `officers_of`)
OFFICER_OF = re.compile(rf"\b(?:{wordsearch.phrases(load().reports['officers_of'])})\s+of\s+")
_ASKED_ANY_CASE = re.compile(ASKED.pattern, re.I)  # "Requests that the Bureau of ...", the paragraph's first word
# the reporters' own governing organ as the receiver ("report regularly to their respective governing bodies",
# report_receiver_names.TO_OWN): the report is read as by and to the body itself, as an officer reports to its body
# (OFFICER_OF); the phrase within the report's clause (no ";" between)
OWN_ORGAN = re.compile(rf"[^;]{{0,160}}?{TO_OWN}")


def reporter(ctx: Context, f: dict, at: int) -> str | None:
    """The reporter of report fields f whose trigger starts at `at` in the paragraph: f["by"] unless it
    is its receiver f["to"] (named neither as its officer nor as its own governing organ, OWN_ORGAN); then the one whose earlier reports of the paragraph the report continues, else
    the object of the nearest asking verb before the trigger (named right after it), else the body the
    paragraph sets up, else one set up past modifiers and asides (report_set_up), else the document's panel named by
    its mandate, else the organ's committee for a task of its list rewritten (REPLACED_TASK); None when the text
    names none."""
    by, to = f.get("by"), f.get("to")
    if by != to or _officer_of(ctx, at, to) or OWN_ORGAN.match(ctx.text, at):
        return by
    for start in _where_named(ctx.text, at):
        named = _named_at(ctx, start, at, to)
        if named:
            return named
    made = report_set_up.body(
        ctx.text, at, ctx.actors, to, ctx.v
    )  # "Decides to convene ... a new open-ended working group"
    if made:
        return actor_as_panel(made[0], ctx.text[made[1] : made[2]], ctx)
    mandate = _first_panel_mandate(ctx.text, at) if ctx.panel else None
    if mandate and ctx.panel and PANEL_WORDS.match(ctx.text, mandate.end()):
        return ctx.panel
    if _ends_in_to(ctx.text, at) and REPLACED_TASK.search(ctx.text, 0, at):
        organ = ctx.v.organs.get(ctx.speaker or "")
        return organ.committee if organ and organ.committee != to else None
    return None


def _officer_of(ctx: Context, at: int, to: str | None) -> bool:
    """Whether the clause before text[at] names an officer of the receiver `to` right after its asking verb ("requests
    that the Bureau of the Statistical Commission ... report"): the receiver reports through its officer."""
    verbs = list(_ASKED_ANY_CASE.finditer(ctx.text, max(0, at - NAMED_REACH), at))
    verb = verbs[-1] if verbs else None  # the last before text[at]
    if not verb:
        return False
    past = ARTICLE.match(ctx.text, verb.end()).end()  # type: ignore[union-attr]  # (always matches)
    past = ARTICLE.match(ctx.text, past + 5 if ctx.text.startswith("that ", past) else past).end()  # type: ignore[union-attr]
    officer = OFFICER_OF.match(ctx.text, past)
    if not officer or not to:
        return False
    return any(x == to and s <= officer.end() + 4 for x, s, _ in ctx.actors(past, min(at, officer.end() + NAMED_REACH)))


def _where_named(text: str, at: int) -> Iterator[int]:
    """Where the reporter may be named before text[at], in the order tried: after each "briefings by" (last
    first), after the nearest asking verb of the same clause, after each "establish ... a" (last first).

    From each pattern's hits over the whole paragraph (wordsearch.hits), by index: each report of a paragraph
    searching it from its start was quadratic in a long one. The hits are what a search of text[:at] finds: a
    hit ending after at is cut there, which leaves SERIES_BY one ending at at (a reporter named in nothing:
    left out), ASKED its verb (matched again on the cut text) and SET_UP none (its look-ahead reads text[at]);
    nothing starts inside a hit that a search stopping at at would find instead. Of the "briefings by" and the
    "establish ... a", the last TRIED only: each report of a paragraph asked of its own receiver tried every one before
    it, which was quadratic in a paragraph of many ("establish a General Assembly to report to the General Assembly"
    repeated)."""
    starts, ends = wordsearch.hits(SERIES_BY, text)
    k = bisect_left(ends, at)
    yield from reversed(ends[max(0, k - TRIED) : k])
    # the last asking verb only: an earlier one with no ";" or ":" before text[at] has none after the last either
    starts, ends = wordsearch.hits(ASKED, text)
    k = bisect_right(ends, at)
    last = ends[k - 1] if k else None
    if k < len(starts) and starts[k] < at:  # "requests also" cut in "also": "requests" and its space
        cut = ASKED.match(text, starts[k], at)
        last = cut.end() if cut else last
    if last is not None:
        colons = wordsearch.hits(COLONS, text)[0]
        c = bisect_left(colons, last)
        if c == len(colons) or colons[c] >= at:
            yield last
    starts, ends = wordsearch.hits(SET_UP, text)
    k = bisect_left(ends, at)
    yield from reversed(ends[max(0, k - TRIED) : k])


def _first_panel_mandate(text: str, at: int) -> re.Match[str] | None:
    """PANEL_MANDATE.search(text, 0, at), from its first hit over the whole paragraph (a search per report was
    quadratic): cut at at, a match is the same or none, and a later hit reads further still."""
    starts = wordsearch.hits(PANEL_MANDATE, text)[0]
    return PANEL_MANDATE.match(text, starts[0], at) if starts and starts[0] < at else None


def _ends_in_to(text: str, at: int) -> bool:
    """Whether text[:at] ends in "To" and spaces, or "To", an adverb in -ly and spaces: what REPLACED_TASK needs at its
    end, looked at from at backwards before it is searched for (a search of text[:at] per report was quadratic)."""
    words: list[str] = []
    i = at
    while len(words) < 2:
        while i > 0 and text[i - 1].isspace():
            i -= 1
        j = i
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_"):
            j -= 1
        if j == i:
            break
        words.append(text[j:i])
        i = j
    return bool(words) and (words[0] == "To" or (words[0].endswith("ly") and words[1:] == ["To"]))


def _named_at(ctx: Context, start: int, at: int, to: str | None) -> str | None:
    """The actor named at text[start:] (past an article), as the document means it (its panel), unless it
    is the receiver `to`. Read in the NAMED_REACH characters after the article, not up to at: the actors of the
    rest of the clause, read for each report of a paragraph asked of its own receiver ("invite the General Assembly
    to report to the General Assembly ... to report to the General Assembly"), were quadratic in a long one."""
    past = ARTICLE.match(ctx.text, start).end()  # type: ignore[union-attr]  # (always matches)
    for x, s, e in ctx.actors(start, min(at, past + NAMED_REACH)):
        if s in (start, past):  # "the Secretariat" is an alias with its article
            x = actor_as_panel(x, ctx.text[s:e], ctx)
            return x if x != to else None
    return None


def asked_of_none(ctx: Context, to: str | None) -> str | None:
    """The reporter of a report asked of no one named, going to `to`: the reporter of the organ that speaks
    (organs.yaml `reporter`), unless that is its receiver; None for an organ with none."""
    organ = ctx.v.organs.get(ctx.speaker or "")
    who = organ.reporter if organ else None
    return who if who != to else None
