"""A time said after the "and" that opens the next request of a clause, before its verb, was the report's before it:
"to submit to the Security Council regular reports every six months on the implementation of this resolution, and
within 9 months submit the Secretary-General's assessment of the Mission" (S/RES/2404 (2018) op 28) read the regular
reports due within P9M, every P6M, as a report's scope ran from its words to the next report's words. A time phrase
binds to the request whose clause holds it: the scope of a report now ends at such an "and" (report_time_first.cut),
and the next report's begins at its time (report_time_first.scope_start). Near misses: a time said after the verb, a
time with no "and" before it, and a cycle said after "and" ("and every 90 days thereafter") read as before."""

import pytest

from tests.snippets import reports, resolution

B = (
    "28. Requests the Secretary-General to submit to the Security Council regular reports every six months on the "
    "implementation of this resolution, and "
)
CASES = [
    (B + "within 9 months submit the Secretary-General’s assessment of the Mission;", [(None, None, "P6M")]),
    (B + "within 9 months submit a report on the Mission;", [(None, None, "P6M"), ("2018-11-28", "P9M", None)]),
    (B + "within 9 months submit an assessment of the Mission;", [(None, None, "P6M"), ("2018-11-28", "P9M", None)]),
    (
        B + "by 1 June 2018 to submit an assessment of the Mission;",
        [(None, None, "P6M"), ("2018-06-01", None, None)],
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
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_time_said_before_the_next_requests_verb(text, expected):
    r = resolution(text, date="2018-02-28", organ="SC")
    assert [(due, within, every) for (op, due, within, every) in reports(r, "op", "due", "within", "every")] == expected
