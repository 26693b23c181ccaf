"""Report words that name something other than a report asked for: a title ("the World Drug Report"), a kind of meeting
("briefing meetings"), the update of a document ("an update to the technical guidance"), reporting as a topic or a
practice ("the advisory group on reporting to the Forum", "monitoring and reporting on violations"), a condition
("subject to an assessment of risk"). Reporting that is a part of reports asked for elsewhere ("report thereon in his
next report"), a condition or a capacity is report_part_of's; what ends a clause's requests (a request of another
resolution recalled, the organ's own "welcomes") is report_recalled's.

Split from reports.py, which reads the reports asked for; this module only says which words ask for none, from the
words around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from resgraph.vocab import load
from resgraph.wordsearch import phrases

_THINGS = load().reports["things_named"]
# the organ's next request, which ends the clause a report word is read in (report_aimed, report_invited, report_ensured:
# "no new request between")
NEW_ASK = r"requests?|decides?|calls|urges|encourages|invites"

TITLE_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")
# an assessment word naming a thing of its own: "an assessment scheme", "a technical assessment mission", "a maximum
# assessment rate", "an assessment framework" (A/RES/77/263 op 21: no report asked; data: reports.yaml `things_named`)
ASSESSMENT_OF = re.compile(rf"\s+(?:{phrases(_THINGS['assessment'])})\b")
# a note as the means others' documents go by, no report: "ensure that the reports of the Working Group are brought to
# the attention of the Commission on the Status of Women ... through a note by the Secretariat" (A/HRC/RES/59/14 op 7)
THROUGH_BEFORE = re.compile(r"\bthrough\s+$")
# a note verbale, a diplomatic letter (reports.yaml `things_named` `note`)
NOTE_OF = re.compile(rf"\s+(?:{phrases(_THINGS['note'])})\b", re.I)
# (also "during informal briefings to be held before the end of 2009", S/RES/1882 (2009) op 19: meetings held; but
# briefing sessions convened for an audience are briefings: "to convene regular joint briefing sessions with relevant
# agencies to the wider UN membership", S/RES/2752 (2024) op 4, 2794 (2025) op 6, heldout14 04 and heldout18 02)
# (the things are data: ontology/vocab/reports.yaml `things_named` `briefing`)
BRIEFING_OF = re.compile(
    rf"\s+(?:{phrases(_THINGS['briefing'])}|sessions?(?!\s+(?:with|to|for)\b)|(?:to\s+be\s+)?held)\b"
)
# the update of a thing, not one given to someone; an update of a report or study is a report; of a plan (PLAN), the
# plan revised, none (README: "submit ... a plan"): "a joint update to AMISOM's Concept of Operations" (S/RES/2568 op 8)
UPDATE_OF = re.compile(r"\s+(?:to|of)\s+(?:the|its|this|that)\s+(?!reports?\b|study\b|studies\b)[a-z]")
PLAN = re.compile(rf"\s+(?:to|of)\s+(?:(?!(?:on|for|in|by)\b)\S+\s+){{0,2}}?(?:{phrases(_THINGS['update'])})\b", re.I)
# "reporting" after a preposition, or "... and reporting on" (not "and formally reporting to it", "in
# this regard, specific reporting on", "reporting by UNIFIL")
REPORTING_TOPIC = {
    "to": re.compile(r"\b(?:on|for|of|in|about|with)\s+(?:[\w-]+\s+)?$"),
    # "a workshop on national voluntary reporting on progress": two modifiers after a preposition
    # (not "and providing measurable reporting on": a verb's object)
    "on": re.compile(
        r"\b(?:on|for|of|in|about|with|and|or)\s+(?:[\w-]+\s+)?$|\b(?:on|for|of|about)\s+(?:(?![\w-]*ing\s)[\w-]+\s+){2}$"
    ),
}
REPORTING_PREP = re.compile(r"\s+(by|to|on)\b")
# (past an adverb where "reporting" is a verb's object: "invites it to continue reporting regularly to the Security
# Council", S/RES/1998 (2011) op 9 (a), 1882 (2009) op 7 (a); not a post's line of command, "the Assistant
# Secretary-General post ... reporting directly to the Under-Secretary-General", A/RES/80/242 op 62, "the Office of the
# Victims Rights Advocate, reporting functionally to the Secretary-General") (the verbs: reports.yaml `gerund_takers`)
ADVERB_PREP = re.compile(r"\s+[a-z]+ly\s+(by|to|on)\b")
GERUND_TAKER = re.compile(rf"\b(?:{phrases(load().reports['gerund_takers'])})\s+$", re.I)
# (also "and further requests in this regard, these reports contain specific reporting on:", S/RES/2628 (2022) op 53)
IN_THIS_REGARD = re.compile(
    r"\bin\s+th(?:is|at)\s+(?:regard|respect)\s*,?\s+(?:(?:these|those|such)\s+reports\s+(?:contain|include)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
# "reporting to" a purpose, not a receiver: "human rights monitoring and reporting to advance disarmament",
# "encourages timely reporting to allow for the Council to", "monitoring and reporting to further document": a
# lower-case word after "to" that is no article, pronoun or quantifier (a receiver named so is an actor)
PURPOSE_TO = re.compile(
    r"\s+(?!(?:the|a|an|it|them|its|his|her|their|this|that|these|those|all|any|each|both|every|relevant|member|"
    r"interested|concerned|national|regional|international|other|such|one|two|three|several|its)\b)[a-z]+\b"
)
# a condition or a ground, not a request: "subject to an assessment of risk", "on the basis of an
# assessment of the health conditions" (but "based on reporting by the Secretary-General", "on the
# basis of a report ... to be provided by the Chair" ask for one)
CONDITION_BEFORE = re.compile(
    r"\b(?:subject\s+to|based\s+on|on\s+the\s+basis\s+of|pending(?:\s+the\s+(?:submission|receipt|consideration)\s+of)?|"
    r"in\s+(?:the\s+)?light\s+of|informed\s+by)\s+$",
    re.I,
)
TO_BE_GIVEN = re.compile(r"[^;]{0,80}?\bto\s+be\s+(?:provided|submitted|presented|prepared|delivered)\b")


# an item of a list of means or channels: "including through improved web access, outreach, workshops, open
# briefings" (two commas or more; not "through no fewer than three, detailed written reports", nor "through oral
# updates and written reports every 90 days", the means of reporting, with a cycle)
# (any item, the first too, of means said to be examples: "which could be done through, inter alia, briefing notes,
# informal briefings, and case studies", E/RES/2023/31 op 22, heldout24 21: the status reporting's, none of its own)
LISTED_MEANS = re.compile(
    r"\b(?:through|including|such\s+as|via)(?:\s+(?:[^,;:]{1,40},\s+){2,}|(?P<examples>,?\s+inter\s+alia,?\s+"
    r"(?:[^,;:]{1,40},\s+)*))(?:and\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


def names_another_thing(
    text: str, e: int, words: str, lead: str, before: str, actors: Callable[[int, int], list[tuple[str, int, int]]]
) -> bool:
    """Whether the report noun `words` (ending at text[e], its article or possessive `lead`, the text
    `before` it) names no report asked for; actors(a, b): the actors named in text[a:b]."""
    head = words.split()[-1]
    if CONDITION_BEFORE.search(before) and head.lower() != "reporting" and not TO_BE_GIVEN.match(text, e):
        return True  # "in strict compliance with ..., subject to an assessment of risk"
    listed = None if lead else LISTED_MEANS.search(before)
    if listed and (head.lower().endswith("s") or listed["examples"] is not None) and not TIMED_AFTER.match(text, e):
        return True  # "sharing of its findings ..., including through improved web access, outreach, open briefings"
    if not lead and head[0].isupper() and TITLE_BEFORE.search(before):
        return True  # "a concise Global Forest Goals Report"
    low = head.lower()
    if low.startswith("briefing") and BRIEFING_OF.match(text, e):
        return True  # "by organizing short briefing meetings"
    if low in ("note", "notes") and (THROUGH_BEFORE.search(before) or NOTE_OF.match(text, e)):
        return True  # "brought to the attention of ... through a note by the Secretariat", "an annual note verbale"
    if low in ("assessment", "evaluation") and ASSESSMENT_OF.match(text, e):
        return True  # "the establishment of an assessment scheme", "a technical assessment mission"
    if low in ("update", "updates") and (m := PLAN.match(text, e) or UPDATE_OF.match(text, e)):
        return m.re is PLAN or not any(x[1] <= e + 28 for x in actors(e, e + 60))  # "an update to the members" is one
    if low == "reporting" and not lead and IN_THIS_REGARD.search(before):
        return True  # "further requests in this regard, specific reporting on, 1) ...": what the reports asked hold
    if low == "reporting":
        # (the adverb's prep first: it is anchored at e, the verb before it is searched in the whole `before`)
        adverb = ADVERB_PREP.match(text, e)
        prep = REPORTING_PREP.match(text, e) or (adverb if adverb and GERUND_TAKER.search(before) else None)
        if prep and prep.group(1) == "to" and PURPOSE_TO.match(text, prep.end()):
            return not any(x[1] <= prep.end() + 2 for x in actors(prep.end(), prep.end() + 60))
        return not prep or (prep.group(1) != "by" and bool(REPORTING_TOPIC[prep.group(1)].search(before)))
    return False


# "keep the Council informed ..., including through oral updates and written reports every 90 days"
# (also through the act of giving them: "keep the Security Council regularly informed ..., including through the timely
# provision of quarterly reports", S/RES/2069 (2012) op 8, heldout22 08)
MEANS_BEFORE = re.compile(
    r"\b(?:including\s+)?(?:through|by\s+means\s+of|via)\s+"
    r"(?:(?:the\s+)?(?:[\w-]+\s+)?(?:provision|submission|presentation)\s+of\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:(?:and|or)\s+(?:[\w-]+\s+){0,2})?$",
    re.I,
)
# the cycle said of the means themselves, as their adjective: "quarterly reports", "monthly updates"
# (the adjectives are data: ontology/vocab/cycles.yaml `adjectives`)
CYCLE_ADJECTIVES = frozenset(str(k).lower() for k in load().cycles.get("adjectives") or ())
# "oral updates and no fewer than three written reports, with the first written report by 1 September 2017"
TIMED_AFTER = re.compile(
    r"[^;:]{0,90}?\b(?:every\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:days?|weeks?|months?|years?)|monthly|quarterly|annually|"
    r"(?:the\s+)?(?:first|next)\s+(?:written\s+)?(?:report|update|briefing)\s+(?:being\s+)?"
    r"(?:due|by|no\s+later|not\s+later))\b",
    re.I,
)


# "to report to the Council on ... in a comprehensive written report to be submitted within 90 days", "to
# report on progress ... through a briefing in March 2012": the report the verb asks for, named
VERB_MEANS = re.compile(r"[^;]*?\b(?:in|through|by\s+means\s+of|via|in\s+the\s+form\s+of)\s+$", re.I)
# "to report to the CTC ..., through oral and/or written briefings on the work of CTED" (S/RES/2129 (2013) op 9, 2395
# op 11, 2617 op 17, 1963 op 15): the verb's report in either form, though with no article (not a second, to the Council)
EITHER_MEANS = re.compile(r"\bthrough\s+(?:oral|written)\s+(?:and/or|or)\s+$", re.I)
# a new request between the verb and the noun: "to report on ..., and to submit a report"
NEW_REQUEST = re.compile(r"\b(?:and|also|further)\s+(?:\w+\s+)?(?:to|requests|invites|decides|calls)\b", re.I)


def means_of_verb(text: str, items: Sequence[_Asked], s: int, lead: str) -> bool:
    """Whether the report noun at text[s] (with `lead`, its article) names how the report verb just asked
    (items[-1]: "to report", or "that the Secretary-General report") is done ("report ... in a written
    report every 90 days", "report ... through oral and/or written briefings"): the verb's report, not a second one."""
    if not items or not (items[-1].kind == "verb" or items[-1].words.lower() == "report"):
        return False
    verb_end = items[-1].trigger[1]
    return bool(
        (
            (lead in ("a", "an") and VERB_MEANS.match(text, verb_end, s))
            or (not lead and EITHER_MEANS.search(text, max(verb_end, s - 40), s))
        )
        and 0 <= s - verb_end <= 300
        and not NEW_REQUEST.search(text, verb_end, s)
    )


def named_as_means(text: str, e: int, end: int, before: str, words: str = "") -> bool:
    """Whether the report noun ending at text[e] (with no article; `words`, it with its adjectives), `before` it the
    text before, is named as the means of keeping someone informed, with a cycle of its own, after it (up to end) or
    its adjective on a plural ("quarterly reports"): the means so named are reports asked for, though "through his reports"
    refers to reports."""
    return bool(MEANS_BEFORE.search(before) and (TIMED_AFTER.match(text, e, end) or _cycled_plural(words)))


def _cycled_plural(words: str) -> bool:
    """Whether report words are plural with a cycle adjective ("quarterly reports"), means given again and again; not
    one report named ("through the annual report questionnaires", A/RES/75/198 op 94: the questionnaires)."""
    low = words.lower().split()
    return low[-1].endswith("s") and any(w in CYCLE_ADJECTIVES for w in low)


class _Asked(Protocol):
    kind: str  # noun | verb
    words: str
    trigger: tuple[int, int]


T = TypeVar("T", bound=_Asked)


def add_asked(items: list[T], item: T, means: bool) -> None:
    """Add a report asked for to items; the means named of a report verb just before replace it ("and
    report to the Council, through the provision of written reports, every 90 days": one report)."""
    if means and item.kind == "noun" and items and (items[-1].kind == "verb" or items[-1].words.lower() == "report"):
        items.pop()
    items.append(item)


# "to submit by 30 March 2001 his next report on ...": asked for, not "included in his next report"; also past an aside
# ("to submit, in a timely manner, his next annual report", A/RES/78/112 op 17) and after "the" (A/RES/80/166 op 3 (b))
SUBMIT_NEXT = re.compile(
    r"\b(?:submit|present)(?:\s+by\s+[^,;]{4,30}?\s|\s*,\s*[^,;]{3,60}?,\s+|\s+)"
    r"(?:his|her|its|their|the)\s+next\s+$",
    re.I,
)
# "to submit the report of the Special Envoy ... to the General Assembly": a report asked for, not one referred to
SUBMIT_THE = re.compile(r"\b(?:submit|transmit|present)\s+the\s+$", re.I)
# (the nouns are data: ontology/vocab/reports.yaml `of_someone`)
OF_SOMEONE = re.compile(
    rf"\s+of\s+(?:the|his|her|its)\s+(?:[A-Z]|(?:[\w-]+\s+){{0,4}}?(?:{phrases(load().reports['of_someone'])})\b)"
)


# a study or findings, a report only where handed to someone: "and to present the study to the Human Rights Council
# at its sixty-sixth session" (A/HRC/RES/59/13 op 7), "and that findings be submitted to the Security Council within
# 120 days" (S/RES/2820 (2026) op 12), "submit its findings to the open-ended intergovernmental ad hoc expert group";
# not "report on the findings of its missions", "to conduct a military and police capability study"
# (the heads and the clause words are data: ontology/vocab/reports.yaml `handed_only`, `clause_words`)
HANDED_ONLY = tuple(load().reports["handed_only"])
# a clause with none of these words asks for no report (a cheap test before reading it); "provide the Council with an
# evaluation" (S/RES/2709 (2023) op 58 (b)), "present to the Fifteenth Congress an overview" (E/RES/2025/15 op 10)
CLAUSE_WORDS = (*load().reports["clause_words"], *HANDED_ONLY)
# an evaluation or overview asked to be delivered: "to provide the Council with an evaluation", "to present to the
# Fifteenth Congress an overview", "to prepare an overview" (not "guided by an evaluation of the security situation",
# "a mapping exercise that will provide a detailed overview", "(i) An overview of the adverse impact" in a study's list)
DELIVERY_ASKED = re.compile(r"\b(?:to|and)\s+(?:\w+ly\s+)?(?:provide|present|submit|transmit|prepare)\b[^;:]{0,140}$")


# an overview's receiver or time: "present to the Fifteenth Congress an overview", "an overview ... for
# consideration by the General Assembly at its seventy-fifth session"; not "provide an overview of the current status
# of the information ... on a periodic basis, as appropriate" (a content of work, S/RES/2255 (2015) op 41)
OVERVIEW_FOR = re.compile(r"\b(?:to\s+the|for\s+(?:presentation|consideration)|at\s+its|by\s+\d|no\s+later)\b", re.I)


def delivered(text: str, a: int, s: int, head: str, end: int) -> bool:
    """Whether an evaluation, addendum or overview (head) at text[s] is asked to be delivered (DELIVERY_ASKED in
    text[a:s]; an overview to someone or by a time, OVERVIEW_FOR in text[a:end]); any other report noun is. Not "the
    elaboration of an addendum to the Revised United Nations Manual" (A/RES/79/176 op 4)."""
    if head not in ("evaluation", "overview", "addendum"):
        return True
    asked = DELIVERY_ASKED.search(text, a, s)
    return bool(asked and (head == "evaluation" or OVERVIEW_FOR.search(text, asked.start(), end)))


# the article of an assessment past modifiers the adjectives of reports.py lack: "a technical assessment", "a needs
# assessment", "an independent strategic evaluation" (lower-case words, no function word among them)
MODIFIED_LEAD = re.compile(
    r"\b(an?|one)\s+(?:(?!(?:the|of|and|or|to|in|on|for|with|by|from|at|as|that|which|its|his|her|their|this)\b)"
    r"[a-z][\w\u2010\u2011-]*\s+){1,4}$"
)
# a delivery verb whose object follows (after its receiver or a deadline), not a preposition, "and" or "containing"
# right before it ("a report containing a general overview", "following completion of a technical assessment")
HANDED_OBJECT = re.compile(
    r"\b(?:provide|submit|present|transmit)\b[^;:.]{0,100}?(?<!\bof)(?<!\bin)(?<!\band)(?<!\bor)(?<!\bwith)"
    r"(?<!\bthrough)(?<!\bcontaining)(?<!\bincluding)(?<!\bon)(?<!\bfor)\s+$"
)
# "to carry out a comprehensive assessment ... and to provide the assessment to the General Assembly": handed in
# "to conduct an independent assessment, by 10 January 2021, and present options to the Security Council" (S/RES/2520
# (2020) op 38), "..., with a view to presenting options to the Security Council": its outcome handed to an organ
HANDED_IN = re.compile(
    r"\band\s+to\s+(?:provide|present|submit|transmit)\s+(?:the|its|his|her|their)\s+(?:assessment|evaluation|findings)"
    r"|\b(?:and|with\s+a\s+view\s+to)\s+(?:to\s+)?(?:provide|present|submit|transmit)\w*\s+(?:(?:its|the|his|her)\s+)?"
    r"(?:options|recommendations|findings|results|conclusions)\s+(?:and\s+[\w-]+\s+)?"
    r"to\s+the\s+(?:Security\s+Council|General\s+Assembly|Council|Assembly)\b"
)
CONDUCTED = re.compile(rf"\b(?:{phrases(load().reports['conducting'])})\s+$")


def modified_lead(text: str, start: int, s: int, e: int, end: int) -> re.Match | None:
    """The article (group 1) of the assessment or evaluation text[s:e] past modifiers ("a technical assessment", "a
    separate independently conducted impact assessment"), where the assessment is what is handed in: the object of
    a delivery verb ("to submit to the Security Council, by 1 November 2025, a technical assessment"), or conducted
    with its outcome handed to an organ (HANDED_IN, up to the clause's end); None otherwise. start: the clause's start."""
    w = MODIFIED_LEAD.search(text, max(start, s - 60), s)
    if not w:
        return None
    if HANDED_OBJECT.search(text, max(start, w.start() - 120), w.start()):
        return w
    if CONDUCTED.search(text, max(start, w.start() - 30), w.start()) and HANDED_IN.search(text, e, end):
        return w
    return None
