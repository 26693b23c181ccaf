"""An oral update presented "in combination with" a report: "to present its latest report, in combination with an oral
update on its work, to the General Assembly at its seventy-ninth session" (A/HRC/RES/55/1 op 17, 58/1 op 21, 58/18 op
20), "to present a report to the Human Rights Council at its sixty-third session, and to present that report, in
combination with an oral update, to the General Assembly at its eighty-first session" (A/HRC/RES/60/2 op 33,
tests/mandate_gold/heldout17 30): the report goes on written (report_forms.OTHERS_ORAL) and the update is a second
report, oral, to each receiver named after it (heldout17's reading, as heldout's "to submit its final report ... and to
present it with an oral update", A/HRC/RES/54/34 op 43: two items, an update beside the report).

Split from reports.py, which builds the reports of each scope. Raises nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.extract.report_receivers import Context
from resgraph.models import ReportDue

COMBINED = re.compile(r"\bin\s+combination\s+with\s+an?\s+oral\s+(?:update|briefing)\b", re.I)


def oral_beside(ctx: Context, out: list[ReportDue], span: tuple[int, int]) -> list[ReportDue]:
    """The oral updates presented in combination with the reports out of one scope (span, paragraph offsets): one
    for each report to a receiver named after "in combination with an oral update"; none where the scope says no such
    thing."""
    m = COMBINED.search(ctx.text, span[0], span[1])
    if not m:
        return []
    after = {a for a, _, _ in ctx.actors(m.end(), span[1])}
    return [replace(r, form="oral") for r in out if r.to in after]
