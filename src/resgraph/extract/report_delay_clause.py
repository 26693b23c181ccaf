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


def bind(f: dict, scope: str, w: re.Match | None, found: list[tuple[int, str | None]]) -> None:
    """Give f's delay (w, said in scope) to the deadlines of f["dues"] said in its clause only (f["within_of"]: each
    due's delay, None for the others), where some but not all are; found: (where, date) of each deadline read."""
    dues = f.get("dues") or []
    if not w or len(dues) < 2 or "within_of" in f or not f.get("within"):
        return
    start = max(scope.rfind(",", 0, w.start()), scope.rfind(";", 0, w.start())) + 1
    stop = CLAUSE_END.search(scope, w.end())
    end = stop.start() if stop else len(scope)
    inside = {d for at, d in found if start <= at < end and d in dues}
    if inside and len(inside) < len(set(dues)):
        f["within_of"] = {d: f["within"] if d in inside else None for d in dues}
