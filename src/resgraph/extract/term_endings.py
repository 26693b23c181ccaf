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
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# when an ending takes effect, between the verb and what ends: "immediately", "with immediate effect",
# "as of the date of adoption of this resolution", "effective on the adoption of this resolution", ", on 30 June 2011,"
WHEN = (
    r"(?:\s+immediately|\s+with\s+immediate\s+effect|\s+(?:effective|as\s+of|from)\s+[^,;]{1,80}?(?=\s+the\s)"
    r"|\s*,\s+[^,;]{1,60},)?"
)
# what a paragraph of a resolution set up, ended by naming it: "the weapons of mass destruction, missile, and civil
# nuclear-related measures imposed by paragraphs 8, 9, 10, 12 and 13 of resolution 687 (1991)" (S/RES/1957 (2010))
# (what is ended is data: ontology/vocab/terms.yaml `ended`)
_ENDED = load().terms["ended"]
_NAMED = rf"(?:[\w-]+,?\s+(?:and\s+)?){{0,8}}?(?:{phrases(_ENDED['named'])})\b(?=[^;]{{0,160}}?\b(?:paragraphs?|resolutions?)\s+\d)"
# (the verbs are data: ontology/vocab/terms.yaml `ending_verbs`)
PATTERN = (
    rf"\b(?:{phrases(load().terms['ending_verbs'])})" + WHEN + r"\s+(?:the\s+|its\s+)?"
    r"(?:mandates?\b|measures\b|(?:expansion|extension)\s+of\s+the\s+mandate\b|[A-Z][\w’'-]*(?:’s|'s)\s+mandate\b|"
    + _NAMED
    # "decides further to terminate paragraph 14 of that resolution" (S/RES/2040 (2012) op 8): the paragraph named
    + r"|(?=paragraphs?\s+\d[^;]{0,40}?\bof\s+(?:that\s+|the\s+same\s+|its\s+)?resolution\b))"
    # "the provisions of paragraphs 4 and 5 of resolution 1973 (2011) shall be terminated from 23.59 Libyan local time on
    # 31 October 2011" (S/RES/2016 (2011) op 5), "the exception provided for in paragraph 4 (b) of resolution 1267 (1999)
    # will cease to have effect" (S/RES/1452 (2002) op 4), "the measures contained in paragraphs 3 to 7 of resolution 1725
    # (2006) shall no longer apply;" (S/RES/1744 (2007) op 12, measures, not "lines of reporting ... which shall no longer be
    # in force"), "UNMIN's mandate will terminate on 15 January 2011"; not
    # what ends on a condition ("shall be terminated immediately if the Council ... determines", S/RES/1478 (2003) op 12;
    # "this mandate shall expire upon the completion of the political process", S/RES/1511 (2003) op 15: not terms in the
    # gold), for one listed ("shall terminate with respect to that individual") or in part ("shall no
    # longer apply to the supply ... of non-lethal military equipment", S/RES/2683 (2023) op 2, not a term in the gold)
    # "UNTMIS shall cease all operations on 31 October 2026" (S/RES/2809 (2025) op 6)
    # "Decides to formally conclude the mandate of the Open-ended Working Group on Ageing" (A/RES/79/147 op 69)
    r"|\bconclude\s+(?:the|its)\s+mandate\b"
    r"|\b(?:shall|will)\s+(?:cease\s+to\s+have\s+effect|cease\s+all\s+operations|terminate|expire|be\s+terminated)\b"
    r"(?![^;]{0,30}?\b(?:if|unless|once|when|upon|with\s+respect\s+to|in\s+respect\s+of)\b)"
    # "the notification requirements set out in paragraph 5 of resolution 1807 (2008) shall no longer apply;" (S/RES/2667)
    rf"|\b(?:{phrases(_ENDED['no_longer'])})\b"
    r"[^;]{0,260}?\b(?:shall|will)\s+no\s+longer\s+(?:apply|be\s+in\s+force)(?=\s*(?:[;.]|$))"
)
WORDS = tuple(load().terms["gate_words"]["terminates"])  # terms.ACTION_WORDS
ON_DATE = re.compile(r",\s+on\s+" + dates.DATE + r"\s*,")


# the date right after a passive ending: "shall be terminated from 23.59 Libyan local time on 31 October 2011", "will
# terminate on 15 January 2011", "shall cease to have effect from 00:01 Eastern Standard Time on 14 November 2002"
AFTER = re.compile(
    r"\s*(?:on|from|as\s+of|with\s+effect\s+from|effective(?:\s+on)?)\s+(?:[^,;]{0,50}?\bon\s+)?" + dates.DATE
)


# a time counted from the adoption right after an ending: "shall terminate one year from the date of the adoption of this
# resolution" (S/RES/2146 (2014) op 15), "shall expire 180 days from the adoption of this resolution" (S/RES/2165 op 5)
AFTER_ADOPTION = re.compile(
    r"\s*" + dates.AMOUNT + r"\s+(?:from|after|following)\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?adoption\b"
)


def on(words: str, rest: str = "", adopted: str | None = None) -> str | None:
    """The date an ending's own words give between its verb and what ends ("to terminate, on 30 June
    2011, the arrangements"), or right after them (`rest`, the text after a passive ending: "shall be
    terminated on 31 October 2011", or a time from the adoption on `adopted`): ISO, or None."""
    m = ON_DATE.search(words) or AFTER.match(rest)
    if m:
        return dates.iso(m)
    counted = AFTER_ADOPTION.match(rest)
    return dates.add(adopted, dates.amount(counted)) if counted else None
