"""The reporter of the reports among the tasks of a panel, group or mechanism that a paragraph asks someone
to set up: "Requests the Secretary-General to create for an initial period of one year ... a group of up to
seven experts (“Panel of Experts”), ... to carry out the following tasks: ... and (d) provide an interim report
on its work to the Council no later than 90 days after adoption of this resolution, and a final report"
(S/RES/1874 (2009) op 26, 1929 (2010) op 29: the tasks inline), "Requests the Secretary-General ... to
establish a panel of experts, for an initial period of four months, consisting of no more than five
members: ... (d) To report to the Council through the Committee ... no later than 31 October 2000" (S/RES/1306
(2000) op 19), "to establish ... a mechanism: ... (c) to collate, assess, verify wherever possible, report and
make recommendations" (S/RES/1363 (2001) op 3: the tasks as sub-paragraphs). The one asked to set the body
up (the Secretary-General) was read as the reporter; the panel reports, as "Decides to establish ... a
Committee ..., to undertake the following tasks: ... To report" (report_set_up) and the Libya panel's
sub-paragraphs (S/RES/1973 (2011) op 24) are read.

The body is the document's panel (term_panels.document_panel: the one whose resolutions hold the document's
number, its establishing resolution among them), where the words set up name a panel, group of experts,
mechanism or monitoring team. Used by reports.py (a list inline, after its colon) and mandates.py (a list of
sub-paragraphs). Raises nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resgraph.models import MandateTerm
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# a body of this kind set up, as the term reads it when the vocabulary has no name for the words ("panel of
# experts", "mechanism")
KIND_WORDS = re.compile(r"\b(?:panel|experts|mechanism|monitoring\s+(?:team|group))\b", re.I)
# the set-up verb, the body (up to its list's colon, no ";" between) and the words that open its list of tasks
# inline: "to create ... a group of up to seven experts (“Panel of Experts”), acting under the direction of the
# Committee to carry out the following tasks:"
# (the verbs are data: ontology/vocab/reports.yaml `setting_up` `before_article`)
SET_UP_LIST = re.compile(
    rf"\b(?:{phrases(load().reports['setting_up']['before_article'])})\b[^;:]{{0,300}}?\ban?\s+"
    r"[^;:]{0,200}?\bfollowing\s+(?:tasks|mandate)\s*:",
    re.I,
)


def inline_tasks(text: str, start: int, end: int, panel: str | None) -> int | None:
    """Where the list of tasks of the panel that text[start:end] (one clause) asks to set up opens, past its colon:
    the reports after it are the panel's (panel: the document's); None where the clause sets up none so, or the
    document has no panel."""
    if not panel:
        return None
    m = SET_UP_LIST.search(text, start, end)
    if not m or not KIND_WORDS.search(text, m.start(), m.end()):
        return None
    return m.end()


def with_tasks(
    cuts: list[tuple[int, tuple[str, ...] | None]], text: str, start: int, end: int, panel: str | None
) -> list[tuple[int, tuple[str, ...] | None]]:
    """The reporters of text[start:end] by where each begins (reports.py's cuts), with the document's panel from
    where the list of tasks inline_tasks finds opens."""
    at = inline_tasks(text, start, end, panel)
    return sorted([*cuts, (at, (panel,))], key=lambda c: c[0]) if at is not None and panel else cuts


def listed_tasks_of(text: str, op_terms: Sequence[MandateTerm], panel: str | None) -> str | None:
    """The document's panel where a paragraph ending in a colon sets up a body the vocabulary does not name, whose
    words name a panel or mechanism (the term's `of` as written: "panel of experts", "mechanism"): its sub-paragraphs
    list the panel's tasks; None otherwise."""
    if not panel or not text.rstrip().endswith(":"):
        return None
    for t in op_terms:
        if t.action == "establishes" and t.of and KIND_WORDS.search(t.of) and not t.of[:1].isupper():
            return panel
    return None
