"""Report words that name something other than a report asked for: a title ("the World Drug
Report"), a kind of meeting ("briefing meetings"), the update of a document ("an update to the
technical guidance"), reporting as a topic or a practice ("the advisory group on reporting to the
Forum", "monitoring and reporting on violations"), a condition ("subject to an assessment of risk");
reporting that is a part of reports asked for elsewhere ("report thereon in his next report") and what
ends a clause's requests (a request of another resolution recalled, the organ's own "welcomes").

Split from reports.py, which reads the reports asked for; this module only says which words ask for
none, from the words around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

TITLE_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")
BRIEFING_OF = re.compile(r"\s+(?:meetings?|sessions?|notes?|materials?|papers?|packages?|documents?|kits?)\b")
# the update of a thing, not one given to someone; an update of a report or study is a report
UPDATE_OF = re.compile(r"\s+(?:to|of)\s+(?:the|its|this|that)\s+(?!reports?\b|study\b|studies\b)[a-z]")
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
# a condition or a ground, not a request: "subject to an assessment of risk", "on the basis of an
# assessment of the health conditions" (but "based on reporting by the Secretary-General", "on the
# basis of a report ... to be provided by the Chair" ask for one)
CONDITION_BEFORE = re.compile(
    r"\b(?:subject\s+to|based\s+on|on\s+the\s+basis\s+of|pending|in\s+(?:the\s+)?light\s+of|informed\s+by)\s+$", re.I
)
TO_BE_GIVEN = re.compile(r"[^;]{0,80}?\bto\s+be\s+(?:provided|submitted|presented|prepared|delivered)\b")


def names_another_thing(
    text: str, e: int, words: str, lead: str, before: str, actors: Callable[[int, int], list[tuple[str, int, int]]]
) -> bool:
    """Whether the report noun `words` (ending at text[e], its article or possessive `lead`, the text
    `before` it) names no report asked for; actors(a, b): the actors named in text[a:b]."""
    head = words.split()[-1]
    if CONDITION_BEFORE.search(before) and head.lower() != "reporting" and not TO_BE_GIVEN.match(text, e):
        return True  # "in strict compliance with ..., subject to an assessment of risk"
    if not lead and head[0].isupper() and TITLE_BEFORE.search(before):
        return True  # "a concise Global Forest Goals Report"
    low = head.lower()
    if low.startswith("briefing") and BRIEFING_OF.match(text, e):
        return True  # "by organizing short briefing meetings"
    if low in ("update", "updates") and UPDATE_OF.match(text, e):
        return not any(x[1] <= e + 28 for x in actors(e, e + 60))  # "an update to the members of the Council" is one
    if low == "reporting":
        prep = REPORTING_PREP.match(text, e)
        return not prep or (prep.group(1) != "by" and bool(REPORTING_TOPIC[prep.group(1)].search(before)))
    return False


# "keep the Council informed ..., including through oral updates and written reports every 90 days"
MEANS_BEFORE = re.compile(
    r"\b(?:including\s+)?(?:through|by\s+means\s+of|via)\s+(?:[\w-]+\s+){0,3}?(?:(?:and|or)\s+(?:[\w-]+\s+){0,2})?$",
    re.I,
)
TIMED_AFTER = re.compile(
    r"[^;:]{0,60}?\b(?:every\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)|monthly|quarterly|annually|"
    r"(?:the\s+)?(?:first|next)\s+(?:report|update|briefing)\s+(?:being\s+)?due)\b",
    re.I,
)


def named_as_means(text: str, e: int, end: int, before: str) -> bool:
    """Whether the report noun ending at text[e] (with no article), `before` it the text before, is
    named as the means of keeping someone informed, with a cycle of its own (up to end): the means so
    named are reports asked for, though "through his reports" refers to reports."""
    return bool(MEANS_BEFORE.search(before) and TIMED_AFTER.match(text, e, end))


class _Asked(Protocol):
    kind: str  # noun | verb


T = TypeVar("T", bound=_Asked)


def add_asked(items: list[T], item: T, means: bool) -> None:
    """Add a report asked for to items; the means named of a report verb just before replace it ("and
    report to the Council, through the provision of written reports, every 90 days": one report)."""
    if means and item.kind == "noun" and items and items[-1].kind == "verb":
        items.pop()
    items.append(item)


# "update the Council", "brief the KP Chair": a body or an officer, named or not in the vocabulary
BODY_OBJECT = re.compile(
    r"\s+the\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Council|Committee|Assembly|Commission|Forum|Board|Conference|Group|"
    r"Panel|Team|Mission|Envoy|Representative|Secretary-General|President|Chair\w*|Coordinator|Rapporteur)\b"
)
# "update the World Survey ... for the consideration of the Assembly at its seventy-ninth session"
FOR_AN_ORGAN = re.compile(r"[^;]{0,120}?\b(?:for\s+(?:the\s+)?consideration|at\s+its\s+[\w-]+\s+session)\b")


def updates_someone(text: str, e: int, end: int, actors: Callable[[int, int], list[tuple[str, int, int]]]) -> bool:
    """Whether "update" ending at text[e] is given to someone ("update it", "update the Council",
    "update the AUHIP") or for an organ's session, not done to a thing ("update the Global Forest
    Financing Facilitation Network clearing house databases", "the United Nations Procurement
    Manual"); actors(a, b): the actors named in text[a:b]. The clause ends at `end`."""
    m = re.match(r"\s+(?:it\b|them\b|(the)\s+[A-Z])", text[e : e + 8])
    if not m:
        return False
    return (
        not m.group(1)
        or bool(BODY_OBJECT.match(text, e) or FOR_AN_ORGAN.match(text, e, end))
        or any(x[1] <= e + 6 for x in actors(e, min(end, e + 80)))
    )


# "to submit the report of the Special Envoy ... to the General Assembly": a report asked for, not one referred to
SUBMIT_THE = re.compile(r"\b(?:submit|transmit|present)\s+the\s+$", re.I)
OF_SOMEONE = re.compile(
    r"\s+of\s+(?:the|his|her|its)\s+(?:[A-Z]|(?:[\w-]+\s+){0,4}?(?:group|panel|team|mission|committee|commission|"
    r"envoy|experts?|rapporteur|mechanism|board|office)\b)"
)


# "report ... as part of his regular reports", "in the context of his next report", "report thereon in his next
# report", "report on its follow-up efforts in the regular annual report of the Secretary-General", "report on
# such challenges, successes and best practices in her next report": a part of reports asked for elsewhere, as
# "include in his next report" is (tests/mandate_gold/README.md); not over an "include" ("report every three
# months ..., include in his next report" asks one)
PART_OF_REPORTS = re.compile(
    r"(?:(?!\binclude\b)[^;]){0,80}?\b(?:as\s+part\s+of|in\s+the\s+context\s+of|in)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?"
    r"(?:[\w’'-]+\s+){0,3}(?:regular|periodic|next|annual)\s+report(?:s|ing)?\b",
    re.I,
)

# "..., and recalls its request to the High Commissioner in its resolution 55/21 to submit a report": a
# request of another resolution recalled asks for no report here (to the end of the clause); nor do the
# organ's own words after a mandate ("Encourages the field-based structure ... to continue its
# endeavours, welcomes its regular reports to the Human Rights Council"; "...; and underlines the
# need for UNAMID to report": a need stressed, not a request; "looks forward to a report" still counts)
RECALLED = re.compile(
    r"(?:,|;|\band)\s+(?:also\s+|further\s+)?(?:recall(?:s|ing)\s+(?:its|the)\s+(?:\w+\s+)?requests?|"
    r"welcomes|takes\s+note|acknowledges|commends|expresses\s+its\s+intention|"
    r"(?:underlines|stresses|emphasizes|emphasises)\s+the\s+(?:need|importance))\b"
)
