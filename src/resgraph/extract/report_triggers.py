"""Report triggers: which report words of a clause ask for a new report, and which refer to one
asked for elsewhere ("include in his next report", "the above-mentioned report"), name its parts or
contents ("an update on ... in the next report"), a means ("together with a report"), or no report at
all ("to update information"): each trigger opens the scope whose fields reports.py reads.

Split from reports.py (each report's fields); report_keywords.py finds the words, report_words.py those asking none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from resgraph import wordsearch
from resgraph.extract import (
    report_addressed,
    report_conducted,
    report_forms,
    report_handed,
    report_instances,
    report_listed,
    report_mentions,
    report_monitored,
    report_outcome,
    report_part_of,
    report_passive,
    report_redelivered,
    report_summaries,
    report_time_first,
    report_updated,
    report_within,
    report_words,
)
from resgraph.extract.report_contents import CONTENTS, listed_part
from resgraph.extract.report_keywords import MINIMUM, keywords
from resgraph.extract.report_receivers import Context
from resgraph.vocab import load

# "the report, or reports", "the Commission's report"
REFERENCE_TAIL = re.compile(r"(?:\breports?,?\s+or\s+|[’']s\s+(?:\w+\s+)?)$", re.I)
VERB_BEFORE = re.compile(rf"(?:\b(?:to|and|shall|should|will|must|or)\s+(?:\w+ly\s+)?|{report_time_first.AND_TIME})$")
# "to provide an oral update on his report on technical assistance" (A/HRC/RES/54/31 op 46): the update asked for
PREP_BEFORE = re.compile(
    r"\b(?:in|into|through|within|of|from|with|on|include\w*|including)\s+(?:(?!and\b|to\b|or\b)\w+\s+){0,2}$", re.I
)
# (the verbs are data: ontology/vocab/reports.yaml `made_public`, `feeding`)
MADE_PUBLIC = re.compile(rf"\b(?:{wordsearch.phrases(load().reports['made_public'])})\s+$")
# "invites the African Union to share information ..., with the Secretary-General to inform his report" (S/RES/2406
# (2018) op 34): a report others feed, the one named asks for none; so is one a list is attached to (`attaching`)
FED = re.compile(rf"\b(?:{wordsearch.phrases(load().reports['feeding'] + load().reports['attaching'])})\s+$")
INCLUDING_BEFORE = re.compile(r",\s+including\s+$", re.I)
# "to report ... within 90 days and 180 days from its adoption, as well as in an assessment report 30 days before the
# expiration of MINUJUSTH's initial mandate" (S/RES/2350 (2017) op 21): a report besides the verb's, not its means
AS_WELL_AS_IN = re.compile(r"\bas\s+well\s+as\s+(?:in|through)\s+$", re.I)
FOR_AUDIENCE = re.compile(r"(?<=briefings)\s+for\s+(?:all\s+)?(?:interested\s+)?(?:the\s+)?[A-Z]")
# (not what a dialogue includes: "to present, during an enhanced interactive dialogue also including the report of the
# Special Rapporteur requested in paragraph 34 above, a comprehensive report", A/HRC/RES/60/2 op 39, heldout17: the
# other paragraph's report, referred to, then the one asked for)
# (after "include(s)" also past "X as well as": "to include these as well as an assessment ..., in a report to be issued
# ...", S/RES/2584 op 40; not "including", "including on benchmarks as well as a written report by D": one of its own)
INCLUDE_BEFORE = re.compile(
    r"\b(?<!dialogue )(?<!dialogue also )(?:includ\w*\s+(?:\w+\s+){0,3}|includes?\s+(?:\w+\s+){0,3}as\s+well\s+as\s+)$",
    re.I,
)
# (the one provided may have a long name: "to provide the Security Council Committee established pursuant to
# resolution 1591 (2005) concerning the Sudan (hereafter “the Committee”) with an interim report", S/RES/2725 op 2)
# a report noun joined to the reporter's own reporting after "through" (S/RES/2480 (2019) op 6, 2531 op 5, 2584
# op 6, 2640 op 4: "Encourages the Panel of Experts ... to identify parties ... through its regular reporting and
# interim updates"): the means of another task, the reports it refers to asked for elsewhere
OWN_MEANS = re.compile(r"\bthrough\s+(?:its|his|her|their)\s+(?:[\w-]+\s+){1,3}(?:and|or)\s+$", re.I)
PROVIDED_WITH = re.compile(r"\bprovid\w*\s+[^;]{0,160}?\bwith\s+$", re.I)
# "to regularly provide the Special Committee on the Situation with regard to the Implementation of the Declaration
# ... with relevant updates" (A/RES/79/112 op 4, heldout12): what is provided to a body named at length
PROVIDE_NAMED_WITH = re.compile(r"\bprovide\s+(?:the\s+)?[A-Z][^;:]{0,240}?\swith\s+(?:[a-z]+\s+){0,2}$")
# (or the written report the reporting is given in, after the included part: "to continue to inform the Council of progress
# ..., including reporting on any steps taken ..., in one written report, no later than 1 April 2018", S/RES/2386 op 32;
# or the ones it goes through: "to include updates ..., including through briefings ... and ... reports", 2705 op 14)
RESUME = re.compile(
    r",?\s+and\s+(?:also\s+|further\s+)?to\s+(?=(?:submit|provide|present|report|brief)\b)"
    r"|,\s+in\s+(?=(?:a|one|two|three)\s+(?:written\s+)?reports?\b)"
    # a report yet to be made ("in a special report to be issued"; not "in his next report"); spaces read from the first
    r"|(?:,|(?<![\s,]))\s+in\s+(?=(?:a|one)\s+(?:[\w-]+\s+){0,2}reports?\s+to\s+be\s+(?:issued|submitted|presented|provided)\b)"
    r"|,\s+including\s+through\s+(?=(?:oral\s+|written\s+)?(?:briefings|updates|reports)\b)",
    re.I,
)
# "to include every six months in his regular reports an update on ...": a part of those reports (also in another report
# named otherwise: "to include in the comprehensive review an assessment of whether", A/RES/77/278 op 53)
INCLUDED_IN = re.compile(
    r"\binclud\w*\s+(?:[^;]{0,40}?\s)?in\s+(?:his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:report(?:s|ing)?|reviews?|updates?|briefings?|assessments?|study|studies|overviews?)\s+$",
    re.I,
)
# a letter is a report where the clause gives it a time: "to provide every six months the Security Council with a letter
# exclusively and thoroughly focusing on: ..." (S/RES/2480 (2019) op 65, 2531 op 63, 2584 op 62: written, every P6M)
LETTER_TIMED = re.compile(
    r"\b(?:every|annually|quarterly|monthly|within)\b|\b(?:by|no\s+later\s+than|not\s+later\s+than)\s+(?:\d|the\s+end)",
    re.I,
)
NEEDS_LEAD = tuple(load().reports["needs_lead"])  # (the nouns are data: ontology/vocab/reports.yaml `needs_lead`)
# "to present it with an oral update at its fifty-fifth session": what is presented is the update
# (the deadlines may stand between: "to provide it, by 1 August 2003, by 15 November 2003 and by 15 January 2004, with
# reports on the progress of the cases", S/RES/1482 (2003) op 3: three reports, one a date)
PRESENT_WITH = re.compile(
    r"\b(?:present|provide|furnish)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?(?:Council|Assembly|Commission|Committee))"
    r"(?:,\s+(?:by|no\s+later\s+than|not\s+later\s+than|before)\s+[^;:,]{3,60}(?:,\s+[^;:,]{3,60}){0,4},)?"
    r"\s+with\s+$"
)
# "to submit a final report on the implementation ..., based on national evaluation reports, to the Human Rights
# Council" (A/HRC/RES/57/10 op 11): the reports a report asked for before draws on are its sources, no new ones
BASED_ON = re.compile(
    r"\b(?:based|drawing|building)\s+(?:inter\s+alia\s+)?on\s+(?:(?!and\b|to\b|or\b)[\w\u2010\u2011-]+\s+){0,3}$", re.I
)
TOGETHER_WITH = re.compile(r"together\s+with\s+(?:(?:his|her|its|their)\s+)?(?:\w+\s+){0,2}$", re.I)

# a bare report word that modifies the noun after it, a compound's first part ("and report dissemination",
# "local report preparation", E/RES/2023/29 op 5): a noun of action, not a time, receiver or topic after it
MODIFIES = re.compile(r"\s+(?!(?:information|implementation)\b)[a-z]+(?:tion|sion|ment)\b(?!\s+(?:of|on|to)\b)")
# what a report noun with no article is the object of: "provides regular updates to the Council"
# (also the first of a list after a colon: "Requests the Panel to provide: a. regular updates to the Committee, ...;
# b. a comprehensive mid-term update", S/RES/2713 (2023) op 29, 2776 (2025) op 32, 2806 (2025) op 32)
# (also past modifiers the adjectives of report_keywords lack, after a finite verb or infinitive: "to provide semestrial
# updates to the Council" (S/RES/2802 (2025) op 2), "to provide continuous updates on the ... impacts" (A/RES/79/104 op
# 11); not past a function word ("provide in his reports", "submit the reports"), nor after a gerund, the means of
# another task: "to expand its multilingual presence ... by providing timely updates on the work" (A/RES/78/80 op 132))
_MODIFIER = (
    r"(?!(?:the|an?|in|on|of|to|for|with|by|from|at|as|and|or|but|his|her|its|their|these|those|this|that|such|all|"
    r"any|no|other|relevant|information|data|documents?|evidence|details)\b)[a-z][a-z-]*\s+"
)
DELIVERED = re.compile(
    r"\b(?:(?i:provide|provides|providing|submit|submits|submitting|present|presents|give|gives)"
    r"(?:\s*:\s*(?:\(?[a-z]\)|[a-z]\.)?)?\s+"
    rf"|(?i:provide|provides|submit|submits|present|presents|give|gives)\s+(?:{_MODIFIER}){{1,2}})$",
)
# updates the organ asks for as its verb's object: "and requests regular updates on this force generation through the
# Secretary-General" (S/RES/2297 (2016) ops 10, 25, heldout22 15)
REQUESTED = re.compile(r"\brequests?\s+(?:also\s+|further\s+)?$", re.I)
# "provide updates on the issue in the context of the next report": a part of a report, not one
IN_REPORTING = re.compile(
    r"[^;]{0,60}?\b(?:in\s+the\s+context\s+of|as\s+part\s+of|in)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}report(?:s|ing)?\b",
    re.I,
)


@dataclass
class Item:
    """A report word that asks for a report: its scope starts at start, the next item's start ends it."""

    start: int  # where its scope begins (paragraph offsets)
    trigger: tuple[int, int]
    kind: str  # noun | verb
    words: str


def triggers(ctx: Context, start: int, end: int) -> list[Item]:
    """The report words of ctx.text[start:end] (one clause) that ask for a new report, in order: the
    reports of the clause are one per item, each read from its own scope (reports.py)."""
    text = ctx.text
    items: list[Item] = []
    dated: list[int] = []  # the starts of the reports listed ", with a ... report" and a time of their own
    resume = start
    for s, e, words, lead, kind in keywords(text, start, end):
        means = made = False
        if (
            s < resume
            or (words != "informed" and report_part_of.in_reports_or_a_condition(text, start, s, e))
            or (words != "informed" and report_within.asks_none(text, start, s, e, end))  # "as part of the reports"
            or _passive(ctx, items, (start, s, e, end))
            or (words.lower() == "report" and MODIFIES.match(text, e))  # "review mechanisms and report dissemination"
            or report_mentions.mentioned(ctx, start, s, e)  # a title, a condition, "accountants reporting to"
            # "to inform the General Assembly ... through a dedicated section of the ... report": the verb's one
            or (
                kind == "noun"
                and bool(items)
                and report_addressed.through_means(text, items[-1].words, items[-1].trigger[1], s)
            )
        ):
            continue
        if kind == "noun":
            before = text[max(start, s - 60) : s]
            noun = (words.split(None, 1)[1] if lead else words).lower()
            only = _handed_or_conducted(ctx, items, (start, s, e, end), noun)
            if only is not None:  # a study, findings, an assessment or a review: a report only so
                items += [Item(report_time_first.begin(text, items, s, e, True), (s, e), kind, words)] if only else []
                continue
            bare = not lead and noun in ("report", "reports", "brief", "update", "updates")
            # "(iii) Monitoring, ..., and reporting regularly on": a task item's, as "and report on", "update the AUHIP"
            if (report_monitored.gerund_task(text, s, e) and report_updated.verb_after(text, e, "report")) or (
                bare
                and not noun.endswith("s")  # "publications and reports on forests": after "to", a verb has no -s
                and (VERB_BEFORE.search(text, max(start, s - 160), s) or _subject_of_that(ctx, start, s))
                and (
                    report_updated.verb_after(text, e, noun)
                    or report_mentions.reported_to(text, e, end, noun)  # "shall promptly report the incident to the"
                    or (not noun.startswith("report") and report_updated.updates_someone(text, e, end, ctx.actors))
                )
            ):
                items.append(Item(report_time_first.begin(text, items, s, e, False), (s, e), "verb", words))
                continue
            made = report_handed.made_and_handed(text, e, end, before)  # "including by preparing reports": own item
            of_verb = report_words.means_of_verb(text, items, s, lead) and not AS_WELL_AS_IN.search(before)
            means = made or bool(not lead and report_words.named_as_means(text, e, end, before, words) or of_verb)
            # "regular updates, including a formal report every 90 days": one of its own, with its cycle
            # (or a count of its own: "regular updates to the Committee, including a minimum of four different thematic
            # reports, a comprehensive mid-term update", S/RES/2551 (2020) op 34, 2713 (2023) op 29, heldout5 03)
            own_cycle = bool(
                lead in ("a", "an", "one")
                and INCLUDING_BEFORE.search(before)
                and (report_words.TIMED_AFTER.match(text, e, end) or MINIMUM.match(words))
            )
            # "to report orally ... to the Council ..., including briefings for all interested Member States" (S/RES/1735
            # (2006) op 31, 1822 op 38, 1904 op 46): one of its own, to its own audience
            own_audience = bool(INCLUDING_BEFORE.search(before) and FOR_AUDIENCE.match(text, e))
            if (
                not means
                and not own_cycle
                and not own_audience
                and (INCLUDE_BEFORE.search(before) or INCLUDED_IN.search(before))
            ):
                # "and to include in his reporting ...": what follows is what the report holds, up to
                # another request of the clause ("..., and to submit a report by 1 May 2019")
                again = RESUME.search(text, e, end)
                if not again:
                    break
                resume = again.end()
                continue
            if lead in report_instances.NUMBER_LEADS and report_instances.numbered(
                items, text, (max(start, s - 12), s, e), before, kind, words
            ):
                continue  # "the two reports" refers to them; "report ... in two written reports" is the verb's
            if report_words.names_another_thing(
                text, e, words, lead, before, lambda a, z: ctx.actors(a, min(end, z))
            ) or (not lead and not means and OWN_MEANS.search(before)):
                # a title, "briefing meetings", "an update to the technical guidance", "on reporting to"; "to
                # identify parties ... through its regular reporting and interim updates": how, no new one
                continue
            # "to submit the report of the Special Envoy": asked for, though "the report of" mostly refers to one
            asked = means or bool(
                not lead and report_words.SUBMIT_THE.search(before) and report_words.OF_SOMEONE.match(text, e)
            )
            # "to provide the Council with regular updates": what is provided, not one it goes with
            # "to submit by 30 March 2001 his next report on ...": asked for, not "included in his next report"
            asked = (
                asked
                or own_audience
                or bool(not lead and not items and report_redelivered.asked(text, start, s, e, end))
                or bool(
                    not lead
                    and (
                        PRESENT_WITH.search(text, max(start, s - 300), s)
                        or PROVIDE_NAMED_WITH.search(text, max(start, s - 300), s)
                        or (not items and report_words.SUBMIT_NEXT.search(before))
                        or (report_instances.IN_PLAIN.search(before) and report_instances.IN_DATED.match(text, e))
                    )
                )
            )
            if not asked and (
                (
                    REFERENCE_TAIL.search(before) and lead not in ("a", "an", "one")
                )  # "for the Council's consideration a report"
                or (lead not in ("a", "an", "one") and report_mentions.REFERENCE_AFTER.match(text, e))
                or (not lead and report_mentions.refers(before, noun, text, e) and not TOGETHER_WITH.search(before))
                or (not lead and report_mentions.joined_to_reference(text, max(start, s - 200), s))
                or (not lead and report_mentions.named_by_kind(text, before, e))  # "the financial performance report"
                or (items and BASED_ON.search(before))
            ):
                continue
            if (
                lead in ("its", "his", "her", "their")
                and (
                    PREP_BEFORE.search(before)
                    and not TOGETHER_WITH.search(before)
                    or MADE_PUBLIC.search(before)  # "to make its report to the Secretary-General publicly available"
                    or FED.search(before)
                )
                or (  # "together with a report", not "provide the Secretary-General ... with a report"
                    lead in ("a", "an", "one")
                    and report_within.WITH_BEFORE.search(before)
                    and not PROVIDED_WITH.search(text, max(start, s - 200), s)
                    and not PRESENT_WITH.search(before)
                    and not own_cycle
                    and not report_instances.dated_with(text, before, e, end)
                    and not report_instances.and_with(text, before, e, end)
                    and not report_instances.received_with(text, before, e, end)
                )
            ):
                continue
            if (
                # "to be circulated in a joint letter by the President" (A/RES/75/325 op 56): no report asked
                (noun.split()[-1] == "letter" and not LETTER_TIMED.search(text, start, end))
                or noun.split()[-1] in NEEDS_LEAD
                and (
                    lead not in ("a", "an", "one")
                    or report_words.CONDUCTED.search(before)
                    and not report_words.HANDED_IN.search(text, e, end)
                    or not report_summaries.delivered(text, max(start, s - 160), s, noun.split()[-1], end)
                )
            ) or (
                lead in ("a", "an")
                and (CONTENTS.search(text, items[-1].trigger[1], s) if items else listed_part(text, start, s, e, end))
            ):  # "an overview", "to conduct an assessment of options"; "to report ... by 31 May 2026, on: ... b. ...
                continue  # an update on ...": what the report holds
            if (
                noun.endswith(("update", "updates"))
                and not lead
                and not (report_forms.WRITTEN_UPDATE.search(noun) or means)
                and not (
                    (
                        DELIVERED.search(before)
                        or PRESENT_WITH.search(before)
                        or PROVIDE_NAMED_WITH.search(text, max(start, s - 300), s)
                    )
                    and not IN_REPORTING.match(text, e)
                )
                and not report_listed.listed(text, items, s, before)
                and not REQUESTED.search(before)
            ):
                continue  # "to update information": no report ("provide regular updates to", "provide ... updates" are)
        else:
            before = text[max(start, s - 30) : s].lower()
            if re.search(r"\b(?:the|a|his|her|its|their|this|that)\s+$", before):
                continue
        begin = report_time_first.begin(text, items, s, e, kind == "noun")
        report_instances.instance_of_verb(text, items, dated, (start, s, e, end), lead if kind == "noun" else None)
        report_words.add_asked(items, Item(begin, (s, e), kind, words), means and not made)
    return items


# what may stand between the bodies of a that-clause's subject: "the Secretary-General and the Committee"
SUBJECT_GLUE = re.compile(r"(?:[\s,]|\b(?:the|and|as\s+well\s+as)\b)*")
THAT = re.compile(r"\bthat\s")


def _subject_of_that(ctx: Context, start: int, s: int) -> bool:
    """Whether the bare report word at ctx.text[s] is the verb of a that-clause whose subject, the bodies named right
    before it, follows "that": "Requests that the Panel of Experts report to the Council through the Committee no
    later than 15 December 2006 its observations" (S/RES/1689 (2006) op 5), "Requests that the Secretary-General
    update the Security Council, no later than 31 December 2019" (2488 (2019) op 7); not "in the Panel of Experts
    report" (no "that" before the bodies)."""
    text = ctx.text
    at = _after_last_that(text, start, s)  # or the subjunctive's "requests": "requests the parties update the AUHIP"
    if (at := report_updated.after_request(text, start, s) if at is None else at) is None:
        return False
    named = ctx.actors(at, s)
    if not named or not SUBJECT_GLUE.fullmatch(text, named[-1][2], s):
        return False
    for _, a, z in named:
        if not SUBJECT_GLUE.fullmatch(text, at, a):
            return False
        at = z
    return True


def _after_last_that(text: str, start: int, s: int) -> int | None:
    """Where the last match of THAT in text[start:s] ends (paragraph offsets), None for none: from its hits over the
    whole paragraph (each bare report word scanning its clause from the start was quadratic in a long one). A match is
    "that" and one space, five characters; the \\b before it reads the text before start in the paragraph but not in
    the slice, so a match at start itself is tried on the slice."""
    starts = wordsearch.hits(THAT, text)[0]
    k = bisect.bisect_right(starts, s - 5)
    if k and starts[k - 1] >= start:
        return starts[k - 1] + 5
    return start + 5 if THAT.match(text[start : min(s, start + 5)]) else None


def _passive(ctx: Context, items: list[Item], at: tuple[int, int, int, int]) -> bool:
    """Whether the word at (the clause's start, the word's start and end, the clause's end) is "reported", which
    report_passive reads: added to items as a verb where it asks for a report ("requests that any obstacles ... be
    reported immediately"), no report word otherwise."""
    start, s, e, end = at
    if not ctx.text[s:e].lower().endswith("reported"):
        return False
    s = e - len("reported")  # the word alone, not an article or adjective read before it ("the reported cases")
    if report_passive.asked(ctx.text, start, s, e, end, ctx.actors):
        items.append(Item(s, (s, e), "verb", ctx.text[s:e]))
    return True


def _handed_or_conducted(ctx: Context, items: list[Item], at: tuple[int, int, int, int], noun: str) -> bool | None:
    """Whether a study or findings are handed to someone, or an assessment or review conducted by a time or provided
    to an organ (at: the clause's start, the noun's start and end, the clause's end): True, a report asked for; False,
    none; None for an assessment or evaluation that is not, which the other tests of triggers() still read."""
    (start, s, e, end), text = at, ctx.text
    head = noun.split()[-1]
    if head in report_outcome.NOUNS and (h := report_outcome.handed(text, bool(items), head, at, ctx.lead)) is not None:
        return h  # options, recommendations, an analysis: a review's outcome (its review in ctx.lead too), or none
    if head in report_conducted.NOUNS:
        # "to conduct, by 15 October 2017, an independent, external assessment": its outcome is due then; "a strategic
        # review ..., including: (i) an assessment": what the review holds
        if report_conducted.asked(text, start, s, e, end) and not (
            items and CONTENTS.search(text, items[-1].trigger[1], s)
        ):
            return True
        return False if head == "review" else None  # "keep under review", "the Goods Review List": none
    if head in report_words.HANDED_ONLY:  # only where handed to someone
        # "to conduct an assessment ... and to present the findings" (A/RES/80/132 op 6), "a report on its
        # findings" (A/HRC/RES/57/36 op 17): the findings of a report asked for before are that report's
        return report_handed.handed(text, e, end, text[max(start, s - 160) : s]) and not (items and head == "findings")
    return None
