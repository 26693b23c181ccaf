"""Whether a bare report word is the verb of a report asked for, and whether an "update" is given to
someone: "to report orally", "to update as necessary the Council", "update it", "update the AUHIP" ask for
a report; "to update regularly the list referred to in paragraph 2 above", "refine and update them",
"update the ... clearing house databases" do a thing.

Split from report_words.py (which says which report words name something other than a report asked
for) when it passed 400 lines; report_triggers reads both. No I/O; nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from resgraph.vocab import load
from resgraph.wordsearch import phrases

# "update the Council", "brief the KP Chair": a body or an officer, named or not in the vocabulary
# (the heads are data: ontology/vocab/reports.yaml `body_heads`)
BODY_OBJECT = re.compile(rf"\s+the\s+(?:[A-Z][\w-]*\s+){{0,3}}?(?:{phrases(load().reports['body_heads'])}|Chair\w*)\b")
# "update the World Survey ... for the consideration of the Assembly at its seventy-ninth session"
FOR_AN_ORGAN = re.compile(r"[^;]{0,120}?\b(?:for\s+(?:the\s+)?consideration|at\s+its\s+[\w-]+\s+session)\b")


# "encourages him to continue to refine and update them" (S/RES/1880 (2009) op 21, heldout11: the benchmarks): "it" or
# "them" after "update" joined to a verb of a thing is that thing (not after "brief and update them")
# (the verbs of someone are data: ontology/vocab/reports.yaml `someone_verbs`)
THING_VERB_AND = re.compile(
    rf"\b(?!(?:{phrases(load().reports['someone_verbs'])}|with|to|on)\b)[a-z]+\s+"
    r"and\s+(?:[a-z]+ly\s+)?$"
)

# ... but "it" or "them" updated on a subject is someone: "to monitor and update it regularly on the situation"
UPDATED_ON = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:on|of|about|regarding|concerning)\b")


# an aside in commas between "update" and whom it tells: "to update, within existing modalities, the Peacebuilding
# Commission and inform its discussions" (S/RES/2805 (2025) op 19, heldout21 03), "to update, as appropriate, the
# Peacebuilding Commission, within existing resources" (op 25); a thing past one stays a thing ("to update, as
# necessary, the standard form for listing", "to update, on a periodic basis, the public exhibit": lower case)
ASIDE = re.compile(r",\s*[a-z][^,;:()]{1,50},(?=\s)")
# "updating" is a report's verb only where it goes on: "to continue updating the Peacebuilding Commission on this
# collaboration" (S/RES/2805 (2025) op 6, heldout21 03; A/RES/80/11 op 6), never "the updating of the list"
GOES_ON = re.compile(r"\b(?:continue|keep)\s+(?:[a-z]+ly\s+)?$", re.I)


def updates_someone(text: str, e: int, end: int, actors: Callable[[int, int], list[tuple[str, int, int]]]) -> bool:
    """Whether "update" ending at text[e] is given to someone ("update it", "update the Council",
    "update the AUHIP") or for an organ's session, not done to a thing ("update the Global Forest
    Financing Facilitation Network clearing house databases", "the United Nations Procurement
    Manual", "refine and update them"); actors(a, b): the actors named in text[a:b]. The clause ends at `end`."""
    aside = ASIDE.match(text, e, end)
    if aside:  # "to update, within existing modalities, the Peacebuilding Commission": whom, past the aside
        e = aside.end()
    m = re.match(r"\s+(?:it\b|them\b|(the)\s+[A-Z]|Member\s+States\b)", text[e : e + 24])
    if not m:
        return False
    if (
        text[e : m.end() + e].split()[-1] in ("it", "them")
        and THING_VERB_AND.search(text, max(0, e - 60), e - 6)
        and not UPDATED_ON.match(text, m.end() + e)
    ):
        return False
    return (
        not m.group(1)
        or bool(BODY_OBJECT.match(text, e) or FOR_AN_ORGAN.match(text, e, end))
        or any(x[1] <= e + 6 for x in actors(e, min(end, e + 80)))
    )


# what makes a bare report word after "to" a verb: "to report orally", "and report on", "to update, as necessary, it"
VERB_AFTER = re.compile(
    r"\s+(?:to\b|orally|in\s+writing|on\b|back\b|regularly|periodically|annually|every\b|by\b|no\s+later|within|"
    r"at\s+(?:its|the)\b|thereon|accordingly|as\s+(?:necessary|appropriate|needed)|once\b|twice\b)"
)
# "to update as necessary the publicly available reasons for listing", "to update regularly the list referred to in
# paragraph 2 above" (S/RES/1390 (2002) op 5 (a), heldout16): a thing updated, no report (not "to
# update regularly the members of the Council")
UPDATES_A_THING = re.compile(
    r",?\s+(?:as\s+(?:necessary|appropriate|needed)|[a-z]+ly)\s*,?\s+(?:the|its|their|his|her|this|these|such)\s+"
    r"(?!(?:Security\s+)?(?:Council|Committee|Assembly|Commission)\b|members\b)(?![A-Z])[a-z]"
)


def verb_after(text: str, e: int, noun: str) -> bool:
    """Whether what follows a bare report word ending at text[e] (noun: the word, lower case) makes it
    the verb of a report asked for ("to report orally", "to update as necessary the Council"), not
    of a thing done ("to update as necessary the publicly available reasons")."""
    if not VERB_AFTER.match(text, e):
        return False
    return not (noun.startswith("update") and UPDATES_A_THING.match(text, e))


# "and requests the parties update the AUHIP and the Special Envoy ... on the steps outlined below" (S/RES/2416 (2018)
# op 6, 2445 (2018) op 7, 2469 (2019) op 8; heldout31 18): a subjunctive with no "that", its subject right after the verb;
# the directive verb only, the paragraph's "Requests" or one after "and", "also", "further" or a comma, not the noun in
# "to consider the requests the parties report to the Committee" (review51 8)
REQUESTS = re.compile(r"\brequests\s", re.I)
DIRECTIVE_BEFORE = re.compile(r"(?:^|[,;]\s*|\b(?:and|also|further)\s+)$", re.I)


def after_request(text: str, start: int, s: int) -> int | None:
    """Where the last "requests" of text[start:s] ends (report_triggers reads the bodies after it as the subject of the
    bare report word at s, as after "that"), None for none."""
    ends = [
        m.end()
        for m in REQUESTS.finditer(text, start, s)
        if m.start() == start or m.group()[0] == "R" or DIRECTIVE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]
    return ends[-1] if ends else None
