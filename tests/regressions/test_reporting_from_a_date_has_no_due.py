"""A report asked "as of" a date was read as due on it: "requests France to report to the Council on the
implementation of this mandate as of 15 September 2014 and to coordinate its reporting with that of the
Secretary-General referred to in paragraph 40 of this resolution" (S/RES/2149 (2014) op 47, heldout48 17: no due
date) gave due 2014-09-15. "As of" says when the reporting starts, as the golds read it with a session ("to the Human
Rights Council as of its sixty-fourth session", A/HRC/RES/60/2 op 26, heldout17 30) and with an event ("as of the date
the Joint Investigative Mechanism commences its full operations", S/RES/2235 (2015) op 10, gold 16): it is no longer
a deadline of report_times (DEADLINE). Not changed: "by" and "no later than" a date, a cycle said beside "as of", a
deadline of its own after a date "as of" which the situation is reported on. A bare verb after "and as of <date>"
("and as of 1 January 2022 report to the Council") still asks a report: report_time_first.AND_TIME keeps "as of" as a
start of its own, not through DEADLINE (stop 66 review of c83fb344)."""

import pytest

from tests.snippets import reports, resolution

FRANCE = ("state:FRA", "SecurityCouncil")
CASES = [
    (
        "47. Authorizes French forces to use all necessary means, and requests France to report to the Council on the "
        "implementation of this mandate as of 15 September 2014 and to coordinate its reporting with that of the "
        "Secretary-General referred to in paragraph 40 of this resolution;",
        [(*FRANCE, None, None)],
    ),
    # near misses: a deadline said otherwise stays the report's due date
    (
        "47. Requests France to report to the Council on the implementation of this mandate by 15 September 2014;",
        [(*FRANCE, "2014-09-15", None)],
    ),
    (
        "47. Requests France to report to the Council on the implementation of this mandate no later than 15 "
        "September 2014;",
        [(*FRANCE, "2014-09-15", None)],
    ),
    # a cycle beside the start: the cycle, no due date
    (
        "47. Requests the Secretary-General to report to the Council every six months as of 15 September 2014 on the "
        "implementation of this resolution;",
        [("SecretaryGeneral", "SecurityCouncil", None, "P6M")],
    ),
    # the date the situation is reported as of, then the report's own deadline
    (
        "47. Requests the Secretary-General to report to the Council on the situation as of 15 September 2014 by 30 "
        "October 2014;",
        [("SecretaryGeneral", "SecurityCouncil", "2014-10-30", None)],
    ),
    # a bare verb after "and as of <date>" still asks a report (report_time_first.AND_TIME opens it), with no due
    (
        "16. Requests the Secretary-General to monitor the situation and as of 1 January 2022 report to the Council "
        "on it;",
        [("SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    # near misses: with a comma the same; "by" there is the due date
    (
        "16. Requests the Secretary-General to monitor the situation and, as of 1 January 2022, report to the "
        "Council on it;",
        [("SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    (
        "16. Requests the Secretary-General to monitor the situation and by 1 January 2022 report to the Council on "
        "it;",
        [("SecretaryGeneral", "SecurityCouncil", "2022-01-01", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reporting_from_a_date_has_no_due(text, expected):
    r = resolution(text, date="2014-04-10")
    assert reports(r, "by", "to", "due", "every") == expected
