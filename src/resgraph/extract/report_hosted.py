"""A report word whose clause ends by placing it in a report asked for elsewhere, however far from the word: "to report
the results of the review by proposing either their retention, with clear justification of need, changing of post or
proposing their abolishment, as appropriate, in his future reports" (A/RES/78/252 op 25), "to provide an update on
this, on progress on the reduction of risks and fraud and overpayment, and on measures to ensure its cost-effective
implementation, in the context of its next report" (A/RES/79/253 op 9), "to report thereon in the context of the final
performance report" (A/RES/75/251 C op 15), "to report in this regard as part of the report foreseen in paragraph 118"
(A/RES/75/291 op 93), "to report thereon in the peacekeeping oversight report" (A/RES/76/274 op 101), "to provide an
update to the Council in his next report pursuant to paragraph 50" (S/RES/2277 (2016) op 52).

What is said in a report counted elsewhere is no report of its own (tests/mandate_gold/README.md: "include in his next
report"; heldout9 18 op 3 "report on progress ... in his regular reporting", heldout8 15 op 27 and 45, heldout8 22 op 81
"report on concrete measures taken in this regard in his annual report", heldout8 29 op 59 "present updates in the
context of his regular reporting", heldout15 03 op 15 "provide an update in mandated reporting": none). The nearer
forms (up to 80 characters, or "as part of his regular reports" further on) are report_part_of.PART_OF_REPORTS and
PART_OF_FAR; this one reads the whole clause, up to a new request or a time of the report's own. A report given in a
recurring one ("within his biennial report", "as part of his annual reporting to the Council": report_carried.py) and
a briefing given in a briefing ("in his comprehensive annual briefing", counted by heldout8 02 op 14) are left as they
are. Called by report_within.asks_none. Raises nothing.
"""

from __future__ import annotations

import re

from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the report it is put in: one of the reporter's own ("his future reports", "its next report"), one named by a kind
# that is never a new request ("the next overview report", "the final performance report", "the peacekeeping oversight
# report"), or any report after "in the context of" / "as part of" ("as part of the report foreseen in paragraph 118")
# (reports.yaml `part_of.hosting`)
_KIND = rf"(?:{phrases(load().reports['part_of']['hosting'])})"
HOST = re.compile(
    r"\b(?:(?:in\s+the\s+context\s+of|as\s+part\s+of)\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"|(?:in|within|through)\s+(?:(?:his|her|its|their)\s+(?:[\w-]+\s+){0,2}?" + _KIND + r"\s+(?:[\w-]+\s+){0,2}?"
    r"|the\s+(?:[\w-]+\s+){0,2}?" + _KIND + r"\s+(?:[\w-]+\s+)??))"
    r"(?:reports?|reporting)\b(?!\s+(?:of|by)\b)",
    re.I,
)
# a host named by its reporter: "in the next report of the Secretary-General" (A/RES/74/263 op 3), a report by another
# than the one asked, or by the same, asked for elsewhere (reports.yaml `part_of` `hosting_of`); HOST takes no "of" or
# "by" after the report word, where the kind alone does not say the report is asked elsewhere
HOST_OF = re.compile(
    r"\b(?:in|within|through)\s+the\s+(?:" + phrases(load().reports["part_of"]["hosting_of"]) + r")\s+"
    r"(?:[\w-]+\s+)??reports?\s+(?:of|by)\s+the\b",
    re.I,
)
# before the place, nothing that starts another request or gives this report a time or session of its own
OWN_TIME_OR_REQUEST = re.compile(
    r"\b(?:and\s+(?:also\s+|further\s+)?to|include[sd]?|requests?|decides?|invites?|encourages?|calls|urges|every|"
    r"no\s+later|not\s+later|before|after|by\s+(?:the\s+end|\d)|within\s+(?:an?|one|two|three|four|five|six|\d+)\b|"
    r"sessions?|annually|biennially|yearly)\b|\b\d{4}\b",
    re.I,
)
# a report that recurs is one the reporter gives on a cycle, the one this report is counted as (report_carried.py)
RECURRING = re.compile(r"\b(?:annual|biennial|triennial|quadrennial|quarterly|monthly|yearly|\d+-day)\b", re.I)
# "the recommendations contained in his next report": what the report holds is what this one is on, not its place
# (the participles are data: ontology/vocab/reports.yaml `content_of` `hosted`)
CONTENT_OF = re.compile(rf"\b(?:{phrases(load().reports['content_of']['hosted'])})\s+$", re.I)
REACH = 320  # characters from the report word to the place: the longest corpus clause, A/RES/79/253 op 12, is 260


def hosted(text: str, e: int, end: int) -> bool:
    """Whether the clause after the report word ending at e (to end, or its first semicolon) puts it in a report asked
    for elsewhere, with no new request and no time of its own between."""
    # (the semicolon looked for within the reach only: a clause of many report words and no semicolon was searched to
    # its end once per word)
    limit = min(end, e + REACH + 60)
    semicolon = text.find(";", e, limit)
    stop = semicolon if semicolon >= 0 else limit
    m = HOST.search(text, e, stop) or HOST_OF.search(text, e, stop)
    if not m or m.start() - e > REACH:
        return False
    return not (
        OWN_TIME_OR_REQUEST.search(text, e, m.start())
        or RECURRING.search(m.group())
        or CONTENT_OF.search(text, max(e, m.start() - 40), m.start())
    )
