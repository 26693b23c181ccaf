"""Mandate terms ended: what the Council terminates or discontinues, and when.

"Decides to terminate the mandate of the Commission" and "to terminate MINUSMA's mandate ... as of
June 30 2023" end a body's mandate; "Decides to terminate the prohibitions imposed by paragraph 8 of
resolution 1160 (1998)" (S/RES/1367 (2001)), "to terminate with immediate effect the measures
imposed by paragraph 11 of resolution 1011 (1995)" (S/RES/1749 (2007)), "to discontinue the
authorization granted in paragraph 5 of resolution 1626 (2005)" (S/RES/1971 (2011) op 1), "to
terminate, on 30 June 2011, the arrangements established in paragraph 20 of resolution 1483 (2003)"
(S/RES/1956 (2010)) end the measures, authorizations or arrangements of the paragraphs they name;
"to discontinue the expansion of the mandate of the Verification Mission in Colombia" (S/RES/2798
(2025) op 2) ends a part of a body's mandate, read as the body's (heldout7 05 op 2). An ending with
no date of its own takes effect with the decision: no `until`.

Split from terms.py, which finds the terms and what they are of.
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates

# when an ending takes effect, between the verb and what ends: "immediately", "with immediate effect",
# "as of the date of adoption of this resolution", "effective on the adoption of this resolution", ", on 30 June 2011,"
_WHEN = (
    r"(?:\s+immediately|\s+with\s+immediate\s+effect|\s+(?:effective|as\s+of)\s+[^,;]{1,80}?(?=\s+the\s)"
    r"|\s*,\s+[^,;]{1,60},)?"
)
# what a paragraph of a resolution set up, ended by naming it: "the weapons of mass destruction, missile, and civil
# nuclear-related measures imposed by paragraphs 8, 9, 10, 12 and 13 of resolution 687 (1991)" (S/RES/1957 (2010))
_NAMED = (
    r"(?:[\w-]+,?\s+(?:and\s+)?){0,8}?(?:measures?|prohibitions|obligations|authori[sz]ations?|arrangements)\b"
    r"(?=[^;]{0,160}?\bparagraphs?\s+\d)"
)
PATTERN = (
    r"\b(?:terminate|terminates|terminated|discontinue|discontinues|end|ends)" + _WHEN + r"\s+(?:the\s+|its\s+)?"
    r"(?:mandates?\b|measures\b|(?:expansion|extension)\s+of\s+the\s+mandate\b|[A-Z][\w’'-]*(?:’s|'s)\s+mandate\b|"
    + _NAMED
    + r")"
    r"|\bshall\s+(?:cease\s+to\s+have\s+effect|terminate|expire)\b"
)
WORDS = ("terminat", "discontinu", "end", "shall")
ON_DATE = re.compile(r",\s+on\s+" + dates.DATE + r"\s*,")


def on(words: str) -> str | None:
    """The date an ending's own words give between its verb and what ends ("to terminate, on 30 June
    2011, the arrangements"): ISO, or None."""
    m = ON_DATE.search(words)
    return dates.iso(m) if m else None
