"""Reporting named as what another act aims at, not asked for: "Fully implementing the System-wide Action Plan 2.0 and
enhancing the consistency and accuracy of reporting in order to achieve full annual reporting on results by the entire
United Nations system" (E/RES/2023/11 op 10 (d), heldout15 20: none; 2021/7, 2022/18, 2025/4 alike), "strongly urges
full respect for UNFICYP's freedom of movement ... and the cessation of all restrictions on the mission's movement and
access, including to ensure systematic and effective monitoring and reporting by the mission" (S/RES/2815 (2026) op 15,
heldout14 06: none; 2674, 2723, 2771 alike). The noun "reporting" after a purpose ("in order to", "so as to",
"including to" with ensure, achieve, enable, allow, facilitate) is the end the asked act serves, as "be able to brief"
is a capacity (report_part_of.ABLE_TO); "requests France to ensure reporting to the Council" (S/RES/2552 (2020) op 52),
the asked act itself, is left as it is, and so is "efforts ... to ensure quarterly reporting to the Security Council"
(S/RES/2793 (2025) op 10). So is a report said after "so that" and a modal, what the asked act is to make possible
("to continue his consultations ... so that he may present to the Human Rights Council ... an annual report",
A/HRC/RES/54/10 op 5: the report another paragraph asks), unless the purpose gives it a deadline or a session of its
own ("so that the Committee may submit its report to the General Assembly at its eightieth session": asked there).
Called by report_within.asks_none. Raises nothing.
"""

from __future__ import annotations

import re

from resgraph.extract.report_redelivered import SESSION_AFTER, TIMED_AFTER, TIMED_BEFORE
from resgraph.extract.report_words import NEW_ASK

# the purpose, then the reporting within the same clause: no new request between
AIMED_AT = re.compile(
    r"\b(?:in\s+order\s+to|so\s+as\s+to|including\s+to)\s+(?:\w+\s+)?(?:ensure|achieve|enable|allow|facilitate)\s+"
    rf"(?:(?!\b(?:and\s+to|{NEW_ASK})\b)[^;:]){{0,100}}$",
    re.I,
)


# a report the asked act is to make possible, said after "so that" and a modal: "Urges the Special Rapporteur to
# continue his consultations with the competent United Nations agencies ... so that he may present to the Human Rights
# Council, in accordance with its programme of work, an annual report on the implementation of the resolutions"
# (A/HRC/RES/54/10 op 5, heldout40 27: the report op 2 asks of him, no second one); the only report so said in
# corpus-full ("so that it may take that information into account", A/RES/76/181 op 8, follows its report). A report the
# purpose gives a time of its own is asked there all the same: "Decides to extend the mandate of the Panel until 1 March
# 2025 so that it may submit its final report to the Committee by 1 February 2025", "to make the necessary arrangements
# so that the Committee may submit its report to the General Assembly at its eightieth session" (a deadline or a
# session after the modal, report_redelivered's TIME and SESSION_AFTER)
MADE_POSSIBLE = re.compile(
    r"\bso\s+that\s+(?:he|she|it|they|(?:the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+){0,4}?)\s+"
    r"(?:may|might|can|could|will|would)\s+"
    rf"(?P<after>(?:(?!\b(?:and\s+to|{NEW_ASK})\b)[^;:]){{0,200}})$",
    re.I,
)
# ... said before the report word: "so that she may present at its fifty-seventh session a report"
SESSION_BEFORE = re.compile(r"\bat\s+its\s+[\w-]+\s+session\b")


def aimed_at(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether the report word text[s:e] (its clause text[start:end]) is the noun "reporting" ("full annual
    reporting") that a purpose names, or a report that what is asked is to make possible ("so that he may present ...
    an annual report") with no deadline or session of its own after the modal."""
    if text[s:e].lower().endswith("reporting") and AIMED_AT.search(text, max(start, s - 160), s):
        return True
    m = MADE_POSSIBLE.search(text, max(start, s - 260), s)
    return m is not None and not (
        TIMED_BEFORE.search(text, m.start("after"), s)
        or SESSION_BEFORE.search(text, m.start("after"), s)
        or TIMED_AFTER.match(text, e, end)
        or SESSION_AFTER.match(text, e, end)
    )
