"""A term of the text's own measures counted from the day they come into force. "Decides that: (a) all
States shall take the necessary measures to prevent, for a period of 10 months, the import ... of all round
logs and timber products originating in Liberia; (b) these measures shall come into force at 00:01 Eastern
Daylight Time on 7 July 2003" (S/RES/1478 (2003) op 17) ends 10 months after 7 July 2003, on 7 May 2004,
as heldout6 reads it; "the measures imposed by paragraphs 6 and 7 above shall come into force at 00.01
Eastern Daylight Time two months after the date of adoption of this resolution" (S/RES/1343 (2001) op 8)
starts the 12 months that op 10 establishes them for. Read once every term of the document is known, as
the extractor of a paragraph sees no other. Measures no paragraph says come into force later apply from the
adoption: "the measures imposed by paragraph 5 are established for 14 months" (S/RES/1343 (2001) op 9, adopted
on 7 March 2001) end on 7 May 2002, as heldout21 05 reads it (and so S/RES/1298 (2000) op 16, 1306 (2000) op 6);
a body set up for a period with no start given keeps no end (tests/mandate_gold/README.md, ruling of stop 30).
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.extract import deadlines as dates
from resgraph.extract import term_measures
from resgraph.models import MandateTerm, Paragraph

_PARAS = term_measures._PARAS
# when they come into force: on a date, or a time after the adoption. The words after "at" start at a non-space
# ((?!\s)): [^,;] holds spaces too, and a run of n spaces read by both \s+ and [^,;]{0,40} then \s+ again was
# tried n * 40 * n ways (4,000 spaces after "into force at" took 29 s)
_WHEN = (
    r"(?:(?:(?:at|from)\s+(?!\s)[^,;]{0,40}?\b)?on\s+"
    + dates.DATE
    # "at 00.01 Eastern Standard Time, one month after the adoption of this resolution" (S/RES/1333 (2000) op 22)
    + r"|(?:at\s+(?!\s)[^,;]{0,40}?,?\s+)?"
    + dates.AMOUNT
    + r"\s+(?:after|from|following)\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?adoption\b)"
)
IN_FORCE = re.compile(
    r"\b(?:(?P<these>these|such)\s+measures|the\s+measures\s+(?:imposed\s+by|in|referred\s+to\s+in)\s+paragraphs?\s+"
    + _PARAS
    + r"(?:\s+above|\s+of\s+(?:this|the\s+present)\s+resolution)?)\s+shall\s+(?:come|enter)\s+into\s+force\s+"
    + _WHEN,
    re.I,
)


def from_entry_into_force(
    terms: tuple[MandateTerm, ...], paragraphs: tuple[Paragraph, ...], adopted: str | None, own: str | None
) -> tuple[MandateTerm, ...]:
    """terms, each of the text's own measures (`own`#N) set for a period with no end given the end counted
    from the day a paragraph says they come into force, or from `adopted` when no paragraph says so for any of
    them; the others as they are."""
    if not own or not any(t.of.startswith(own + "#") and t.period and not t.until for t in terms):
        return terms
    starts: dict[int, str] = {}  # own paragraph number -> the day its measures come into force
    for p in paragraphs:
        if p.kind not in ("operative", "subparagraph") or "into force" not in p.text:
            continue
        for m in IN_FORCE.finditer(p.text):
            day = _day(m, adopted)
            numbers = [p.number or p.parent or 0] if m.group("these") else term_measures.paras(m).split(",")
            for n in numbers:
                if day and str(n).isdigit():
                    starts.setdefault(int(n), day)
    out = []
    for t in terms:
        numbers = t.of[len(own) + 1 :].split(",") if t.of.startswith(own + "#") else []
        days = {starts.get(int(n)) for n in numbers if n.isdigit()}
        if t.period and not t.until and len(days) == 1 and None not in days:
            t = replace(t, until=dates.add(days.pop(), t.period))
        elif t.period and not t.until and days == {None}:  # in force from the adoption
            t = replace(t, until=dates.add(adopted, t.period))
        out.append(t)
    return tuple(out)


def _day(m: re.Match, adopted: str | None) -> str | None:
    """The day the measures come into force: the date given, or the time after the adoption counted."""
    return dates.iso(m) or dates.add(adopted, dates.amount(m) if m.group("n") else None)
