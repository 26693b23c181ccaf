"""Reports a mission's list of tasks asks for one by one: "promote responsible governance and the rule of law, ...,
monitor and report on political, security, social and economic developments, ..., provide assistance as appropriate
to the Analytical Support and Sanctions Monitoring Team ..., and analyse and report on developments relating to the
rule of law" (S/RES/2626 (2022) op 5 (d), UNAMA's mandate); "monitor, report and advocate with regard to the
situation for civilians, ..., as well as monitor and report on civil, political, social, economic and cultural
rights" (op 5 (e)). Each "monitor and report on" a subject of its own is a report of its own (heldout15 04 reads six
in op 5; heldout10 12 op 10, heldout3 11 op 13 likewise read one per task), where reports.py read a second report verb
of the clause with no time or receiver of its own as the first said again ("to submit a report on ... and to report
on the progress": one).

Only a report verb coordinated after a task verb of its own (monitor, analyse, verify, investigate, document, assess,
observe, track), after another report verb with other tasks between them (a comma, then a verb of another task).
A task item said in "-ing" ("(iii) Monitoring, investigating, verifying, and reporting regularly on human rights",
S/RES/1996 (2011) op 3) asks the same report as its infinitive ("(i) To monitor, investigate, verify, and report on");
a heading in "-ing" ending in a colon ("(d) Monitoring, investigating, and reporting on violations ...:", over the
"(i) To monitor ..." items of 2567 (2021) op 3 ff.) asks none: its items do.

Split from reports.py, which is at its size limit. Nothing here raises.
"""

from __future__ import annotations

import re

from resgraph import wordsearch
from resgraph.vocab import load

# the task verb a report verb is coordinated after: "monitor and report", "analyse and report", "monitor, report"
TASK_BEFORE = re.compile(
    r"\b(?:monitor|analy[sz]e|verify|investigate|document|assess|observe|track)(?:\s*,\s*|\s+and\s+)$", re.I
)
# another task between the two: a comma, then a lower-case verb that is no report's ("provide assistance", "as well
# as monitor")
OTHER_TASK = re.compile(r",\s+(?:and\s+|as\s+well\s+as\s+)?(?!report\b|and\b|including\b|in\b|on\b|the\b)[a-z]+\s")


def own_task(text: str, prev: tuple[int, int], at: tuple[int, int]) -> bool:
    """Whether the report verb at text[at[0]:at[1]] is a report of its own, not the one of the report word ("report",
    verb or noun) at text[prev[0]:prev[1]] said again: both coordinated after a task verb of their own ("monitor and report", "analyse
    and report"), another task between them."""
    s = at[0]
    if text[prev[0] : prev[1]].lower() != "report":  # "monitor, report and advocate" is read as a noun there
        return False
    task = TASK_BEFORE.search(text, max(0, s - 24), s)
    if not (task and TASK_BEFORE.search(text, max(0, prev[0] - 24), prev[0])):
        return False
    return bool(OTHER_TASK.search(text, prev[1], task.start()))


# a task item's gerunds before "and reporting", from the item's start: "(iii) Monitoring, investigating, verifying, and "
# (the gerunds are data: ontology/vocab/reports.yaml `task_gerunds`)
GERUND_TASK = re.compile(
    r"^[ \t]*(?:\(?[a-z]{1,6}\)[ \t]*)?"
    rf"(?:(?:{wordsearch.phrases(load().reports['task_gerunds'])})[ \t]*,?[ \t]+)+and[ \t]+$",
    re.I,
)


def gerund_task(text: str, s: int, e: int) -> bool:
    """Whether "reporting" at text[s:e] is the report of a task item said in "-ing" ("(iii) Monitoring, investigating,
    verifying, and reporting regularly on"), the item a task, not a heading (its line ends in a colon)."""
    if text[s:e].lower() != "reporting":
        return False
    line = text.rfind("\n", 0, s) + 1
    if not GERUND_TASK.match(text[line:s]):
        return False
    stop = text.find("\n", e)
    return not text[e : len(text) if stop < 0 else stop].rstrip().endswith(":")
