"""A delay said in the clause of one of several deadlines is that deadline's alone: "on an annual basis, the first no
later than 31 March 2012, with the final report occurring three months after the transfer of any remaining funds ...
to the Government of Iraq by 31 December 2016" (S/RES/1958 (2010) op 8): the final report is due three months after
the transfer, the first on its date. report_times read one delay for the whole scope and gave it to each report its
deadlines split it into. Now where the scope gives several deadlines and the delay is said with some of them, not the
others, only those take it: the deadlines after it in its clause (up to the next comma or semicolon: "within 60 days
of the elections and no later than 31 March 2011"), else the comma clause right after it when that one opens with a
deadline, its cap ("within 60 days of the elections, and no later than 31 March 2011, and the final report by ..."),
else the deadlines before it in its clause ("the first report no later than 31 March 2011 and within 60 days of the
elections, and the final report by ...": the "and" joins two times of one report, as S/RES/2467 (2019) op 18's
"within two years and no later than the end of 2021"; an "and" with a report word after it, before the delay, opens
another report's clause: "and the final report within 60 days"). Where the delay is said with none ("to report within
60 days, and by 1 June and 1 December 2020") or with every one, all keep it as before.

Called by report_times.timing. Raises nothing.
"""

from __future__ import annotations

import re

from resgraph.extract import report_delays

CLAUSE_END = re.compile(r"[,;]")
AND = re.compile(r"\band\s+")
# where the next comma clause's first word is, past an "and" ("..., and no later than 31 March 2011")
OPENS = re.compile(r"\s*(?:and\s+)?")


def bind(f: dict, scope: str, w: re.Match | None, found: list[tuple[int, str | None]]) -> None:
    """Give f's delay (w, said in scope) to the deadlines of f["dues"] said with it only (f["within_of"]: each due's
    delay, None for the others), where some but not all are (the module's order: after it in its clause, opening the
    comma clause after, before it in its clause); found: (where, date) of each deadline read."""
    dues = f.get("dues") or []
    if not w or len(dues) < 2 or "within_of" in f or not f.get("within"):
        return
    start = 0
    for m in CLAUSE_END.finditer(scope, 0, w.start()):
        start = m.end()
    for m in AND.finditer(scope, start, w.start()):
        if report_delays.REPORT_WORD.search(scope, m.end(), w.start()):  # "and the final report within 60 days"
            start = m.end()
    stop = CLAUSE_END.search(scope, w.end())
    end = stop.start() if stop else len(scope)
    inside = {d for at, d in found if w.start() <= at < end and d in dues}
    if not inside and stop and (o := OPENS.match(scope, stop.end())) and o.end() in {at for at, _ in found}:
        after = CLAUSE_END.search(scope, o.end())
        inside = {d for at, d in found if o.end() <= at < (after.start() if after else len(scope)) and d in dues}
    if not inside:
        inside = {d for at, d in found if start <= at < w.start() and d in dues}
    if inside and len(inside) < len(set(dues)):
        f["within_of"] = {d: f["within"] if d in inside else None for d in dues}
