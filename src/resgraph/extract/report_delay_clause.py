"""A delay said in the clause of one of several deadlines is that deadline's alone: "on an annual basis, the first no
later than 31 March 2012, with the final report occurring three months after the transfer of any remaining funds ...
to the Government of Iraq by 31 December 2016" (S/RES/1958 (2010) op 8): the final report is due three months after
the transfer, the first on its date. report_times read one delay for the whole scope and gave it to each report its
deadlines split it into. Now where the scope gives several deadlines and the delay is said in the clause (between
commas or semicolons) of some of them, not of the others, only those take it; where it is in no deadline's clause
("to report within 60 days, and by 1 June and 1 December 2020") or in every one's, all keep it as before.

Called by report_times.timing. Raises nothing.
"""

from __future__ import annotations

import re

CLAUSE_END = re.compile(r"[,;]")
# "by 30 June 2011 and within 30 days of the end of the transition period": the deadline before the "and" is another's
AND = re.compile(r"\band\s+")


def bind(f: dict, scope: str, w: re.Match | None, found: list[tuple[int, str | None]]) -> None:
    """Give f's delay (w, said in scope) to the deadlines of f["dues"] said in its clause only (f["within_of"]: each
    due's delay, None for the others), where some but not all are; found: (where, date) of each deadline read. The
    clause runs from the last comma, semicolon or "and" before the delay to the next comma or semicolon after it, and
    over the comma clause after that where its own holds no deadline and that one opens with a deadline ("the first
    report within 60 days of the elections, no later than 31 March 2011, and the final report by 31 December 2011")."""
    dues = f.get("dues") or []
    if not w or len(dues) < 2 or "within_of" in f or not f.get("within"):
        return
    start = 0
    for m in CLAUSE_END.finditer(scope, 0, w.start()):
        start = m.end()
    for m in AND.finditer(scope, start, w.start()):
        start = m.end()
    stop = CLAUSE_END.search(scope, w.end())
    end = stop.start() if stop else len(scope)
    inside = {d for at, d in found if start <= at < end and d in dues}
    if not inside and stop:
        opens = len(scope) - len(scope[stop.end() :].lstrip())  # where the next comma clause's first word is
        if any(at == opens for at, _ in found):
            stop = CLAUSE_END.search(scope, opens)
            end = stop.start() if stop else len(scope)
            inside = {d for at, d in found if start <= at < end and d in dues}
    if inside and len(inside) < len(set(dues)):
        f["within_of"] = {d: f["within"] if d in inside else None for d in dues}
