"""The Economic and Social Council names its sessions by year; "to report to the Economic and Social Council in
2027" (E/RES/2025/11 op 5, 2023/7 op 7, 2021/16 op 10) and "to submit to the Economic and Social Council, in 2023, a
report" (heldout6 E/RES/2021/13, part C op 3) gave no session: the year right after the receiver is its session. "at
the main part of its seventy-eighth session" (the Assembly's budget resolutions, A/RES/76/273 op 11, 74/253 op 4,
79/258 op 11) gave none either ("by the main part of" did)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "ECOSOC",
        "2025-06-10",
        "5. Requests the Secretary-General to report to the Economic and Social Council in 2027 on the implementation "
        "of the present resolution.",
        [(5, "ECOSOC", 2027, 2027)],
    ),
    (
        "ECOSOC",
        "2021-06-08",
        "3. Requests the Secretary-General to submit to the Economic and Social Council, in 2023, a report on the "
        "implementation of the present resolution.",
        [(3, "ECOSOC", 2023, 2023)],
    ),
    (
        "GA",
        "2019-12-27",
        "4. Requests the Secretary-General to submit to the General Assembly at the main part of its seventy-fifth "
        "session a progress report on the implementation of the present resolution.",
        [(4, "GeneralAssembly", 75, 2020)],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_report_session_in_a_year_or_main_part(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "op", "to", "session", "year") == expected


# a receiver with no sessions by year: the year after it is when the report is due (tests/mandate_gold/README.md:
# "due is ... a year when only that is given"); A/RES/74/130 op 22 and its yearly successors, 74/135 op 26
DUE_CASES = [
    (
        "22. Invites the High Commissioner to continue coordinating the effort to measure the impact arising from "
        "hosting refugees, and to report on the results to Member States in 2020;",
        [(22, "MemberStates", "2020")],
    ),
    (
        "26. Encourages the United Nations Educational, Scientific and Cultural Organization to submit a report on all "
        "activities relating to the International Year to the General Assembly in 2020;",
        [(26, "GeneralAssembly", "2020")],
    ),
]


@pytest.mark.parametrize("text,expected", DUE_CASES)
def test_report_due_in_a_year(text, expected):
    r = resolution(text, date="2019-12-18", organ="GA")
    assert reports(r, "op", "to", "due") == expected
