"""A Record as the JSON object of ../shared/gold/README.md (keys the gold has, and more)."""

from __future__ import annotations

from typing import Any

from resgraph.models import Record, Span


def _span(s: Span | None) -> list[int] | None:
    return [s.start, s.end] if s else None


def record_json(r: Record) -> dict[str, Any]:
    ops = {p.index: p for p in r.paragraphs}

    def where(i: int) -> dict[str, Any]:
        p = ops.get(i)
        if p is None:
            return {}
        return {"paragraph": {"kind": p.kind, "part": p.part, "number": p.number, "label": p.label}}

    return {
        "file": r.file,
        "format": r.format,
        "sha256": r.sha256,
        "symbol": r.symbol,
        "body": r.body,
        "status": r.status,
        "title": r.title,
        "adopted": r.adopted,
        "session": r.session,
        "meeting": r.meeting,
        "distributed": r.distributed,
        "agenda_item": r.agenda_item,
        "committee": r.committee,
        "recommended_by": {"organ": r.recommended_by.organ, "document": r.recommended_by.document}
        if r.recommended_by
        else None,
        "draft_symbol": r.draft_symbol,
        "sponsors": list(r.sponsors),
        "sponsors_count": len(r.sponsors) + len(r.sponsors_unresolved) or None,
        "sponsors_unresolved": list(r.sponsors_unresolved),
        "contains_draft_for": r.contains_draft_for,
        "citations": [
            {
                "target": c.target,
                "function": c.function,
                "date": c.date,
                "title": c.title,
                "via": c.via,
                "footnote": c.footnote,
                "text": c.text,
                "span": _span(c.span),
                **where(c.paragraph),
            }
            for c in r.citations
        ],
        "documents": list(dict.fromkeys(d.symbol for d in r.documents)),
        "document_mentions": [{"symbol": d.symbol, "via": d.via, "span": _span(d.span)} for d in r.documents],
        "treaties": [
            {"volumes": list(t.volumes), "number": t.number, "footnote": t.footnote, "span": _span(t.span)}
            for t in r.treaties
        ],
        "mandates": [
            {
                "op": m.op,
                "verb": m.verb,
                "addressees": list(m.addressees),
                "text": m.text,
                "addressee_text": m.addressee_text,
                "span": _span(m.span),
                **where(m.paragraph),
            }
            for m in r.mandates
        ],
        "reports_due": [
            {
                "op": x.op,
                "by": x.by,
                "to": x.to,
                "session": x.session,
                "year": x.year,
                "recurrence": x.recurrence,
                "sessions": list(x.sessions),
                "through": x.through,
                "due": x.due,
                "within": x.within,
                "every": x.every,
                "form": x.form,
                # the organ whose session `session` is: the receiver's, unless "to the Assembly through the Commission
                # at its thirty-third session" (the Commission's); the graph's session node is this organ's
                "session_of": (x.session_of or x.to) if x.session is not None else None,
                "span": _span(x.span),
                **where(x.paragraph),
            }
            for x in r.reports_due
            if x.adds_to is None
        ],
        "mandate_terms": [
            {
                "op": t.op,
                "action": t.action,
                "of": t.of,
                "until": t.until,
                "period": t.period,
                "renews": list(t.renews),
                "text": t.text,
                "span": _span(t.span),
                **where(t.paragraph),
            }
            for t in r.mandate_terms
        ],
        "report_additions": [
            {"op": x.op, "by": x.by, "adds_to": x.adds_to, "span": _span(x.span), **where(x.paragraph)}
            for x in r.reports_due
            if x.adds_to is not None
        ],
        "fulfils": [
            {"report": f.report, "mandate_of": f.mandate_of, "span": _span(f.span), **where(f.paragraph)}
            for f in r.fulfils
        ],
        "paragraphs": [
            {
                "kind": p.kind,
                "part": p.part,
                "number": p.number,
                "label": p.label,
                "span": _span(p.span),
                "footnotes": list(p.footnotes),
            }
            for p in r.paragraphs
        ],
    }
