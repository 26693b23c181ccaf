"""The cycle of a recurring meeting a report is given at: "invites them to report on this progress, during the annual
open debate of the Security Council" (S/RES/2493 (2019) op 8), "to provide an update ... during the annual Security
Council Open Debates on Women, Peace and Security" (2242 (2015) op 2): the meeting's adjective's cycle (P1Y), as "at
the annual sessions" is in cycles.yaml's phrases; so too a meeting the report is given at by "such", "these" or "those"
after the clause before named it with its adjective ("to convene an informal biennial meeting of the General Assembly,
and requests the Secretary-General to brief the Assembly during such meetings", A/RES/79/173 op 23: P2Y); and a meeting
used for the report, named right before its infinitive ("and also use the United Nations Security Council and the
African Union Peace and Security Council annual consultative meeting to provide updates in this regard", S/RES/2719
(2023) op 16, heldout27 01: P1Y, every update given at each yearly meeting). The meeting
nouns are data (cycles.yaml `meetings`), the adjectives those of its `adjectives` table. Split from report_times, which reads the first cycle said in a scope among these and
its phrases."""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph import wordsearch
from resgraph.vocab import Vocabulary, load

# the verbs of a report (ontology/vocab/reports.yaml `report_verbs`), an alternation shared with report_times
REPORT_VERBS = wordsearch.phrases(load().reports["report_verbs"])
# a report verb's infinitive ("to report", "and report", "to regularly monitor and report", "to provide an update")
REPORTED = re.compile(rf"\b(?:to|and)\s+(?:[a-z]+ly\s+)?(?:{REPORT_VERBS})\b", re.I)
# a participle's aside after a comma (", taking into account the views", ", drawing on the statements"): what follows
# is the aside's, not the report's; not "during", "including" (", including during the annual debate" is when)
ASIDE = re.compile(r",\s+(?!(?:during|including)\b)[a-z]+ing\b")
# what follows a meeting before the next comma or semicolon and makes it one meeting, not a series: a year or a date,
# "to be held" ("at the biennial meeting of States in 2026", "to be held in 2026")
ONE_MEETING = re.compile(r"[^,;]{0,160}?(?:\b(?:19|20)\d\d\b|\bto\s+be\s+held\b)", re.I)


@lru_cache(maxsize=4)
def _said_at(v: Vocabulary) -> re.Pattern | None:
    """A participle of saying right before the meeting, its sayer after "by" (cycles.yaml `meetings_said`): "the
    views expressed during", "the statements made by Member States at" say when something else was said."""
    words = v.cycles.get("meetings_said")
    if not words:
        return None
    return re.compile(rf"\b(?:{wordsearch.phrases(words)})(?:\s+by\s+(?:[\w-]+\s+){{1,6}}?)?\s*,?\s*$", re.I)


def _words(v: Vocabulary) -> tuple[str, str] | None:
    """cycles.yaml's cycle adjectives (longest first) and meeting nouns, each as a regex alternative; None when the
    vocabulary has either list empty (the three meeting patterns below are built from them)."""
    nouns, adjectives = v.cycles.get("meetings"), v.cycles.get("adjectives")
    if not nouns or not adjectives:
        return None
    return "|".join(re.escape(str(a)) for a in sorted(adjectives, key=lambda a: -len(str(a)))), "|".join(nouns)


@lru_cache(maxsize=4)
def _meetings(v: Vocabulary) -> re.Pattern | None:
    """cycles.yaml's recurring meeting, "at" or "during" it: the article or owner right before its adjective (no
    ordinal nor "next": "at the twenty-fifth annual session", "at its next annual meeting" are one meeting), up to five
    words (none "session", cycles.yaml) before its noun; the adjective in group adj."""
    if not (words := _words(v)):
        return None
    adj, nouns = words
    return re.compile(
        rf"(?<![\w-])(?:at|during)\s+(?:the|its|their|each)\s+(?P<adj>{adj})\s+"
        rf"(?:(?!sessions?\b)[\w-]+\s+){{0,5}}?(?:{nouns})(?!\w)",
        re.I,
    )


def _given_at(scope: str, at: int, v: Vocabulary) -> bool:
    """Whether the meeting at `at` is when a report is given: a report verb's infinitive at most 160 characters before
    it, after the last semicolon and the last participle's aside, and no participle of saying right before it ("a
    report ... reflecting the views expressed during such dialogues" says when the views were said). Shared by said()
    and such()."""
    lead = max(0, at - 160)
    lead = max(lead, scope.rfind(";", lead, at) + 1)
    lead = max([lead, *(a.end() for a in ASIDE.finditer(scope, lead, at))])
    saying = _said_at(v)
    if saying and saying.search(scope[lead:at]):
        return False
    return bool(REPORTED.search(scope, lead, at))


def said(scope: str, adjectives: dict[str, str], v: Vocabulary) -> list[tuple[int, str]]:
    """(where, cycle) of each recurring meeting of a report's scope the report is given at: a report verb's
    infinitive at most 160 characters before it, after the last semicolon and the last participle's aside. Not where
    none is: "bearing in mind ... the views expressed by Member States, in particular during the annual debate on
    Children and Armed Conflict" (S/RES/1612 (2005) op 3) says when the views were said, not when the report comes; nor
    after a participle of saying ("..., taking into account the views expressed during the annual open debate"); nor
    one meeting of a year or "to be held" (ONE_MEETING)."""
    rx = _meetings(v)
    found = []
    for m in rx.finditer(scope) if rx else ():
        if ONE_MEETING.match(scope, m.end()) or not _given_at(scope, m.start(), v):
            continue
        if d := adjectives.get(m.group("adj").lower()):
            found.append((m.start(), d))
    return found


# "during such meetings", "at these debates": a meeting of cycles.yaml's nouns named before (the noun in group noun)
_SUCH = "(?<![\\w-])(?:at|during)\\s+(?:such|these|those)\\s+(?P<noun>{nouns})(?!\\w)"
# the meeting named before with its cycle adjective: an article or owner, at most two words (none of cycles.yaml
# `meetings_one`, an ordinal, "next" or "last", nor a word ending in "th": "the twenty-fifth annual meeting" is one)
# before the adjective, at most five (none "session") before the noun
_NAMED = (
    r"(?<![\w-])(?:a|an|the|its|their)\s+(?:(?!(?:[\w-]+-)?(?:{one})\b|[\w-]+th\b)[\w-]+\s+){{0,2}}?"
    r"(?P<adj>{adj})\s+(?:(?!sessions?\b)[\w-]+\s+){{0,5}}?(?P<noun>{nouns})(?!\w)"
)


# how far before "such meetings" the meeting it stands for may be named (A/RES/79/173 op 23: 120 characters)
NAMED_SPAN = 400


@lru_cache(maxsize=4)
def _such(v: Vocabulary) -> tuple[re.Pattern, re.Pattern] | None:
    """The meeting said by "such", "these" or "those", and the one named before with its adjective (cycles.yaml)."""
    if not (words := _words(v)):
        return None
    adj, alt = words
    one = wordsearch.phrases(v.cycles.get("meetings_one") or ["next"])
    return re.compile(_SUCH.format(nouns=alt), re.I), re.compile(_NAMED.format(adj=adj, nouns=alt, one=one), re.I)


def _stem(noun: str) -> str:
    return noun.lower().removesuffix("s")


def such(scope: str, lead: str, adjectives: dict[str, str], v: Vocabulary) -> list[tuple[int, str]]:
    """(where, cycle) of each meeting of a report's scope the report is given at by "such", "these" or "those" ("to
    brief the Assembly during such meetings"): the cycle of the last meeting of the same noun named before it with
    its adjective, in the scope or in lead (NAMED_SPAN characters), the text of its clause before the scope ("to
    convene an informal biennial meeting of the General Assembly"), not one meeting of a year or "to be held"
    (ONE_MEETING); given at it as said() reads it (_given_at)."""
    rx = _such(v)
    if not rx:
        return []
    found = []
    for m in rx[0].finditer(scope):
        if not _given_at(scope, m.start(), v):
            continue
        before = (lead + " " + scope[: m.start()])[-NAMED_SPAN:]  # bounded: a long paragraph is read once
        named = [n for n in rx[1].finditer(before) if _stem(n.group("noun")) == _stem(m.group("noun"))]
        if named and not ONE_MEETING.match(before, named[-1].end()) and (d := adjectives.get(named[-1]["adj"].lower())):
            found.append((m.start(), d))
    return found


# the meeting used for a report, right before its infinitive: "use the United Nations Security Council and the African
# Union Peace and Security Council annual consultative meeting to provide updates" (S/RES/2719 (2023) op 16); the meeting
# is the means (cycles.yaml `meetings_used`: "use", "make use of", "at", "during"), not who is asked ("requests the
# annual meeting of States Parties to submit a report": the meeting reports, no cycle of its own); its owners' names (up
# to sixteen words, no punctuation) before the adjective, none a year, a number, an ordinal or a `meetings_one` word
# ("the 2025 / next / forthcoming / twenty-fifth annual meeting": one meeting); the report verb's infinitive ends the
# text before the report's scope
_USED = (
    r"(?<![\w-])(?:{used})\s+"
    r"(?:the|its|their|each)\s+(?:(?![\w-]*\d|(?:[\w-]+-)?(?:{one})\b|[\w-]*(?:our|if|ix|ven|gh|in|en|lf|ie|red|and)th\b)"
    r"[\w’'-]+\s+){{0,16}}?(?P<adj>{adj})\s+(?:(?!sessions?\b)[\w-]+\s+){{0,5}}?(?:{nouns})\s+(?:in\s+order\s+)?"
    r"to\s+(?:[a-z]+ly\s+)?(?:{verbs})\s*$"
)
# how much of the text before a report's scope is read for the meeting used for it (a long paragraph is read once)
USED_SPAN = 400


@lru_cache(maxsize=4)
def _used(v: Vocabulary) -> re.Pattern | None:
    """The meeting used for a report, right before its infinitive (_USED, cycles.yaml's nouns and adjectives)."""
    if not (words := _words(v)):
        return None
    adj, nouns = words
    one = wordsearch.phrases(v.cycles.get("meetings_one") or ["next"])
    used = wordsearch.phrases(v.cycles.get("meetings_used") or ["use"])
    return re.compile(_USED.format(adj=adj, nouns=nouns, one=one, used=used, verbs=REPORT_VERBS), re.I)


def used(lead: str, adjectives: dict[str, str], v: Vocabulary) -> str | None:
    """The cycle of the recurring meeting a report is given at where the text names it right before the report's
    infinitive (`lead`, the text of its clause before the report's scope, ends with it): "use the ... annual
    consultative meeting to provide updates" (S/RES/2719 (2023) op 16): P1Y. None where no such meeting ends `lead`."""
    rx = _used(v)
    m = rx.search(lead[-USED_SPAN:]) if rx else None
    return adjectives.get(m.group("adj").lower()) if m else None
