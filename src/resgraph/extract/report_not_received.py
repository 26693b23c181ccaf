"""Who is named after "to" without receiving the report: the "to" of a noun ("external support to the M23"), of a
relation ("related to indigenous peoples") or of a thing given or assigned ("the tasks assigned to MONUSCO", "the
support provided by MINUSMA to the FC-G5S"), and the receiver of a report given before ("the report submitted to").
Split from report_receivers.py, which asks `not_received` of the words before each body it finds after "to". Nothing
here raises.
"""

from __future__ import annotations

import re

from resgraph.vocab import load
from resgraph.wordsearch import phrases

_NOT_RECEIVED = load().reports["not_received"]

# "to", and "the United Nations" before a body's name, at the end of the words before it
_TO_END = r"\s+to\s+(?:the\s+)?(?:United\s+Nations\s+)?$"
# a noun whose "to" is not a report's: "obstructions to UNMISS", "external support to the M23",
# "the transition of the security responsibilities to the Government"; a request's addressee ("reaffirms
# its request to the Conciliation Commission to ... report to the Assembly"); also with the noun given by someone
# between: "the support provided by MINUSMA to the FC-G5S" (S/RES/2391 (2017) op 33), "assistance extended to"
# (the nouns and the participles are data: ontology/vocab/reports.yaml `not_received`)
NOUN_TO = re.compile(
    rf"\b(?:{phrases(_NOT_RECEIVED['nouns'])})"
    # (also past a qualifier: "provide assistance as appropriate to the Analytical Support and Sanctions Monitoring
    # Team", S/RES/2626 (2022) op 5 (d), between UNAMA's tasks of monitoring and reporting)
    r"(?:\s+as\s+(?:appropriate|needed|necessary|required))?"
    rf"(?:\s+(?:{phrases(_NOT_RECEIVED['given'])})(?:\s+by\s+[^,;]{{1,60}}?)?)?" + _TO_END,
    re.I,
)
# what is given back, as a noun (after a determiner, a possessive or "for"), is the money's, not a report's: "to identify
# credits for return to Member States" (A/RES/78/253 sec. II op 4); not the verb "to return to the Council"
# (the nouns are data: ontology/vocab/reports.yaml `not_received` `given_back`); only before a body money can be given
# back to (`paid_back_to`, or a State): an organ or a committee named there ("an update on the status of the refunds
# to the Advisory Committee on Administrative and Budgetary Questions") is the report's receiver
PAID_BACK_TO = frozenset(_NOT_RECEIVED["paid_back_to"])
GIVEN_BACK = re.compile(
    rf"\b(?:for|the|its|their|any|a|such)\s+(?:{phrases(_NOT_RECEIVED['given_back'])})" + _TO_END,
    re.I,
)
# a word that makes "to" say what something is about or follows from, not where it goes: "information
# related to indigenous peoples", "where they relate to FATF ... reports", "pursuant to the Committee's"
RELATION_TO = re.compile(
    r"\b(?:relat(?:e|es|ed|ing)|pertain(?:s|ed|ing)?|according|pursuant|attributable|belonging)" + _TO_END,
    re.I,
)
# the States (or others of `considering`) that consider what a report holds, not its receivers: "a report containing
# recommendations for consideration by Member States" (the alternatives of report_receivers.RECEIVER_LEAD's own)
CONSIDERING = frozenset(_NOT_RECEIVED["considering"])
CONSIDERED_BY = re.compile(r"(?:,\s+to\s+be\s+considered|\bfor\s+(?:its\s+)?consideration)\s+by\s+(?:the\s+)?$", re.I)
# what is assigned, entrusted or granted to a body is its task or right, not a report to it: "in order to streamline
# the tasks assigned to MONUSCO" (S/RES/2147 (2014) op 8), "the functions entrusted to the Office", "the troops
# deployed to"
# (the participles are data: ontology/vocab/reports.yaml `not_received` `assigned`)
ASSIGNED_TO = re.compile(
    rf"\b(?:{phrases(_NOT_RECEIVED['assigned'])})"
    r"(?:\s+by\s+[^,;]{1,60}?)?" + _TO_END,
    re.I,
)

# "building on the report submitted to the Human Rights Council at its fifty-third session" (A/HRC/RES/54/1 op 23): a
# report given before, whose receiver and session are not the one asked for ("to be submitted to" is)
PAST_TO = re.compile(
    r"\b(?:submitted|presented|transmitted|delivered|addressed)(?:\s+\w+ly)?" + _TO_END,
    re.I,
)
# "will be also transmitted and presented to the General Assembly" (A/HRC/RES/54/27 op 22), "be submitted to": to come
TO_BE = re.compile(r"\b(?:be|been|being)\s+(?:\w+\s+){0,3}$", re.I)

# the body's name before "mandate" names the mandate, changed or renewed, not a receiver: "recommend any relevant
# changes to the UNMISS mandate", "revisions to the UNMISS mandate" (whatever noun the changes are)
MANDATE_AFTER = re.compile(r"\s+mandates?\b", re.I)


def not_received(lead: str, body: str = "", after: str = "") -> bool:
    """Whether the body named right after `lead` (the words before it; body, its actor id; after, the words after it)
    is the "to" of a noun, of a thing given back (to a body money can be given back to), a relation or a thing
    assigned, or the receiver of a report given before ("the report submitted to"), or names a mandate, or is States
    that consider it ("for consideration by Member States"), not a report's receiver."""
    paid_back = not body or body in PAID_BACK_TO or body.startswith("state:")
    return bool(
        MANDATE_AFTER.match(after)
        or NOUN_TO.search(lead)
        or (paid_back and GIVEN_BACK.search(lead))
        or RELATION_TO.search(lead)
        or ASSIGNED_TO.search(lead)
        or _past_to(lead)
        or (body in CONSIDERING and CONSIDERED_BY.search(lead))
    )


def _past_to(lead: str) -> bool:
    """Whether `lead` ends in the participle of a report given before ("submitted to"), not one to come ("to be
    submitted to")."""
    m = PAST_TO.search(lead)
    return bool(m and not TO_BE.search(lead, 0, m.start()))
