"""A report's deadline moved: "requests the Secretary-General ... to provide the report requested by 15 February 2023,
by 30 April 2023 instead" (S/RES/2670 (2022) op 1 (c)) asks for one report, due on the date marked "instead"; the old
deadline it names is replaced, not a second report. Likewise the date after "instead of" or "rather than" is the one
given up ("by 30 April 2023 instead of 15 February 2023").
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates

# the new date: "by 30 April 2023 instead" (not "instead of", which names the old one next)
NEW = re.compile(r"(?:" + dates.DATE + r")\s*,?\s+instead\b(?!\s+of\b)", re.I)
# the old date: "instead of 15 February 2023", "rather than by 15 February 2023"
OLD = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:by\s+|on\s+|in\s+)?(?:" + dates.DATE + ")", re.I)


def kept(scope: str, dues: list[str]) -> list[str]:
    """dues without the deadlines the scope replaces: only the date marked "instead" when the scope marks one among
    them; else all but those after "instead of" / "rather than"; dues as they were when nothing is replaced."""
    low = scope.lower()
    if len(dues) < 2 or ("instead" not in low and "rather" not in low):
        return dues
    new = [d for m in NEW.finditer(scope) if (d := dates.iso(m)) in dues]
    if new:
        return new[:1]
    old = {dates.iso(m) for m in OLD.finditer(scope)}
    return [d for d in dues if d not in old] or dues
