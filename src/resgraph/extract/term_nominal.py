"""An extension decided by its noun: "Decides to provide an extension, until 31 December 2010, on the
arrangements established in paragraph 20 of resolution 1483 (2003) ..." (S/RES/1905 (2009) op 1), "Decides
to confirm in accordance with paragraph 2 of resolution 2642 (2022) the extension of decisions in paragraphs
2 and 3 of Security Council resolution 2165 (2014), for a period of six months, that is, until 10 July
2023" (S/RES/2672 (2023) op 2): the same term as "Decides to extend ...", of what follows "on" or "of".

Only an extension that a verb of the decision itself governs ("decides to provide / grant / confirm /
approve", "decides on", "approves", "authorizes"), right before the noun: "requests recommendations on
the extension of the mandate" or "the Council will consider the extension of" speak of one and set none.

Split from terms.py, which finds the terms and what they are of; nothing here raises.
"""

from __future__ import annotations

# what the noun extends: the words an extension's object opens with (as terms.py's verb pattern reads them)
OBJECT = (
    r"(?:the\s+|its\s+)?(?:present\s+|current\s+)?(?:arrangements|measures?|decisions|provisions|mandates?|"
    r"authori[sz]ations?|deployment|tasks|exemptions?|term\s+of\s+office)\b"
)
# the noun, after the verb that decides it and, between them, words with no clause break; then its time, if it
# comes first, and "on" or "of" its object
PATTERN = (
    r"(?:\b[Dd]ecides\s+(?:to\s+(?:provide|grant|confirm|approve|authori[sz]e)\b(?:[^;,]{0,80}?)|on)|"
    r"\b(?:[Aa]pproves|[Aa]uthori[sz]es|[Gg]rants|[Cc]onfirms))"
    r"\s+(?:an?|the)\s+(?:further\s+|technical\s+|final\s+|additional\s+)?extension"
    r"(?=(?:,\s+(?:until|till|for)\b[^;,]{0,80},)?\s+(?:on|of)\s+" + OBJECT + r")"
)
# the words one of which the pattern needs, lower-cased (a clause without them is not searched)
WORDS = ("extension",)
