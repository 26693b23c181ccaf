"""A report word after a that-clause whose subject is a report ("requests that the next report of the
Secretary-General provide an assessment ...") is what that report holds, no report of its own
(report_within.INCLUDE_INTO, as "to include in his next report ..., an assessment"): S/RES/2257 (2015) op 10,
heldout37 19 (the assessment in op 9's next 90-day report, read as a report of its own; as heldout6 13 op 21 "Further
requests that the report include recommendations"). Kept: the same words with the reporter as the subject ("requests
that the Secretary-General provide an assessment ... by 1 March 2016": a report), a new verb after the report's
clause, and a separate report with a receiver or time of its own."""

import pytest

from tests.snippets import reports, resolution

OP9 = (
    "9. Requests the Secretary-General to continue to report every 90 days on developments in the situation and the "
    "implementation of resolution 338 (1973);\n\n"
)
CASES = [
    (  # S/RES/2257 (2015) op 10, heldout37 19
        OP9 + "10. Further requests that the next report of the Secretary-General provide an assessment of UNDOF’s "
        "equipment, resources, and requirements with respect to maximizing the force’s effectiveness in its current "
        "temporary configuration, as well as UNDOF’s strategy for augmenting these capabilities;",
        [(9, "SecretaryGeneral", "SecurityCouncil", None, "P90D")],
    ),
    (  # guard: the reporter the subject: a report asked
        OP9 + "10. Further requests that the Secretary-General provide an assessment of UNDOF’s equipment to the "
        "Council by 1 March 2016;",
        [
            (9, "SecretaryGeneral", "SecurityCouncil", None, "P90D"),
            (10, "SecretaryGeneral", "SecurityCouncil", "2016-03-01", None),
        ],
    ),
    (  # guard: a new verb after the report's clause asks one of its own
        OP9 + "10. Further requests that the next report of the Secretary-General include recommendations, and "
        "requests the Secretary-General to submit a report to the Council by 1 March 2016;",
        [
            (9, "SecretaryGeneral", "SecurityCouncil", None, "P90D"),
            (10, "SecretaryGeneral", "SecurityCouncil", "2016-03-01", None),
        ],
    ),
    (  # guard: a separate report with a receiver and time of its own after what the next report provides
        # (review55-C finding 4)
        OP9 + "10. Further requests that the next report of the Secretary-General provide an assessment of UNDOF’s "
        "equipment, as well as a separate written report to the Council by 1 March 2016 on the force’s strategy;",
        [
            (9, "SecretaryGeneral", "SecurityCouncil", None, "P90D"),
            (10, "SecretaryGeneral", "SecurityCouncil", "2016-03-01", None),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_what_the_next_report_is_to_provide_is_no_report(text, expected):
    assert reports(resolution(text, date="2015-12-18"), "op", "by", "to", "due", "every") == expected
