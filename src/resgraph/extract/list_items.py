"""The patterns by which the segmenter knows the items of a list: lettered or numbered in parentheses ("(a)", "(iv)",
"(1)"), their label alone on a line, lettered without parentheses inside running text ("a.", "i."), bulleted ("–",
"•"), and the tasks in the infinitive or quoted words that continue a paragraph after its colon.

Apart from `segment.py`, which reads the lines into paragraphs with them.
"""

from __future__ import annotations

import re

# "(a)", "(iv)", and "(1)" ("... by taking the measures listed below: (1) UNISFA and JBVMM Patrols: Achieve
# standing clearance ...", S/RES/2550 (2020) op 3: its items were blocks of no paragraph)
SUB = re.compile(r"^\s*(?:-\s+)?\(([a-z]{1,2}|[ivxl]{1,7}|\d{1,2})\)\s+(?=\S)")
# a sub-paragraph's label alone on its line, its words on the next ("(l)" and "Support operations led by the FARDC
# ...", S/RES/1756 (2007) op 2; "(e)" and "To help the Government ...", S/RES/1528 (2004) op 6: an empty <num>ed
# paragraph before the text's own), as "3." alone is an operative paragraph's number (`BARE_NUM`)
BARE_SUB = re.compile(r"^\s*\(([a-z]{1,2}|[ivxl]{1,7}|\d{1,2})\)\s*$")
# the first item of such a list inside the paragraph's own block ("(a) Monitoring of the cessation of
# hostilities – To observe and monitor ...", S/RES/1739 (2007) op 2)
BULLET_IN = re.compile(r"\s[–—−•▪]\s+[A-Za-z]")
# an item of a list lettered without parentheses inside a paragraph's running text ("...: a. from the GFRS
# ...; b. from the Secretary-General: i. an update ...", S/RES/2713 (2023) op 45): such items are no
# sub-paragraphs of their own, so neither are the items numbered inside them
DOT_ITEM = re.compile(r"[:;]\s+(?:[a-z]|[ivx]{1,5})\.\s+\S")
# a task in the infinitive, its letter aside ("(c) Supporting the Implementation of the Revitalised
# Agreement and the Peace Process:" and "To carry out, within its capabilities, the following tasks ...:",
# S/RES/2514 (2020) op 8; "... shall be replaced by the following:" and "To report at least every 120 days
# to the Security Council", S/2024/255 op 7): after a paragraph's colon, the paragraph's words; after a task
# of a sub-paragraph, the next task ("(b) Cooperation with Sanctions Committees" and "To assist and exchange
# information with the Sanctions Committee ...;", "To assist the 1267/1989/2253 ... Sanctions Committee ...;",
# S/RES/2531 (2020) op 29)
INFINITIVE = re.compile(r"^\s*(?:[A-Z]\.\s+)?To\s+[a-z]")
# a paragraph's text that opens with a quotation mark: the words it quotes
QUOTED = re.compile(r"^\s*[“\"]")
# an item of a list that is not lettered: a dash or a bullet ("– to support, monitor and supervise the
# ceasefire ... and to report to the Security Council", "• steps taken to deter ...")
BULLET = re.compile(r"^\s*[–—−•·▪‐-]\s+(?=\S)")
