"""Report words that ask for no report of their own: a part of reports the text names elsewhere ("to report ... as
part of the reports referred to in paragraph 8 above", "in the context of the performance reports", "in relevant
peacekeeping and peacebuilding reports", "to assess in its first and final reports", "in his or her reports
submitted to the Council"), what is put into such a report ("within the report requested in S/PRST/2007/40, to also
include a review ..., an assessment ..."), a capacity or basis for reporting ("to strengthen capacity to report on
violations", "a common basis for reporting by ... Member States"), and the operational reporting of incidents with
no receiver ("to identify and report threats to and attacks against civilians", "to investigate and report
allegations of violations": heldout5 01 op 34, heldout8 01 op 31 and 15 op 16 read none).

tests/mandate_gold/README.md counts none of these ("include in his next report" adds to a report counted
elsewhere); each was read as a report of the clause's addressee to the speaking organ. Split from
report_triggers.py (which calls `asks_none` on each report word) and report_words.py. Raises nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from resgraph import wordsearch
from resgraph.extract import (
    report_aimed,
    report_ensured,
    report_hosted,
    report_instances,
    report_invited,
    report_mentions,
    report_refs,
    report_words,
)
from resgraph.vocab import load

# what a report asked for holds, named after it as "a ... report" (report_triggers): "together with a report",
# "including a report"; "to report on the implementation of this resolution, in particular a full assessment of the
# impediments to vaccine accessibility" (S/RES/2565 (2021) op 7, heldout15: one report), "an update ... on the
# situation in Liberia, especially an assessment of the impact of the Ebola outbreak" (2190 (2014) op 17), "a report
# providing an update on the planned completion of UNIPSIL's mandate" (2097 (2013) op 3), "a comprehensive report that
# provides a forward-looking assessment" (A/RES/75/253 C op 4): "providing" only after a report noun (not "to continue
# providing an update"), also after the report's receiver ("to continue to submit annual reports to the Council
# providing a progress update on the implementation of resolution 1325 (2000) and to submit his next report by October
# 2014", S/RES/2122 (2013) op 18, heldout23 14: one annual report, its next by October 2014)
WITH_BEFORE = re.compile(
    r"\b(?:along\s+with|with|including|includes?|containing|contains?|in\s+particular|especially)\s+$"
    r"|\b(?:reports?|notes?)\s+(?:to\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Council|Assembly|Committee)\s+|to\s+it\s+)?"
    r"(?:(?:that|which)\s+)?provid(?:ing|es)\s+$"
)
# (not a briefing: "to report progress ... in his comprehensive annual briefing mandated by its resolution 2378" is
# counted, heldout8 02 op 14 and heldout 16 op 19)
_REPORTS = r"report(?:s|ing)?\b"
_PLACE = r"(?P<prep>\bas\s+part\s+of|\bin\s+the\s+context\s+of|\bin|\bthrough|\bwithin)\s+"
# reports named by a reference: "the reports referred to in paragraph 8 above", "the report requested in
# S/PRST/2007/40", "the reports mentioned in paragraph 20 below"; or by their kind: "the performance reports",
# "relevant peacekeeping and peacebuilding reports", "his regular country-specific reports" (not "within existing
# reporting obligations", which asks for a report all the same: "to submit a report, within existing reporting
# obligations, to the General Assembly at its seventy-ninth session", A/RES/77/268 op 16)
NAMED_REPORTS = (
    r"(?:the|these|those|his|her|its|their)\s+(?:(?!(?:to|of|in|on|for|and|or)\b)[\w-]+\s+){0,3}?"
    + _REPORTS
    + r"\s*,?\s+"
    # (the participles are data: ontology/vocab/reports.yaml `cited_as` `named_reports`)
    rf"(?:as\s+)?(?:{wordsearch.phrases(load().reports['cited_as']['named_reports'])})"
    r"\s+(?:in|by|under|above|below|pursuant)\b"
    r"|(?:(?:the|all|his|her|its|their)\s+)?(?:relevant|performance|respective|appropriate|[\w]+-specific)\s+"
    r"(?:[\w-]+\s+(?:and\s+)?){0,3}?" + _REPORTS
)
# after the report word, within its clause, no other request or delivery between
PART_OF_NAMED = re.compile(
    r"(?:(?!\b(?:include|requests?|decides?|submit|provide|present|transmit|and\s+to)\b)[^;:]){0,120}?"
    + _PLACE
    + r"(?:"
    + NAMED_REPORTS
    + ")",
    re.I,
)
# "the recommendations contained in the report requested in ...": the report is what it is on, not where
# (the participles are data: ontology/vocab/reports.yaml `content_of` `within`)
CONTENT_OF = re.compile(
    rf"\b(?:{wordsearch.phrases(load().reports['content_of']['within'])})\s+$",
    re.I,
)
# before a report noun: "in its first and final reports", "in his or her reports", "in her or his annual reports",
# "to assess in its midterm update and final report" (S/RES/2265 (2016) op 24, 2200 (2015): an update or a
# briefing joined to the report); adjectives joined, not "including by participating in its work and formally
# reporting to it"
# (the adjectives are data: ontology/vocab/reports.yaml `joined_adjectives`)
_ADJ = f"(?:{wordsearch.phrases(load().reports['joined_adjectives'])})"
JOINED_BEFORE = re.compile(
    r"\b(?:in|into|through|within|as\s+part\s+of|in\s+the\s+context\s+of)\s+"
    r"(?:(?:his\s+or\s+her|her\s+or\s+his)\s+(?:[\w-]+\s+){0,3}"
    rf"|(?:the|his|her|its|their)\s+(?:{_ADJ},?\s+){{1,2}}(?:and|or)\s+(?:{_ADJ}\s+){{1,2}}"
    rf"|(?:the|his|her|its|their)\s+(?:{_ADJ}\s+)?(?:updates?|briefings?)\s+(?:and|or)\s+(?:{_ADJ}\s+){{1,2}})"
    + _REPORTS
    + r"$",
    re.I,
)
# a report noun named as its owner's or the known one: "his regular reports" (not put into another by an "include")
OWNED = re.compile(r"(?:his|her|its|their|the)\s", re.I)
# what an "include" whose report is named puts into it: "within the report requested in ..., to also include a
# review ..., an assessment ...", "to include in his next report ..., an assessment": up to a new verb; or what that
# report is to "provide" or "contain" as a that-clause's subject
CONTAINER = (
    r"(?:(?:his|her|its|their|the|this|that|these|such)\s+(?:[\w-]+\s+){0,3}(?:report(?:s|ing)?|reviews?|briefings?))"
)
INCLUDE_INTO = re.compile(
    r"\b(?:in|within|as\s+part\s+of)\s+" + CONTAINER + r"\b[^;:]{0,120}?\b(?:to|and)\s+(?:also\s+|further\s+|"
    r"\w+ly\s+)?include\b|\b(?:to|and)\s+(?:also\s+|further\s+|\w+ly\s+)?include\s+(?:[^;:]{0,60}?\s)?(?P<into>in|within)\s+"
    + CONTAINER
    + r"\b"
    # the same put by another verb, right before the reporter's own report (reports.yaml `putting_in`): "to provide in
    # the context of his next report detailed updated information ... and an assessment of its impact" (A/RES/75/245 B
    # op 5, heldout50 22), "to provide in his next report an execution plan for, and analysis of" (heldout34 24 op 27)
    rf"|\b(?:to|and)\s+(?:also\s+|further\s+|\w+ly\s+)?(?P<put>{wordsearch.phrases(load().reports['putting_in'])}),?\s+"
    r"(?:in|within)\s+(?:the\s+context\s+of\s+)?(?:his|her|its|their)\s+(?:[\w-]+\s+){0,3}reports?\b"
    # the report as the subject of a that-clause: "Further requests that the next report of the Secretary-General
    # provide an assessment of UNDOF's equipment" (S/RES/2257 (2015) op 10, heldout37 19: op 9's next report holds it)
    + r"|\b(?P<that>that)\s+"
    + CONTAINER
    + r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+the\s+)?[A-Z][\w-]*){0,5})?\s+(?:should\s+|shall\s+|also\s+){0,2}"
    r"(?:provide|include|contain)s?\b",
    re.I,
)
# reporting folded into another report the reporter gives: "to consolidate their annual reporting on the implementation
# of the quadrennial comprehensive policy review within their annual reporting on the implementation of their
# strategic plans" (E/RES/2023/31 op 16, heldout24 21), "to incorporate reporting on this resolution within his biennial
# report submitted in accordance with resolution 2535 (2020)" (S/RES/2807 (2025) op 7): a part of that report, as what
# an "include" puts in it (tests/mandate_gold/README.md), no report of its own
# (the verbs are data: ontology/vocab/reports.yaml `folding_verbs`)
FOLDED = re.compile(
    rf"\b(?:{wordsearch.phrases(load().reports['folding_verbs'])})\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w-]+\s+){{0,2}}$",
    re.I,
)
# reporting a thing is used for: "urges the Development Coordination Office to continue to use the framework to report on
# the work and performance of the resident coordinator system" (E/RES/2023/31 op 13, heldout24 21): how it reports, no
# report asked; not "to review the use of these tools and to report thereon" (A/RES/77/263 B op 17), "to review how to
# utilize remaining vacant posts and to report" (80/242 op 41): the verb's own object, no "of", "and" or "or" in it
# (the verbs are data: ontology/vocab/reports.yaml `using_verbs`)
USED_TO = re.compile(
    rf"\b(?:{wordsearch.phrases(load().reports['using_verbs'])})\s+(?:(?!and\b|or\b|of\b)[\w-]+\s+){{1,4}}?to\s+(?:\w+ly\s+)?$",
    re.I,
)
# the report words listed as where a thing is folded in, after the folding verb and its object: "to integrate gender as
# a cross-cutting issue throughout its activities, including within country-specific assessments and reports,
# recommendations made to Member States, facilitating technical assistance to Member States, and briefings to the
# Council" (S/RES/2242 (2015) op 11, heldout39 17: "the reports and briefings are where gender is integrated, no report
# asked"; 2395 (2017) op 28, 2617 (2021) op 36, the same words): the places of the integration, as "integrate gender as
# a cross-cutting issue across its investigations and reporting" adds to reports counted elsewhere (heldout25 02 op 19)
FOLDED_LIST = re.compile(
    rf"\b(?:{wordsearch.phrases(load().reports['folding_verbs'])})s?\s+[^;:]{{0,200}}?"
    r"\bincluding\s+(?:with)?in(?:to)?\s+",
    re.I,
)
# a bare report verb joined after the list by "and", the clause's verb again, not a place in the list: "to integrate a
# gender perspective throughout the mission, including in its planning and activities, and report to the Council on
# progress within six months" (review Y4; not "and reports", "and briefings": nouns of the list)
BARE_VERBS = ("report", "brief")
AND_BEFORE = re.compile(r",?\s+and\s+(?:(?:also|further|\w+ly)\s+)?$", re.I)
# a line of command, not a report due: "a Regional Protection Force ..., which will report to the overall UNMISS Force
# Commander" (S/RES/2304 (2016) op 8, heldout21 15: "a line of command"): the noun group right after "to" is a
# commander; "requests further that the military component report directly to the Special Representative through the
# force commander" (1542 (2004) op 4, heldout17 08): through one, to a receiver no organ, with no time (not "to report
# to the Council through the Force Commander within 30 days", "in consultation with the Force Commander", "jointly with
# the Force Commander": a report to the Council, review Y4)
# (the commanders are data: ontology/vocab/reports.yaml `command_receivers`)
_COMMANDER = (
    r"(?:the\s+)?(?:(?:overall|[A-Z][\w-]*)\s+){0,3}?"
    rf"(?i:{wordsearch.phrases(load().reports['command_receivers'])})\b"
)
COMMAND_LINE = re.compile(r"\s+(?:directly\s+)?to\s+" + _COMMANDER)
THROUGH_COMMANDER = re.compile(
    r"\s+(?:directly\s+)?to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}?(?:directly\s+)?through\s+" + _COMMANDER
)
# a receiver an organ is: the Council, the General Assembly, a Committee (a report due, review Y4)
# (the nouns are data: ontology/vocab/reports.yaml `organ_receivers`)
ORGAN_RECEIVER = re.compile(
    r"\s+(?:\w+ly\s+)?to\s+(?:the\s+|its\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    rf"(?:{wordsearch.phrases(load().reports['organ_receivers'])})\b"
)
# a reporting line described, not asked: "with the head of UNSOA continuing to report to the Department of Field Support
# on the delivery of the AMISOM logistical support package, and reporting to the Special Representative ..." (2093
# (2013) op 20, heldout16 18: "the head's lines of reporting ... are described, not asked for"); the gerund joined
# after it by "and" too; not a report to an organ or with a time of its own ("with the Secretary-General continuing to
# report to the Council every six months", "with the Panel continuing to report to the Committee every 90 days": due,
# review Y4)
DESCRIBED_SUBJECT = re.compile(r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+){1,6}$", re.I)
DESCRIBED_JOINED = re.compile(r"[^;]{0,300}?,?\s+and\s+$")
# the report word as a verb: "..., and to report to the Council"
INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.I)
INTO_ANOTHER = re.compile(r"[^;]{0,160}?\b(?:within|into|in)\s+" + CONTAINER + r"\b", re.I)
# a new request or verb between the "include" and the report word ("and to submit a report"; not "to the Council")
NEW_VERB = re.compile(
    r"[;:]|\b(?:submit|provide|present|transmit|report|brief|requests?|decides?|invites?|encourages?)\b|\bto\s+"
    r"(?!(?:the|a|an|its|his|her|their|this|these|those|all|any|each|such|which|whom|[A-Z][\w-]*)\b)[a-z]+\b"
)
# reports a body is given the task to receive from others: "that it shall also receive and consider reports from Member
# States pursuant to paragraphs 10, 15, 16 and 22" (S/RES/1874 (2009) op 25), "including to receive reports from States
# submitted pursuant to paragraph 17 above" (S/RES/1929 (2010) op 28, heldout25 15: counted in op 17); a report of
# those others asked for elsewhere, none asked here (its receiver's clause would give it the time of another task:
# 1874 op 25's "work programme ..., to be submitted to the Council by 15 July 2009"); not "looks forward to receiving
# the report", nor "to receive a report" with no "from" (the verbs joined are data: reports.yaml `received_with`)
RECEIVED = re.compile(
    r"\b(?:shall|will|to)\s+(?:also\s+)?receive\s+"
    rf"(?:and\s+(?:{wordsearch.phrases(load().reports['received_with'])})\s+)?(?:regular\s+|periodic\s+)?$",
    re.I,
)
RECEIVED_FROM = re.compile(r"\s+from\b", re.I)
# ... from others as a paragraph asks them: "from Member States pursuant to paragraphs 10, 15, 16 and 22", "from States
# submitted pursuant to paragraph 17 above"; not "shall receive reports from Member States ... within 90 days of the
# adoption", "will receive periodic reports from the Secretary-General ... every 90 days": reports asked here
# (the words are data: reports.yaml `received_as`)
RECEIVED_ELSEWHERE = re.compile(
    rf"[^;]{{0,120}}?\b(?:{wordsearch.phrases(load().reports['received_as'])})\s+paragraphs?\b", re.I
)
# "capacity to report on", "a common basis for reporting by", "tools for reporting": a means of reporting, not a report
# (not "mechanism" or "system": "the monitoring mechanism to report periodically to the Committee" is a body)
# (the nouns are data: ontology/vocab/reports.yaml `means_of`)
# (also past whose or where from, and a verb joined before: "drawing on capabilities from across the system to track
# and report on peacebuilding impact", S/RES/2805 (2025) op 25, heldout21 03; "capacity to identify and report on
# instances of trafficking"; and in a list of verbs: "to give all mission personnel the ability to effectively
# recognize, report and respond to violations and abuses committed against children", S/RES/2143 (2014) op 20,
# heldout34 19: a capacity, as report_part_of.ABLE_TO's "be able to report", no report; a comma before "and" only after
# two verbs listed, "to monitor, document, and report": "the ability of UNMISS to operate, and report to the Council by
# 1 June" joins "report" to the verb that asks the assessment, not to "operate")
MEANS_OF = re.compile(
    rf"\b(?:{wordsearch.phrases(load().reports['means_of'])})\s+"
    r"(?:(?:from|across|within|of|in)\s+(?:[\w-]+\s+){1,4}?)?"
    r"(?:for|to)\s+(?:\w+ly\s+)?(?:(?:[a-z]+,\s+){1,2}[a-z]+,?\s+(?:and|or)\s+|[a-z]+\s+(?:and|or)\s+|(?:[a-z]+,\s+){1,3})?$",
    re.I,
)
# "to identify and report threats", "investigate and report allegations", "monitor and report the environmental
# impacts": the report verb after an operational one, with a direct object ...
OPERATIONAL_BEFORE = re.compile(
    r"\b(?:monitor|observe|identify|investigate|detect|document|record|recogni[sz]e|verify|consider|collect|track|"
    r"prevent|trace)\w*\s*,?\s+(?:[a-z]+\s*,\s+)?(?:(?:help\s+)?[a-z]+\s+)?and\s+(?:\w+ly\s+)?$",
    re.I,
)
DIRECT_OBJECT = re.compile(
    r"\s+(?!(?:on|to|in|at|by|back|thereon|orally|regularly|periodically|annually|publicly|immediately|promptly|"
    r"every|within|no|not|and|or|as|through|upon|before|after|findings|results|progress|observations)\b)"
    r"(?:the|any|all|such|these|those|its|their|[a-z]+s)\b"
)
# ... and no receiver or time of its own in the clause
RECEIVER_OR_TIME = re.compile(
    r"\bto\s+(?:the\s+)?(?:[A-Z]|Member\s+States)|\b(?:every|monthly|quarterly|annually|no\s+later|not\s+later|"
    r"within\s+\d|by\s+\d|on\s+a\s+\w+\s+basis)\b"
)
SEMICOLON = re.compile(";")


def asks_none(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether the report word text[s:e] (its clause text[start:end]) asks for no report: a part of reports named
    elsewhere (also at the end of a long clause), what an "include" puts into a report or a "consolidate" folds into
    one, a means of reporting or what one is used for,
    operational reporting of incidents, or reporting a purpose aims at."""
    if report_refs.part_cited(text, e, end) is not None:
        return False  # part of another paragraph's reports, also to a receiver they do not go to (report_refs)
    return (
        _part_of_named(text, e, end)
        or bool(JOINED_BEFORE.search(text, max(start, s - 80), e))
        or _included(text, start, s, e, end)
        or bool(FOLDED.search(text, max(start, s - 60), s) and INTO_ANOTHER.match(text, e, end))
        or bool(USED_TO.search(text, max(start, s - 60), s))
        or _folded_list(text, start, s, e, end)
        or _command_line(text, start, s, e, end)
        or bool(MEANS_OF.search(text, max(start, s - 90), s))
        or _received(text, start, s, e, end)
        or _operational(text, start, s, e, end)
        or report_hosted.hosted(text, e, end)  # "..., as appropriate, in his future reports"
        or report_aimed.aimed_at(text, start, s, e, end)  # "in order to achieve full annual reporting"
        or report_ensured.ensured(text, start, s, end)  # "to ensure that all country reports ... provide information"
        or report_invited.to_inviter(text, start, s, e, end)  # "to continue to invite ... to brief them"
    )


def _received(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether the reports at text[s:e] are those a body is to receive from others as another paragraph asks them."""
    return bool(
        RECEIVED.search(text, max(start, s - 60), s)
        and RECEIVED_FROM.match(text, e)
        and RECEIVED_ELSEWHERE.match(text, e, end)
    )


def _included(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether the report noun at text[s:e] ("an assessment", "an update", "country-specific reports") is an object of
    an "include" whose report is named, with no new verb between; not the report so named ("his regular reports"), nor
    one with a receiver or time of its own after what a that-clause's report is to provide ("that the next report ...
    provide an assessment ..., as well as a separate written report to the Council by 1 March 2016": asked, review55-C
    finding 4) or after what another verb puts in a report ("to submit, in his next report, an assessment ..., and a
    report to the General Assembly at its seventy-seventh session")."""
    if OWNED.match(text[s : s + 6]):
        return False
    # not a report the included thing is of: "to include updates against the benchmarks outlined in the strategic
    # review, including through briefings ... and no fewer than three written reports" (S/RES/2657 (2022) op 15, 2705
    # (2023) op 14): the review is where the benchmarks are set out, not the report the updates go into
    found = [
        m
        for m in INCLUDE_INTO.finditer(text, max(start, s - 600), s)
        if not (m.group("into") and CONTENT_OF.search(text, max(m.start(), m.start("into") - 40), m.start("into")))
    ]
    if not found or NEW_VERB.search(text, found[-1].end(), s):
        return False
    stop = text.find(";", e, end)
    stop = end if stop < 0 else stop
    own = report_instances.OWN_TIME.match(text, e, stop) or report_instances.RECEIVER_NEXT.match(text, e, stop)
    return not ((found[-1].group("that") or found[-1].group("put")) and own)


def _folded_list(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether the report word text[s:e] stands in the list of places a folding verb's object is put into ("to
    integrate gender ... including within ... reports, ... and briefings to the Council"), no new request or verb
    between the list's opening and the word (not "..., and to report to the Council by 1 June"), the word no bare verb
    joined by "and" ("..., including in its patrols, and report to the Council every 90 days") and no report with a
    time of its own ("..., including within its structures, with a written report to the Council by 1 June 2016")."""
    found = list(FOLDED_LIST.finditer(text, max(start, s - 500), s))
    if not found:
        return False
    if NEW_VERB.search(text, found[-1].end(), s) or INFINITIVE.search(text, found[-1].end(), s):
        return False
    if text[s:e].lower() in BARE_VERBS and AND_BEFORE.search(text, found[-1].end(), s):
        return False
    return not report_instances.OWN_TIME.match(text, e, _clause_end(text, e, end))


def _command_line(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether the report verb at text[s:e] is a line of command (its receiver a commander, or a commander it goes
    through to a receiver no organ, with no time) or a reporting line an absolute "with ... continuing to" describes,
    to no organ and with no time of its own."""
    if text[s:e].lower() not in report_mentions.REPORT_FORMS:
        return False
    if COMMAND_LINE.match(text, e, end):
        return True
    if THROUGH_COMMANDER.match(text, e, end):
        return not _due(text, e, end)
    i = text.rfind("continuing to ", max(start, s - 400), s)
    if i < 0 or not DESCRIBED_SUBJECT.search(text, max(start, i - 80), i):
        return False
    gap = i + len("continuing to ")
    joined = text[s:e].lower() == "reporting" and bool(DESCRIBED_JOINED.fullmatch(text, gap, s))
    return (gap == s or joined) and not _due(text, e, end)


def _due(text: str, e: int, end: int) -> bool:
    """Whether the report verb ending at e goes to an organ or has a time of its own in its clause (up to a
    semicolon)."""
    stop = _clause_end(text, e, end)
    return bool(
        ORGAN_RECEIVER.match(text, e, stop)
        or report_instances.OWN_TIME.match(text, e, stop)
        or report_words.TIMED_AFTER.match(text, e, stop)
    )


def _clause_end(text: str, e: int, end: int) -> int:
    """The end of the clause after e: its semicolon, else end."""
    stop = text.find(";", e, end)
    return end if stop < 0 else stop


def _part_of_named(text: str, e: int, end: int) -> bool:
    m = PART_OF_NAMED.match(text, e, end)
    return bool(m and not CONTENT_OF.search(text, max(e, m.start("prep") - 40), m.start("prep")))


def _operational(text: str, start: int, s: int, e: int, end: int) -> bool:
    if text[s:e].lower() != "report" or not OPERATIONAL_BEFORE.search(text, max(start, s - 60), s):
        return False
    if not DIRECT_OBJECT.match(text, e, end):
        return False
    semicolons = wordsearch.hits(SEMICOLON, text)[0]  # by index: a search per report word was quadratic in a clause
    k = bisect_left(semicolons, e)
    stop = semicolons[k] if k < len(semicolons) and semicolons[k] < end else end
    return not wordsearch.found(RECEIVER_OR_TIME, text, e, stop)
