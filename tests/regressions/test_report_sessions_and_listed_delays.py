"""The session a report is due at, in the Assembly's other wordings, and delays listed together.

"at that session": the session the paragraph named before ("Decides to include in the provisional agenda of its
seventy-sixth session the item ..., and requests the Secretary-General to report to the General Assembly at that
session", A/RES/74/299 op 40 and the Assembly's yearly agenda paragraphs); "in advance of its seventy-seventh
session" (A/RES/75/291 op 36); "prior to the start of its eighty-second session" (A/RES/80/197 op 43); "its resumed
seventy-fifth session" (A/RES/75/257 op 2, 74/254 op 4: the session's own year, its opening one, as every other
report to that session gives it: the graph gives a session one year);
a session said after the last of two receivers only ("to the Advisory Committee ... and to the General Assembly at
its seventy-seventh session", A/RES/75/255 op 2, heldout7: the Assembly's, not the Committee's); the Committee on
Information's sessions have their year (A/RES/75/101 op 92 and the yearly resolutions on information: 80 reports). And "within six
months and eleven months of the adoption" (S/RES/2684 (2023) op 2, 2733 op 5; "within 90 days and 180 days from its
adoption", 2350 op 21): one report at each, each with its own delay."""

import pytest

from tests.snippets import reports, resolution

SESSIONS = [
    (
        "70. Decides to include in the provisional agenda of its seventy-sixth session the item entitled “Improving "
        "global road safety”, and requests the Secretary-General to report to the General Assembly at that session "
        "on the progress made;",
        "2020-08-31",
        [("GeneralAssembly", 76, 2021)],
    ),
    (
        "36. Requests the Secretary-General to report thereon to the General Assembly in advance of its "
        "seventy-seventh session;",
        "2021-07-01",
        [("GeneralAssembly", 77, 2022)],
    ),
    (
        "43. Also requests the Secretary-General to submit to the General Assembly, prior to the start of its "
        "eighty-second session, a comprehensive report;",
        "2025-12-17",
        [("GeneralAssembly", 82, 2027)],
    ),
    (
        "2. Also requests the Secretary-General to report to the General Assembly, at its resumed seventy-fifth "
        "session and by 15 May 2021, on the implementation of the present resolution;",
        "2020-12-31",
        [("GeneralAssembly", 75, 2020)],
    ),
    (
        "4. Requests the Secretary-General to report to the General Assembly at the first part of its resumed "
        "seventy-fourth session;",
        "2019-12-27",
        [("GeneralAssembly", 74, 2019)],
    ),
    (
        "2. Resolves that the Secretary-General shall report to the Advisory Committee on Administrative and "
        "Budgetary Questions and to the General Assembly at its seventy-seventh session all commitments made under "
        "the provisions of the present resolution;",
        "2020-12-31",
        [("ACABQ", None, None), ("GeneralAssembly", 77, 2022)],
    ),
    (
        "5. Requests the Secretary-General to report to the Human Rights Council at its sixtieth session and to the "
        "General Assembly at its eightieth session;",
        "2024-10-11",
        [("HumanRightsCouncil", 60, 2025), ("GeneralAssembly", 80, 2025)],
    ),
    (
        # the Committee on Information meets once a year since 1979 (actors.yaml calendar): its year
        "92. Encourages the Department of Global Communications to report thereon to the Committee on Information "
        "at its forty-third session;",
        "2020-12-10",
        [("CommitteeOnInformation", 43, 2021)],
    ),
]


@pytest.mark.parametrize("text,date,want", SESSIONS)
def test_the_session_a_report_is_due_at(text, date, want):
    assert reports(resolution(text, date=date, organ="GA"), "to", "session", "year") == want


DELAYS = [
    (
        "2. Requests the Secretary-General to report to the Security Council within six months and eleven months of "
        "the adoption of this resolution on its implementation;",
        "2023-06-02",
        [("2023-12-02", "P6M"), ("2024-05-02", "P11M")],
    ),
    (
        "21. Requests the Secretary-General to report to the Security Council on the implementation of this "
        "resolution, including any instances of mandate implementation failures, within 90 days and 180 days from "
        "its adoption;",
        "2017-04-13",
        [("2017-07-12", "P90D"), ("2017-10-10", "P180D")],
    ),
    (
        "5. Requests the Secretary-General to report to the Council within 30 days of the adoption of this resolution;",
        "2017-04-13",
        [("2017-05-13", "P30D")],
    ),
]


@pytest.mark.parametrize("text,date,want", DELAYS)
def test_delays_listed_together_are_a_report_each(text, date, want):
    assert reports(resolution(text, date=date), "due", "within") == want
