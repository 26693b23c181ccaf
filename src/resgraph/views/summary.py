"""A readable summary of a record for the terminal."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from resgraph.models import Record

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
            t.add_row("report due", f"op {x.op}: {x.by} → {x.to}, session {x.session} ({x.year})")
    for f in r.fulfils:
        t.add_row("fulfils", f"{f.report} answers {f.mandate_of}")
    console.print(t)
