"""A report asked "at its eighty-first and eighty-second sessions" (no "respectively") was one item with the
first session and recurrence "sessions"; heldout6 (A/RES/80/199 op 32, "to submit to the General Assembly annual
reports at its eighty-first and eighty-second sessions") counts one report at each session, as two deadlines
are two reports, with no cycle of its own: the sessions are its times. In corpus-full 46 paragraphs, mostly
Special Rapporteurs' reports to the Assembly at two sessions and oral reports to the Commission on the Status of
Women. The year of each is the sessions' organ's, also where the receiver is read wrong."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        "2025-12-18",
        "32. Requests the Secretary-General to submit to the General Assembly annual reports at its eighty-first and "
        "eighty-second sessions on the implementation of the present resolution;",
        [(32, "GeneralAssembly", 81, 2026, None), (32, "GeneralAssembly", 82, 2027, None)],
    ),
    (
        "GA",
        "2020-12-16",
        "25. Requests the Special Rapporteur of the Human Rights Council on violence against women, its causes and "
        "consequences to submit an annual report to the General Assembly at its seventy-sixth and seventy-seventh "
        "sessions;",
        [(25, "GeneralAssembly", 76, 2021, None), (25, "GeneralAssembly", 77, 2022, None)],
    ),
    (
        "HRC",
        "2025-04-03",
        "19. Requests the Group of Human Rights Experts on Nicaragua to submit a comprehensive report to the Human "
        "Rights Council at its sixty-first and sixty-fourth sessions, during an interactive dialogue, and to present an "
        "oral update to the Council at its sixtieth and sixty-third sessions;",
        [
            (19, "HumanRightsCouncil", 61, 2026, None),
            (19, "HumanRightsCouncil", 64, 2027, None),
            (19, "HumanRightsCouncil", 60, 2025, None),
            (19, "HumanRightsCouncil", 63, 2026, None),
        ],
    ),
    # one session: one report, its cycle kept
    (
        "GA",
        "2025-12-18",
        "29. Requests the Special Rapporteur to report annually to the General Assembly at its eighty-first session;",
        [(29, "GeneralAssembly", 81, 2026, "P1Y")],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_report_at_each_session_named(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "op", "to", "session", "year", "every") == expected
