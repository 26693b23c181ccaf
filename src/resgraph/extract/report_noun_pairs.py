"""Two report nouns of one object joined by "and": "a midterm progress report and a final national evaluation report
... to the Office of the High Commissioner" (A/HRC/RES/57/10 op 4), where the receiver said once after both is both
reports' (report_pairs.share_coordinated). Each report is read from its trigger (its words with their article), not
from a count of words before "report": a count of two or three left out "a comprehensive midterm progress report" and
"a final independent external evaluation report" (review64-D), whose article the second trigger may not reach.

Split from report_pairs.py, which shares the receivers; this module only says whether two reports are such a pair.
"""

from __future__ import annotations

import re
from typing import Protocol


class Words(Protocol):
    """A report's trigger (its paragraph offsets) and words ("a midterm progress report")."""

    trigger: tuple[int, int]
    words: str


# the first report's words: "a midterm progress report"; the second's end
A_NOUN = re.compile(r"an?\s(?:[^;,:]*\s)?(?:report|briefing|update)", re.I)  # the first: "a midterm progress report"
NOUN_END = re.compile(r"\b(?:report|briefing|update)$", re.I)
THEN_A = re.compile(r"(?:an?|the)\s", re.I)  # "and the evaluation report" (report_mentions.DELIVERED_THE)
# the article and modifiers (no function word) the second report's trigger left out, read in the REACH characters
# before it; after "and" right before the second report (where a time stands between, TIMED_PAIR: alone)
_MODIFIERS = r"(?:(?!(?:and|or|the|of|on|in|to|for|by|with|from|at|as|its|his|her|their)\b)[\w-]+\s+)*+"
LEFT_OUT = re.compile(rf"\b(?:an?|the)\s+{_MODIFIERS}$", re.I)
PAIR_AND = re.compile(rf"\band\s+(?:(?:an?|the)\s+{_MODIFIERS})?$", re.I)
GAP_STOP = re.compile(r"[;,:]")
REACH = 160


def second(text: str, g: Words) -> bool:
    """Whether report g is a report noun with an indefinite article: its own, or one before the modifiers its trigger
    left out ("a final independent external " before "evaluation report")."""
    gs = g.trigger[0]
    return bool(NOUN_END.search(g.words)) and bool(
        THEN_A.match(g.words) or LEFT_OUT.search(text, max(0, gs - REACH), gs)
    )


def joined(text: str, f: Words, g: Words) -> bool:
    """Whether reports f and g (in text order) are two report nouns of one object: f with its indefinite article, no
    ",", ";" or ":" after it, then "and" right before g (past g's article and the modifiers its trigger left out), g as
    second reads it."""
    fe, gs = f.trigger[1], g.trigger[0]
    joint = PAIR_AND.search(text, max(fe, gs - REACH), gs)
    return bool(
        A_NOUN.fullmatch(f.words) and joint and not GAP_STOP.search(text, fe, joint.start()) and second(text, g)
    )
