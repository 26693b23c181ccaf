"""A term whose time is another paragraph's: "Decides to renew, for the period specified in paragraph 1
above, the measures on transport imposed by paragraphs 6 and 8 of resolution 1807 (2008)" (S/RES/2136
(2014) op 2) ends when the term of op 1 ends ("Decides to renew until 1 February 2015 the measures on
arms"). Read once every term of the document is known, as the extractor of a paragraph sees no other.

A term set in a sub-paragraph has the time its paragraph gives before the colon: "Decides for a period
of 12 months from the date of adoption of this resolution: (a) To renew the measures on travel imposed
by paragraph 4 of resolution 1521 (2003); (b) To renew the measures on arms ..." (S/RES/2025 (2011),
2079, 2128, 2188 op 2), and the renewals of one resolution's measures so timed are one term of all its
paragraphs (S/RES/1521(2003)#2,4), as those of one clause are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from resgraph.extract import deadlines as dates
from resgraph.extract import term_times
from resgraph.models import MandateTerm, Paragraph
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# "for the period specified in paragraph 1 above", "for a further period ending on the date referred to in paragraph 1
# above", "during the period of enforcement of the measures referred to in paragraph 1 above" (S/RES/1596 (2005), 1807
# (2008)), "at the conclusion of the six month period called for in paragraph 16 above" (S/RES/1483 (2003) op 19) (the
# participles are data: ontology/vocab/terms.yaml `period_of_paragraph`)
PERIOD_OF_PARAGRAPH = (
    r"(?:for\s+the\s+(?:same\s+)?|for\s+a\s+further\s+|during\s+the\s+|at\s+the\s+(?:conclusion|end|expiry)\s+of\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?)period\s+(?:ending\s+on\s+the\s+date\s+)?(?:of\s+enforcement\s+of\s+the\s+measures\s+)?"
    rf"(?:{phrases(load().terms['period_of_paragraph'])})\s+in\s+paragraph\s+\d+\b"
    r"(?!\s*(?:\([a-z]\)\s*)?of\s+(?:resolution|its\s+resolution)\b)"
)
SAME_PERIOD = re.compile(r"\b" + PERIOD_OF_PARAGRAPH.replace(r"paragraph\s+\d+", r"paragraph\s+(\d+)", 1))
# the length a named period is said by ("the six month period called for in paragraph 16", "the 12-month period"),
# which picks that period among those its paragraph counts
NAMED_LENGTH = re.compile(rf"\b(?P<n>{dates.COUNT})[-\s](?P<unit>{dates.UNIT})[-\s]period\b", re.I)
# the period itself, not its end, is the term's time: "for the period specified in paragraph 1 above", "during the
# period of enforcement of the measures referred to in paragraph 1"; not "for a further period ending on the date
# referred to in paragraph 1" nor "at the conclusion of the six month period called for in paragraph 16", an end alone
WHOLE_PERIOD = re.compile(r"(?:for\s+the\s+(?:same\s+)?|during\s+the\s+)period\s+(?!ending\b)", re.I)


def same_period(
    terms: tuple[MandateTerm, ...], paragraphs: tuple[Paragraph, ...], adopted: str | None = None
) -> tuple[MandateTerm, ...]:
    """terms, each that gives no time of its own given the time of the first term of the paragraph its
    text names ("for the period specified in paragraph 1 above") when that one has a time, or, when that
    paragraph sets no term, the end its own text counts from the adoption (`_counted_in`); the others as
    they are."""
    if all(t.until or t.period for t in terms):
        return terms
    timed: dict[int, MandateTerm] = {}
    for t in terms:
        if t.until or t.period:
            timed.setdefault(t.op, t)
    with_terms = {t.op for t in terms}
    text_of = {p.index: p.text for p in paragraphs}
    out = []
    for t in terms:
        m = SAME_PERIOD.search(text_of.get(t.paragraph, "")) if not (t.until or t.period) else None
        if m:
            named = int(m.group(1))
            source = timed.get(named)
            if source and source.op != t.op:
                t = replace(t, until=source.until, period=source.period)
            elif named != t.op and named not in with_terms:
                said = NAMED_LENGTH.search(m.group())
                length, end = _counted_in(paragraphs, named, adopted, dates.amount(said) if said else None)
                t = replace(t, until=end, period=length if WHOLE_PERIOD.match(m.group()) else None)
        out.append(t)
    return tuple(out)


def _counted_in(
    paragraphs: tuple[Paragraph, ...], op: int, adopted: str | None, said: str | None = None
) -> tuple[str | None, str | None]:
    """(length, end) of the period the operative paragraph numbered op counts from the adoption, when it sets no term
    of its own: "Requests also that the Secretary-General ... continue the exercise of his responsibilities under ...
    resolution 1472 (2003) ..., for a period of six months following the adoption of this resolution" (S/RES/1483
    (2003) op 16) ends on 2003-11-22, the end of "the six month period called for in paragraph 16 above" at which op 19
    terminates the 661 Committee (the heldout9 gold). The caller keeps the length only where the period itself is the
    term's time ("for the period specified in paragraph 1 above": WHOLE_PERIOD), not an end alone. `said`, the length
    the referring text names ("six month": P6M; "the 12-month period" is "one year", dates.same_length), picks among the
    paragraph's periods of that length the first that gives an end ("for a period of six months, and thereafter for a
    period of six months following the adoption": the second); none if none does, nor one whose end term_times.period
    reads from another length ("until six months after the completion of the audit, and for a period of three months
    following the adoption": the three months are not the six named); with no length said, its first period, else the
    one end date it writes (`_written_end`). (None, None) when the paragraph gives neither (a length with no start is
    its length alone)."""
    text = next((p.text for p in paragraphs if p.kind == "operative" and p.part == "main" and p.number == op), "")
    if not text:
        return None, None
    if not said:
        length, end = term_times.period(text, adopted)
        return (length, end) if length or end else (None, _written_end(text, adopted))
    for per in _periods(text):
        if dates.same_length(dates.amount(per), said):
            length, end = term_times.period(text, adopted, per.start())
            if end and dates.same_length(length, said):
                return length, end
    return None, None


# an UNTIL match that opens with the extension's own verb: "extended to 31 July 2005"
EXTENSION = re.compile(r"(?:extend|renew)\w*", re.I)
# the words right before an end date written for measures (terms.yaml `measures_run_until`): "and extended until 31 July
# 2005" (S/RES/1596 (2005) op 1), "shall remain in force until", "shall continue to apply until"; not the date of another
# thing the paragraph names: "the Group of Experts ..., whose mandate runs until 31 July 2005", "to report on the period
# ending 31 July 2005" (review 65's SHOULD on 43aeee1f)
RUN_UNTIL = re.compile(rf"\b(?:{phrases(load().terms['measures_run_until'])}),?\s+$", re.I)
REACH = 40  # characters before the end date's words where the words of the measures' running are looked for
# running words said of a mandate or a body (terms.yaml `not_measures_run`), after the last comma or "and" before them:
# "the Group of Experts, whose mandate was extended until 31 December 2005" is the Group's end, not the measures'
NOT_MEASURES_RUN = re.compile(rf"\b(?:{phrases(load().terms['not_measures_run'])})\b", re.I)


def _written_end(text: str, adopted: str | None) -> str | None:
    """The end date a paragraph that sets no term of its own writes, when it writes one and only one with the words of
    a term's end (term_times.UNTIL) and it falls after the adoption: "Reaffirms the measures established by paragraph 20
    of resolution 1493 ..., and extended until 31 July 2005 by resolution 1552 ..., decides that these measures shall
    from now on apply to any recipient" (S/RES/1596 (2005) op 1) is the end of "the period of enforcement of the
    measures referred to in paragraph 1 above" that ops 6, 10, 13 and 15 impose theirs for (the heldout47 gold:
    until 2005-07-31, as "for the period specified in paragraph 1 above" takes op 1's term's end where it sets one).
    None for two different ends (which one the period is is not said) or a past one. A start date written with the
    start words UNTIL also holds ("shall apply, with effect from 1 June 2005"; "effective 1 June 2005") is when the
    measures begin, not when they end: left out, as term_times.until leaves it out (term_times.STARTS). Only a date
    said of measures that run till then: right after "extended", "renewed", "apply", "in force" (RUN_UNTIL), or
    written by an extension itself ("extended to 31 July 2005"), and said of the measures (_measures_run); not the end
    of another thing the paragraph names ("the Group of Experts ..., whose mandate runs until 31 July 2005", "whose
    mandate was extended until 31 December 2005")."""
    ends = {d for m, d in term_times.end_matches(text, ending=False) if _measures_run(text, m.start())}
    end = ends.pop() if len(ends) == 1 else None
    return end if end and (not adopted or end > adopted) else None


def _measures_run(text: str, at: int) -> bool:
    """Whether the end date's words at text[at] follow words of measures that run till then (RUN_UNTIL, within REACH)
    or open with an extension's own verb (EXTENSION: "extended to 31 July 2005"), said of the measures, not of a
    mandate or a body (NOT_MEASURES_RUN after the last comma or "and" before them): "..., and extended until 31 July
    2005" is the measures' end, "..., whose mandate was extended until 31 December 2005" the Group's."""
    start = max(0, at - REACH)
    run = RUN_UNTIL.search(text, start, at)
    if not (run or EXTENSION.match(text, at)):
        return False
    said = text[start : run.start() if run else at]
    cut = max(said.rfind(","), said.lower().rfind(" and "))
    return not NOT_MEASURES_RUN.search(said[cut + 1 :])


def _periods(text: str) -> Iterator[re.Match[str]]:
    """Each length of text term_times.PERIOD reads, in order, each searched from the unit of the one before on, not
    from its end: a length's anchor (the 120 characters after its unit) may hold the next one ("for a period of six
    months, and thereafter for a period of six months following the adoption")."""
    per = term_times.PERIOD.search(text)
    while per:
        yield per
        per = term_times.PERIOD.search(text, per.end("unit"))


def renewed_there(terms: tuple[MandateTerm, ...]) -> tuple[MandateTerm, ...]:
    """terms, each of the text's own paragraphs named by another ("#3": "the measures in paragraph 3 above shall
    continue to apply", S/RES/1857 (2008) op 5) of the measures those paragraphs renew, where each renews one
    resolution's, the same for all ("Decides to renew ... the financial and travel measures imposed by paragraphs 9 and
    11 of resolution 1807 (2008)", op 3: S/RES/1807(2008)#9,11, as heldout33 15 op 5 reads it); the others as they are.
    Measures the named paragraph imposes itself stay its own ("the measures imposed by paragraphs 6 and 7 above",
    S/RES/1343 (2001) op 10: S/RES/1343(2001)#6,7, heldout21 05), and so do those of a named paragraph that sets up
    anything of its own beside what it renews (a term "establishes"): which of its measures are meant is not said.
    Read before the pipeline prefixes the text's symbol."""
    renewing: dict[int, list[str]] = {}
    for t in terms:
        if t.action == "extends" and "#" in t.of and not t.of.startswith("#"):
            renewing.setdefault(t.op, []).append(t.of)
    for op in {t.op for t in terms if t.action == "establishes"}:
        renewing.pop(op, None)
    if not renewing:
        return terms
    out = []
    for t in terms:
        numbers = t.of[1:].split(",") if t.of.startswith("#") else []
        if not numbers or not all(n.isdigit() and int(n) != t.op for n in numbers):
            out.append(t)
            continue
        found = [renewing.get(int(n), []) for n in numbers]
        symbols = {x.partition("#")[0] for xs in found for x in xs}
        if not all(len(xs) == 1 for xs in found) or len(symbols) != 1:
            out.append(t)
            continue
        joined = sorted({int(n) for xs in found for n in xs[0].partition("#")[2].split(",") if n.isdigit()})
        symbol = symbols.pop()  # (no more a resolution it renews beside its measures, as terms.extract reads them)
        renews = tuple(r for r in t.renews if r != symbol)
        out.append(replace(t, of=f"{symbol}#{','.join(map(str, joined))}", renews=renews))
    return tuple(out)


# "Decides for a period of 12 months from the date of adoption of this resolution:", "Decides, until 31 January 2018:"
LEAD_TIME = re.compile(r"^(?:(?:Also|Further)\s+)?[Dd]ecides,?\s+(?:for\s+(?:a|an)\s+|until\s+)[^:;]{1,160}:\s*$")


def lead_time(
    terms: tuple[MandateTerm, ...], paragraphs: tuple[Paragraph, ...], adopted: str | None
) -> tuple[MandateTerm, ...]:
    """terms, each set in a sub-paragraph with no time of its own given the time its paragraph's lead
    gives (LEAD_TIME; the end counted from `adopted` where the lead counts from the adoption); the
    others as they are."""
    leads: dict[tuple[str, int], str] = {}
    for p in paragraphs:
        if p.kind == "operative" and p.number and LEAD_TIME.match(p.text):
            leads[(p.part, p.number)] = p.text
    if not leads:
        return terms
    by_index = {p.index: p for p in paragraphs}
    out: list[MandateTerm] = []
    merged_at: dict[tuple, int] = {}  # (op, part, action, resolution, until, period) -> index in out
    for t in terms:
        item = by_index.get(t.paragraph)
        timed = t.until or t.period
        lead = leads.get((item.part, item.parent or 0)) if item and item.kind == "subparagraph" and not timed else None
        if lead:
            length, counted = term_times.period(lead, adopted)
            t = replace(t, until=term_times.until(lead) or counted, period=length)
            symbol, _, numbers = t.of.partition("#")
            if numbers and t.action in ("extends", "terminates"):
                key = (t.op, item.part if item else "", t.action, symbol, t.until, t.period)
                if key in merged_at:  # "(a) To renew ... paragraph 4 of resolution 1521 (2003); (b) ... paragraph 2"
                    out[merged_at[key]] = _joined(out[merged_at[key]], numbers, t.renews)
                    continue
                merged_at[key] = len(out)
        out.append(t)
    return tuple(out)


def _joined(t: MandateTerm, numbers: str, renews: tuple[str, ...]) -> MandateTerm:
    """t, of the paragraphs of its resolution and `numbers` too: the renewals of one resolution's measures
    set in the sub-paragraphs of one lead's time are one term, as those of one clause (term_measures.merged;
    heldout24 14 op 2 read by its review as heldout7 08, heldout16 13, heldout19 11 op 1), renewing what both cite."""
    symbol, _, mine = t.of.partition("#")
    both = sorted({int(n) for n in f"{mine},{numbers}".split(",") if n.isdigit()})
    return replace(t, of=f"{symbol}#{','.join(map(str, both))}", renews=tuple(dict.fromkeys(t.renews + renews)))


def _timed_by(kept: MandateTerm, dropped: MandateTerm, same_paragraph: bool = True) -> MandateTerm:
    """kept, the one term left of a body set up twice, with the time of the setting up dropped when it gives none
    of its own (`reestablished`, `set_up_again`); in the same paragraph (`reestablished`), with only its end date
    written, it takes the length the setting up writes: "Decides to extend until 25 March 2016 the mandate of the Panel of Experts ..., and requests the
    Secretary-General ... to re-establish the Panel of Experts ... for a period of 13 months from the date of this
    resolution" (S/RES/2204 (2015) op 4, the heldout37 gold) is one term, until 2016-03-25 (the date written, not
    the one counted) and P13M, as the same words with no comma before "and requests" read in one clause (heldout27
    09 op 13); a setting up "until 28 March 2018" gives no length (heldout33 20 op 5). Not across paragraphs
    (`set_up_again`: "11. Decides to extend until 15 December 2019 the mandate ...; 12. Requests the Secretary-General
    to take the necessary administrative measures ... to re-establish the Panel ..., for a period of 13 months": the
    extension keeps its date alone; no gold reads that wording with both)."""
    if same_paragraph and kept.until and not kept.period and dropped.period:
        return replace(kept, period=dropped.period)
    return kept if kept.until or kept.period else replace(kept, until=dropped.until, period=dropped.period)


def reestablished(terms: list[MandateTerm]) -> list[MandateTerm]:
    """A paragraph's terms (the list terms.extract builds), the setting up again of a body it extends left
    out: "Decides to extend the mandate of the Monitoring Group ..., and requests the Secretary-General ... to
    re-establish the Monitoring Group for a period of 12 months from the date of this resolution" (S/RES/1853
    (2008), 1916, 2002 op 3 or 6) is one term, the extension, which takes the time the setting up gives when
    it gives none of its own, and its length when it writes only its end date (S/RES/2204 (2015) op 4, `_timed_by`)."""
    timed = {t.of: t for t in terms if t.action == "establishes" and (t.until or t.period)}
    extended = {t.of for t in terms if t.action == "extends"}
    return [
        _timed_by(t, timed[t.of]) if t.action == "extends" and t.of in timed else t
        for t in terms
        if not (t.action == "establishes" and t.of in extended)
    ]


# "Requests the Secretary-General to take the necessary administrative measures as expeditiously as possible to
# (re-)establish the Panel of Experts ..., until 15 December 2019": the Secretariat's act of setting up what the Council
# established or extended (S/RES/2444 (2018) op 12 after op 11; S/RES/2317 (2016) op 39 after op 38)
SET_UP_AGAIN = re.compile(r"\badministrative\s+measures\b[^;]{0,160}?\bto\s+(?:re-?)?establish\b", re.I)


def set_up_again(terms: tuple[MandateTerm, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[MandateTerm, ...]:
    """terms, the setting up of a body by the Secretary-General's administrative measures left out when an
    earlier paragraph already extends or establishes that body to the same end: one term, the earlier one, as
    the golds read it (heldout27 18 S/RES/2444 (2018) ops 11-12; heldout8 10 op 31 and heldout27 09 op 13 in one
    paragraph, read by `reestablished`). The earlier term takes the time the setting up gives when it gives
    none of its own (not the length alone when it writes its end date: `_timed_by`); a setting up with no earlier
    term of its body is kept (S/RES/1698 (2006) op 3)."""
    text_of = {p.index: p.text for p in paragraphs}
    out: list[MandateTerm] = []  # (built in place: a kept term may take a later one's time)
    for t in terms:
        earlier = next(
            (
                i
                for i, e in enumerate(out)
                if e.of == t.of
                and e.op < t.op
                and e.action in ("extends", "establishes")
                and (not e.until or not t.until or e.until == t.until)
            ),
            None,
        )
        if earlier is None or t.action != "establishes" or not SET_UP_AGAIN.search(text_of.get(t.paragraph, "")):
            out.append(t)
            continue
        out[earlier] = _timed_by(out[earlier], t, same_paragraph=False)
    return tuple(out)
