"""Which of a report's several deadlines its cycle belongs to.

One report scope that gives several deadlines is read as one report per deadline (reports._built), and each copy
took the scope's cycle. The cycle is one report's: "the first report due by 1 February 2024, and every 120 days
thereafter; and, b. an update on progress ... by 1 September 2024" (S/RES/2705 (2023) op 14: the update of
1 September is due once); "on an annual basis, the first no later than 31 March 2012, with the final report
occurring three months after the transfer ... by 31 December 2016" (1958 (2010) op 8: the final report is due
once). The cycle goes to the deadline said last before it ("by 30 June 2009 and every 90 days thereafter", the
gold README's one item with due and every), or, said before every deadline, to the first after it ("on an annual
basis, the first no later than"); the others are due once. A cycle that is only the report's adjective, given
two or more deadlines, is what the dated reports make up ("biannual reports to the Committee by 15 September 2015
and by 30 March 2016", 2219 (2015) op 8 and 2153 (2014) op 8): each due once, no `every`, as report_filled reads
"every six months ..., with a briefing by 31 May 2011 and a report by 30 November 2011" and the heldout6 gold reads
"annual reports at its eighty-first and eighty-second sessions" (A/RES/80/199 op 32).

Split from report_times, which reads the cycle and the deadlines and where each is said.
"""

from __future__ import annotations


def kept(found: list[tuple[int, str | None]], dues: list, cycle_at: int | None) -> tuple | None:
    """The deadlines among `dues` (in text order) that keep the cycle, or None where all do (a single deadline, or
    deadlines not all read from `found`, the (where, date) of the dated deadlines of the scope); cycle_at: where the
    cycle is said in the scope, None where it is the report's adjective alone (then none keeps it: ())."""
    if len(dues) < 2:
        return None
    at: dict[str | None, int] = {}
    for where, d in found:
        at.setdefault(d, where)
    if any(d not in at for d in dues):
        return None
    if cycle_at is None:
        return ()
    before = [d for d in dues if at[d] < cycle_at]
    return (before[-1],) if before else (dues[0],)
