"""Second held-out gold: "to provide a report, no later than 31 March 2013 on the situation on the
ground and an assessment regarding how BINUCA can further implement its priorities" (S/RES/2088
(2013) op 2) gave two reports: an assessment, evaluation, overview or note that follows a report of
the same clause with no receiver or time of its own is what that report holds. "To conduct an
assessment of options to strengthen collaboration" (E/RES/2024/15 op 4 (c)) gave a report: an
assessment conducted or undertaken is an activity, not a report asked for, unless the clause asks
to hand it in ("to carry out a comprehensive assessment ... and to provide the assessment to the
General Assembly", A/RES/75/292 op 9)."""

import pytest

from tests.snippets import reports, resolution

SC = "The Security Council"
ECOSOC = "The Economic and Social Council"
CASES = [
    (
        SC,
        "2. Requests the Secretary-General to provide a report, no later than 31 March 2013 on the situation on the "
        "ground and an assessment regarding how BINUCA can further implement its priorities;",
        [(2, "SecretaryGeneral", "2013-03-31")],
    ),
    (  # an assessment with a date of its own is a second report
        SC,
        "5. Requests the Secretary-General to submit a report on the situation and to provide an assessment of "
        "the mission by 1 May 2013;",
        [(5, "SecretaryGeneral", None), (5, "SecretaryGeneral", "2013-05-01")],
    ),
    (
        ECOSOC,
        "4. Invites the Secretary-General to conduct an assessment of options to strengthen collaboration;",
        [],
    ),
    (  # A/RES/75/292 op 9: conducted, then handed in: a report
        ECOSOC,
        "9. Requests the Secretary-General to carry out a comprehensive assessment of the practical impact of the "
        "options, and to provide the assessment to the Council by 1 June 2013;",
        [(9, "SecretaryGeneral", "2013-06-01")],
    ),
    (  # an assessment asked for is one
        ECOSOC,
        "6. Requests the Secretary-General to provide an assessment of options to the Council by 1 June 2013;",
        [(6, "SecretaryGeneral", "2013-06-01")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_assessments(organ, text, expected):
    r = resolution(text, date="2013-01-24", organ=organ, preamble="Recalling its resolution 2031 (2011),")
    assert reports(r, "op", "by", "due") == expected
