"""Reporting named as what another act aims at, not asked for: "Fully implementing the System-wide Action Plan 2.0 and
enhancing the consistency and accuracy of reporting in order to achieve full annual reporting on results by the entire
United Nations system" (E/RES/2023/11 op 10 (d), heldout15 20: none; 2021/7, 2022/18, 2025/4 alike), "strongly urges
full respect for UNFICYP's freedom of movement ... and the cessation of all restrictions on the mission's movement and
access, including to ensure systematic and effective monitoring and reporting by the mission" (S/RES/2815 (2026) op 15,
heldout14 06: none; 2674, 2723, 2771 alike). The noun "reporting" after a purpose ("in order to", "so as to",
"including to" with ensure, achieve, enable, allow, facilitate) is the end the asked act serves, as "be able to brief"
is a capacity (report_part_of.ABLE_TO); "requests France to ensure reporting to the Council" (S/RES/2552 (2020) op 52),
the asked act itself, is left as it is, and so is "efforts ... to ensure quarterly reporting to the Security Council"
(S/RES/2793 (2025) op 10). Called by report_within.asks_none. Raises nothing.
"""

from __future__ import annotations

import re

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
# corpus-full ("so that it may take that information into account", A/RES/76/181 op 8, follows its report)
MADE_POSSIBLE = re.compile(
    r"\bso\s+that\s+(?:he|she|it|they|(?:the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+){0,4}?)\s+"
    r"(?:may|might|can|could|will|would)\s+"
    rf"(?:(?!\b(?:and\s+to|{NEW_ASK})\b)[^;:]){{0,200}}$",
    re.I,
)


def aimed_at(text: str, start: int, s: int, e: int) -> bool:
    """Whether the report word text[s:e] (its clause from start) is the noun "reporting" ("full annual reporting")
    that a purpose names, or a report that what is asked is to make possible ("so that he may present ... an annual
    report")."""
    if text[s:e].lower().endswith("reporting") and AIMED_AT.search(text, max(start, s - 160), s):
        return True
    return bool(MADE_POSSIBLE.search(text, max(start, s - 260), s))
