"""Eighth held-out gold (S/RES/1861 (2009) op 28): "to continue to report regularly, and at least every three months,
..., and to provide the Security Council, with the same regularity, a specific update on the military situation" is
two reports, both every three months; the update was lost, its article past a modifier the adjectives of
report_keywords.py lack ("specific"), and it would have had no cycle. So were "a preliminary oral update to the
Committee within 60 days" beside a report in 180 days (S/RES/2178 (2014) op 23, 2214 op 13: one report, read oral).
An indefinite article past one lower-case modifier now leads a report, update or briefing; "with the same
regularity" takes the cycle of the report before it in the clause."""

import pytest

from tests.snippets import reports, resolution

SC = "The Security Council"
CASES = [
    (
        "28. Requests the Secretary-General to continue to report regularly, and at least every three months, on the "
        "security and humanitarian situation, and to provide the Security Council, with the same regularity, a "
        "specific update on the military situation;",
        [(28, "P3M", None, "written"), (28, "P3M", None, None)],
    ),
    (
        "23. Requests the Monitoring Team to report to the Committee within 180 days, and provide a preliminary oral "
        "update to the Committee within 60 days, on the threat posed by foreign terrorist fighters;",
        [(23, None, "P180D", "written"), (23, None, "P60D", "oral")],
    ),
    (  # a report word modifying the noun: one report
        "3. Further requests the Secretary-General to provide an update report of the situation on the ground by 30 "
        "June 2013 and every six months thereafter;",
        [(3, "P6M", None, "written")],
    ),
    (  # a condition, not a request
        "3. Decides to provide sufficient funding for the mission, pending the submission of a refined comprehensive "
        "report at its next session;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_update_past_a_modifier(text, expected):
    r = resolution(text, date="2012-09-24", organ=SC, preamble="Recalling its resolution 1778 (2007),")
    assert reports(r, "op", "every", "within", "form") == expected
