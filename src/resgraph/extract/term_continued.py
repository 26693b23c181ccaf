"""Terms carried on by a decision that a body or measures go on to a time, with no verb of renewal.

"Decides that CTED will continue to operate as a special political mission under the policy guidance
of the CTC for the period ending 31 December 2025" (S/RES/2617 (2021) op 2, and the same wording in
1805, 1963, 2129, 2395 and 2810) extends CTED until 2025-12-31, as "Decides that UNTMIS shall
deliver a first phase of its transition until 31 October 2025" extends UNTMIS; "Decides all other
provisions set out in paragraph 1 of resolution 2648 (2022) shall continue to apply until July 31,
2024" (S/RES/2693 (2023) op 2) extends the measures of that paragraph, as "shall remain in force
until" does.

Split from terms.py, which finds the terms and what they are of (the subject named before "shall";
the measures named before "continue to apply", term_measures.IN_FORCE).
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates
from resgraph.extract.term_ceiling import OBJECT
from resgraph.vocab import load

# where a term carried on ends: "until 31 October 2025", "for the period ending 31 December 2025",
# "until July 31, 2024"
# (the date's groups unnamed: the pattern is looked ahead for, in more than one place of one pattern)
ENDS = (
    r"(?:(?:until|till|for\s+(?:the|a)\s+(?:further\s+)?period\s+ending(?:\s+on)?)\s+"
    + dates.DATE_PLAIN
    # "shall continue to apply until that date": a date the paragraph named before (term_times.that_date)
    + r"|(?:until|till)\s+(?:that|the\s+same)\s+date\b)"
)
# a body that shall go on doing its work to a time ("Decides that MONUSCO shall be deployed until 30 June 2011", S/RES/1925
# (2010) op 2; "Decides that ... UNOCI shall have the following mandate from the date of adoption of this resolution until
# 31 December 2010", S/RES/1933 (2010) op 16, the text's only renewal of UNOCI); not States that shall go on doing
# something, nor a strength kept ("UNAMID shall maintain its current troop and police ceilings until 31 May 2020", S/RES/2517
# (2020) op 1: an authorization, term_ceiling), nor a mandate with no time ("Decides that UNMISS shall have the following
# mandate, and authorizes UNMISS to use all necessary means", S/RES/2567 (2021) op 3)
GOES_ON = (
    r"\b(?:shall|should|will)\s+(?:deliver|maintain(?!\s+" + OBJECT + r")|continue\s+to\s+\w+|be\s+deployed|"
    r"(?:also\s+)?have\s+the\s+following\s+mandate)\b"
    r"(?=[^;]{0,150}?\b" + ENDS + r")(?<=\w)(?![^;]{0,150}?\bStates\b)"
)
# a monitoring group or panel set to its task again for a time, with no verb of renewal: "Requests the Secretary-General
# ... to reappoint five experts, drawing ... on the expertise of the members of the Monitoring Group established pursuant
# to paragraph 4 (a) of resolution 1363 (2001), to monitor for a further period of 12 months the implementation of the
# measures" (S/RES/1455 (2003) op 8, heldout14), "to assign the Monitoring Group established pursuant to ... resolution
# 1363 (2001), whose mandate expires on 19 January 2002, to monitor, for a period of 12 months, the implementation"
# (S/RES/1390 (2002) op 9): the group's mandate extended; not "to reappoint the Panel of Experts" with no time. No
# "\s*,?\s+" before "for": two space runs side by side were quadratic in a run of spaces after "to monitor". The group
# nouns are data (ontology/vocab/terms.yaml `reassigned`)
_GROUPS = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in load().terms["reassigned"])
REASSIGNED = (
    r"\b(?:reappoint|assign)\b(?=[^;]{0,300}?\b(?:" + _GROUPS + r")\b[^;]{0,200}?"
    r"\bto\s+monitor,?\s+for\s+(?:a|an)\s+(?:further\s+|additional\s+)?period\s+of\b)"
)
# the time said first, in the directive's aside, the measures that "shall continue to apply" after it: "Decides, for a
# further period ending on the date referred to in paragraph 1 above, that the measures in paragraph 3 above shall
# continue to apply to individuals and entities already designated" (S/RES/1857 (2008) op 5, heldout33 15: extends,
# as heldout10 11 op 1 "shall continue to apply until that date"; S/RES/1807 (2008) op 14); the match runs from the
# time to the verb, so the measures are those named just before it (term_measures.IN_FORCE). Not "Affirms that the
# provisions ... shall continue to apply" (no time, no directive: heldout7 11 op 7), nor "until" a condition, no time
# ("Decides, until the Council decides otherwise, that the measures ... shall continue to apply": an extension with no
# end): "until" a date, "that date" or "the date referred to in paragraph 1"
TIMED_FIRST = (
    r"(?<=,\s)(?:for\s+(?:a|an)\s+(?:new\s+|further\s+|additional\s+)?period\b|until\s+(?:"
    + dates.DATE_PLAIN
    + r"|(?:that|the\s+same|the)\s+date\b))[^;]{0,160}?,\s+that\s+"
    r"(?:(?!\bthat\b)[^;]){1,200}?\b(?:shall|will)\s+continue\s+to\s+apply\b"
)
# measures that stay in force: "shall remain in force until", "shall continue to apply until July 31, 2024", "shall
# remain in effect for a further period of", "shall continue to apply until that date" (a date named before in the
# paragraph: "Decides to terminate, on 30 June 2011, the arrangements ... and further decides that ... the provisions of
# paragraph 22 of resolution 1483 (2003) shall continue to apply until that date", S/RES/1956 (2010) op 1, a clause of
# its own)
IN_FORCE = (
    r"\b(?:(?:remain|continue)\s+in\s+(?:force|effect)\s+(?=for\s+(?:a|an)\s+(?:new|further|additional)\s+period\b|until\b)"
    r"|continue\s+to\s+apply\s+(?=for\s+(?:a|an)\s+(?:new|further|additional)\s+period\b|"
    + ENDS
    + "))"
    + "|"
    + TIMED_FIRST
)
# the words one of which the patterns need, lower-cased (a clause without them is not searched; data:
# ontology/vocab/terms.yaml `gate_words` `continued`)
WORDS = tuple(load().terms["gate_words"]["continued"])
