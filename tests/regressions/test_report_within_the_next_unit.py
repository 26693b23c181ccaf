"""heldout46 (S/RES/2365 (2017) op 16): "to submit to the Security Council a report on the implementation of the
present resolution, when appropriate, within the next year" gave no within and no due: "within the next" read a
counted amount only ("within the next 90 days", S/RES/2233 (2015) op 3), and "the next year" has no count. It is one
unit from the adoption, as "within a year" (deadlines.A_AMOUNT): P1Y, due a year after the adoption. Near misses: "in
the next year" (no "within": a calendar year, not a delay; unread as before), the next N units as before, and the
time of a that-clause of the topic ("to ensure that every person ... is protected ... within the next year", as
"within the next four years" in A/RES/79/205 op 78) stays the clause's."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "16. Also requests the Secretary-General to submit to the Security Council a report on the implementation of "
        "the present resolution, when appropriate, within the next year;",
        [(16, "SecretaryGeneral", "SecurityCouncil", "2018-06-30", "P1Y")],
    ),
    (
        "16. Requests the Secretary-General to report to the Council within the coming month on the measures taken;",
        [(16, "SecretaryGeneral", "SecurityCouncil", "2017-07-30", "P1M")],
    ),
    # near misses
    (
        "16. Requests the Secretary-General to report to the Council within the next six months on the measures taken;",
        [(16, "SecretaryGeneral", "SecurityCouncil", "2017-12-30", "P6M")],
    ),
    (
        "16. Also requests the Secretary-General to submit to the Security Council a report on the implementation of "
        "the present resolution in the next year;",
        [(16, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    (
        "16. Requests the Secretary-General to submit to the Security Council a report on the action plan to ensure "
        "that every person on Earth is protected by early warning systems within the next year;",
        [(16, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_within_the_next_unit(text, expected):
    r = resolution(text, date="2017-06-30", organ="SC")
    assert reports(r, "op", "by", "to", "due", "within") == expected
