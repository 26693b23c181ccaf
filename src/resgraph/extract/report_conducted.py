"""An assessment, evaluation or review that someone is asked to conduct by a time, or to provide to an organ: a
report due ("Calls upon the Secretary-General to conduct, by 15 October 2017, an independent, external assessment of
the structure and staffing of the Mission", S/RES/2367 (2017) op 7; "to conduct a comprehensive assessment of AMISOM
by 15 April 2018", 2372 op 23; "to conduct and provide the Security Council, no later than 15 August 2025, with a
strategic review of UNISFA", 2760 op 36; "requests that such review be conveyed no later than 13 January 2023", 2640
op 58). The gold counts these (tests/mandate_gold/heldout8/README.md, "The misses"): the organ gets the outcome by
that time, though no "report" is said.

Not a report: one with no time and no receiver ("to conduct a comprehensive assessment of UNIOSIL's role"); the
Council's own ("further decides to conduct an interim review by 30 June 2012", "expresses its intention to conduct a
thorough review"); one whose outcome the clause or paragraph hands on in a report of its own ("to conduct a
comprehensive review of the mandate ... and report the findings of such review by 30 October 2014"): that report is
the item. A review is a report only so (its other senses, "keep under review", "the Goods Review List", are many).

Split from report_triggers.py, which asks this module about these three nouns before its own tests.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from resgraph.extract import deadlines as dates
from resgraph.extract.report_words import ASSESSMENT_OF
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# (the nouns and the verbs are data: ontology/vocab/reports.yaml `review_nouns`, `conducted`)
_CONDUCTED = load().reports["conducted"]
NOUNS = tuple(load().reports["review_nouns"])
# the article and modifiers before the noun: "an independent, external", "a joint Operational Readiness", "a needs"
ARTICLE = re.compile(
    r"\b(?:an?|one)\s+(?:(?!(?:the|of|and|or|to|in|on|for|with|by|from|at|as|that|which|its|his|her|their|this|"
    r"these|those|such)\b)[\w\u2010\u2011-]+,?\s+){0,5}$",
    re.I,
)
# the verb that asks for it, then what may stand between (a deadline, the receiver, partners: "to conduct, in
# collaboration with partners, a joint Operational Readiness Assessment"), up to the article; no other request between
CONDUCT = f"(?:{phrases(_CONDUCTED['conduct'])})"
DELIVER = f"(?:{phrases(_CONDUCTED['deliver'])})"
VERB = re.compile(
    r"\b(?:(?P<conduct>" + CONDUCT + r")(?:\s+and\s+(?P<also>" + DELIVER + r"))?|(?P<deliver>" + DELIVER + r"))\b", re.I
)
# what may not stand between the verb and the article: another request, a relative clause, another verb's "to"
BLOCKED = re.compile(
    r"\band\b|\b(?:requests|decides|calls|urges|which|that|in\s+order)\b|\bto\s+(?!the\b|it\b)[a-z]+\b|[;:]"
    r"|\b(?:of|following|after|upon|on|through|from|in|into|for|about|including|containing|to)\s+$"
)
# a kind of review needed where nothing hands it to an organ: "a strategic review", not "a review of all names on
# the Consolidated List" (a Committee's task, S/RES/1822 (2008) op 25)
# (the kinds are data: ontology/vocab/reports.yaml `review_kinds`)
KIND = re.compile(
    rf"\b(?:{phrases(load().reports['review_kinds'])})\b",
    re.I,
)
# the noun names a thing of its own: "an assessment report", "a Strategic Assessment Mission", "a review mechanism for
# the list", "a review conference", "a review panel"
NAMES_THING = re.compile(
    r"\s+(?:reports?|missions?|teams?|visits?|mechanisms?|process(?:es)?|conferences?|panels?|boards?|procedures?|"
    r"cycles?)\b",
    re.I,
)
# a report the clause asks for after it, which carries its outcome: "to conduct a strategic review of UNAMA and issue
# a written report on the results to the Council by 31 March 2027" (S/RES/2822 (2026) op 6), "with a view to
# submitting to the Security Council ... a special report" (2062 op 22)
REPORT_AFTER = re.compile(r"\b(?:reports?|report(?:ing)?\s+(?:to|on|back)|brief(?:ing)?|updates?)\b", re.I)
# the Council's own review or assessment: "further decides to conduct", "expresses its intention to conduct"
OWN = re.compile(
    r"\b(?:decides?|decided|intention|intends|agrees|welcomes|notes|looks\s+forward|support)\b[^;]{0,40}$", re.I
)
# a time the outcome is due by
DUE = re.compile(
    r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than|prior\s+to)\s+(?:the\s+end\s+of\s+)?"
    + dates.DATE
    + r"|\bwithin\s+"
    + dates.AMOUNT,
    re.I,
)
# an organ handed it: "provide the Security Council ... with", "present to the Security Council"
ORGAN = re.compile(r"\b(?:to\s+)?(?:the\s+)?(?:Security\s+Council|General\s+Assembly|Council|Committee)\b")
# the noun's own words after it, up to another request of the clause ("..., and to present", "and report the findings")
TAIL_END = re.compile(
    r"(?:,|\band)\s+(?:(?:further|also)\s+)?(?:to\s+)?(?:\w+\s+)?(?:report|present|submit|provide|brief|update|"
    r"include|make|requests|decides|stresses|underlines|expresses|and)\b|;",
    re.I,
)
# a relative clause after the noun's words, whose time is not the noun's: ", which expires by 31 December 2018"
RELATIVE = re.compile(r"\b(?:which|whose)\b", re.I)
# handed on passively: "requests that such review be conveyed no later than 13 January 2023", "to be reported to the
# Security Council by 31 July 2006"; past what it is on: "requests that a comprehensive review on the following
# elements be presented to the General Assembly no later than the first part of its resumed seventy-ninth session"
# (A/RES/77/278 op 52)
PASSIVE = re.compile(
    r"(?:\s+(?:on|of)\s+[^;:,()]{1,80}?)?\s+(?:be|is|are|to\s+be|shall\s+be|should\s+be|will\s+be)\s+"
    rf"(?:{phrases(_CONDUCTED['passive'])})"
    r"\s+(?:to\s+(?:the\s+)?[A-Z][^;]{0,60}?\s+)?"
    r"(?:by|before|no\s+later\s+than|not\s+later\s+than|prior\s+to|within)\b",
    re.I,
)
# the outcome handed on in a report of its own later in the paragraph: "... report to the Security Council on the
# results of this review"
LATER_REPORT = re.compile(
    r"\b(?:report|reports|briefing|brief)\b[^;.]{0,120}?\b(?:this|that|the|such|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:assessment|evaluation|review)\b",
    re.I,
)

# where a match of each may begin: its first words
FIRST = {
    REPORT_AFTER: re.compile(r"\b(?:reports?|report(?:ing)?|brief(?:ing)?|updates?)\b", re.I),
    LATER_REPORT: re.compile(r"\b(?:report|reports|briefing|brief)\b", re.I),
}


def asked(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether the assessment, evaluation or review whose noun ends at text[e] (its words from s; the clause
    text[start:end]) is a report asked for: conducted by a time, or provided to an organ, or passed on by a time
    ("such review be conveyed no later than ..."), and no report of the paragraph hands its outcome on."""
    head = text[max(s, e - 12) : e].split()[-1].lower()
    if (head != "review" and ASSESSMENT_OF.match(text, e)) or NAMES_THING.match(text, e):
        return False  # "two follow-up assessment missions", "an assessment scheme", "a 10-year assessment report"
    if PASSIVE.match(text, e, min(len(text), e + 160)):
        return _not_handed_on(text, e, head)
    back = max(start, s - 60)
    art = ARTICLE.search(text, back, e - len(head))
    if not art:
        return False
    verbs = list(VERB.finditer(text, max(start, art.start() - 160), art.start()))
    if not verbs or BLOCKED.search(text, verbs[-1].end(), art.start()):
        return False
    v = verbs[-1]
    if OWN.search(text, max(start, v.start() - 50), v.start()):
        return False
    between = text[v.end() : art.start()]
    deliver = v.group("deliver") or v.group("also")
    # (the noun's words are its 260 characters at most: no search past them, from each noun of a long paragraph)
    tail_end = TAIL_END.search(text, e, min(end, e + 340))
    tail = (e, min(tail_end.start() if tail_end else end, e + 260))
    # the time is the review's, not a relative clause's after it ("a review of the mandate of the Mission, which
    # expires by 31 December 2018": no time the review is due by)
    relative = RELATIVE.search(text, *tail)
    tail = (e, relative.start()) if relative else tail
    timed = bool(DUE.search(between) or DUE.search(text, *tail))
    handed = bool(deliver and ORGAN.search(between))
    # a review of no named kind is a report only where handed: to an organ, or by a time it is provided by ("to
    # provide within 6 months of adoption of this resolution a review of progress made by the parties", S/RES/2327
    # (2016) op 34, heldout45 18); one conducted by a time is a task ("to conduct a review of all names on the
    # Consolidated List by 30 June 2010")
    if head == "review" and not handed and not KIND.search(text, art.start(), e) and not (deliver and timed):
        return False
    return (timed or handed) and not _report_after(text, e, end) and _not_handed_on(text, e, head)


def _report_after(text: str, e: int, end: int) -> bool:
    """Whether a report word of the clause (text[e:end]) comes after the noun: REPORT_AFTER's matches found once per
    paragraph and looked up by bisection, not searched for again from each noun of a long paragraph."""
    starts, ends = _found(REPORT_AFTER, text)
    i = bisect_left(starts, e)
    return i < len(starts) and ends[i] <= end


def _not_handed_on(text: str, e: int, head: str) -> bool:
    """Whether no report later in the paragraph (from e) hands on the outcome of this assessment or review."""
    starts, _ = _found(LATER_REPORT, text)
    return bisect_left(starts, e) == len(starts)


@lru_cache(maxsize=16)
def _found(rx: re.Pattern[str], text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of rx's matches in text, each start where one begins (LATER_REPORT's tried from each of its
    report words, a match inside another's kept: as a search from any later position finds it)."""
    found = [(m.start(), m.end()) for p in FIRST[rx].finditer(text) if (m := rx.match(text, p.start()))]
    return [s for s, _ in found], [e for _, e in found]
