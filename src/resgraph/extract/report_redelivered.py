"""A report referred to ("the report", "this report", "the updated reports called for under paragraph 6 of resolution
1455 (2003)") that a verb of delivery asks someone to hand in, with a receiver or a time of its own: asked for again,
a report due.

"Requests all States that have not yet done so to submit to the Committee by 31 March 2004 the updated reports called
for under paragraph 6 of resolution 1455 (2003)" (S/RES/1526 (2004) op 22), "requests the Secretary-General to
transmit this report to the Security Council" (S/RES/1975 (2011) op 8), "to submit the report referred to in paragraph
3 by 1 June", "to transmit to the Assembly the report of the Conference of the States Parties" (A/RES/75/194 op 67: the
one who transmits reports, as tests/mandate_gold/heldout3's E/RES/2022/17 op 30): a report another paragraph or
resolution set up is due here, to this receiver or by this time. Not "all States that have submitted such reports"
(done, not asked) nor "include in the report" (report_triggers reads those first).

Split from report_triggers.py, which drops a report referred to unless this step finds it asked. Raises nothing.
"""

from __future__ import annotations

import re

from resgraph.extract.dates import MONTH_NAMES
from resgraph.extract.deadlines import CYCLE_SAID
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the verb of delivery, asked ("to", "shall", "should"), its receiver or time possibly before the object, then the
# determiner of a report referred to: "to submit to the Committee by 31 March 2004 the updated "
# a time counted back from the end of a term the text sets: "at least two weeks prior to the end of the 180-day period"
_TERM_END = (
    r"(?:at\s+least\s+)?(?:[\w-]+\s+(?:days?|weeks?|months?)\s+)?(?:before|prior\s+to)\s+the\s+"
    r"(?:end|expiry|expiration|termination)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:period|mandate)"
)
# a cycle is a time of its own: "to submit, on a biennial basis as from the seventy-seventh session of the General
# Assembly, the report on the follow-up to the outcome of the Special Session ... on Children" (A/RES/76/147 op 43
# (h)); its start may follow it (the cycle words are those report_times reads a cycle by: deadlines.CYCLE_SAID)
_CYCLE = (
    CYCLE_SAID
    + r"\b(?:\s+(?:as\s+from|from|starting\s+(?:from|at|with))\s+(?:the|its)\s+[\w-]+\s+session"
    + r"(?:\s+of\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})?)?"
)
# (the verbs, the adjectives and the report words are data: ontology/vocab/reports.yaml `redelivered`)
_WORDS = load().reports["redelivered"]
_DELIVER = (
    rf"(?:\w+ly\s+)?(?:also\s+|further\s+)?(?:{phrases(_WORDS['verbs'])})(?:\s*,)?\s+"
    r"(?P<between>(?:(?:to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?[A-Z][\w-]*){0,6}|"
    r"(?:by|no\s+later\s+than|not\s+later\s+than)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|"
    + _TERM_END
    + "|"
    + _CYCLE
    + r"),?\s+){0,2})"
    r"(?:the|this|that|these|those|such)\s+"
    rf"(?:(?:{phrases(_WORDS['adjectives'])})\s+)?$"
)
DELIVER_THE = re.compile(r"\b(?:to|shall|should|will|must)\s+" + _DELIVER, re.I)
# ... or the verb of a that-clause, its subject before it: "Requests that the Secretary-General and the Committee ...
# submit at least two weeks prior to the end of the 180-day period the reports referred to in paragraphs 5 and 6 of
# resolution 1360 (2001)" (S/RES/1409 (2002) op 7, heldout13 10)
THAT_SUBJECT = re.compile(r"\bthat\s+(?:the\s+)?[A-Z][^;:]{0,200}?[\w)]\s+" + _DELIVER, re.I)
# a report the paragraph named before the clause: the one referred to
REPORT_BEFORE = re.compile(rf"\b(?:{phrases(_WORDS['reports_before'])})\b", re.I)
# a time said between the verb and the report, or after it in the clause: "by 31 March 2004", "within 30 days"
TIME = (
    r"\b(?:by|before|within|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+end\s+of\s+)?(?:\d|(?:"
    + "|".join(MONTH_NAMES)
    + r")\b|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirty|sixty|ninety)\b)|" + _TERM_END
)
# (a cycle only before it: after it, it may be another report's, "the report he presents annually to the Human Rights
# Council ... also to the General Assembly", A/HRC/RES/54/24 op 15, a cycle of the report to the Council)
TIMED_BEFORE, TIMED_AFTER = re.compile(TIME + r"|(?<![\w-])" + _CYCLE), re.compile(r"[^;:]{0,160}?" + TIME)
# ... or right after what the report is to include, the phrase closed by its comma, however long: "the final report
# referred to in paragraphs 18 and 19 of resolution 1962 (2010), including the findings ... deployed to Côte d’Ivoire,
# no later than 30 June 2011" (S/RES/1981 (2011) op 2: 190 characters on). Not a time inside that phrase ("including on
# progress ... on the measures taken by Member States, the United Nations system ... to eradicate poverty by 2030":
# the year is what the report describes), nor one past the 160 characters elsewhere
INCLUDED_THEN_TIMED = re.compile(r"[^;:]{0,160}?,\s+including\b[^,;:]{0,240},\s*(?:" + TIME + ")")
# ... or a receiver: "to the Committee", "this report to the Security Council"
RECEIVED_BEFORE = re.compile(r"\bto\s+(?:the\s+)?[A-Z]")
RECEIVED_AFTER = re.compile(r"[^;:]{0,160}?\bto\s+(?:the\s+)?(?:[A-Z]|Member\s+States)")
# a report of this text referred to: "the above-mentioned report", "the report referred to in paragraph 18 above" (not
# "the updated reports called for under paragraph 6 of resolution 1455 (2003)", another text's)
OWN_TEXT = re.compile(r"(?:said|above-mentioned|aforementioned|same|abovementioned)\s+$", re.I)
OWN_PARAGRAPH = re.compile(
    r"\s+(?:referred\s+to|mentioned|requested|called\s+for)\s+(?:in|under)\s+paragraph\s+\d+(?:\s*\([a-z]\))?(?!\s+of\b)"
)

PLAIN_THE = re.compile(r"\bthe\s+$", re.I)
# a report another resolution asked, recalled by the paragraph before the clause, asked again here at a later session:
# "Recalls Human Rights Council resolution 53/26, in which the Council requested the United Nations High Commissioner
# for Human Rights to present a report at its fifty-ninth session, and requests the High Commissioner to present that
# report at its sixtieth session" (A/HRC/RES/56/1 op 44; its sixty-third, 59/2 op 51, heldout31 29): the report named
# before is the recalled request's, not one this text asked; the session is the report's time
# ("Also recalls", "Further recalls": the verb in lower case after its adverb)
RECALLED_ASK = re.compile(
    r"(?:(?:Also|Further)\s+[Rr]|R)ecall(?:s|ing)\b[^;]*?\b(?:in\s+which|whereby|by\s+which)\s+(?:it|the\s+[A-Z][\w\s]{0,60}?)\s+"
    r"(?:requested|invited|decided)\b"
)
SESSION_AFTER = re.compile(r"[^;:]{0,80}?\bat\s+its\s+[\w-]+\s+session\b")
# another text's report: "the reports called for under paragraph 6 of resolution 1455 (2003)"
ANOTHER_TEXT = re.compile(
    r"\s+(?:referred\s+to|mentioned|requested|called\s+for|required)\s+(?:in|under|by)\s+(?:paragraph\s+\d+\S*\s+of\s+)?"
    r"(?:its\s+)?resolution\b"
)


def _recalled(text: str, start: int) -> bool:
    """Whether the report named before the clause at text[start] is only that of a request the paragraph recalls at
    its head (RECALLED_ASK): not where a report is named past the recalled request's clause (from the first ", and"
    after it), for that is one the paragraph itself asks and may name again ("Recalls its resolution 53/26, in which
    it requested the High Commissioner to present a report, and requests the Special Rapporteur to submit a report to
    the Council at its fifty-sixth session, and requests the High Commissioner to present that report": one report)."""
    r = RECALLED_ASK.match(text, 0, start)
    return r is not None and not REPORT_BEFORE.search(text, max(r.end(), text.find(", and", r.end())), start)


def asked(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether the report referred to at text[s:e] (its clause text[start:end]) is the object of a verb of
    delivery asked of someone, with a receiver or time of its own before or after it: due again; not where the
    paragraph named a report before the clause ("to complete subsequent reports every 180 days ..., and requests
    the Special Adviser to present these reports to the Security Council", S/RES/2379 (2017) op 15: the same)."""
    m = DELIVER_THE.search(text, max(start, s - 200), s) or THAT_SUBJECT.search(text, max(start, s - 400), s)
    recalled = _recalled(text, start)
    if not m or (REPORT_BEFORE.search(text, 0, start) and not recalled):
        return False
    between = m.group("between") or ""
    timed = bool(
        TIMED_BEFORE.search(between) or TIMED_AFTER.match(text, e, end) or INCLUDED_THEN_TIMED.match(text, e, end)
    )
    if OWN_TEXT.search(m.group()) or OWN_PARAGRAPH.match(text, e, end):
        # "to submit the above-mentioned report and recommendations to the Human Rights Council" (A/HRC/RES/55/26 op
        # 12, the first gold): the report of the paragraph before, its receiver said again; due again with a time only
        return timed
    if PLAIN_THE.search(m.group()) and not ANOTHER_TEXT.match(text, e, end):
        # "to submit the report to the General Assembly at its seventy-ninth session": a report asked elsewhere, its
        # receiver said (tests/regressions/test_submit_the_report_of_another.py); due again with a time only
        return timed
    return bool(
        timed
        or RECEIVED_BEFORE.search(between)
        or RECEIVED_AFTER.match(text, e, end)
        or (recalled and SESSION_AFTER.match(text, e, end))
    )
