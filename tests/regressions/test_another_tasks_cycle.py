"""A/RES/75/74 op 7: "Requests the Secretary-General to continue to implement annually the programme within existing
resources and to report thereon to the General Assembly at its seventy-seventh session": the programme runs every
year, the report is asked once, at the session named (the text asks it again two years later: 77/81 op 7 at the
seventy-ninth session, 79/63 op 7 at the eighty-first), but the task's "annually" was read as the report's cycle,
P1Y. Now a cycle said only in another task the report verb is coordinated after is not the report's where the report's
own words give it a one-off time (a session named, a date): report_own_task.tasks_cycle. A report with no time of its
own still takes the task's cycle, and a cycle in the report's own words stays its. A session not named by its number ("at its next session", "at the
current session") is a one-off time too (report_own_task.AT_SESSION, not report_sessions.NAMED_SESSION, which needs
the number)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "7. Requests the Secretary-General to continue to implement annually the programme within existing resources "
        "and to report thereon to the General Assembly at its seventy-seventh session;",
        [(77, None)],
    ),
    (
        "7. Requests the Secretary-General to continue to implement annually the programme within existing resources "
        "and to report thereon to the General Assembly;",
        [(None, "P1Y")],
    ),
    (
        "7. Requests the Secretary-General to continue to implement the programme and to report thereon annually to "
        "the General Assembly, starting at its seventy-seventh session;",
        [(77, "P1Y")],
    ),
    (  # a session not named by its number is a one-off time too (review of stop 46, finding 6)
        "7. Requests the Secretary-General to continue to implement annually the programme within existing resources "
        "and to report thereon to the General Assembly at its next session;",
        [(None, None)],
    ),
    (
        "7. Requests the Secretary-General to continue to implement annually the programme and to report thereon to "
        "the General Assembly at the current session;",
        [(None, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_another_tasks_cycle(text, expected):
    r = resolution(text, date="2020-12-07", organ="GA")
    assert reports(r, "session", "every") == expected
