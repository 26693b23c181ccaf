"""A body or process of no id carried on by name for a length of time: "Decides to continue the Informal
Consultative Process for the next four years, in accordance with resolution 54/33" (A/RES/78/69 op 356, and
75/239 op 348, 76/72 op 352 for the next year and two) extends "Informal Consultative Process" for P4Y. The
name is the capitalised one right after "continue the" (a process or body the organ set up, not an activity:
"continue the consideration of" is none); the length is counted from no date the text gives, so no `until`.

Split from terms.py, which finds the terms that directive verbs set; nothing here raises.
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates
from resgraph.extract.term_before import Before
from resgraph.models import Block, MandateTerm, Paragraph

CARRIED = re.compile(
    r"\b[Dd]ecides\s+(?:also\s+|further\s+)?to\s+continue\s+the\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|on|for|and|the))*?)\s+"
    rf"for\s+(?:the\s+next|a\s+further|another|an\s+additional)\s+(?:(?P<n>{dates.COUNT})\s+)?(?P<unit>years?|months?)\b"
)


def wanted(low: str) -> bool:
    """Whether a paragraph's lower-cased text may hold such a term."""
    return "continue the" in low


def terms(text: str, a: int, z: int, p: Paragraph, b: Block, before: Before) -> list[MandateTerm]:
    """The term of the body or process the clause text[a:z] decides to continue by name for a length
    of time; [] when it names none or the clause only recalls the decision."""
    m = CARRIED.search(text, a, z)
    if not m or before.recalled(m.start() + 1):
        return []
    n = dates.count(m.group("n")) if m.group("n") else 1
    if not n:
        return []
    name = re.sub(r"\s+", " ", m.group("name"))
    period = dates.duration(n, m.group("unit"))
    return [MandateTerm(p.number or 0, "extends", name, p.index, b.to_source(a, z), None, period, m.group("name"))]
