"""One report said twice in a clause: asked for by a noun and again by the verb, or the other way round.

"to compile a report on measures already taken ... and to report to the General Assembly at its seventy-fifth
session" (A/RES/74/43 op 5 and its yearly successors) and "to report on both the direct and indirect transfer ...
and to present its report to the Human Rights Council at its fifty-ninth session" (A/HRC/RES/55/28 op 43) each ask
for one report: the first mention says what it is about, the second when and to whom it goes. A report noun
("a report") is followed by the verb ("and to report"), or the verb by the report it gives ("its report", "the
report"); the first names no receiver and no time of its own. Not the same: an update and a report, a briefing and
a report ("to submit a report ... and to brief the Council"), nor reports ("periodic reports ... and to report").

A regular report and the cycle it keeps are one too: "to report regularly on the security and humanitarian situation
..., and to submit to it a report on that matter every three months" (S/RES/1778 (2007) op 20, heldout34 12: one
item, every P3M, as "to report regularly, and at least every three months", S/RES/1861 (2009) op 28): the reporting
said to be regular is the report whose cycle follows. Only a cycle: "to report periodically to the Committee and to
provide an additional report by 19 April 2002" (S/RES/1374 (2001) op 6) asks a second report, one by a date; nor an
update ("and to provide the Security Council, with the same regularity, a specific update", heldout8 04 op 28), nor
a report on a subject of its own ("to report regularly ... on the implementation of the mandate of the Mission, and to
submit a report on the situation of refugees in the region every six months": two). The one item is the cycle's, of
the cycle's form ("and to submit an oral report every three months": oral; merged_form).
"""

from __future__ import annotations

import re

OWN = ("explicit_to", "due", "every", "within", "session", "mandate_end")
A_REPORT = re.compile(r"(?:a|an)\s+(?:[\w\u2010\u2011-]+\s+){0,2}report$", re.I)
THE_REPORT = re.compile(r"(?:its|his|her|their|the)\s+(?:[\w\u2010\u2011-]+\s+){0,2}report$", re.I)
# the two mentions are joined as two requests of one reporter: "..., and to report", "and to present its report"
JOINED = re.compile(
    r"\band\s+(?:also\s+|further\s+)?to\s+(?:\w+ly\s+)?(?:(?:submit|present|provide|transmit)\s+)?$", re.I
)
# the regular report's verb: "to report regularly", "to regularly report", "to report periodically"
REGULAR = re.compile(r"\bto\s+(?:report\s+(?:regularly|periodically)|(?:regularly|periodically)\s+report)\b", re.I)
# the cycle's report given by a verb of its own, to the receiver or none named: "and to submit to it a report"
GIVEN = re.compile(
    r"\band\s+(?:also\s+|further\s+)?to\s+(?:submit|present|provide|transmit)\s+"
    r"(?:to\s+(?:it|them|the\s+(?:Security\s+)?Council)\s+)?$",
    re.I,
)

# the cycle's report refers back to the regular one ("a report on that matter", "a report thereon") or names no topic
# of its own ("a report to the Council every six months"): not "a report on the situation of refugees in the region
# every six months", another subject (two reports)
BACK = re.compile(
    r"\s*,?\s*(?:thereon\b|on\s+(?:that|this|these|those|the\s+same)\s+(?:matters?|issues?|subjects?|questions?)\b|"
    r"on\s+(?:it|this|them)\b)",
    re.I,
)
TOPIC = re.compile(r"\b(?:on|about|regarding|concerning)\s+(?!a\s+[\w-]+\s+basis\b)", re.I)


def said_twice(text: str, first: tuple[str, str, dict], second: tuple[str, str, dict], at: int) -> bool:
    """Whether a clause's report item `second` (kind, words, fields; its words start at text[at]) is the report of
    the item before it, `first`, said again: a noun then the verb, or the verb then the report it gives, the first
    with no receiver or time of its own, the second joined to it by "and to" with its own, by the same reporter;
    or a regular report then "a report" with the cycle it keeps (regular_then_cycle).
    """
    (k1, w1, f1), (k2, w2, f2) = first, second
    if f1.get("by") != f2.get("by"):
        return False
    if regular_then_cycle(text, first, second, at):
        return True
    if any(f1.get(k) for k in OWN) or not any(f2.get(k) for k in OWN):
        return False
    if not JOINED.search(text, max(0, at - 40), at):
        return False
    noun_then_verb = k1 == "noun" and A_REPORT.fullmatch(w1) is not None and k2 == "verb" and w2.lower() == "report"
    verb_then_noun = k1 == "verb" and w1.lower() == "report" and k2 == "noun" and THE_REPORT.fullmatch(w2) is not None
    return noun_then_verb or verb_then_noun


def regular_then_cycle(text: str, first: tuple[str, str, dict], second: tuple[str, str, dict], at: int) -> bool:
    """Whether `second`, "a report" given every so often by a verb of its own ("and to submit to it a report on that
    matter every three months"), is the cycle of `first`, the verb "report" said to be regular ("to report regularly
    on ..."), of no time of its own and no receiver but the cycle's: not a report by a date or at a session, nor an
    update or a briefing; and the cycle's report refers back to the regular one or names no topic of its own (BACK,
    TOPIC)."""
    (k1, w1, f1), (k2, w2, f2) = first, second
    if k1 != "verb" or w1.lower() != "report" or k2 != "noun" or A_REPORT.fullmatch(w2) is None:
        return False
    dated = any(f2.get(k) for k in ("due", "within", "session", "mandate_end"))
    if not f2.get("every") or dated or any(f1.get(k) for k in OWN[1:]):  # OWN[1:]: the times, not the receiver
        return False
    if f1.get("explicit_to") and f1.get("to") != f2.get("to"):
        return False
    a, b = f1["span"]
    if not REGULAR.search(text, a, b) or not GIVEN.search(text, max(a, at - 60), at):
        return False
    after, end = at + len(w2), f2["span"][1]
    return bool(BACK.match(text, after, end)) or not TOPIC.search(text, after, end)


def merged_form(text: str, first: tuple[str, str, dict], second: tuple[str, str, dict], at: int) -> str | None:
    """The form of the one item `first` and `second` make (said_twice): the cycle's where a regular report keeps it
    ("to report periodically ..., and to submit an oral report every three months": oral), else the first mention's,
    or the second's where the first says none."""
    f1, f2 = first[2], second[2]
    if regular_then_cycle(text, first, second, at):
        return f2.get("form") or f1.get("form")
    return f1.get("form") or f2.get("form")
