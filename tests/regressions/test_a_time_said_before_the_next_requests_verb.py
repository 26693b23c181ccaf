"""A time said after the "and" that opens the next request of a clause, before its verb, was the report's before it:
"to submit to the Security Council regular reports every six months on the implementation of this resolution, and
within 9 months submit the Secretary-General's assessment of the Mission" (S/RES/2404 (2018) op 28) read the regular
reports due within P9M, every P6M, as a report's scope ran from its words to the next report's words. A time phrase
binds to the request whose clause holds it: the scope of a report now ends at such an "and" (report_time_first.cut),
and the next report's begins at its time (report_time_first.scope_start). Near misses: a time said after the verb, a
time with no "and" before it, a cycle said after "and" ("and every 90 days thereafter") and a report delivered that
points back to the one before ("and by 30 June 2018 submit the first such report") read as before."""

import pytest

from tests.snippets import reports, resolution

B = (
    "28. Requests the Secretary-General to submit to the Security Council regular reports every six months on the "
    "implementation of this resolution, and "
)
CASES = [
    # (the known limit: the assessment, named with a possessive, is read as no report, report_triggers NEEDS_LEAD; its
    # time is cut off the regular reports and lost)
    (B + "within 9 months submit the Secretary-General’s assessment of the Mission;", [(None, None, "P6M")]),
    (B + "within 9 months submit a report on the Mission;", [(None, None, "P6M"), ("2018-11-28", "P9M", None)]),
    (B + "within 9 months submit an assessment of the Mission;", [(None, None, "P6M"), ("2018-11-28", "P9M", None)]),
    (
        B + "by 1 June 2018 to submit an assessment of the Mission;",
        [(None, None, "P6M"), ("2018-06-01", None, None)],
    ),
    # the verb is the report word itself (review X5: the time was searched up to the word's start only)
    (
        B + "within 9 months to report to the Council on the Mission;",
        [(None, None, "P6M"), ("2018-11-28", "P9M", None)],
    ),
    (B + "within 9 months to brief the Council on the Mission;", [(None, None, "P6M"), ("2018-11-28", "P9M", None)]),
    # a comma after "and" too; a delay with no "within" (report_delays.AFTER), a year's end (report_times.YEAR_END)
    (B[:-1] + ", within 9 months, to brief the Council;", [(None, None, "P6M"), ("2018-11-28", "P9M", None)]),
    (
        B + "60 days after the adoption of this resolution submit an assessment of the Mission;",
        [(None, None, "P6M"), ("2018-04-29", "P60D", None)],
    ),
    (B + "by the end of 2018 to brief the Council;", [(None, None, "P6M"), ("2018", None, None)]),
    # a bare verb after "and" and a time is a verb too (review X61: read as no report, its time stayed the regular
    # reports'): a report of its own
    (B + "within 9 months report to the Council;", [(None, None, "P6M"), ("2018-11-28", "P9M", None)]),
    # a receiver set off by commas between the verb and the report (review X61: the time stayed the regular reports')
    (
        B[:-1] + ", within 9 months, to present to the Council, at its next meeting, a report on the Mission;",
        [(None, None, "P6M"), ("2018-11-28", "P9M", None)],
    ),
    (
        B + "within 9 months to submit, for the consideration of the Council, a report on the Mission;",
        [(None, None, "P6M"), ("2018-11-28", "P9M", None)],
    ),
    (
        B + "within 9 months to submit to the Council, through the Committee, a report on the Mission;",
        [(None, None, "P6M"), ("2018-11-28", "P9M", None)],
    ),
    # "inform" asks no report ("What counts"): its time is no longer the regular reports'
    (B + "within 9 months to inform the Council of the progress;", [(None, None, "P6M")]),
    # near miss: what is delivered points back to the report before, whose first due the time is
    (
        "28. Requests the Secretary-General to submit a report every six months, and by 30 June 2018 submit the first "
        "such report;",
        [("2018-06-30", None, "P6M")],
    ),
    # near misses: the time after the verb, and a time of the first report's own clause
    (
        B + "to submit an assessment of the Mission within 9 months;",
        [(None, None, "P6M"), ("2018-11-28", "P9M", None)],
    ),
    (
        "28. Requests the Secretary-General to report to the Council within 9 months on the implementation of this "
        "resolution, and to submit an assessment of the Mission;",
        [("2018-11-28", "P9M", None)],  # (an assessment with no time of its own is none)
    ),
    (
        "28. Requests the Secretary-General to report to the Council by 30 June 2018 and every 90 days thereafter on "
        "the implementation of this resolution;",
        [("2018-06-30", None, "P90D")],
    ),
    (
        "28. Requests the Secretary-General to report to the Council every 90 days, and within 30 days of any serious "
        "violation, on the implementation of this resolution;",
        [(None, "P30D", "P90D")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_time_said_before_the_next_requests_verb(text, expected):
    r = resolution(text, date="2018-02-28", organ="SC")
    assert [(due, within, every) for (op, due, within, every) in reports(r, "op", "due", "within", "every")] == expected
