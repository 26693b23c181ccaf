"""Receivers said once for several reports, and a cycle's count repeated in figures.

- "to present to the General Assembly and the Security Council an interim report in 2022 and a second, detailed
  report in 2024 ..., and also requests the Secretary-General to continue to present a report every two years"
  (S/RES/2558 (2020) op 5, heldout11's only `every` miss, and its Assembly twin A/RES/75/201): the receivers said
  between the verb and the first report are the second's too, though it has a time of its own (it went to the
  speaking organ alone); the later clause's report, which names none, goes where the clause before sent the same
  reporter's reports when it named several (it went to the speaking organ alone). One receiver before is not
  carried (S/2024/255 op 2: the oral briefing "to all UN Member States" is not the Committee's; since stop 57 it goes
  to the Member States it names, as heldout39 06 reads it, not to the Council).
- "within thirty (30) days, and every sixty (60) days thereafter" (S/RES/1725 (2006) op 7): the figure in brackets
  repeats the count of the cycle (no cycle was read).
"""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Calls for a further comprehensive review of United Nations peacebuilding in 2025, and requests the "
        "Secretary-General to present to the General Assembly and the Security Council an interim report in 2022 "
        "and a second, detailed report in 2024 in advance of the review, and also requests the Secretary-General to "
        "continue to present a report every two years following that review, on continued implementation of the "
        "resolutions on peacebuilding and sustaining peace, for the consideration of Member States;",
        "2020-12-21",
        [
            ("GeneralAssembly", "2022", None),
            ("SecurityCouncil", "2022", None),
            ("GeneralAssembly", "2024", None),
            ("SecurityCouncil", "2024", None),
            ("GeneralAssembly", None, "P2Y"),
            ("SecurityCouncil", None, "P2Y"),
        ],
    ),
    (
        "2. Requests the Panel of Experts to provide to the Committee no later than 23 August 2024 a confidential "
        "midterm report with its findings and recommendations, and further requests that, after a discussion with "
        "the Committee, the Panel of Experts submit to the Council its midterm report on a confidential basis and "
        "provide an oral briefing on the report to all UN Member States by 20 September 2024;",
        "2024-03-28",
        [
            ("SanctionsCommittee", "2024-08-23", None),
            ("SecurityCouncil", None, None),
            ("MemberStates", "2024-09-20", None),
        ],
    ),
    (
        "7. Requests the Secretary-General, in consultation with the Commission of the African Union and the "
        "secretariat of IGAD, to report to the Security Council on the implementation of the mandate of IGASOM "
        "within thirty (30) days, and every sixty (60) days thereafter;",
        "2006-12-06",
        [("SecurityCouncil", "2007-01-05", "P60D")],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_report_receivers_before_and_cycle_figures(text, date, expected):
    r = resolution(text, date=date)
    assert reports(r, "to", "due", "every") == expected
