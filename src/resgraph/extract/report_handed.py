"""Whether a study or findings are handed to someone: only then are they a report (report_words.HANDED_ONLY).

"to present the study to the Human Rights Council at its sixty-sixth session" (A/HRC/RES/59/13 op 7), "that findings
be submitted to the Security Council within 120 days" (S/RES/2820 (2026) op 12), and in other words: the receiver said
later, before it, or by another request of the clause that hands "it" on. Split from report_words.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.vocab import load
from resgraph.wordsearch import phrases

# (the verbs are data: ontology/vocab/reports.yaml `handing`)
HANDED_BEFORE = re.compile(rf"\b(?:{phrases(load().reports['handing'])})\s+(?:the\s+)?$")
HANDED_TO = re.compile(r"\s+to\s+(?:the\s+)?[A-Za-z]")
HANDED_AFTER = re.compile(
    r"\s+(?:be|is|are|shall\s+be|should\s+be|to\s+be|will\s+be)\s+(?:submitted|presented|transmitted|provided)\s+to\b"
    # "to make the results of this study available to the Security Council and all Member States" (S/RES/2250 (2015)
    # op 20, heldout9 16)
    r"|\s+available\s+to\s+(?:the\s+|all\s+)?[A-Z]"
    # past what it is on: "to conduct a global analytical study on ..., consistent with ..., to be submitted to the
    # Council at its sixty-first session" (A/HRC/RES/57/28 op 3); not past another request (", and")
    r"|(?:(?!,\s+and\b)[^;]){0,600}?,\s+to\s+be\s+(?:submitted|presented|transmitted)\s+to\b"
)
# the receiver said later in the request: "to transmit the study prepared by the group of qualified experts to the
# General Assembly" (A/RES/79/241 op 7), "to present the study, accessible to persons with disabilities, ..., to the
# Council at its sixtieth session" (A/HRC/RES/57/9 op 8), "to submit the study and recommendations to the General
# Assembly" (A/RES/77/177 op 32); not past another request (", and")
HANDED_LATER = re.compile(r"(?:(?!,\s+and\b)[^;])*?\bto\s+the\s+[A-Z]")
# the receiver before it: "to prepare and submit to the Human Rights Council, at its fifty-ninth session, a study"
# (A/HRC/RES/55/8 op 17)
HANDED_FIRST = re.compile(
    r"\b(?:present|submit|transmit)\s+to\s+(?:the\s+)?[A-Z](?:(?!\b(?:on|of|reports?)\b)[^;]){0,100}?,?\s+(?:an?\s+|the\s+)?"
    r"(?:(?!(?:on|of|in|for|about|reports?)\b)[\w\u2010\u2011-]+\s+){0,3}$"
)
# handed by another request of the same clause: "to undertake ... a comprehensive study ... and to submit it to the
# General Assembly" (A/RES/77/177 op 16, 78/233 op 25), "to prepare an analytical study ..., and to present the report
# to the Council at its sixty-second session" (A/HRC/RES/59/11 op 7); "and to present the study" is an item of its own
HANDED_AS_IT = re.compile(
    r"(?:(?!\b(?:report|reports|update|briefing)\b)[^;])*?\band\s+(?:also\s+)?to\s+(?:submit|present|transmit)\s+"
    r"(?:it|the\s+report)\s+to\s+(?:the\s+)?[A-Z]"
)


# a verb that says no form also says nothing of a report unless its receiver is an organ: "convey" hands on requests,
# consent, messages and decisions ("to convey the findings of the mission to the Government of Mali", "to the Chair of
# the Committee", "to the Malian authorities": no report; review 54 B, finding 4); "to the Security Council", "to the
# Council" (the speaker), an organ of the vocabulary (ontology/vocab/organs.yaml) or a council, assembly, committee or
# commission by its generic name
FORMLESS = phrases(load().reports["handing_formless"])  # also report_forms.CONVEYED's
FORMLESS_BEFORE = re.compile(rf"\b(?:{FORMLESS})\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _organ_receiver() -> re.Pattern:
    names = {n for o in load().organs.values() for n in (o.label, *o.names) if n and not n.startswith("the ")}
    named = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{named})\b|(?:Council|Assembly|Committee|Commission)\b(?!\s+of\b)")


def _to_an_organ(text: str, to: re.Match) -> bool:
    """Whether the receiver whose first letter ends `to` is an organ."""
    return bool(_organ_receiver().match(text, to.end() - 1))


def handed(text: str, e: int, end: int, before: str) -> bool:
    """Whether a study or findings (ending at text[e], `before` the text before) are handed to someone
    ("to present the study to the Council", "that findings be submitted to the Council", "to transmit the study
    prepared by ... to the General Assembly", "to submit to the Council ... a study", "a study ... and to submit it
    to the Assembly"), up to end."""
    if HANDED_BEFORE.search(before):
        to = HANDED_TO.match(text, e, end) or HANDED_LATER.match(text, e, end)
        return bool(to and (not FORMLESS_BEFORE.search(before) or _to_an_organ(text, to)))
    return bool(HANDED_AFTER.match(text, e, end) or HANDED_FIRST.search(before) or HANDED_AS_IT.match(text, e, end))


# reports made as a task's means and handed on later in the clause: "to strengthen monitoring and engagement, including
# by preparing reports that are comprehensive ... on the situation of human rights in Nicaragua, building on previous
# reports of the High Commissioner ..., and to present them to the Council at its sixtieth and sixty-third sessions"
# (A/HRC/RES/58/18 op 22, heldout36 30: two written reports, one a session): the reports asked for, not what another
# report includes (report_triggers.INCLUDE_BEFORE) nor one referred to; not "including by submitting reports under the
# International Covenant" (a State's treaty reports, handed to no one the clause names)
# (the gerunds are data: ontology/vocab/reports.yaml `making`)
MADE_AS_MEANS = re.compile(rf"\bincluding\s+by\s+(?:{phrases(load().reports['making'])})\s+$", re.I)
# (not past another request: "..., and to collect the views of States ..., and to present them to the Council": the views)
HANDED_AS_THEM = re.compile(
    r"(?:(?!,\s+and\s+(?:also\s+)?to\s+(?!(?:submit|present|transmit)\s+them\b)\w+)[^;])*?"
    r",?\s+and\s+(?:also\s+)?to\s+(?:submit|present|transmit)\s+them\s+to\s+(?:the\s+)?[A-Z]"
)


def made_and_handed(text: str, e: int, end: int, before: str) -> bool:
    """Whether the reports ending at text[e], `before` them the text before, are made as a task's means ("including by
    preparing reports") and handed on later in the clause, up to end ("and to present them to the Council")."""
    return bool(MADE_AS_MEANS.search(before) and HANDED_AS_THEM.match(text, e, end))
