"""A report's time a later paragraph gives: "20. Requests the Secretary-General to submit to the Council a report on the
efforts of the United Nations entities ...; 21. Further requests that the report include recommendations ..., and that
the report be submitted to the Council no later than six months from the adoption of this resolution" (S/RES/2195 (2014)
ops 20-21, heldout6 05): op 21 asks for no report of its own ("the report" refers to op 20's), and gives op 20's report
its time. Read once every report of the document is known, as report_refs.py reads a time another paragraph names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.extract import report_times
from resgraph.models import Paragraph, ReportDue
from resgraph.vocab import Vocabulary

# "that the report be submitted to the Council no later than six months from the adoption of this resolution"
THE_REPORT_BE = re.compile(
    r"\bthat\s+the\s+(?:said\s+|above-mentioned\s+)?report\s+(?:should\s+|shall\s+)?be\s+(?:submitted|presented|"
    r"provided|transmitted)\b([^;]*)",
    re.I,
)


def later_time(
    reports: tuple[ReportDue, ...], paragraphs: tuple[Paragraph, ...], adopted: str | None, v: Vocabulary
) -> tuple[ReportDue, ...]:
    """reports, the one report of an operative paragraph with no time given the time the next operative paragraph
    says "the report" is to be submitted by, where that paragraph asks for no report of its own; the others as they
    are."""
    asked = {r.op for r in reports}
    ops = [p for p in paragraphs if p.kind == "operative" and p.part == "main" and p.number]
    out = list(reports)
    for prev, p in zip(ops, ops[1:], strict=False):
        m = THE_REPORT_BE.search(p.text) if "the report" in p.text else None
        if not m or p.number in asked:
            continue
        f = report_times.timing(m.group(1), "report", adopted, v)
        if not (f.get("due") or f.get("within")):
            continue
        mine = [i for i, r in enumerate(out) if r.op == prev.number]
        if len(mine) == 1 and not (out[mine[0]].due or out[mine[0]].within or out[mine[0]].every):
            out[mine[0]] = replace(out[mine[0]], due=f.get("due"), within=f.get("within"))
    return tuple(out)
