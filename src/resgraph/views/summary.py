"""A readable summary of a record for the terminal."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from resgraph.models import Record, ReportDue

console = Console()


def print_summary(r: Record) -> None:
    t = Table(
        title=f"{r.symbol or '(draft without symbol)'} — {r.title or ''}", show_header=False, title_justify="left"
    )
    t.add_row("file", r.file)
    t.add_row("organ / status", f"{r.body} / {r.status}" + (f", session {r.session}" if r.session else ""))
    if r.adopted:
        t.add_row("adopted", f"{r.adopted} ({r.meeting or ''})")
    kinds = Counter(p.kind for p in r.paragraphs)
    t.add_row("paragraphs", ", ".join(f"{n} {k}" for k, n in kinds.items()))
    cited = list(dict.fromkeys(f"{c.target} ({c.function})" for c in r.citations))
    t.add_row("cites", "; ".join(cited[:12]) + (f" … +{len(cited) - 12}" if len(cited) > 12 else ""))
    verbs = Counter(m.verb for m in r.mandates)
    t.add_row("mandates", ", ".join(f"{n} {v}" for v, n in verbs.most_common()))
    for x in r.reports_due:
        if x.adds_to is None:
            t.add_row("report due", report_line(x))
    for f in r.fulfils:
        t.add_row("fulfils", f"{f.report} answers {f.mandate_of}")
    console.print(t)


def report_line(x: ReportDue) -> str:
    """One report due as a reader says it: who reports to whom (through whom), and when, with only
    what the text gives ("session None (None)" said nothing); a session is named by its organ when it
    is not the receiver's ("to the Assembly through the Commission at its twenty-eighth session")."""
    who = f"op {x.op}: {x.by or '(reporter not named)'} → {x.to or '(receiver not named)'}"
    if x.through:
        who += f" through {x.through}"
    when = []
    if x.session is not None:
        of = f" of {x.session_of}" if x.session_of and x.session_of != x.to else ""
        when.append(f"session {x.session}{of}" + (f" ({x.year})" if x.year else ""))
    elif x.year:
        when.append(f"in {x.year}")
    if x.due:
        when.append(f"due {x.due}")
    if x.within:
        when.append(f"within {x.within}")
    if x.recurrence or x.every:
        when.append(x.recurrence or f"every {x.every}")
    if not when:
        when.append("no time given")
    if x.form:
        when.append(x.form)
    return ", ".join([who, *when])
