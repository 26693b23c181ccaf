"""Who a decision to invite, request or authorize names (windows.WINDOW_LEAD): "Decides to invite X to <act>" is one
mandate, decides, whose addressees are those invited (tests/mandate_gold/README.md; heldout5 16 op 0, heldout12 23
op 1, heldout13 20 op 0, heldout24 22 op 3, heldout26 19 op 0, heldout33 27 op 7: every set), so the window opens
after "to invite" where those invited follow it; otherwise the decision stays the organ's own.

Those invited are read where they open with "the", "all", a capital or "a/an" ("Decides to invite the Secretary-
General, ..., to develop", heldout5 E/RES/2021/30 op 0); with a person's noun ("representatives of the Committee on the
Rights of the Child to attend", heldout33 A/HRC/RES/56/5 op 7; "members of", "heads of"); with lower-case words and
their infinitive ("intergovernmental organizations to participate"); with lower-case modifiers before a name and its
infinitive ("interested Member States to participate"); past a qualifier set off after the verb ("to invite, as
appropriate, representatives of civil society") or where they are invited to ("to invite to the commission
representatives of", A/RES/78/272 op 5; "to invite to the meeting the President of the General Assembly ... to make
statements": a place that ends on a lower-case word, so that "to the meeting of the United Nations Children's Fund"
gives no name of the place as invited). Split from windows.py (its size).

Not those invited: a thing invited ("voluntary contributions to enable the Office of the High Commissioner to",
"proposals to strengthen the role of UNICEF", "inputs to inform the report of the Secretary-General", "contributions
from Member States to support": a preposition among the words before the name, or an infinitive first, whose window
then names no one, so the organ stays).
"""

from __future__ import annotations

VERB = r"to\s+(?:also\s+|further\s+)?"
# a qualifier set off by commas right after the verb: "to invite, as appropriate, representatives of civil society"
QUALIFIED = r"(?:\s*+,\s*+(?:as|where)\s+appropriate\s*+,)?+\s+"
# an infinitive of the words before it, not "to" before a determiner ("contributions to the trust fund")
INFINITIVE = r"\sto\s+(?!(?:be|the|an?|its|their|th[io]se|this|all|that|such|any|each)\b)[a-z]"
# the modifiers that may stand before a name of those invited ("interested Member States", "all relevant United Nations
# entities"; as asides.DETERMINERS), not any adjective: "voluntary Member State contributions" is a thing invited
MODIFIER = r"(?:all|relevant|other|interested|concerned|participating|further|both)"
# a thing invited after the modifiers and a name: "further Member State contributions to support the Fund" (review55-F 1)
THINGS = r"\b(?:contributions?|proposals?|inputs?|views|submissions?|comments|resources|funding|financing|donations?)\b"
# the last word of a place before a name: lower-case, no preposition, article or conjunction ("the meeting the")
PLACE_END = (
    r"(?!(?:of|from|by|for|to|with|in|on|at|and|or|the|an?|its|their|under|through|between|among|per)\s)[a-z][\w-]*"
)
NAMED = r"(?=the\b|all\b|member\s+States\b|[A-Z]|(?<=invite\s)an?\s)"
UNNAMED = (
    r"(?=(?:representatives|members|heads)\s+of\s"
    rf"|[a-z][\w-]*(?:\s[a-z][\w-]*){{0,4}}{INFINITIVE}"
    rf"|(?:{MODIFIER}\s+){{1,3}}[A-Z](?:(?!{THINGS})[^;:]){{0,200}}?{INFINITIVE})"
)
# where to: "to the substantive sessions of the Ad Hoc Committee, as appropriate," (before an unnamed invited)
PLACE = r"(?:(?:to|at)\s+(?:the|its)\s[^,;:]{1,120}?(?:\s*+,\s*+as\s+appropriate\s*+,\s*+|\s))?"
# where to, before a name: single words, the last a lower-case one that is no preposition ("to the meeting the
# President"), never "of the" before a capital
NAMED_PLACE = rf"(?:to|at)\s+(?:the|its)\s(?:[\w-]+\s){{0,8}}?{PLACE_END}\s+(?=(?:the\s+)?[A-Z])"
LEAD = (
    rf"{VERB}(?:authori[sz]e|invite|request){QUALIFIED}{NAMED}"
    rf"|{VERB}invite{QUALIFIED}{NAMED_PLACE}"
    rf"|{VERB}invite{QUALIFIED}{PLACE}{UNNAMED}"
)
