"""The words of each report's clause: the part of its operative paragraph that its span covers.

Several steps read a report's own words after every report of the document is known (report_event_day,
report_forwarded, report_given_again). A clause that asks one report of several receivers ("to the Security Council and
relevant Member States and ...") gives them one span, so each step read the same clause once per receiver; reading it
again for each was quadratic in the receivers. Here each distinct clause is sliced once, and the steps key what they
read from it by its words. Raises nothing: a report whose paragraph is not in `paragraphs` has no words ("").
"""

from __future__ import annotations

from resgraph.models import Paragraph, ReportDue


def words_of(r: ReportDue, paragraphs: tuple[Paragraph, ...]) -> str:
    """The words of r's clause, from its paragraph (paragraphs[r.paragraph]: Paragraph.index is its place)."""
    if not 0 <= r.paragraph < len(paragraphs):
        return ""
    p = paragraphs[r.paragraph]
    return p.text[max(0, r.span.start - p.span.start) : max(0, r.span.end - p.span.start)]


def clause_words(reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...]) -> list[str]:
    """words_of each report, in order, each distinct clause (paragraph and span) sliced once."""
    seen: dict[tuple[int, int, int], str] = {}
    out = []
    for r in reports:
        key = (r.paragraph, r.span.start, r.span.end)
        if key not in seen:
            seen[key] = words_of(r, paragraphs)
        out.append(seen[key])
    return out
