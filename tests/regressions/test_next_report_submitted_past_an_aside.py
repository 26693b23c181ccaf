"""A request to submit the next report read as no report where an aside stood between the verb and "his next"
("Requests the Secretary-General to submit, in a timely manner, his next annual report on United Nations rule of law
activities", A/RES/78/112 op 17 and its yearly twins 74/191, 75/141, 77/110, 80/167) or where the article was "the"
("requests the Secretary-General to submit the next report on this issue to the General Assembly at its eighty-second
session", A/RES/80/166 op 3 (b)): report_words.SUBMIT_NEXT knew "submit his next" and "submit by ... his next" only.
"include ... in the next report" still asks none. The next report of a series is one report, no cycle (audit46 class 1:
test_cycle_not_the_reports)."""

import pytest

from tests.snippets import facts, resolution

CASES = [
    (
        "17. Requests the Secretary-General to submit, in a timely manner, his next annual report on United Nations "
        "rule of law activities, in accordance with paragraph 5 of its resolution 63/128 of 11 December 2008, "
        "addressing, in a balanced manner, the national and international dimensions of the rule of law;",
        [("SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
    (
        "3. Requests the Special Committee to consider the question, and requests the Secretary-General to submit "
        "the next report on this issue to the General Assembly at its eighty-second session;",
        [("SecretaryGeneral", "GeneralAssembly", 82, None)],
    ),
    (
        "16. Requests the Secretary-General to submit his next annual report on United Nations rule of law activities;",
        [("SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
    (
        "5. Requests the Secretary-General to include information thereon in the next report;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_next_report_submitted_past_an_aside(text, expected):
    r = resolution(text, date="2025-12-01", organ="GA")
    assert facts(r.reports_due, ("by", "to", "session", "every")) == expected
