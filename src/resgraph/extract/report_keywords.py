"""Report words: where a clause names a report, a briefing or an update, with the article or possessive
and the adjectives before it ("a final report", "its midterm report", "brief" as a verb).

Found first with one cheap pattern, then read around, so that a clause is read once for them; which
of them ask for a new report is report_triggers.py's question. Split from reports.py, which reads the
fields of the reports asked for.
"""

from __future__ import annotations

import re

from resgraph.extract import report_addressed, report_updated, report_words
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the words a report is asked for by, found first (one cheap regex), then read around
# (the words are data: ontology/vocab/reports.yaml `keywords`, and the verbs of report_addressed.FORMS)
KEYWORD = re.compile(
    rf"\b(?:{phrases([*load().reports['keywords'], *report_addressed.FORMS])})\b",
    re.I,
)
# the adjectives before a report word are data (ontology/vocab/reports.yaml `report_adjectives`)
ADJECTIVES = frozenset(load().reports["report_adjectives"])
# and those read only before "report(s)" ("a final national evaluation report"): before "evaluation" they would give it
# an article past report_words.modified_lead ("a national evaluation plan" is no report; reports.yaml
# `report_noun_adjectives`)
NOUN_ADJECTIVES = ADJECTIVES | frozenset(load().reports["report_noun_adjectives"])
LEADS = frozenset(("a", "an", "one", "two", "three", "four", "its", "his", "her", "their"))
BRIEF_VERB = re.compile(
    # "jointly brief once per year the Security Council" (S/RES/2325 (2016) op 27, 2663 (2022) op 22)
    r"\s+(?:to\b|orally|in\s+writing|on\b|back\b|regularly|periodically|annually|every\b|once\b|twice\b|quarterly|"
    r"semi-?annually|bi-?annually|monthly|by\b|no\s+later|within|"
    r"at\s+(?:its|the)\b|it\b|them\b|the\s+(?:Security\s+)?(?:Council|Committee|Assembly|Commission|members)|thereon|"
    # "to continue to brief Member States on accelerating its implementation" (A/RES/80/155 op 12)
    r"accordingly|as\b|,|\.|;|$)|\s+the\s+[A-Z][\w-]+|\s+Member\s+States\b",
    re.I,
)
# "brief" after "to" or a modal is the verb, whatever follows it: "to regularly brief and inform it" (S/RES/2000
# (2011) op 18), "to brief or arrange a briefing for each relevant Committee" (S/RES/2664 (2022) op 5), "to brief these
# sanctions committees" (S/RES/2331 (2016) op 13), "to brief more regularly" (S/RES/2242 (2015) op 5)
INFINITIVE_BEFORE = re.compile(r"\b(?:to|shall|will|should)\s+(?:[a-z]+ly\s+|also\s+|further\s+)?$")
# (not where another task shares its object: "to regularly brief and organize demonstrations for delegates on the use of
# the e-deleGATE platform", A/RES/77/335 op 46, a training)
OTHER_TASK = re.compile(r"\s+(?:and|or)\s+(?!(?:inform|update|report|consult)\b)[a-z]+\s+(?!it\b|them\b)[a-z]")
# an indefinite article and one lower-case modifier (no function word, no number)
_ONE_MODIFIER = re.compile(
    r"\b(an?|one)\s+(?!(?:the|of|and|or|to|in|on|for|with|by|from|at|as|that|which|this|these|those|such|more|other|"
    r"new|same|few|number|lot|part|result|basis|means|way|kind|type|set|series|copy|summary|list|existing|update|"
    r"report|briefing)\b)"
    r"[a-z][a-z-]*\s+$"
)
# a report word that modifies the noun after it: "an update report", "a report card"
_NOUN_AFTER = re.compile(r"\s+(?:reports?|briefings?|updates?|card|format|template|form)\b", re.I)
# the report noun a report word modifies, which reads the article before both ("an assessment report")
_REPORT_AFTER = re.compile(r"\s+reports?\b", re.I)
MINIMUM = re.compile(r"a\s+minimum\s+of\s+(?:two|three|four|five|six)\s+(?:different\s+)?", re.I)
MINIMUM_BEFORE = re.compile(r"\b" + MINIMUM.pattern + "$", re.I)
_WORD_BEFORE = re.compile(r"([\w\u2010\u2011-]+)\s+$")  # "90\u2011day" (a non-breaking hyphen) is one word


def keywords(text: str, start: int, end: int):
    """(start, end, words, lead, kind) of each report word of text[start:end], with the article
    or possessive and the adjectives before it ("a final report", "its midterm report")."""
    for m in KEYWORD.finditer(text, start, end):
        word = m.group(0).lower()
        if word in report_addressed.FORMS:  # "to address the Council", "to revert to the Council on"
            if report_addressed.asked(text, start, m.start(), m.end()):
                yield m.start(), m.end(), m.group(0), "", "verb"
            continue
        if word == "brief":
            if BRIEF_VERB.match(text, m.end()) or (
                INFINITIVE_BEFORE.search(text, max(start, m.start() - 40), m.start())
                and not OTHER_TASK.match(text, m.end())
            ):
                yield m.start(), m.end(), m.group(0), "", "verb"
            continue
        if word == "updating":  # "to continue updating the Peacebuilding Commission": the verb, told to a body
            if report_updated.GOES_ON.search(text, max(start, m.start() - 30), m.start()) and (
                report_updated.updates_someone(text, m.end(), end, lambda a, b: [])
            ):
                yield m.start(), m.end(), m.group(0), "", "verb"
            continue
        if not word.startswith(("report", "update", "briefing")) and _REPORT_AFTER.match(text, m.end()):
            continue  # "an assessment report" (S/RES/1409 (2002) op 8): one report, read at its noun, not two
        s, adjectives = m.start(), NOUN_ADJECTIVES if word in ("report", "reports") else ADJECTIVES
        while True:  # adjectives before it
            w = _WORD_BEFORE.search(text, max(start, s - 40), s)
            if not w or w.group(1).lower() not in adjectives or w.group(1).lower() in LEADS:
                break
            s = w.start(1)
        lead, s = _lead(text, start, end, s, m)
        yield s, m.end(), text[s : m.end()], lead, "noun"


def _lead(text: str, start: int, end: int, s: int, m: re.Match) -> tuple[str, int]:
    """The article, possessive or count before the report word m (its adjectives from text[s]) and where it begins; ""
    and s where it has none."""
    word = m.group(0).lower()
    lead = ""
    w = _WORD_BEFORE.search(text, max(start, s - 10), s)
    if w and w.group(1).lower() in LEADS:
        lead, s = w.group(1).lower(), w.start(1)
    elif minimum := MINIMUM_BEFORE.search(text, max(start, s - 40), s):
        # "a minimum of four different thematic reports" (S/RES/2607 (2021) op 41, heldout24 03): reports asked,
        # one item (not four: "a" leads it, report_instances)
        lead, s = "a", minimum.start()
    elif (
        word in ("report", "update", "briefing")
        and not _NOUN_AFTER.match(text, m.end())
        and (w2 := _ONE_MODIFIER.search(text, max(start, s - 40), s))
    ):
        # "to provide the Security Council, with the same regularity, a specific update" (S/RES/1861 (2009) op 28):
        # an indefinite article past one modifier the adjectives above lack asks for one all the same
        lead, s = w2.group(1).lower(), w2.start(1)
    elif word in ("assessment", "evaluation", "analysis"):  # "a technical assessment" handed in
        w = report_words.modified_lead(text, start, m.start(), m.end(), end)
        if w:
            lead, s = w.group(1).lower(), w.start(1)
    return lead, s
