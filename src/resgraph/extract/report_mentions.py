"""Report words that mention a report and ask for none: a title in quotation marks ("decides to include in
the agenda ... an item entitled “Report on the activities of the Ethics Office”"), a report named by its
kind after "the", "all" or "any" ("the financial performance report on the programme budget", "to
incorporate all reporting on their obligations"), a participle that says to whom someone answers
("audited by independent public accountants reporting to the International Advisory and Monitoring
Board", heldout9 06 op 20: no report), a report the speaking organ itself would make ("with a
possibility of further extension and update by the Security Council", "the Security Council will
complete action to update within an additional thirty days"), and a report a condition waits for ("if
in any of the reports ... the Secretary General reports political or operational impediments"), and a report noun
joined to reports the clause refers to ("as part of his regular reporting ... and other relevant reports"), and one
named after it as issued or as another paragraph's ("his report dated 21 June 2006", "follow-up reports pursuant to
paragraph 11 (b) above": REFERENCE_AFTER).

Each was read as a report due with the speaking organ as reporter and receiver, a report of no one the
SHACL shapes reject (corpus-full: 13 of them). Split from report_triggers.py and reports.py, which call
these tests on each report word. Raises nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from resgraph import wordsearch
from resgraph.extract import report_receiver_tails
from resgraph.extract.report_receivers import Context
from resgraph.vocab import load

_WORDING = load().reports

# the words that open a title in quotation marks: "an item entitled “Report on ...”", "the topic “Report on ...”"
# (the words are data: ontology/vocab/reports.yaml `title_openers`)
QUOTED_TITLE = re.compile(
    rf"\b(?:{wordsearch.phrases(_WORDING['title_openers'])})" r"\s*[“\"‘]\s*(?:[^”\"’;]{0,160})$", re.I
)
# "the financial performance report", "all reporting", "any of the reports": a report named by its kind,
# past modifiers that are no function words (the adjectives report_keywords.py knows are read before)
_FUNCTION = (
    r"(?:following|the|a|an|and|or|to|of|in|on|for|with|by|from|at|as|that|which|its|his|her|their|this|be|is|are)"
)
NAMED_BY_KIND = re.compile(
    rf"\b(?:the\s+(?:(?!{_FUNCTION}\b)[a-z][\w\u2010\u2011-]*\s+){{1,3}}|(?:all|any)\s+(?:of\s+the\s+)?)$"
)
# "to submit the supplementary report", "to update the technical report listing ...": the report the verb asks for
# (the verbs are data: ontology/vocab/reports.yaml `delivered_the`)
# (or its second object, right after a first report joined by "and": "to submit a midterm progress report and the
# evaluation report to the General Assembly", two reports, as a midterm and a final report are; review64-D)
_DELIVERED = rf"\b(?:{wordsearch.phrases(_WORDING['delivered_the'])})\s+"
_FIRST_OF_PAIR = r"an?\s+(?:(?!(?:and|or|the|of|on|in|to|for|by|with|from|at|as|report|briefing|update)\b)[\w-]+\s+)*+(?:report|briefing|update)\s+and\s+"
DELIVERED_THE = re.compile(rf"{_DELIVERED}(?:{_FIRST_OF_PAIR})?$", re.I)
DELIVERED_SECOND = re.compile(rf"{_DELIVERED}{_FIRST_OF_PAIR}the\s+$", re.I)  # up to the second's "the"
DELIVERED_PAIR = re.compile(rf"{_DELIVERED}{_FIRST_OF_PAIR}$", re.I)
# ... not a second one asked for elsewhere: "a progress report and the report requested in resolution 70/1" (in
# "paragraph 2 above"): one report, the other left to report_redelivered (review 65)
REFERRED_AFTER = re.compile(r"\s+(?:referred\s+to|mentioned|requested|called\s+for|required)\s+(?:in|under|by)\b", re.I)
# a report word in a verb's place: "the military component report directly to", "the Panel report to"
VERB_AFTER = re.compile(r"\s+(?:to|directly|back|\w+ly)\b")
# a participle after an agent noun: "independent public accountants reporting to the Board", "States reporting to
# the Committee": to whom they answer or who they are, not a report asked of them
AGENT_BEFORE = re.compile(r"(?:\b[a-z][a-z-]*(?:ants|ents|ors|ers|ists|ians|ies|ees)|\bStates)\s+$")
# the organ as the subject of a report verb: "the Security Council will complete action to update within"
ORGAN_ACTS = re.compile(r"\s+(?:will|shall|would|may|intends\s+to)\s+(?:[\w-]+\s+){0,4}?(?:to\s+)?$")
MODALS = frozenset({"will", "shall", "would", "may", "intends"})
RECEIVER_BEFORE = re.compile(r"\b(?:to|by|from|with|of)\s+(?:the\s+)?$", re.I)
# a condition the clause opens: "Decides that if in any of the reports ... the Secretary General reports", with no
# ";" or ":" after it (found after the last one: the pattern ran on to each report word, quadratic in a long clause)
CONDITION = re.compile(r"\b(?:if|once|when|whenever|unless|until|should)\b", re.I)
COLONS = re.compile(r"[;:]")


def mentioned(ctx: Context, start: int, s: int, e: int) -> bool:
    """Whether the report word ctx.text[s:e] (its clause from start) only mentions a report: in a title, a
    condition's subject's verb, or a participle of whom someone answers to."""
    text = ctx.text
    return (
        titled(text, start, s)
        or waited_for(ctx, start, s, e)
        or answers_to(text, start, s, text[s:e])
        or adopted(text, start, s, text[s:e])
        or reports_data(text, s, e)
        or complied_with(text, start, s)
        or transmitted(text, start, s, e)
        or modelled_on(text, start, s)
    )


# a report named as the model of the one asked: "a report similar in scope, length and detail to his report to the
# General Assembly at its seventy-fifth session" (report_receiver_tails.MODEL)
MODEL_BEFORE = re.compile(
    report_receiver_tails.MODEL + r"(?:(?:the|that\s+of\s+(?:the|his|her|its|their))\s+(?:[\w-]+\s+){0,2})?$", re.I
)


def modelled_on(text: str, start: int, s: int) -> bool:
    """Whether the report word at text[s] (its clause from start) names the model of the report asked ("a report similar
    in scope ... to his report to the General Assembly at its seventy-fifth session"): a mention, no report asked."""
    return bool(MODEL_BEFORE.search(text, max(start, s - 80), s))


# another's report handed on: "Requests the Secretary-General to transmit the report of the Group of Governmental Experts
# to the Conference on Disarmament" (A/RES/79/21 op 9, heldout19 27: a transmittal, no report due; A/RES/74/50 op 9,
# 77/250 op 11), "to provide all necessary assistance to the open-ended working group and its Chair and to transmit its
# report to the Conference on Disarmament" (A/RES/76/231 op 7, 78/20 op 9, 78/238 op 10), "to transmit all reports and
# oral updates of the Commission of Inquiry" (A/HRC/RES/55/22 op 22); handed on as a noun: "the timely translation into
# all official languages of the United Nations and distribution of its reports to the Human Rights Council and the
# pre-session translation of its studies and reports" (the Expert Mechanism's: A/HRC/RES/54/12 op 4, 57/15 op 5,
# heldout20 29: none); not "to submit a report thereon ..., and also to
# transmit the report to the Conference on Disarmament" (the report asked, to a second receiver: A/RES/79/47 op 13)
TRANSMITTED = re.compile(
    r"\b(?:transmit|transmits|transmitting|forward|forwards|forwarding"
    r"|(?:transmission|distribution|dissemination|circulation|translation)\s+of)\s+(?:to\s+(?:the\s+)?[A-Z][^;,]{0,80}?\s+)?"
    r"(?:(?P<own>its|their)|the|all|all\s+the|these)\s+(?:[\w-]+\s+){0,4}$"
)
OF_ANOTHER = re.compile(r"\s+(?:and\s+(?:[\w-]+\s+){1,3}?)?of\s")


# a report named with another handed on: "the dissemination of the annual thematic reports of the Working Group of Experts
# on People of African Descent and its 20-year review report" (A/HRC/RES/54/27 op 37, 57/25 op 33)
AND_ANOTHER = re.compile(r"\band\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}$")
REPORT_NOUN = re.compile(r"\breports?\b")


def transmitted(text: str, start: int, s: int, e: int, chained: int = 0) -> bool:
    """Whether the report word at text[s:e] (its clause from start) names another's report handed on (TRANSMITTED): "its"
    report, or one "of" someone, or one named with such a report ("... reports of the Working Group and its review
    report"; a chain of two at most)."""
    word = text.rfind(" ", s, e) + 1 or s  # the noun, past its lead and adjectives
    m = TRANSMITTED.search(text, max(start, word - 150), word)
    if m and (m.group("own") or OF_ANOTHER.match(text, e)):
        return True
    joined = AND_ANOTHER.search(text, max(start, word - 60), word) if chained < 2 else None
    if not joined:
        return False
    earlier = list(REPORT_NOUN.finditer(text, max(start, joined.start() - 150), joined.start()))
    return bool(earlier) and transmitted(text, start, earlier[-1].start(), earlier[-1].end(), chained + 1)


# a report a treaty already requires, named as what States are to comply with: "to comply with the mandatory conduct of
# a marine safety investigation into very serious marine casualties and submission of a marine safety investigation
# report to the International Maritime Organization" (A/RES/76/72 op 168, heldout19: no report due, one per casualty,
# a standing duty; the yearly oceans texts 74/19 to 80/110)
COMPLIED_WITH = re.compile(
    r"\b(?:comply|complying|compliance)\s+with\b[^;]{0,300}?\bsubmission\s+of\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,4}$"
)


def complied_with(text: str, start: int, s: int) -> bool:
    """Whether the report word at text[s] is the submission a clause from start asks to be complied with (COMPLIED_WITH):
    a duty restated, no report asked."""
    return bool(COMPLIED_WITH.search(text, max(start, s - 400), s))


# what a report verb hands over that is data, not a report: "to collect and, where appropriate, report to the Food and
# Agriculture Organization of the United Nations required catch and effort data" (A/RES/76/71 op 25, heldout18: none,
# the gold's reading, and the yearly twins 74/18 to 80/109), "to regularly report data and information relating to all
# aspects of the world drug problem to the Office" (A/RES/75/198 op 94, 79/191 op 47); a receiver of capitalized words
# may stand between ("report to the Committee information about such travel" is a report: information is no data)
# (the data nouns and their modifiers are data: ontology/vocab/reports.yaml `data_nouns`, `data_modifiers`)
# (each run of spaces read once: "\s+" then "\s*" split the run after the receiver's last word, quadratic in "to the
# Security Council and <spaces> relevant ...", and only a letter can follow either)
DATA_OBJECT = re.compile(
    r"(?:\s+to\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|of|the|and|for|on)\s++){1,14}?)?\s*+"
    rf"(?:(?:{wordsearch.phrases(_WORDING['data_modifiers'])})\s+){{0,3}}"
    rf"(?:{wordsearch.phrases(_WORDING['data_nouns'])})\b"
)
# the forms of the verb "report" (ontology/vocab/reports.yaml `report_verb_forms`; report_within reads them here too)
REPORT_FORMS = frozenset(load().reports["report_verb_forms"])
# (past an aside: "data collection, including through innovative technologies, and reporting by members", A/RES/78/68)
DATA_COLLECTION = re.compile(
    r"\b(?:data|information|statistical)\s+(?:collection|gathering)(?:,[^,;]{1,60},)?\s+and\s+$", re.I
)


def reports_data(text: str, s: int, e: int) -> bool:
    """Whether the verb "report" at text[s:e] has data for its object (DATA_OBJECT), or "reporting" is the data
    collection's ("to strengthen data collection and reporting by members of regional fisheries management
    organizations", the same paragraphs): no report due."""
    words = text[s:e].lower()
    if words == "reporting" and DATA_COLLECTION.search(text, max(0, s - 120), s):
        return True
    return words in REPORT_FORMS and bool(DATA_OBJECT.match(text, e))


# "Decides that the Conference shall adopt, by consensus, a ... declaration ... and a report containing the Co-Chairs'
# summaries" (A/RES/78/128 op 19): the body adopts its own report, delivered to no one in the clause
# (the verbs are data: ontology/vocab/reports.yaml `handed_over`)
ADOPTS = re.compile(
    rf"\b(?:shall|should|will|to)\s+adopt\b(?:(?!\b(?:{wordsearch.phrases(_WORDING['handed_over'])})\w*\b)"
    r"[^;:]){0,300}$",
    re.I,
)
ADOPT_WORD = re.compile(r"adopt\b", re.I)
SPACES = re.compile(r"\s+")
OWN_OR_NEW = re.compile(r"(?:a|an|its|their|his|her)\s", re.I)


def adopted(text: str, start: int, s: int, words: str) -> bool:
    """Whether the report noun words (at text[s], its clause from start) is the object of "adopt" with no verb of
    delivery between: a body adopting its report ("the Conference shall adopt ... a report"), no report due to
    anyone (it was read as one with no reporter, which the SHACL shapes reject)."""
    return bool(OWN_OR_NEW.match(words) and _adopts(text, start, s))


def _adopts(text: str, start: int, s: int) -> bool:
    """ADOPTS.search(text, start, s), searched from where a match can start (a search from the clause's start for each
    report noun was quadratic in a long clause): its "adopt" ends at most 300 characters before s, so starts at or
    after the first "adopt" of the 305 before s, and its verb ("should", six characters at most) ends where the spaces
    before that "adopt" begin (or after it)."""
    a = ADOPT_WORD.search(text, max(start, s - 305), s)
    if not a:
        return False
    starts, ends = wordsearch.hits(SPACES, text)
    k = bisect_left(ends, a.start())
    begin = starts[k] if k < len(ends) and ends[k] == a.start() else a.start()
    return ADOPTS.search(text, max(start, begin - 6), s) is not None


def titled(text: str, start: int, s: int) -> bool:
    """Whether the report word at text[s] (its clause from start) is in a title in quotation marks."""
    return bool(QUOTED_TITLE.search(text, max(start, s - 200), s))


def named_by_kind(text: str, before: str, e: int) -> bool:
    """Whether the words before a report noun with no article of its own (before; the noun ends at text[e]) name one
    by its kind; not the object of a delivery verb ("to submit the supplementary report to the Council", S/RES/1348
    (2001) op 6: asked for), nor a subject's verb ("requests further that the military component report directly to
    the Special Representative", S/RES/1542 (2004) op 4)."""
    m = NAMED_BY_KIND.search(before)
    if not m or VERB_AFTER.match(text, e):
        return False
    return not DELIVERED_THE.search(before, 0, m.start()) or bool(
        REFERRED_AFTER.match(text, e) and DELIVERED_PAIR.search(before, 0, m.start())
    )


# a report verb whose subject is a relative pronoun: the clause says what its antecedent does, no report is asked of
# anyone: "to protect and support the relief and recovery of victims and survivors who report abuse" (S/RES/2809 (2025)
# op 16, 2472 (2019) op 17: read as the African Union's report); past a modal or adverb or two ("who cannot report to
# duty"); not past a modal that sets a duty or says what a body set up will do ("a Committee ..., which shall report to
# the Council every 90 days", "a Panel of Experts, which will report to the Council ... no later than 1 May 2006": the
# organ's decision asks it, review55-E 1; so "a Regional Protection Force ..., which will report to the overall UNMISS
# Force Commander", 2304 (2016) op 8, a line of command, is read as a report as before), nor "that" (a conjunction before its own subject:
# "Requests that the Panel report", or a determiner: "that report"); "which" as a determiner asks none either: "to
# circulate annually a note verbale ... detailing which reports on military expenditures were submitted" (A/RES/74/24
# op 7 (b): the note's item, as before, now reads its clause to the end)
RELATIVE_SUBJECT = re.compile(
    r"\b(?:who|which)\s+(?:(?:may|might|can|cannot|also|then|not|\w+ly)\s+)"
    r"{0,2}$",
    re.I,
)


def answers_to(text: str, start: int, s: int, words: str) -> bool:
    """Whether "reporting" (words, at text[s]) is a participle after an agent noun ("accountants reporting to"), or a
    bare report verb the subject of a relative clause ("survivors who report abuse", "which will report to")."""
    low = words.lower()
    if low in ("report", "reports", "brief", "briefs"):
        return bool(RELATIVE_SUBJECT.search(text, max(start, s - 40), s))
    return low == "reporting" and bool(AGENT_BEFORE.search(text, max(start, s - 40), s))


def organ_reports(ctx: Context, f: dict, speaker: str | None, start: int, at: int, kind: str) -> bool:
    """Whether the report of fields f (its trigger at `at`, of kind "verb" or "noun", in the clause from start) is
    one the speaking organ would make to itself: it is named as the reporter ("update by the Security Council") or
    as the subject of the report verb ("the Security Council will complete action to update")."""
    if not speaker:
        return False
    if f.get("by_named") and f.get("by") == speaker and f.get("to") in (speaker, None):
        return True
    if kind != "verb" or not _modal_before(ctx.text, at):
        return False
    named = [(x, e) for x, _, e in ctx.actors(start, at) if x == speaker]
    return bool(named and ORGAN_ACTS.fullmatch(ctx.text, named[-1][1], at))


def _modal_before(text: str, at: int) -> bool:
    """Whether a word of ORGAN_ACTS's verbs is among the last seven words before text[at] (words of letters, digits,
    "_" and "-" apart by spaces, read back to any other character): what ORGAN_ACTS.fullmatch from the end of an organ's
    name to at needs (at most seven words: "intends to", four more and "to"). Looked at before the organs of the clause
    are read, which each report verb of a long clause did up to itself (quadratic)."""
    i = at
    for _ in range(7):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        j = i
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_-"):
            j -= 1
        if j == i:
            return False
        if text[j:i] in MODALS:
            return True
        i = j
    return False


def waited_for(ctx: Context, start: int, s: int, e: int) -> bool:
    """Whether the report word text[s:e], a bare verb ("reports", "report", "reported"), follows its subject in a
    condition the clause opens ("if in any of the reports ... the Secretary General reports political ...
    impediments"): what the text waits for, no request; not a receiver before a noun ("..., if necessary, ... will
    submit to the Security Council a report")."""
    if ctx.text[s:e].lower() not in ("report", "reports", "reported") or not _in_condition(ctx.text, start, s):
        return False
    named = ctx.actors(max(start, s - 80), s)
    return bool(
        named
        and re.fullmatch(r"\s*", ctx.text[named[-1][2] : s])
        and not RECEIVER_BEFORE.search(ctx.text, max(start, named[-1][1] - 12), named[-1][1])
    )


def _in_condition(text: str, start: int, s: int) -> bool:
    """Whether a condition word opens in text[start:s] with no ";" or ":" after it: by index, in time
    independent of the clause's length."""
    colons = wordsearch.hits(COLONS, text)[0]
    k = bisect_left(colons, s)
    after = colons[k - 1] + 1 if k and colons[k - 1] >= start else start
    return wordsearch.found(CONDITION, text, after, s)


# the verb "report" with its object before its receiver: "shall promptly report the incident to the Committee" (S/RES/2094
# (2013) op 17), "report any such violations to the Committee"
OBJECT_THEN_TO = re.compile(
    r"\s+(?:the|any|such|all|these|this|its|their|that)\s+(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?(?:[A-Z]|Member\s+States)"
)


def reported_to(text: str, e: int, end: int, noun: str) -> bool:
    """Whether the bare word "report" ending at text[e] (in a clause ending at end) is the verb of a report to someone,
    its object named before its receiver: "report the incident to the Committee"."""
    return noun == "report" and bool(OBJECT_THEN_TO.match(text, e, end))


# a report noun with no article joined by "and" or "or" to reports a clause refers to: "as part of his regular reporting
# on country-specific situations and other relevant reports" (S/RES/2730 (2024) op 16 (c)), "regularly update the
# Council in relevant reports and briefings" (S/RES/1960 (2010) op 6): the same reports, referred to, none asked for
# (the reports it joins: PART_OF_REPORTS's forms, read back from the noun; no comma, colon or semicolon between)
JOINED_TO_REFERENCE = re.compile(
    r"\b(?:as\s+part\s+of|in\s+the\s+context\s+of|in|through|within)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?"
    r"(?:[\w’'-]+\s){0,3}(?:report(?:s|ing)?|briefings?)\b[^;:,]{0,80}\s(?:and|or)\s+(?:other\s+)?"
    r"(?:(?:relevant|related|thematic|country-specific)\s+)?$",
    re.I,
)


def joined_to_reference(text: str, a: int, s: int) -> bool:
    """Whether the report noun (no article) at text[s] is joined by "and" or "or" to reports referred to in
    text[a:s] ("as part of his regular reporting on country-specific situations and other relevant reports"): one
    of those reports, not one asked for."""
    return bool(JOINED_TO_REFERENCE.search(text, a, s))


# a report issued or its parts: "his report of 5 May 2006", "his report dated 21 June 2006" (S/RES/1791 (2007) op 8);
# or one another paragraph of the same text asks for, counted there: "To address reminders to States ... if reports
# pursuant to paragraph 11 (a) above or follow-up reports pursuant to paragraph 11 (b) above have not been made"
# (A/RES/75/139 op 12 (d), 77/108, 79/124: the States' reports of op 11, not the Secretary-General's to States)
REFERENCE_AFTER = re.compile(
    r"\s*(?:of\s+the\b|(?:of|dated)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|format|obligations|requirements|procedures?\b|mechanism|preparation|process(?:es)?\b|"
    r"pursuant\s+to\s+(?:operative\s+)?paragraphs?\s+\d+(?:\s*\([a-z]+\))?(?:\s+(?:and|to)\s+\d+(?:\s*\([a-z]+\))?)?"
    r"\s+(?:above|below|of\s+(?:this|the\s+present)\s+resolution)\b|"
    r"cycles?\b|templates?\b|guidelines\b|burden\b|(?:should\s+|shall\s+|to\s+)?"
    r"(?:continue\s+to\s+)?(?:include|contain|reflect|cover|address)\b)",
    re.I,
)

# a mention that refers to a report rather than asking for one (the adjectives after its article are data:
# ontology/vocab/reports.yaml `referring`); also a host's kind and a pair joined by "and": "to include, in his next
# budget submission and performance report, detailed information" (A/RES/75/304 op 21 and the other budget texts); the
# event a delay counts from: "to report within 12 months after the initial assessment report" (S/RES/2395 (2017) op 10)
REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:in|into|through|within|of|from|with|include|including|includes|after)\s+(?:(?:the|his|her|its|their)\s+)?"
    r"(?:(?!and\b|to\b|or\b)[\w\u2010\u2011-]+\s+){0,3}"  # "in the next budget performance report"
    r"|\b(?:in|into|through|within|of|from|with)\s+(?:his|her|its|their)\s+(?:[\w\u2010\u2011-]+,\s+)(?:[\w\u2010\u2011-]+\s+){0,2}"
    rf"|\b(?:in|into|within)\s+(?:his|her|its|their)\s+(?:{wordsearch.phrases(load().reports['part_of']['hosting'])})\s+"
    r"(?:(?!and\b|to\b|or\b)[\w-]+\s+){1,2}and\s+(?:(?!and\b|to\b|or\b)[\w-]+\s+){0,2}"
    r"|\b(?:the|these|those|such|said|that|this|each|above-mentioned|aforementioned|his\s+(?:next|future|regular))\s+"
    rf"(?:(?:{wordsearch.phrases(load().reports['referring'])})\s+)?"
    # the second of a pair referred back to: "in the preparation of the above-mentioned study and report" (A/HRC/RES/59/7
    # op 17, heldout31 30), "when preparing the above-mentioned panel discussion and report" (57/12 op 12)
    r"|\b(?:said|above-mentioned|aforementioned|abovementioned)\s+(?:(?!and\b|to\b|or\b)[\w-]+\s+){1,3}and\s+)$",
    re.I,
)
# "Decides that future briefings from the Chair of the Committee to the Security Council shall take place on an
# annual basis" (S/RES/2713 (2023) op 31, 2776 op 34, 2806 op 34): "that" opens the decision, no reference
DECIDES_THAT = re.compile(r"\b[Dd]ecides\s+(?:also\s+|further\s+)?that\s+(?:future\s+)?$")


def refers(before: str, noun: str, text: str, e: int) -> bool:
    """Whether the words before a report's noun (no article of its own; it ends at text[e]) make it one referred to
    ("in the report", "these briefings"), not one asked for."""
    second = DELIVERED_SECOND.search(before) and not REFERRED_AFTER.match(text, e)
    if noun.endswith("briefings") and DECIDES_THAT.search(before) or second:
        return False  # "to submit a midterm progress report and the evaluation report": asked for, as the first
    return bool(REFERENCE_BEFORE.search(before))
