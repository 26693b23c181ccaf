"""A/RES/75/304 op 21 and the Assembly's other peacekeeping budget texts (74/261 C op 19, 74/283, 74/284, 74/286,
74/290, 74/293 op 19, 75/297 op 19, 75/298 op 22, 75/300 op 22, 75/302 op 20): "to include, in his next budget
submission and performance report, detailed information on the programmatic activities of the Mission" was read as a
written report to the Assembly: "in his next ... report" refers to a report (report_mentions.REFERENCE_BEFORE) only with up
to three words and no "and" between; a host's kind (reports.yaml part_of.hosting: next, future, ...) and a pair joined
by "and" now refer too, as "include in his next report" (tests/mandate_gold/README.md: no report asked)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "21. Requests the Secretary-General to ensure that the Mission is responsible and accountable for the use of its "
        "programmatic funds, in line with relevant guidance and bearing in mind the specific context in which the "
        "Mission operates, and to include, in his next budget submission and performance report, detailed information "
        "on the programmatic activities of the Mission;",
        [],
    ),
    (
        "21. Requests the Secretary-General to include in his next budget submission and performance report detailed "
        "information on the programmatic activities of the Mission;",
        [],
    ),
    (
        # a report asked with its own verb before the host is still one
        "21. Requests the Secretary-General to submit a report on the matter to the General Assembly at its "
        "seventy-seventh session, and to include, in his next budget submission and performance report, detailed "
        "information on the programmatic activities of the Mission;",
        [("GeneralAssembly", 77)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_next_budget_submission_and_performance_report(text, expected):
    r = resolution(text, date="2021-06-30", organ="GA")
    assert reports(r, "to", "session") == expected
