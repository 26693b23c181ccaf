"""Time keys of reports found (the "dates" survey of 2026-12-01: report scopes of corpus-full with a date, a delay or
a cycle the extractor did not read, and dates read that were another task's).

- a month "in" a date after the report's topic ("a full report on the implementation of the mandate of BINUB in
  November 2010", S/RES/1902 (2009) op 22; 2553 (2020) op 25), a year right after the report ("an interim report in
  2022 and a second, detailed report in 2024", A/RES/75/201 op 5), "within 2017" (S/RES/2325 (2016) op 9, heldout8
  12); not a year that is the receiver's session ("to the Economic and Social Council in 2023": session 2023; "a
  report in 2021, 2022 and 2023" to it, A/RES/75/233 op 118: sessions 2021, 2022 and 2023, one report each,
  heldout46 and test_report_in_a_list_of_years.py), nor
  an event's ("the high-level meeting to be convened in 2023");
- "within six months of this mandate's renewal" (S/RES/2440 (2018) op 11 and the MINURSO renewals after it; 2459
  op 36): counted from the adoption, the renewal this resolution makes; "within the next 90 days" (S/RES/2233 op
  3), "no later than15 October 2023" (2677 (2023) op 31, no space);
- the cycle of the reporter's own recurring report the report is given in ("in his comprehensive annual briefing",
  S/RES/2594 (2021) op 14, heldout8 02: P1Y), not another series ("including
  in the annual reports on children and armed conflict", 2743 (2024) op 11, heldout4 20);
- a deadline of another task the report verb is coordinated after ("to ensure that ... rules of engagement are
  updated by 31 January 2009 ... and to report on it", S/RES/1856 (2008) op 8, heldout10 09: no due; "to submit
  proposals ... before 31 December 2018 ..., and to report ... on a weekly basis", 2451 op 6), while a time said before
  that task, or the deadline of the reporter's own task before a one-off report ("to assess within six months ... and
  to report", 1353 (2001) op 3, test_receiver_named_after_an_organ.py), is the report's too.
"""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "22. Requests the Secretary-General to provide to the Council a briefing on the electoral process in May 2010 "
        "and a full report on the implementation of the mandate of BINUB in November 2010 and requests the "
        "Secretary-General to incorporate in this report a detailed review;",
        "2009-12-17",
        "SC",
        [("SecurityCouncil", "2010-05", None, None, None), ("SecurityCouncil", "2010-11", None, None, None)],
    ),
    (
        "9. Requests that the 1540 Committee undertake additional consideration of the efficiency of the Special "
        "Political Mission, and encourages the Committee to report to the Security Council on the findings of this "
        "evaluation, within 2017 as appropriate;",
        "2016-12-15",
        "SC",
        [("SecurityCouncil", "2017", None, None, None)],
    ),
    (
        "5. Requests the Secretary-General to present to the General Assembly an interim report in 2022 and a second, "
        "detailed report in 2024 in advance of the review;",
        "2020-12-21",
        "GA",
        [("GeneralAssembly", "2022", None, None, None), ("GeneralAssembly", "2024", None, None, None)],
    ),
    (
        "10. Requests the Secretary-General to report to the Economic and Social Council in 2023 on the "
        "implementation of the present resolution;",
        "2021-06-09",
        "ECOSOC",
        [("ECOSOC", None, None, None, 2023)],
    ),
    (
        "118. Also requests the Secretary-General to present to the Economic and Social Council a report in 2021, "
        "2022 and 2023 on system-wide implementation of the present resolution;",
        "2020-12-21",
        "GA",
        [("ECOSOC", None, None, None, 2021), ("ECOSOC", None, None, None, 2022), ("ECOSOC", None, None, None, 2023)],
    ),
    (
        "12. Requests the Secretary-General to submit a report to the General Assembly which will serve to inform "
        "the high-level meeting to be convened in 2023;",
        "2020-12-21",
        "GA",
        [("GeneralAssembly", None, None, None, None)],
    ),
    (
        "11. Requests the Secretary-General to brief the Security Council on a regular basis, and at any time he "
        "deems appropriate during the mandate period, to include within six months of this mandate’s renewal and "
        "again prior to its expiration, on the status and progress of these negotiations;",
        "2018-10-31",
        "SC",
        # and a second briefing "again prior to its expiration" (test_report_again_at_the_end.py): no mandate is
        # extended in this snippet, so its date is not known
        [("SecurityCouncil", "2019-04-30", "P6M", None, None), ("SecurityCouncil", None, None, None, None)],
    ),
    (
        "36. Requests the Secretary-General to provide within 180 days of the mandate renewal a written report on "
        "future planning for the protection of civilians sites;",
        "2019-03-15",
        "SC",
        [("SecurityCouncil", "2019-09-11", "P180D", None, None)],
    ),
    (
        "3. Requests the Secretary-General to report back in further detail about such recommendation to the "
        "Security Council within the next 90 days;",
        "2015-07-29",
        "SC",
        [("SecurityCouncil", "2015-10-27", "P90D", None, None)],
    ),
    (
        "31. Request the Secretary-General provide, no later than15 October 2023, a separate report that provides "
        "an analysis;",
        "2023-03-15",
        "SC",
        [("SecurityCouncil", "2023-10-15", None, None, None)],
    ),
    (
        "14. Requests the Secretary-General to incorporate comprehensive reporting on the status of ongoing "
        "transitions of United Nations peacekeeping operations in his regular country specific reporting on relevant "
        "missions, and to provide updates on the status of transitions across relevant United Nations peace "
        "operations, which includes updates from relevant Resident Coordinators as well as the view of the "
        "Peacebuilding Commission in his comprehensive annual briefing mandated by the Security Council under its "
        "resolution 2378 (2017), and further requests the Secretary-General to provide a report on the status of "
        "transitions across relevant United Nations peace operations before 30 June 2022;",
        "2021-09-09",
        "SC",
        [("SecurityCouncil", None, None, "P1Y", None), ("SecurityCouncil", "2022-06-30", None, None, None)],
    ),
    (
        "7. Requests the Secretary-General to incorporate reporting on this resolution within his biennial report "
        "submitted in accordance with resolution 2535 (2020);",
        "2025-09-09",
        "SC",
        # reporting folded into his biennial report is a part of it, no report of its own (as "incorporate ... in his
        # regular country specific reporting" above, heldout8 02; test_reporting_folded_or_used_is_no_report.py)
        [],
    ),
    (
        "11. Requests the Secretary-General to continue to monitor and report on violations and abuses affecting "
        "children in Haiti, encouraging the Secretary-General to utilize existing tools to this end, including in the "
        "annual reports on children and armed conflict, pursuant to Resolutions 1379 (2001), 1882(2009), 1998 (2011) "
        "and 2225 (2015);",
        "2024-07-12",
        "SC",
        [("SecurityCouncil", None, None, None, None)],
    ),
    (
        "8. Requests the Secretary-General to ensure that MONUC’s concept of operation and rules of engagement are "
        "updated by 31 January 2009 to bring them fully in line with the provisions of this resolution and to "
        "report on it to the Security Council;",
        "2008-12-22",
        "SC",
        [("SecurityCouncil", None, None, None, None)],
    ),
    (
        "3. Requests the Secretary-General, by 30 June 2020, to conduct an assessment and to report to the Council "
        "thereon;",
        "2019-12-17",
        "SC",
        [("SecurityCouncil", "2020-06-30", None, None, None)],
    ),
    (
        "4. Requests that the Secretary-General conduct a review by 30 June 2020 and report to the Council thereon;",
        "2019-12-17",
        "SC",
        [("SecurityCouncil", "2020-06-30", None, None, None)],
    ),
    (
        "6. Requests the Secretary-General to submit proposals as soon as possible before 31 December 2018 on how "
        "the United Nations will support the Agreement, and to report to the Security Council on a weekly basis;",
        "2018-12-21",
        "SC",
        [("SecurityCouncil", None, None, "P1W", None)],
    ),
]


@pytest.mark.parametrize("text,date,organ,want", CASES)
def test_report_time_said_away_from_a_deadline_word(text, date, organ, want):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "to", "due", "within", "every", "session") == want
