"""Reports asked for in the plural and then named one by one: the named ones are the items.

"to prepare reports for consideration by the General Assembly at its seventy-fifth session, namely, a report on
developments and issues relating to ocean affairs and the law of the sea ..., and a report on the topic that is the
focus of the twenty-first meeting of the Informal Consultative Process" (A/RES/74/19 op 364 and its yearly
successors 76/72, 77/248, 78/69, 79/144, 80/110) asks for two reports, each for that session: the plural was a third
item and the two named ones had no session.
"""

from __future__ import annotations

import re

PLURAL = re.compile(r"(?:[\w\u2010\u2011-]+\s+)?reports$", re.I)
# the plural's receiver and time end where the list opens: ", namely," or a colon
# (the spaces before "namely" read from the first of a run: a match from inside one is a match from its first space,
# and the run read again from each of its spaces was quadratic in it)
NAMELY = re.compile(r"[^;]*?(?:,?(?<!\s)\s+namely,?|:)\s+(?:a|an)\s", re.I)
SHARED = ("to", "receivers", "explicit_to", "through", "session", "sessions", "year", "session_of", "due", "dues")
OWN = ("explicit_to", "due", "every", "within", "session", "mandate_end")


def named_one_by_one(text: str, found: list[dict], words: list[str], ends: list[int]) -> list[dict]:
    """found (the reports' fields in text order; words[i] the i-th report's words, ends[i] where they end) with a
    plural ("reports") that the reports after it name one by one ("..., namely, a report on ..., and a report on
    ...") left out, its receiver and time given to those of them that name none."""
    for i, f in enumerate(found[:-1]):
        if not PLURAL.fullmatch(words[i]) or not NAMELY.match(text, ends[i], found[i + 1]["span"][0] + 3):
            continue
        for g in found[i + 1 :]:
            if g.get("by") == f.get("by") and not any(g.get(k) for k in OWN):
                g.update({k: f.get(k) for k in SHARED})
        return found[:i] + found[i + 1 :]
    return found
